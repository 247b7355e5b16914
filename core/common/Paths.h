// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mf::paths {

/// Where Mailferry keeps its state (ledgers, item logs, lock files), per user: Qt's
/// GenericDataLocation + "/Mailferry", that is ~/.local/share/Mailferry on Linux ($XDG_DATA_HOME
/// when set), %LOCALAPPDATA%\Mailferry on Windows (C:\Users\<user>\AppData\Local: not the
/// roaming profile, so a ledger is never copied to another machine behind Mailferry's back, where
/// two copies would disagree about what was copied), and ~/Library/Application Support/Mailferry
/// on macOS. MAILFERRY_DATA_DIR overrides it (used by tests and by consultants who keep a run's
/// state on a USB stick). The directory is created private (common/PrivateFiles.h).
[[nodiscard]] QString dataDir();

/// The directory for one mailbox's ledger and lock, under dataDir().
[[nodiscard]] QString accountDir(const QString &accountId);

/// Makes a string safe as a file name on every system (account ids come from email addresses), so
/// that a ledger keeps its folder name when the data folder moves between machines: letters of any
/// script, digits and ". - _ @" stay, everything else becomes '_'. Names Windows cannot hold are
/// changed too: a leading '.', a trailing '.' (Windows drops it), and the device names (CON, PRN,
/// AUX, NUL, COM0-9, LPT0-9, also with an extension: "nul.txt") get a leading '_'.
[[nodiscard]] QString safeFileName(const QString &text);

} // namespace mf::paths
