// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/MboxQuoting.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mf::archive {

/// Finding a user's Thunderbird mail: the profiles listed in profiles.ini, and in each the mbox
/// folders with their message counts and sizes. Pure functions take every input as an argument
/// so that tests run them on profiles they make.
namespace thunderbird {

enum class Platform { Linux, MacOS, Windows };

/// Where Thunderbird keeps profiles.ini: ~/.thunderbird on Linux (and the Snap and Flatpak
/// places), ~/Library/Thunderbird on macOS, %APPDATA%\Thunderbird on Windows. `appData` is
/// %APPDATA% and only used on Windows. The first that holds a profiles.ini is the one in use.
[[nodiscard]] QStringList candidateRoots(Platform platform, const QString &home, const QString &appData = {});

/// This machine's platform.
[[nodiscard]] Platform currentPlatform();

struct Profile {
    QString name;
    QString path; ///< absolute
    bool isDefault = false;

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.name == b.name && a.path == b.path && a.isDefault == b.isDefault;
    }
};

/// The profiles in the text of a profiles.ini found in folder `iniDir`. Relative paths
/// (IsRelative=1) are resolved against iniDir; "/" and "\" both separate. The default is the one
/// an [Install...] section names (Thunderbird 68 and later), else the one with Default=1, else
/// the only one.
[[nodiscard]] QList<Profile> parseProfilesIni(const QByteArray &text, const QString &iniDir);

/// The profiles of the first candidate root that has a profiles.ini.
[[nodiscard]] QList<Profile> findProfiles(const QStringList &roots);

struct MailFolder {
    QString account;            ///< "Local Folders", "pop.example.com" (the folder under Mail/ or ImapMail/)
    QString folder;             ///< "Inbox", "Old mail/Invoices/2019"
    QString mboxPath;           ///< absolute path of the mbox file
    qint64 messages = 0;        ///< messages to copy (deleted ones not counted)
    qint64 deletedMessages = 0; ///< deleted in Thunderbird, not yet compacted away
    qint64 bytes = 0;           ///< size of the messages to copy
    qint64 fileBytes = 0;       ///< size of the mbox file
    QString error;              ///< set when the file is damaged (the counts are what was read)
};

/// Every mbox folder of a profile's Mail/ (POP and local folders) and ImapMail/ accounts. This
/// reads each mbox once (streaming); the .msf files are not trusted for the counts.
[[nodiscard]] QList<MailFolder> mailFolders(const QString &profilePath, MboxVariant variant = MboxVariant::Mboxrd);

} // namespace thunderbird
} // namespace mf::archive
