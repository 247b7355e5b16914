# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

# mailferry_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [KEYCHAIN] [TIMEOUT s])
#
# One helper for every test: builds the executable, registers it with CTest and gives it the
# environment every Mailferry test runs in (offscreen Qt, a private HOME and XDG_RUNTIME_DIR created
# by tests/run-one.sh, the project's source dir for test data). KEYCHAIN tests run inside
# dbus-run-session with an unlocked gnome-keyring, so they talk to a real Secret Service.
#
# Every test also gets the label of its kind from where it lives (tests/unit/... -> "unit",
# tests/integration/... -> "integration", tests/gui/... -> "gui") and joins the build target
# mailferry_tests_<kind>. scripts/test.sh selects the sanitizer run by these labels and builds only
# those targets, so a test added to a folder is covered without naming it anywhere.
foreach(_mf_kind unit integration gui)
    if(NOT TARGET mailferry_tests_${_mf_kind})
        add_custom_target(mailferry_tests_${_mf_kind})
    endif()
endforeach()
# Every test this system can build and run (the Windows and macOS CI jobs build this target).
if(NOT TARGET mailferry_tests_portable)
    add_custom_target(mailferry_tests_portable)
endif()

# What a test needs beyond Qt, read from its sources and libraries, as labels:
#   needs-dovecot  starts a real Dovecot or another Debian POP3 server (DovecotFixture,
#                  RealPop3Server, the GUI tests' GuiDriver): those run on Linux only;
#   needs-posix    uses POSIX calls (fork, waitpid, unistd.h, pwd.h) or the inetd-style test servers,
#                  which Windows lacks.
# On a system that cannot run a test it is not built; a disabled placeholder of the same name says
# why (ctest lists it as "Not Run (Disabled)"), and `ctest -LE "needs-dovecot|needs-posix"` leaves it out.
function(_mailferry_test_needs out_var)
    set(needs "")
    foreach(src IN LISTS ARGN)
        if(NOT IS_ABSOLUTE "${src}")
            set(src "${CMAKE_CURRENT_SOURCE_DIR}/${src}")
        endif()
        if(NOT EXISTS "${src}" OR IS_DIRECTORY "${src}")
            continue()
        endif()
        file(READ "${src}" text)
        if(text MATCHES "DovecotFixture|RealPop3Server|GuiDriver")
            list(APPEND needs needs-dovecot)
        endif()
        if(text MATCHES "<unistd\\.h>|<sys/wait\\.h>|<pwd\\.h>|[^a-zA-Z_]fork\\(")
            list(APPEND needs needs-posix)
        endif()
    endforeach()
    list(REMOVE_DUPLICATES needs)
    set(${out_var} "${needs}" PARENT_SCOPE)
endfunction()

function(mailferry_add_test)
    cmake_parse_arguments(T "KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT T_NAME)
        message(FATAL_ERROR "mailferry_add_test needs NAME")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # While a test is being written its sources may not all exist yet; outside CI, configure the
    # rest instead of failing. Under CI a missing source is an error, as it should be.
    foreach(src IN LISTS T_SOURCES)
        if(NOT IS_ABSOLUTE "${src}")
            set(src "${CMAKE_CURRENT_SOURCE_DIR}/${src}")
        endif()
        if(NOT EXISTS "${src}" AND NOT "$ENV{CI}" STREQUAL "true")
            message(WARNING "${T_NAME}: ${src} does not exist yet; test left out of this build")
            return()
        endif()
    endforeach()
    file(RELATIVE_PATH _rel "${PROJECT_SOURCE_DIR}/tests" "${CMAKE_CURRENT_SOURCE_DIR}")
    string(REGEX MATCH "^[^/]+" _kind "${_rel}")
    if(_kind MATCHES "^(unit|integration|gui)$")
        list(PREPEND T_LABELS ${_kind})
        list(REMOVE_DUPLICATES T_LABELS)
    endif()
    # A test outside those folders (e.g. tests/fuzz) says its kind with a label.
    set(_kinds "${T_LABELS}")
    list(FILTER _kinds INCLUDE REGEX "^(unit|integration|gui)$")
    # Sanitized code runs several times slower (ThreadSanitizer 5-15x); the limits stay bounded.
    if(MAILFERRY_SANITIZER)
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
    endif()
    _mailferry_test_needs(_needs ${T_SOURCES})
    if(T_LIBS MATCHES "mailferry_testsupport_servers")
        list(APPEND _needs needs-posix)
    endif()
    # The GUI tests' driver sets up a Dovecot mailbox for the wizard.
    if(T_LIBS MATCHES "mailferry_testsupport_gui")
        list(APPEND _needs needs-dovecot)
    endif()
    list(REMOVE_DUPLICATES _needs)
    list(APPEND T_LABELS ${_needs})
    set(_why "")
    if("needs-dovecot" IN_LIST _needs AND NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
        set(_why "needs Dovecot and the Debian POP3 servers, which the tests run on Linux only")
    elseif("needs-posix" IN_LIST _needs AND WIN32)
        set(_why "uses POSIX calls (fork, waitpid, unistd.h) that Windows lacks")
    endif()
    if(_why)
        message(STATUS "${T_NAME}: not built on ${CMAKE_SYSTEM_NAME}: ${_why}")
        add_test(NAME ${T_NAME} COMMAND "${CMAKE_COMMAND}" -E echo "${T_NAME} ${_why}")
        set_tests_properties(${T_NAME} PROPERTIES DISABLED TRUE LABELS "${T_LABELS}")
        return()
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    add_dependencies(mailferry_tests_portable ${T_NAME})
    foreach(_k IN LISTS _kinds)
        add_dependencies(mailferry_tests_${_k} ${T_NAME})
    endforeach()
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test mailferry_compile_options ${T_LIBS})
    set(wrapper "${PROJECT_SOURCE_DIR}/tests/run-one.sh")
    if(T_KEYCHAIN)
        set(mode keychain)
        list(APPEND T_LABELS keychain)
    else()
        set(mode plain)
    endif()
    set(_env "QT_QPA_PLATFORM=offscreen" "MAILFERRY_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "MAILFERRY_BUILD_DIR=${PROJECT_BINARY_DIR}"
        ${MAILFERRY_SANITIZER_ENV})
    if(WIN32)
        # No run-one.sh (ctest would find WSL's bash.exe in System32 before Git's): Qt takes the
        # Windows profile folders from the system, not from HOME, so the test runs in the CI
        # runner's throw-away profile, with a fixtures folder of its own. A keychain test uses the
        # real Credential Manager.
        add_test(NAME ${T_NAME} COMMAND $<TARGET_FILE:${T_NAME}>)
        list(APPEND _env "MAILFERRY_FIXTURE_DIR=${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}.fixtures")
    else()
        add_test(NAME ${T_NAME} COMMAND bash "${wrapper}" ${mode} $<TARGET_FILE:${T_NAME}>)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "${_env}")
endfunction()

# Adds every immediate subdirectory that has a CMakeLists.txt, so each area of tests or
# test support can be added without editing a shared list.
macro(mailferry_add_area_subdirectories)
    file(GLOB _mf_children LIST_DIRECTORIES true CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*")
    list(SORT _mf_children)
    foreach(_mf_child IN LISTS _mf_children)
        if(IS_DIRECTORY "${_mf_child}" AND EXISTS "${_mf_child}/CMakeLists.txt")
            add_subdirectory("${_mf_child}")
        endif()
    endforeach()
endmacro()
