// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ArchiveLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mf::archive::locations {
namespace {

QString slashes(QString path)
{
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return path;
}

bool isDir(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

/// The .pst and .ost files directly in `folder` (Outlook keeps them flat), by name.
QList<Found> outlookFiles(const QString &folder)
{
    QList<Found> found;
    if (!isDir(folder))
        return found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.pst"), QStringLiteral("*.ost"),
                                                            QStringLiteral("*.PST"), QStringLiteral("*.OST")},
                                                           QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &file : files)
        found.append(Found{Program::Outlook, file.absoluteFilePath(), file.fileName(), false});
    return found;
}

} // namespace

Places currentPlaces()
{
    Places p;
    p.platform = thunderbird::currentPlatform();
    p.home = QDir::homePath();
    p.documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    p.appData = slashes(qEnvironmentVariable("APPDATA"));
    p.localAppData = slashes(qEnvironmentVariable("LOCALAPPDATA"));
    return p;
}

QString programName(Program program)
{
    switch (program) {
    case Program::Thunderbird: return QStringLiteral("Thunderbird");
    case Program::AppleMail: return QCoreApplication::translate("mf::archive", "Apple Mail");
    case Program::Outlook: return QStringLiteral("Outlook");
    case Program::WindowsLiveMail: return QStringLiteral("Windows Live Mail");
    }
    return {};
}

QList<Found> findArchives(const Places &places)
{
    QList<Found> found;
    const QList<thunderbird::Profile> profiles =
        thunderbird::findProfiles(thunderbird::candidateRoots(places.platform, places.home, places.appData));
    QList<Found> others;
    for (const thunderbird::Profile &profile : profiles) {
        // Mail/ holds the POP3 accounts and the local folders; ImapMail/ is a copy of what is
        // still on an IMAP server, which is not what was taken home.
        const QString mail = QDir(profile.path).filePath(QStringLiteral("Mail"));
        if (!isDir(mail))
            continue;
        Found f{Program::Thunderbird, QDir::cleanPath(mail), profile.name, profile.isDefault};
        (profile.isDefault ? found : others).append(f);
    }
    found.append(others);

    if (places.platform == thunderbird::Platform::MacOS) {
        const QString appleMail = places.home + QStringLiteral("/Library/Mail");
        if (isDir(appleMail))
            found.append(Found{Program::AppleMail, appleMail, QString(), false});
    }
    if (places.platform == thunderbird::Platform::Windows) {
        QStringList outlookFolders;
        if (!places.documents.isEmpty())
            outlookFolders << slashes(places.documents) + QStringLiteral("/Outlook Files");
        if (!places.localAppData.isEmpty())
            outlookFolders << places.localAppData + QStringLiteral("/Microsoft/Outlook");
        for (const QString &folder : outlookFolders)
            found.append(outlookFiles(folder));
        if (!places.localAppData.isEmpty()) {
            const QString liveMail = places.localAppData + QStringLiteral("/Microsoft/Windows Live Mail");
            if (isDir(liveMail))
                found.append(Found{Program::WindowsLiveMail, liveMail, QString(), false});
        }
    }
    return found;
}

} // namespace mf::archive::locations
