#pragma once

#include <QString>

namespace mf::privatefiles {

/// Mailferry's files name mailboxes, servers, Gmail addresses, senders and subjects: they are the
/// user's alone. On Unix, folders are 0700 and files 0600; elsewhere these calls do nothing (the
/// per-user profile folders of Windows and macOS are already private).

/// Sets the process umask to 077, so that every file and folder Mailferry (or Qt, or SQLite on its
/// behalf) creates from now on is private. Call first thing in main().
void restrictUmask();

/// Creates `path` (and its parents) if needed and makes it 0700. False if it cannot.
[[nodiscard]] bool ensurePrivateDir(const QString &path);

/// Makes an existing file 0600 (a missing file is not an error). False if it exists and cannot be changed.
[[nodiscard]] bool makeFilePrivate(const QString &path);

/// Makes `dir` 0700 and everything under it private (folders 0700, files 0600), for folders that
/// earlier versions created with the default umask. Symbolic links are not followed.
/// False if anything could not be changed.
[[nodiscard]] bool tightenTree(const QString &dir);

/// The settings file QSettings uses for Mailferry made private, and its folder too when it is
/// Mailferry's own ("Mailferry"); the file may not exist yet. False if something exists and could not be changed.
[[nodiscard]] bool protectSettingsFile(const QString &settingsFile);

} // namespace mf::privatefiles
