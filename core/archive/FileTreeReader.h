// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "archive/DirectoryWalk.h"

#include <memory>

namespace mf::archive {

/// The common part of the formats that keep one message per file (Maildir, .eml trees, Apple
/// Mail's .emlx): walk the tree, let the format say which files are messages and where their
/// bytes are, hash them, and hand out items. The root may also be a single message file.
class FileTreeReader : public ArchiveReader {
public:
    explicit FileTreeReader(const QString &root);

    [[nodiscard]] QString rootPath() const override { return m_root; }
    [[nodiscard]] Result<std::optional<ArchiveItem>> next() override;
    [[nodiscard]] Result<std::unique_ptr<QIODevice>> open(const ArchiveItem &item) const override;

protected:
    /// Where a message's bytes are in its file, and what the format knows about it.
    struct Candidate {
        QString folder;
        ArchiveFlags flags;
        qint64 offset = 0;
        qint64 length = -1; ///< -1: to the end of the file
    };

    /// Whether the walk enters this folder (e.g. not Maildir's tmp/).
    [[nodiscard]] virtual bool descend(const QFileInfo &dir) const;
    /// std::nullopt: the file is not a message of this format and is passed over silently.
    /// An error: it is one, but damaged (named in the error; the walk goes on).
    [[nodiscard]] virtual Result<std::optional<Candidate>> classify(const QFileInfo &file, const QString &relativePath) = 0;

    /// "/"-separated components of the folder that holds `relativePath` ("" for the top).
    [[nodiscard]] static QStringList folderParts(const QString &relativePath);

private:
    QString m_root;
    bool m_rootIsFile = false;
    bool m_rootDone = false;
    std::unique_ptr<DirectoryWalk> m_walk;
};

} // namespace mf::archive
