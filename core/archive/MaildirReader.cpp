// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/MaildirReader.h"

#include <QDir>

namespace mf::archive {

bool MaildirReader::isMaildir(const QString &dir)
{
    const QDir d(dir);
    return d.exists(QStringLiteral("cur")) && d.exists(QStringLiteral("new"));
}

ArchiveFlags MaildirReader::flagsFromName(const QString &fileName, bool inNew)
{
    ArchiveFlags flags;
    flags.known = true;
    if (inNew) {
        return flags;
    }
    qsizetype info = -1;
    for (const QChar sep : {QLatin1Char(':'), QLatin1Char('!'), QLatin1Char(';')}) {
        info = fileName.lastIndexOf(QString(sep) + QStringLiteral("2,"));
        if (info >= 0) {
            break;
        }
    }
    if (info < 0) {
        return flags;
    }
    const QString letters = fileName.mid(info + 3);
    flags.read = letters.contains(QLatin1Char('S'));
    flags.flagged = letters.contains(QLatin1Char('F'));
    flags.answered = letters.contains(QLatin1Char('R'));
    flags.draft = letters.contains(QLatin1Char('D'));
    flags.deleted = letters.contains(QLatin1Char('T'));
    return flags;
}

bool MaildirReader::descend(const QFileInfo &dir) const
{
    return !(dir.fileName() == QLatin1String("tmp") && isMaildir(dir.absolutePath()));
}

Result<std::optional<FileTreeReader::Candidate>> MaildirReader::classify(const QFileInfo &file, const QString &relativePath)
{
    const QString box = file.fileName();
    const QString where = file.dir().dirName();
    if ((where != QLatin1String("cur") && where != QLatin1String("new")) || box.startsWith(QLatin1Char('.'))
        || !isMaildir(file.absolutePath() + QStringLiteral("/.."))) {
        return std::optional<Candidate>();
    }
    QStringList parts = folderParts(relativePath);
    parts.removeLast(); // cur or new
    QStringList folder;
    for (const QString &part : parts) {
        // Maildir++ names subfolders ".Parent.Child" beside the top one.
        if (part.startsWith(QLatin1Char('.'))) {
            folder.append(part.mid(1).split(QLatin1Char('.'), Qt::SkipEmptyParts));
        } else {
            folder.append(part);
        }
    }
    Candidate c;
    c.folder = folder.join(QLatin1Char('/'));
    c.flags = flagsFromName(box, where == QLatin1String("new"));
    return std::optional<Candidate>(c);
}

} // namespace mf::archive
