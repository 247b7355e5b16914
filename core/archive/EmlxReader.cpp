// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/EmlxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace mf::archive {

ArchiveFlags EmlxReader::flagsFromBits(quint64 bits)
{
    ArchiveFlags flags;
    flags.known = true;
    flags.read = bits & (1u << 0);
    flags.deleted = bits & (1u << 1);
    flags.answered = bits & (1u << 2);
    flags.flagged = bits & (1u << 4);
    flags.draft = bits & (1u << 6);
    return flags;
}

Result<std::optional<FileTreeReader::Candidate>> EmlxReader::classify(const QFileInfo &file, const QString &relativePath)
{
    const QString name = file.fileName();
    if (!name.endsWith(QLatin1String(".emlx"), Qt::CaseInsensitive)) {
        return std::optional<Candidate>();
    }
    const auto damaged = [&](const QString &why) {
        return Error::item(
            Error::Code::MessageMalformed,
            QCoreApplication::translate("mf::archive", "The Apple Mail message %1 cannot be read: %2").arg(relativePath, why),
            file.absoluteFilePath());
    };
    if (name.endsWith(QLatin1String(".partial.emlx"), Qt::CaseInsensitive)) {
        return damaged(
            QCoreApplication::translate("mf::archive",
                                        "Apple Mail keeps its attachments in other files. Export the mailbox from Apple Mail "
                                        "(Mailbox > Export Mailbox) and add the exported mbox instead."));
    }
    QFile f(file.absoluteFilePath());
    if (!f.open(QIODevice::ReadOnly)) {
        return damaged(f.errorString());
    }
    const QByteArray first = f.readLine(32);
    bool ok = false;
    const qint64 count = first.trimmed().toLongLong(&ok);
    if (!first.endsWith('\n') || !ok || count < 0) {
        return damaged(QCoreApplication::translate("mf::archive", "it does not start with the message's length."));
    }
    Candidate c;
    c.offset = first.size();
    c.length = count;
    if (f.size() < c.offset + count) {
        return damaged(
            QCoreApplication::translate("mf::archive", "it is cut short at byte %1 of %2.").arg(f.size()).arg(c.offset + count));
    }
    if (f.seek(c.offset + count)) {
        static const QRegularExpression flagsKey(QStringLiteral("<key>flags</key>\\s*<integer>(\\d+)</integer>"));
        const auto match = flagsKey.match(QString::fromUtf8(f.read(64 * 1024)));
        if (match.hasMatch()) {
            c.flags = flagsFromBits(match.captured(1).toULongLong());
        }
    }
    // Folder: the chain of "Name.mbox" mailboxes (Apple Mail's own folders between them, such as
    // "<UUID>/Data/1/Messages", are not mailboxes).
    QStringList parts = folderParts(relativePath);
    const QString rootName = QFileInfo(rootPath()).isDir() ? QFileInfo(rootPath()).fileName() : QString();
    if (rootName.endsWith(QLatin1String(".mbox"))) {
        parts.prepend(rootName);
    }
    QStringList folder;
    for (const QString &part : parts) {
        if (part.endsWith(QLatin1String(".mbox"))) {
            folder.append(part.chopped(5));
        } else if (part.endsWith(QLatin1String(".imapmbox"))) {
            folder.append(part.chopped(9));
        }
    }
    c.folder = folder.join(QLatin1Char('/'));
    return std::optional<Candidate>(c);
}

} // namespace mf::archive
