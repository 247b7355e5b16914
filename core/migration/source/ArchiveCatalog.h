// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "common/Result.h"
#include "migration/SessionPlanner.h"
#include "migration/source/CatalogFile.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mf::migration {

/// What one scan of a local archive found: every message of the chosen folders (a location, a
/// size and a hash; never the bytes), and every place that could not be read. Made once a pass
/// and shared by the sessions of that pass, so a big archive is read through once, not once a
/// session. Scanned in steps (scanSome()), so the engine's thread is never blocked long.
///
/// The scan goes to a file beside the ledger (CatalogFile) and comes back in pages of at most
/// kPageEntries entries: one page is in memory at a time, so memory stays the same for a
/// thousand messages and for a million. The engine works through the pages in order, one
/// session a page.
class ArchiveCatalog {
public:
    /// Entries of the scan held in memory at once (one session's listing).
    static constexpr int kPageEntries = 4096;
    /// Damaged places recorded before the scan gives up on the rest of the archive.
    static constexpr int kMaxDamage = 10000;

    /// `folders`: the folder paths to take ("" = top level); empty = every folder. `scratchPath`:
    /// the file the scan is kept in while the pass runs (removed with the catalog).
    ArchiveCatalog(QString path, QStringList folders, QString scratchPath);
    ~ArchiveCatalog();

    /// Opens the archive (the format detected); an Account error when it cannot be read at all.
    [[nodiscard]] Status open();
    [[nodiscard]] bool isOpen() const { return m_reader != nullptr; }
    /// Scans on until about `byteBudget` bytes of messages were read; true when the scan is done
    /// (and the first page is loaded, or the scan failed: see unreadable()).
    bool scanSome(qint64 byteBudget);
    [[nodiscard]] bool scanned() const { return m_done; }
    /// The archive could not be read at all (an unreadable .pst), or the scan could not be kept:
    /// the run stops with this.
    [[nodiscard]] const std::optional<Error> &unreadable() const { return m_unreadable; }

    /// Messages and damaged places in the whole scan.
    [[nodiscard]] qint64 messageCount() const { return m_messages; }
    [[nodiscard]] qint64 damageCount() const { return m_damageCount; }

    /// The page in memory: entries in archive order (number = index + 1 in a listing).
    [[nodiscard]] const std::vector<CatalogEntry> &page() const { return m_page; }
    [[nodiscard]] qint64 pageIndex() const { return m_pageIndex; }
    [[nodiscard]] bool hasNextPage() const { return m_hasNextPage; }
    /// Loads the page after this one. An error when the scratch file cannot be read back.
    [[nodiscard]] Status nextPage();
    /// The page as a listing: number, stable id (damage: its key) and size.
    [[nodiscard]] static QList<ListedMessage> listingOf(const std::vector<CatalogEntry> &page);
    /// Every page from the first, in turn, without moving the page in memory (to count the whole
    /// archive against the ledger). `visit` returns false to stop early.
    [[nodiscard]] Status forEachPage(const std::function<bool(const std::vector<CatalogEntry> &)> &visit) const;

    [[nodiscard]] const archive::ArchiveReader *reader() const { return m_reader.get(); }
    /// Messages the mail program had deleted (not compacted yet): passed over.
    [[nodiscard]] qint64 skippedDeleted() const { return m_reader ? m_reader->skippedDeleted() : 0; }
    [[nodiscard]] QString path() const { return m_path; }

private:
    [[nodiscard]] Status readPage(CatalogFile::Reader &from, std::vector<CatalogEntry> &into, bool &more) const;
    void fail(Error error);
    void recordDamage(Error error);

    QString m_path;
    QSet<QString> m_folders;
    bool m_allFolders = true;
    QString m_scratchPath;
    std::unique_ptr<archive::ArchiveReader> m_reader;
    CatalogFile::Writer m_writer;
    bool m_scratchCreated = false;
    CatalogFile::Reader m_pages; ///< where the next page comes from
    std::vector<CatalogEntry> m_page;
    qint64 m_pageIndex = 0;
    bool m_hasNextPage = false;
    qint64 m_messages = 0;
    qint64 m_damageCount = 0;
    /// Damaged places seen so far by "detail|code", so that the same place reported twice gets
    /// two keys that are the same in every run (bounded by kMaxDamage).
    QHash<QString, int> m_damageSeen;
    bool m_done = false;
    std::optional<Error> m_unreadable;
    int m_errorsInARow = 0;
};

} // namespace mf::migration
