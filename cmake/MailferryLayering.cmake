# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Keeps the layering honest: the core libraries (mailferry_core_*) run inside a worker thread
# and inside the headless CLI, so they must never pull in QtWidgets.

set_property(GLOBAL PROPERTY MAILFERRY_CORE_TARGETS "")

# Creates one static library of the core layer, e.g. mailferry_core_layer(pop3 ...) -> mailferry_core_pop3.
function(mailferry_core_layer name)
    set(target mailferry_core_${name})
    add_library(${target} STATIC)
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}/core")
    target_link_libraries(${target} PRIVATE mailferry_compile_options)
    set_property(GLOBAL APPEND PROPERTY MAILFERRY_CORE_TARGETS ${target})
endfunction()

function(_mailferry_collect_links target out_var)
    set(seen "${${out_var}}")
    if(NOT TARGET ${target} OR "${target}" IN_LIST seen)
        set(${out_var} "${seen}" PARENT_SCOPE)
        return()
    endif()
    list(APPEND seen ${target})
    get_target_property(aliased ${target} ALIASED_TARGET)
    if(aliased)
        _mailferry_collect_links(${aliased} seen)
    endif()
    foreach(prop LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libs ${target} ${prop})
        if(libs)
            foreach(lib IN LISTS libs)
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" lib "${lib}")
                if(TARGET ${lib})
                    _mailferry_collect_links(${lib} seen)
                endif()
            endforeach()
        endif()
    endforeach()
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

function(mailferry_forbid_widgets_in_core)
    get_property(core_targets GLOBAL PROPERTY MAILFERRY_CORE_TARGETS)
    foreach(t IN LISTS core_targets mailferry_core)
        set(reached "")
        _mailferry_collect_links(${t} reached)
        foreach(forbidden Qt6::Widgets Qt::Widgets Qt6::Gui Qt::Gui)
            if("${forbidden}" IN_LIST reached)
                message(FATAL_ERROR "Layering violation: ${t} links ${forbidden}. "
                    "The core must stay on Qt Core, Network and Sql; move UI code into ui/.")
            endif()
        endforeach()
    endforeach()
endfunction()
