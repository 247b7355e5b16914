# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

# cmake -P app-targets-test.cmake -DMAILFERRY_SOURCE_DIR=<src>
# Runs the plan that app/CMakeLists.txt builds its executables from, for a pretended Windows, macOS
# and Linux, with and without the GUI: the console program exists exactly where it should, and
# the GUI subsystem never carries the only copy of the commands on Windows.
include("${MAILFERRY_SOURCE_DIR}/cmake/MailferryAppTargets.cmake")

set(failures 0)
function(expect system gui expected)
    mailferry_app_plan(plan SYSTEM "${system}" GUI "${gui}")
    if(NOT "${plan}" STREQUAL "${expected}")
        message(SEND_ERROR "${system} GUI=${gui}: got '${plan}', want '${expected}'")
    else()
        message(STATUS "ok ${system} GUI=${gui}: ${plan}")
    endif()
endfunction()

expect(Windows ON "mailferry:mailferry:windows-gui;mailferry_cli:mailferry-cli:console")
expect(Windows OFF "mailferry:mailferry:headless")
expect(Darwin ON "mailferry:Mailferry:bundle")
expect(Darwin OFF "mailferry:mailferry:headless")
expect(Linux ON "mailferry:mailferry:unix")
expect(Linux OFF "mailferry:mailferry:headless")

# What each kind means for the build: the console one has no widgets, the GUI ones do.
mailferry_app_entry("mailferry_cli:mailferry-cli:console" target name kind gui)
if(NOT target STREQUAL "mailferry_cli" OR NOT name STREQUAL "mailferry-cli" OR NOT gui EQUAL 0)
    message(SEND_ERROR "console entry parsed as ${target} ${name} ${kind} gui=${gui}")
endif()
mailferry_app_entry("mailferry:mailferry:windows-gui" target name kind gui)
if(NOT gui EQUAL 1)
    message(SEND_ERROR "the Windows GUI program must contain the app")
endif()
mailferry_app_entry("mailferry:mailferry:headless" target name kind gui)
if(NOT gui EQUAL 0)
    message(SEND_ERROR "the headless program must not contain the app")
endif()

# On every system with the GUI, at least one executable prints to the shell it was started from:
# all but Windows' GUI subsystem do.
foreach(system Windows Darwin Linux)
    mailferry_app_plan(plan SYSTEM ${system} GUI ON)
    set(console_ok 0)
    foreach(entry IN LISTS plan)
        mailferry_app_entry("${entry}" t n k g)
        if(NOT k STREQUAL "windows-gui")
            set(console_ok 1)
        endif()
    endforeach()
    if(NOT console_ok)
        message(SEND_ERROR "${system}: no executable that prints to a console")
    endif()
endforeach()
