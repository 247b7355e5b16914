// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveItem.h"
#include "archive/ThunderbirdProfiles.h"

#include <QList>
#include <QString>

namespace mf::archive {

/// Where the mail programs people moved POP3 mail with keep it on each system, so that the
/// wizard can offer what is there before asking the user to look for it.
namespace locations {

/// The folders the search starts from. currentPlaces() fills them for this computer; tests give
/// a folder they made, as any system.
struct Places {
    thunderbird::Platform platform = thunderbird::Platform::Linux;
    QString home;         ///< the user's home folder
    QString documents;    ///< "Documents" (Outlook's "Outlook Files" is in it)
    QString appData;      ///< %APPDATA% (Windows only)
    QString localAppData; ///< %LOCALAPPDATA% (Windows only)
};

[[nodiscard]] Places currentPlaces();

enum class Program { Thunderbird, AppleMail, Outlook, WindowsLiveMail };

/// One archive found on this computer.
struct Found {
    Program program = Program::Thunderbird;
    QString path;           ///< what to import: a profile's Mail folder, ~/Library/Mail, a .pst file
    QString detail;         ///< the profile's name, or the file's name; may be empty
    bool isDefault = false; ///< Thunderbird's default profile

    friend bool operator==(const Found &a, const Found &b)
    {
        return a.program == b.program && a.path == b.path && a.detail == b.detail && a.isDefault == b.isDefault;
    }
};

/// The program's name as people know it ("Thunderbird", "Apple Mail", "Outlook", "Windows Live Mail").
[[nodiscard]] QString programName(Program program);

/// Every archive found under `places`, Thunderbird's default profile first. Only what exists is
/// listed, and nothing is read beyond folder listings and profiles.ini (the counts are the
/// survey's work).
///  - Thunderbird: each profile of profiles.ini that has a Mail folder (local and POP3 folders).
///  - Apple Mail (macOS): ~/Library/Mail.
///  - Outlook (Windows): the .pst and .ost files in Documents/Outlook Files and
///    %LOCALAPPDATA%/Microsoft/Outlook.
///  - Windows Live Mail (Windows): %LOCALAPPDATA%/Microsoft/Windows Live Mail.
[[nodiscard]] QList<Found> findArchives(const Places &places);

} // namespace locations
} // namespace mf::archive
