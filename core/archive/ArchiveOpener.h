// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "archive/MboxQuoting.h"

#include <memory>

namespace mf::archive {

struct ArchiveOptions {
    MboxVariant mboxVariant = MboxVariant::Mboxrd;
};

/// Which format the file or folder at `path` is, from its name and a look at its first bytes
/// (a folder: from what it holds, looking at most a few thousand entries deep). Unknown when
/// nothing fits.
[[nodiscard]] ArchiveFormat detectFormat(const QString &path);

/// Whether this build reads Outlook .pst/.ost files (it needs libpst).
[[nodiscard]] bool pstSupported();

/// A reader for the archive at `path` (detected), or an error saying why it cannot be read.
[[nodiscard]] Result<std::unique_ptr<ArchiveReader>> openArchive(const QString &path, const ArchiveOptions &options = {});

/// A reader for the archive at `path` read as `format`.
[[nodiscard]] Result<std::unique_ptr<ArchiveReader>> openArchive(const QString &path, ArchiveFormat format,
                                                                 const ArchiveOptions &options = {});

} // namespace mf::archive
