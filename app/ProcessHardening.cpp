// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessHardening.h"

#include "common/PrivateFiles.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace mf::app {

void hardenProcess()
{
#ifdef Q_OS_UNIX
    struct rlimit none {};
    none.rlim_cur = 0;
    none.rlim_max = 0;
    ::setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_WIN
    // No Windows Error Reporting dialog or dump for a crash of this process.
    ::SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
    privatefiles::restrictUmask();
}

} // namespace mf::app
