# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later

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
# Qt's stricter rules, which the whole tree keeps: no QString turned back into a const char * by
# itself, no QUrl made from a bare string, no narrowing in connect() arguments, and range-for
# instead of Q_FOREACH. (QT_NO_CAST_FROM_ASCII is not on yet: some tests still build QStrings
# from QByteArrays implicitly, e.g. qPrintable(QJsonDocument::toJson()).)
target_compile_definitions(mailferry_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060000)
