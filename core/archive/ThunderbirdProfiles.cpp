// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ThunderbirdProfiles.h"

#include "archive/DirectoryWalk.h"
#include "archive/MboxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace mf::archive::thunderbird {
namespace {

// profiles.ini and %APPDATA% are written with "\" on Windows, and are read on any system.
QString windowsSlashes(QString path)
{
    return path.replace(QLatin1Char('\\'), QLatin1Char('/'));
}

} // namespace

QStringList candidateRoots(Platform platform, const QString &home, const QString &appData)
{
    switch (platform) {
    case Platform::Linux:
        return {home + QStringLiteral("/.thunderbird"), home + QStringLiteral("/snap/thunderbird/common/.thunderbird"),
                home + QStringLiteral("/.var/app/org.mozilla.Thunderbird/.thunderbird")};
    case Platform::MacOS: return {home + QStringLiteral("/Library/Thunderbird")};
    case Platform::Windows: return {windowsSlashes(appData) + QStringLiteral("/Thunderbird")};
    }
    return {};
}

Platform currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

QList<Profile> parseProfilesIni(const QByteArray &text, const QString &iniDir)
{
    // A small INI reader of our own: QSettings would treat the "\" of Windows paths as escapes.
    QList<QMap<QString, QString>> sections;
    QStringList names;
    for (QByteArray raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            names.append(line.mid(1, line.size() - 2));
            sections.append(QMap<QString, QString>());
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !sections.isEmpty()) {
            sections.last().insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
    }
    QString installDefault;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (names.at(i).startsWith(QLatin1String("Install")) && sections.at(i).contains(QStringLiteral("Default"))) {
            installDefault = windowsSlashes(sections.at(i).value(QStringLiteral("Default")));
            break;
        }
    }
    QList<Profile> profiles;
    bool anyDefault = false;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (!names.at(i).startsWith(QLatin1String("Profile"))) {
            continue;
        }
        const auto &s = sections.at(i);
        const QString rawPath = windowsSlashes(s.value(QStringLiteral("Path")));
        if (rawPath.isEmpty()) {
            continue;
        }
        Profile p;
        p.name = s.value(QStringLiteral("Name"), rawPath);
        const bool relative = s.value(QStringLiteral("IsRelative"), QStringLiteral("1")) == QLatin1String("1");
        p.path = relative ? QDir::cleanPath(iniDir + QLatin1Char('/') + rawPath) : QDir::cleanPath(rawPath);
        p.isDefault = installDefault.isEmpty() ? s.value(QStringLiteral("Default")) == QLatin1String("1")
                                               : rawPath == installDefault || p.path == QDir::cleanPath(installDefault);
        anyDefault = anyDefault || p.isDefault;
        profiles.append(p);
    }
    if (!anyDefault && profiles.size() == 1) {
        profiles.first().isDefault = true;
    }
    return profiles;
}

QList<Profile> findProfiles(const QStringList &roots)
{
    for (const QString &root : roots) {
        QFile ini(root + QStringLiteral("/profiles.ini"));
        if (ini.open(QIODevice::ReadOnly)) {
            return parseProfilesIni(ini.read(1024 * 1024), root);
        }
    }
    return {};
}

QList<MailFolder> mailFolders(const QString &profilePath, MboxVariant variant)
{
    QList<MailFolder> folders;
    for (const QString &kind : {QStringLiteral("Mail"), QStringLiteral("ImapMail")}) {
        const QDir base(profilePath + QLatin1Char('/') + kind);
        for (const QFileInfo &account : base.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            DirectoryWalk walk(account.absoluteFilePath());
            while (auto file = walk.nextFile()) {
                if (!MboxReader::looksLikeMbox(*file)) {
                    continue;
                }
                MailFolder f;
                f.account = account.fileName();
                f.folder = MboxReader::folderForRelativePath(relativeTo(account.absoluteFilePath(), file->absoluteFilePath()));
                f.mboxPath = file->absoluteFilePath();
                f.fileBytes = file->size();
                MboxReader reader(f.mboxPath, variant);
                while (true) {
                    auto item = reader.next();
                    if (!item) {
                        f.error = item.error().message;
                        continue; // a damaged file ends after its error
                    }
                    if (!item.value()) {
                        break;
                    }
                    ++f.messages;
                    f.bytes += item.value()->size;
                }
                f.deletedMessages = reader.skippedDeleted();
                folders.append(f);
            }
        }
    }
    return folders;
}

} // namespace mf::archive::thunderbird
