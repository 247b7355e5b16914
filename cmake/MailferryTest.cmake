# mailferry_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [KEYCHAIN] [TIMEOUT s])
#
# One helper for every test: builds the executable, registers it with CTest and gives it the
# environment every Mailferry test runs in (offscreen Qt, a private HOME and XDG_RUNTIME_DIR created
# by tests/run-one.sh, the project's source dir for test data). KEYCHAIN tests run inside
# dbus-run-session with an unlocked gnome-keyring, so they talk to a real Secret Service.
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
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test mailferry_compile_options ${T_LIBS})
    set(wrapper "${PROJECT_SOURCE_DIR}/tests/run-one.sh")
    if(T_KEYCHAIN)
        set(mode keychain)
        list(APPEND T_LABELS keychain)
    else()
        set(mode plain)
    endif()
    add_test(NAME ${T_NAME} COMMAND bash "${wrapper}" ${mode} $<TARGET_FILE:${T_NAME}>)
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MAILFERRY_SOURCE_DIR=${PROJECT_SOURCE_DIR};MAILFERRY_BUILD_DIR=${PROJECT_BINARY_DIR}")
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
