// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountSettings.h"

#include <QString>

namespace mf::app {

/// Knobs for tests and benchmarks, not user settings, read from the environment by every command
/// that runs mailboxes: MAILFERRY_BATCH_PAUSE_MS (the pause between POP3 sessions),
/// MAILFERRY_GMAIL_PER_MINUTE (Gmail pacing; 0 = none, against a fake without quota) and
/// MAILFERRY_RETRY_BACKOFF_MS (the first reconnect wait). Each is a strict whole number within its
/// range; a bad one is named in `error` and nothing is changed after it.
[[nodiscard]] bool applyRunKnobs(accounts::MigrationOptions &options, QString *error);

} // namespace mf::app
