// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveItem.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDataStream>
#include <QFile>
#include <QString>

#include <optional>

namespace mf::migration {

/// One entry of an archive's scan: a message (where it is, its size, hash and flags) or a damaged
/// place, under the key the ledger knows it by.
struct CatalogEntry {
    QByteArray key;            ///< the message's stable id (UTF-8), or "damaged|..." for damage
    archive::ArchiveItem item; ///< a message: everything but the bytes
    std::optional<Error> damage;
};

/// The scan of a local archive, on disk: a sequential file of entries, written once a pass and
/// read back in pages, so that what Mailferry holds in memory does not grow with the archive (a
/// 10 GB mailbox has hundreds of thousands of messages). The names of the file a message is in
/// are written once for each run of messages from the same file.
///
/// The file is Mailferry's own scratch space beside the ledger: replaced by the next pass, removed
/// when the pass ends, and never trusted across runs (a new pass scans again).
class CatalogFile {
public:
    class Writer {
    public:
        /// Creates (or empties) the file; an error names it.
        [[nodiscard]] Status open(const QString &path);
        [[nodiscard]] Status append(const CatalogEntry &entry);
        /// Flushes everything to the file, so that readers see it all.
        [[nodiscard]] Status finish();
        void close() { m_file.close(); }

    private:
        [[nodiscard]] Status check();
        QFile m_file;
        QDataStream m_out;
        QString m_sourcePath, m_relativePath, m_folder;
        bool m_haveFile = false;
    };

    /// Reads the entries back in the order they were written.
    class Reader {
    public:
        [[nodiscard]] Status open(const QString &path);
        /// The next entry; nullopt at the end. An error when the file is not what was written.
        [[nodiscard]] Result<std::optional<CatalogEntry>> next();
        /// Gives an entry back: the next call to next() returns it again.
        void putBack(CatalogEntry entry) { m_back = std::move(entry); }
        void close() { m_file.close(); }

    private:
        std::optional<CatalogEntry> m_back;
        QFile m_file;
        QDataStream m_in;
        QString m_sourcePath, m_relativePath, m_folder;
    };
};

} // namespace mf::migration
