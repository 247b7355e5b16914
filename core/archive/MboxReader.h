// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "archive/DirectoryWalk.h"
#include "archive/MboxQuoting.h"

#include <QCryptographicHash>
#include <QFile>

#include <memory>

namespace mf::archive {

/// Reads one mbox file, or a tree of them such as Thunderbird's "Mail/Local Folders" (a folder
/// "Old mail" with subfolders is the file "Old mail" beside the folder "Old mail.sbd").
///
/// A message starts at a "From " line that begins the file or follows an empty line; that empty
/// line is the separator and not part of the message before it. Body lines are unquoted per the
/// variant. Flags come from Thunderbird's X-Mozilla-Status (0x0001 read, 0x0004 marked, 0x0008
/// deleted: a deleted message not yet compacted away is skipped) and from the Status/X-Status
/// headers other mail programs write. Thunderbird's .msf index files are ignored: they can be
/// stale, and the mbox alone is the truth.
///
/// The last message of a file is damaged when the file stops inside a line, inside the header,
/// or short of the message's own Content-Length: it is reported as an error naming the file and
/// the byte offset, after all the whole messages before it.
class MboxReader : public ArchiveReader {
public:
    explicit MboxReader(const QString &root, MboxVariant variant = MboxVariant::Mboxrd);

    [[nodiscard]] ArchiveFormat format() const override { return ArchiveFormat::Mbox; }
    [[nodiscard]] QString rootPath() const override { return m_root; }
    [[nodiscard]] Result<std::optional<ArchiveItem>> next() override;
    [[nodiscard]] Result<std::unique_ptr<QIODevice>> open(const ArchiveItem &item) const override;

    /// Whether `path` looks like an mbox file: it starts with "From ", or it is empty and
    /// Thunderbird keeps an index (.msf) beside it (an empty folder).
    [[nodiscard]] static bool looksLikeMbox(const QFileInfo &path);
    /// The folder path of an mbox file in a tree: "Old mail.sbd/Invoices.sbd/2019" -> "Old mail/Invoices/2019".
    [[nodiscard]] static QString folderForRelativePath(const QString &relativePath);

private:
    struct Message;
    bool openNextFile(Error *error);
    void startMessage(qint64 contentOffset);
    Result<std::optional<ArchiveItem>> finishMessage(bool atEof);
    void consumeHeaderLine(QByteArrayView line);

    QString m_root;
    bool m_rootIsFile = false;
    MboxVariant m_variant;
    std::unique_ptr<DirectoryWalk> m_walk;
    bool m_rootDone = false;

    // The file being scanned.
    QFile m_file;
    QString m_relativePath;
    QString m_folder;
    QByteArray m_chunk;
    bool m_atLineStart = true;
    bool m_prevBlank = true;
    bool m_inFromLine = false;
    qint64 m_index = 0;

    // The message being scanned.
    bool m_inMessage = false;
    qint64 m_start = 0;
    qint64 m_contentEnd = 0;
    qint64 m_size = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_contentLength = -1;
    bool m_headerDone = false;
    qint64 m_pendingBlank = 0; ///< length of an empty line held back: it may be the separator
    bool m_pendingIsBody = false;
    ArchiveFlags m_flags;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace mf::archive
