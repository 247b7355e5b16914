// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/FileTreeReader.h"

namespace mf::archive {

/// Reads a Maildir (cur/ and new/; tmp/ holds unfinished deliveries and is passed over) and its
/// subfolders: Maildir++ ".Old mail.Invoices" and nested Maildirs both become "Old mail/Invoices".
/// Flags come from the ":2," suffix (S read, F flagged, R answered, D draft, T trashed: skipped);
/// a message still in new/ is unread. ":" may be written "!" or ";" where it cannot be (Windows).
class MaildirReader : public FileTreeReader {
public:
    using FileTreeReader::FileTreeReader;
    [[nodiscard]] ArchiveFormat format() const override { return ArchiveFormat::Maildir; }

    /// Whether `dir` holds a Maildir (both cur/ and new/).
    [[nodiscard]] static bool isMaildir(const QString &dir);
    /// Flags from a Maildir file name; `inNew` for a file in new/.
    [[nodiscard]] static ArchiveFlags flagsFromName(const QString &fileName, bool inNew);

protected:
    [[nodiscard]] bool descend(const QFileInfo &dir) const override;
    [[nodiscard]] Result<std::optional<Candidate>> classify(const QFileInfo &file, const QString &relativePath) override;
};

} // namespace mf::archive
