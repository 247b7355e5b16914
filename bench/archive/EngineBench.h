// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

/// The whole engine with an mbox as its source: the generated archive at `mboxPath` through
/// MigrationEngine into fake-google (its own process, so the peak RSS printed is Mailferry's).
/// `quota`: Google's per-user quota enforced with 300 ms latency and the engine's default pace
/// (about 600 a minute); else no quota and no pacing. Returns 0 when every message was copied.
int runEngineBench(const QString &mboxPath, bool quota, qint64 largestBytes);
