#pragma once

#include <QString>

namespace mf::paths {

/// Where Mailferry keeps its state (ledgers, item logs, lock files), per user:
/// ~/.local/share/Mailferry on Linux, %APPDATA%/Mailferry on Windows,
/// ~/Library/Application Support/Mailferry on macOS. MAILFERRY_DATA_DIR overrides it
/// (used by tests and by consultants who keep a run's state on a USB stick).
/// The directory is created with owner-only permissions.
[[nodiscard]] QString dataDir();

/// The directory for one mailbox's ledger and lock, under dataDir().
[[nodiscard]] QString accountDir(const QString &accountId);

/// Makes a string safe as a file name (account ids come from email addresses).
[[nodiscard]] QString safeFileName(const QString &text);

} // namespace mf::paths
