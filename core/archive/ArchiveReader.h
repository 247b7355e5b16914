// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveItem.h"
#include "common/Result.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace mf::archive {

/// Reads the messages of one local archive, one at a time, without loading the archive.
///
/// `next()` scans forward: memory stays bounded by the reader's buffers (and, for folder
/// formats, one directory listing), whatever the archive's size. The item it returns is a
/// location; the message itself is read later through `open()` (a stream) or `read()` (a
/// bounded buffer), by this reader or another one made for the same archive in a later run.
///
/// Nothing in an archive is ever changed: every file is opened read-only.
class ArchiveReader {
public:
    virtual ~ArchiveReader() = default;

    [[nodiscard]] virtual ArchiveFormat format() const = 0;
    /// The archive's root (a file or a folder), as given.
    [[nodiscard]] virtual QString rootPath() const = 0;

    /// The next message; std::nullopt when the archive is done. An error names the damaged place
    /// (file and byte offset, or file): with Scope::Item the reader goes on past it at the next
    /// call (a damaged .emlx among good ones); otherwise (a truncated mbox, an unreadable PST)
    /// the rest of that archive could not be read and `next()` returns std::nullopt afterwards.
    [[nodiscard]] virtual Result<std::optional<ArchiveItem>> next() = 0;

    /// A stream of the message's bytes as they would be uploaded (an mbox message unquoted).
    [[nodiscard]] virtual Result<std::unique_ptr<QIODevice>> open(const ArchiveItem &item) const = 0;

    /// The whole message in memory, or an error (Code::MessageOversize) when it is larger than
    /// maxBytes; also an error when the stored bytes no longer match the item's hash (the
    /// archive changed since the scan).
    [[nodiscard]] Result<QByteArray> read(const ArchiveItem &item, qint64 maxBytes) const;

    /// Messages passed over because the mail program had deleted them (Thunderbird's not yet
    /// compacted deletions, Maildir "T", Apple Mail's deleted flag).
    [[nodiscard]] qint64 skippedDeleted() const { return m_skippedDeleted; }

protected:
    qint64 m_skippedDeleted = 0;
};

} // namespace mf::archive
