// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/FileTreeReader.h"

namespace mf::archive {

/// Reads a folder tree of .eml files (one RFC 5322 message each, as mail programs save them):
/// "Old mail/Invoices/2019/a.eml" is in folder "Old mail/Invoices/2019". No flags are kept.
class EmlTreeReader : public FileTreeReader {
public:
    using FileTreeReader::FileTreeReader;
    [[nodiscard]] ArchiveFormat format() const override { return ArchiveFormat::EmlTree; }

protected:
    [[nodiscard]] Result<std::optional<Candidate>> classify(const QFileInfo &file, const QString &relativePath) override;
};

} // namespace mf::archive
