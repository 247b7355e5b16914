// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/FileTreeReader.h"

#include "archive/ArchiveStream.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace mf::archive {

FileTreeReader::FileTreeReader(const QString &root)
    : m_root(QFileInfo(root).absoluteFilePath())
{
    m_rootIsFile = !QFileInfo(m_root).isDir();
}

bool FileTreeReader::descend(const QFileInfo &) const
{
    return true;
}

QStringList FileTreeReader::folderParts(const QString &relativePath)
{
    QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty()) {
        parts.removeLast();
    }
    return parts;
}

Result<std::optional<ArchiveItem>> FileTreeReader::next()
{
    if (!m_walk && !m_rootIsFile) {
        m_walk = std::make_unique<DirectoryWalk>(m_root, [this](const QFileInfo &dir) { return descend(dir); });
    }
    while (true) {
        std::optional<QFileInfo> file;
        if (m_rootIsFile) {
            if (!m_rootDone) {
                m_rootDone = true;
                file = QFileInfo(m_root);
            }
        } else {
            file = m_walk->nextFile();
        }
        if (!file) {
            return std::optional<ArchiveItem>();
        }
        const QString relative = m_rootIsFile ? file->fileName() : relativeTo(m_root, file->absoluteFilePath());
        auto candidate = classify(*file, relative);
        if (!candidate) {
            return candidate.error();
        }
        if (!candidate.value()) {
            continue;
        }
        const Candidate &c = *candidate.value();
        if (c.flags.deleted) {
            ++m_skippedDeleted;
            continue;
        }
        ArchiveItem item;
        item.sourcePath = file->absoluteFilePath();
        item.relativePath = relative;
        item.folder = c.folder;
        item.offset = c.offset;
        item.storedLength = c.length >= 0 ? c.length : file->size() - c.offset;
        item.flags = c.flags;

        ArchiveStream stream(item.sourcePath, item.offset, item.storedLength);
        if (!stream.open(QIODevice::ReadOnly)) {
            return Error::item(
                Error::Code::StorageFailed,
                QCoreApplication::translate("mf::archive", "The message file %1 could not be opened.").arg(relative),
                stream.errorString());
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        char buffer[64 * 1024];
        qint64 n = 0;
        while ((n = stream.read(buffer, sizeof buffer)) > 0) {
            hash.addData(QByteArrayView(buffer, static_cast<qsizetype>(n)));
            item.size += n;
        }
        if (n < 0 || stream.shortRead()) {
            return Error::item(Error::Code::MessageMalformed,
                               QCoreApplication::translate("mf::archive", "The message file %1 is cut short at byte %2.")
                                   .arg(relative)
                                   .arg(item.offset + item.size),
                               item.sourcePath);
        }
        item.sha256 = hash.result().toHex();
        item.id = makeItemId(item);
        return std::optional<ArchiveItem>(std::move(item));
    }
}

Result<std::unique_ptr<QIODevice>> FileTreeReader::open(const ArchiveItem &item) const
{
    auto stream = std::make_unique<ArchiveStream>(item.sourcePath, item.offset, item.storedLength);
    if (!stream->open(QIODevice::ReadOnly)) {
        return Error::item(
            Error::Code::StorageFailed,
            QCoreApplication::translate("mf::archive", "The message file %1 could not be opened.").arg(item.sourcePath),
            stream->errorString());
    }
    return std::unique_ptr<QIODevice>(std::move(stream));
}

} // namespace mf::archive
