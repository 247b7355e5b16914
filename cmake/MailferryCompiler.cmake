# Compiler flags shared by every Mailferry target.
add_library(mailferry_compile_options INTERFACE)
if(MSVC)
    target_compile_options(mailferry_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(MAILFERRY_WARNINGS_AS_ERRORS)
        target_compile_options(mailferry_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(mailferry_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(MAILFERRY_WARNINGS_AS_ERRORS)
        target_compile_options(mailferry_compile_options INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(mailferry_compile_options INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060000)
