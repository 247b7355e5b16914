// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/MboxReader.h"

#include "archive/ArchiveStream.h"

#include <QCoreApplication>
#include <QDir>

namespace mf::archive {
namespace {

constexpr qsizetype kChunk = 64 * 1024;

bool headerIs(QByteArrayView line, QByteArrayView nameWithColon)
{
    return line.size() >= nameWithColon.size()
        && QByteArrayView(line.first(nameWithColon.size())).compare(nameWithColon, Qt::CaseInsensitive) == 0;
}

QByteArray headerValue(QByteArrayView line, qsizetype nameLength)
{
    return line.sliced(nameLength).toByteArray().trimmed();
}

QString singleFileFolder(const QFileInfo &file)
{
    // Apple Mail's "Export Mailbox" writes "Name.mbox/mbox".
    if (file.fileName() == QLatin1String("mbox") && file.dir().dirName().endsWith(QLatin1String(".mbox"))) {
        return file.dir().dirName().chopped(5);
    }
    if (file.suffix().compare(QLatin1String("mbox"), Qt::CaseInsensitive) == 0
        || file.suffix().compare(QLatin1String("mbx"), Qt::CaseInsensitive) == 0) {
        return file.completeBaseName();
    }
    return file.fileName();
}

} // namespace

MboxReader::MboxReader(const QString &root, MboxVariant variant)
    : m_root(QFileInfo(root).absoluteFilePath())
    , m_variant(variant)
{
    m_rootIsFile = !QFileInfo(m_root).isDir();
    if (!m_rootIsFile) {
        m_walk = std::make_unique<DirectoryWalk>(m_root);
    }
    m_chunk.resize(kChunk + 1);
}

bool MboxReader::looksLikeMbox(const QFileInfo &path)
{
    static const QStringList notMail = {QStringLiteral("msf"),  QStringLiteral("dat"),    QStringLiteral("json"),
                                        QStringLiteral("html"), QStringLiteral("sqlite"), QStringLiteral("js")};
    if (!path.isFile() || notMail.contains(path.suffix(), Qt::CaseInsensitive)) {
        return false;
    }
    if (path.size() == 0) {
        return QFileInfo::exists(path.absoluteFilePath() + QStringLiteral(".msf"));
    }
    QFile file(path.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(5) == "From ";
}

QString MboxReader::folderForRelativePath(const QString &relativePath)
{
    QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.last() == QLatin1String("mbox")
        && parts.at(parts.size() - 2).endsWith(QLatin1String(".mbox"))) {
        parts.removeLast();
    }
    for (QString &part : parts) {
        if (part.endsWith(QLatin1String(".sbd")) || part.endsWith(QLatin1String(".mbox"))) {
            part.chop(part.endsWith(QLatin1String(".sbd")) ? 4 : 5);
        }
    }
    return parts.join(QLatin1Char('/'));
}

bool MboxReader::openNextFile(Error *error)
{
    QFileInfo found;
    if (m_rootIsFile) {
        if (m_rootDone) {
            return false;
        }
        m_rootDone = true;
        found = QFileInfo(m_root);
        m_relativePath = found.fileName();
        m_folder = singleFileFolder(found);
    } else {
        while (auto file = m_walk->nextFile()) {
            if (looksLikeMbox(*file)) {
                found = *file;
                break;
            }
        }
        if (found.filePath().isEmpty()) {
            return false;
        }
        m_relativePath = relativeTo(m_root, found.absoluteFilePath());
        // An Apple Mail export given as its "Name.mbox" folder: the folder name is the label.
        const QString rootName = QFileInfo(m_root).fileName();
        m_folder = folderForRelativePath(rootName.endsWith(QLatin1String(".mbox")) ? rootName + QLatin1Char('/') + m_relativePath
                                                                                   : m_relativePath);
    }
    m_file.setFileName(found.absoluteFilePath());
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Error::item(
            Error::Code::StorageFailed,
            QCoreApplication::translate("mf::archive", "The mail file %1 could not be opened.").arg(found.absoluteFilePath()),
            m_file.errorString());
        return true;
    }
    m_atLineStart = true;
    m_prevBlank = true;
    m_inFromLine = false;
    m_inMessage = false;
    m_index = 0;
    return true;
}

void MboxReader::startMessage(qint64 contentOffset)
{
    m_inMessage = true;
    m_start = contentOffset;
    m_contentEnd = contentOffset;
    m_size = 0;
    m_bodyBytes = 0;
    m_contentLength = -1;
    m_headerDone = false;
    m_pendingBlank = 0;
    m_flags = {};
    m_hash.reset();
}

void MboxReader::consumeHeaderLine(QByteArrayView line)
{
    static constexpr QByteArrayView mozilla("X-Mozilla-Status:");
    static constexpr QByteArrayView status("Status:");
    static constexpr QByteArrayView xStatus("X-Status:");
    static constexpr QByteArrayView contentLength("Content-Length:");
    if (headerIs(line, mozilla)) {
        bool ok = false;
        const uint bits = headerValue(line, mozilla.size()).toUInt(&ok, 16);
        if (ok) {
            m_flags.known = true;
            m_flags.read = bits & 0x0001;
            m_flags.answered = bits & 0x0002;
            m_flags.flagged = bits & 0x0004;
            m_flags.deleted = bits & 0x0008;
        }
    } else if (headerIs(line, status)) {
        m_flags.known = true;
        m_flags.read = m_flags.read || headerValue(line, status.size()).contains('R');
    } else if (headerIs(line, xStatus)) {
        const QByteArray v = headerValue(line, xStatus.size());
        m_flags.known = true;
        m_flags.flagged = m_flags.flagged || v.contains('F');
        m_flags.answered = m_flags.answered || v.contains('A');
        m_flags.deleted = m_flags.deleted || v.contains('D');
        m_flags.draft = m_flags.draft || v.contains('T');
    } else if (headerIs(line, contentLength)) {
        bool ok = false;
        const qint64 n = headerValue(line, contentLength.size()).toLongLong(&ok);
        m_contentLength = ok && n >= 0 ? n : -1;
    }
}

Result<std::optional<ArchiveItem>> MboxReader::finishMessage(bool atEof)
{
    m_inMessage = false;
    const qint64 index = m_index++;
    if (atEof && (!m_atLineStart || !m_headerDone || (m_contentLength >= 0 && m_bodyBytes < m_contentLength))) {
        return Error::item(Error::Code::MessageMalformed,
                           QCoreApplication::translate("mf::archive",
                                                       "The mail file %1 is cut short: it ends inside message %2 "
                                                       "(byte %3). The messages before it were read.")
                               .arg(m_relativePath)
                               .arg(index + 1)
                               .arg(m_start),
                           m_file.fileName());
    }
    if (m_flags.deleted) {
        ++m_skippedDeleted;
        return std::optional<ArchiveItem>();
    }
    ArchiveItem item;
    item.sourcePath = m_file.fileName();
    item.relativePath = m_relativePath;
    item.folder = m_folder;
    item.index = index;
    item.offset = m_start;
    item.storedLength = m_contentEnd - m_start;
    item.size = m_size;
    item.sha256 = m_hash.result().toHex();
    item.flags = m_flags;
    item.id = makeItemId(item);
    return std::optional<ArchiveItem>(std::move(item));
}

Result<std::optional<ArchiveItem>> MboxReader::next()
{
    static constexpr QByteArrayView lf("\n");
    static constexpr QByteArrayView crlf("\r\n");
    while (true) {
        if (!m_file.isOpen()) {
            Error error;
            error.code = Error::Code::Unknown;
            if (!openNextFile(&error)) {
                return std::optional<ArchiveItem>();
            }
            if (error.code != Error::Code::Unknown) {
                return error;
            }
        }
        const qint64 lineOffset = m_file.pos();
        const qint64 n = m_file.readLine(m_chunk.data(), m_chunk.size());
        if (n <= 0) {
            const bool readFailed = n < 0 && m_file.error() != QFileDevice::NoError;
            const QString why = m_file.errorString();
            Result<std::optional<ArchiveItem>> result = std::optional<ArchiveItem>();
            if (readFailed) {
                result = Error::item(Error::Code::StorageFailed,
                                     QCoreApplication::translate("mf::archive",
                                                                 "The mail file %1 could not be read "
                                                                 "past byte %2.")
                                         .arg(m_relativePath)
                                         .arg(lineOffset),
                                     why);
            } else if (m_inMessage) {
                result = finishMessage(true);
            }
            m_file.close();
            if (!result || result.value()) {
                return result;
            }
            continue;
        }
        const QByteArrayView line(m_chunk.constData(), static_cast<qsizetype>(n));
        const bool lineStart = m_atLineStart;
        m_atLineStart = line.endsWith('\n');
        if (m_inFromLine) { // the rest of a very long "From " line
            m_inFromLine = !m_atLineStart;
            if (!m_inFromLine) {
                startMessage(m_file.pos());
            }
            continue;
        }
        if (lineStart && m_prevBlank && isFromLine(line)) {
            const bool hadMessage = m_inMessage;
            Result<std::optional<ArchiveItem>> finished =
                hadMessage ? finishMessage(false) : Result<std::optional<ArchiveItem>>(std::optional<ArchiveItem>());
            m_prevBlank = false;
            if (m_atLineStart) {
                startMessage(m_file.pos());
            } else {
                m_inFromLine = true;
            }
            if (hadMessage && (!finished || finished.value())) {
                return finished;
            }
            continue;
        }
        if (!m_inMessage) {
            const QString relative = m_relativePath;
            m_file.close();
            return Error::item(Error::Code::MessageMalformed,
                               QCoreApplication::translate("mf::archive",
                                                           "%1 is not an mbox file: it does not start with \"From \".")
                                   .arg(relative));
        }
        if (m_pendingBlank > 0) { // the held empty line was not a separator after all
            m_hash.addData(m_pendingBlank == 1 ? lf : crlf);
            m_size += m_pendingBlank;
            m_bodyBytes += m_pendingIsBody ? m_pendingBlank : 0;
            m_contentEnd = lineOffset;
            m_pendingBlank = 0;
        }
        if (lineStart && isBlankLine(line)) {
            m_pendingIsBody = m_headerDone;
            m_headerDone = true;
            m_pendingBlank = n;
            m_prevBlank = true;
            continue;
        }
        m_prevBlank = false;
        if (lineStart && !m_headerDone) {
            consumeHeaderLine(line);
        }
        const qsizetype skip = lineStart && isQuotedFromLine(line, m_variant) ? 1 : 0;
        m_hash.addData(line.sliced(skip));
        m_size += n - skip;
        if (m_headerDone) {
            m_bodyBytes += n - skip;
        }
        m_contentEnd = m_file.pos();
    }
}

Result<std::unique_ptr<QIODevice>> MboxReader::open(const ArchiveItem &item) const
{
    auto stream = std::make_unique<ArchiveStream>(item.sourcePath, item.offset, item.storedLength, m_variant);
    if (!stream->open(QIODevice::ReadOnly)) {
        return Error::item(
            Error::Code::StorageFailed,
            QCoreApplication::translate("mf::archive", "The mail file %1 could not be opened.").arg(item.sourcePath),
            stream->errorString());
    }
    return std::unique_ptr<QIODevice>(std::move(stream));
}

} // namespace mf::archive
