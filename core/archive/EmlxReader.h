// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/FileTreeReader.h"

namespace mf::archive {

/// Reads Apple Mail's mailboxes: "Name.mbox" folders holding ".../Messages/N.emlx" files.
///
/// An .emlx file is a line with the message's byte count, the message, then an XML property
/// list whose "flags" integer holds the state (bit 0 read, 1 deleted, 2 answered, 4 flagged,
/// 6 draft). Nested mailboxes ("Old mail.mbox/Invoices.mbox") become nested folders. A
/// ".partial.emlx" keeps its attachments in other files and is reported, not read.
class EmlxReader : public FileTreeReader {
public:
    using FileTreeReader::FileTreeReader;
    [[nodiscard]] ArchiveFormat format() const override { return ArchiveFormat::AppleMail; }

    /// The flags from an .emlx property list's "flags" integer.
    [[nodiscard]] static ArchiveFlags flagsFromBits(quint64 bits);

protected:
    [[nodiscard]] Result<std::optional<Candidate>> classify(const QFileInfo &file, const QString &relativePath) override;
};

} // namespace mf::archive
