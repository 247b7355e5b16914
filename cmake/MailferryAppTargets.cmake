# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Which Mailferry executables a build makes, decided in one place for every system, so that the
# decision can be tested on Linux with a pretended Windows or macOS (tests/unit/platform runs this
# file under `cmake -P`). app/CMakeLists.txt creates the targets from the plan.
#
# mailferry_app_plan(<out-var> SYSTEM <CMAKE_SYSTEM_NAME> GUI <ON|OFF>)
#   Sets <out-var> to a list of entries "target:output-name:kind". Kinds:
#     windows-gui  GUI subsystem (WIN32): the app, and the commands without a console window
#                  (for Task Scheduler); started from cmd or PowerShell it prints nothing
#     console      console subsystem: the commands only, no Widgets; prints and returns its exit
#                  code to the shell like any command-line program
#     bundle       macOS Mailferry.app: the app, and the commands when its binary is run from Terminal
#     unix         one program: the app without a command, the commands with one
#     headless     the commands only, no Widgets or Svg (MAILFERRY_GUI=OFF: servers)
#
# Windows gets two executables because one .exe has one subsystem: a GUI program gets no console
# (cmd returns at once and its output is lost), a console program opens a console window when
# started from the Start menu. The console one is mailferry-cli.exe rather than a mailferry.com
# beside mailferry.exe (the devenv.com trick): .com before .exe works only where PATHEXT is
# consulted (cmd, PowerShell), while Git Bash, MSYS2 and Cygwin resolve `mailferry` to the .exe,
# the GUI one, and print nothing; a distinct name behaves the same in every shell and in scripts.
function(mailferry_app_plan out_var)
    cmake_parse_arguments(P "" "SYSTEM;GUI" "" ${ARGN})
    if(NOT DEFINED P_SYSTEM OR NOT DEFINED P_GUI)
        message(FATAL_ERROR "mailferry_app_plan needs SYSTEM and GUI")
    endif()
    if(NOT P_GUI)
        # Also on Windows: the headless build is the console program under the usual name.
        set(plan "mailferry:mailferry:headless")
    elseif(P_SYSTEM STREQUAL "Windows")
        set(plan "mailferry:mailferry:windows-gui" "mailferry_cli:mailferry-cli:console")
    elseif(P_SYSTEM STREQUAL "Darwin")
        set(plan "mailferry:Mailferry:bundle")
    else()
        set(plan "mailferry:mailferry:unix")
    endif()
    set(${out_var} "${plan}" PARENT_SCOPE)
endfunction()

# mailferry_app_entry(<entry> <target-var> <output-name-var> <kind-var> <with-gui-var>)
#   Splits one plan entry; <with-gui-var> is 1 when the executable contains the desktop app.
function(mailferry_app_entry entry target_var name_var kind_var gui_var)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 target)
    list(GET parts 1 name)
    list(GET parts 2 kind)
    if(kind MATCHES "^(windows-gui|bundle|unix)$")
        set(gui 1)
    elseif(kind MATCHES "^(console|headless)$")
        set(gui 0)
    else()
        message(FATAL_ERROR "unknown kind of Mailferry executable: ${kind}")
    endif()
    set(${target_var} "${target}" PARENT_SCOPE)
    set(${name_var} "${name}" PARENT_SCOPE)
    set(${kind_var} "${kind}" PARENT_SCOPE)
    set(${gui_var} "${gui}" PARENT_SCOPE)
endfunction()
