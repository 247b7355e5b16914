// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mf::privatefiles {

/// Mailferry's files name mailboxes, servers, Gmail addresses, senders and subjects: they are the
/// user's alone. On Unix (Linux and macOS), folders are 0700 and files 0600. On Windows, where
/// mode bits mean nothing, a folder Mailferry creates gets a protected access list instead
/// (privateDirectorySddl()): only the user and SYSTEM, inherited by everything created inside, so
/// files need no call of their own. Folders that exist already keep theirs: the profile folders
/// (%LOCALAPPDATA%) are the user's alone, and a folder the user named is theirs to decide.
/// On a file system without permissions (FAT32 or exFAT on a USB stick) nothing can be private.

/// Sets the process umask to 077, so that every file and folder Mailferry (or Qt, or SQLite on its
/// behalf) creates from now on is private. Call first thing in main().
void restrictUmask();

/// Creates `path` (and its parents) if needed and makes it 0700 (Windows: the private access list
/// when this call creates it). False if it cannot.
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

/// The access list a folder Mailferry creates on Windows gets, in SDDL: protected from the
/// parent's (P), full access (FA) for the user `userSid` and for SYSTEM (SY, which backups and the
/// virus scanner run as), inherited by sub-folders and files (OICI). Pure text, so a test on
/// Linux checks it.
[[nodiscard]] QString privateDirectorySddl(const QString &userSid);

} // namespace mf::privatefiles
