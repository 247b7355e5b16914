// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace mf::app {

/// Called first thing in main(), before any secret can be in memory:
///  - no core dumps: a crash must not write the POP3 password, the Google tokens or mail to disk
///    (setrlimit(RLIMIT_CORE, 0); on Linux also PR_SET_DUMPABLE 0, which also keeps other
///    processes of the same user from attaching with ptrace or reading /proc/<pid>/mem);
///  - umask 077: every file and folder Mailferry creates is private to the user.
void hardenProcess();

} // namespace mf::app
