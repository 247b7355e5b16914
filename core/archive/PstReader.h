// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"

#include <memory>

namespace mf::archive {

/// Reads an Outlook .pst or .ost file through libpst (read-only), folder by folder. Each mail
/// item is written back as MIME by composePstMessage: Outlook keeps the parts of a message, not
/// its original bytes, so what is read is equivalent, not byte-identical, to what was received.
///
/// Memory: libpst keeps the file's index (a few dozen bytes per item) and one item at a time;
/// a message with its attachments is built in memory once when it is scanned and once when read.
/// Items are named by their descriptor id, which Outlook does not change while a message stays.
class PstReader : public ArchiveReader {
public:
    explicit PstReader(const QString &path);
    ~PstReader() override;

    [[nodiscard]] ArchiveFormat format() const override { return ArchiveFormat::Pst; }
    [[nodiscard]] QString rootPath() const override;
    [[nodiscard]] Result<std::optional<ArchiveItem>> next() override;
    [[nodiscard]] Result<std::unique_ptr<QIODevice>> open(const ArchiveItem &item) const override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mf::archive
