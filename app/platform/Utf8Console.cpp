// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/Utf8Console.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

namespace mf::app {

Utf8Console::Utf8Console()
{
#ifdef Q_OS_WIN
    // GetConsoleOutputCP() is 0 without a console (the GUI program, or output redirected by a
    // service): nothing to change then.
    const UINT previous = ::GetConsoleOutputCP();
    if (previous != 0 && previous != CP_UTF8 && ::SetConsoleOutputCP(CP_UTF8))
        m_previous = previous;
#endif
}

Utf8Console::~Utf8Console()
{
#ifdef Q_OS_WIN
    if (m_previous != 0)
        ::SetConsoleOutputCP(m_previous);
#endif
}

} // namespace mf::app
