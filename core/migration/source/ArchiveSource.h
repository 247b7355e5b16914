// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "migration/source/ArchiveCatalog.h"
#include "migration/source/MessageSource.h"

#include <memory>

namespace mf::migration {

/// A local archive (mbox, Maildir, .eml tree, Apple Mail, .pst) as a message source. It never
/// deletes or changes anything: canDelete() is false and remove() refuses.
///
/// A session lists the catalog's current page (the engine turns the pages). Numbers are positions
/// in that page, in archive order; an entry for a damaged place is failed by fetch() with a reason
/// naming the file and offset, so the damage is recorded and reported like any message that could
/// not be copied. A fetch
/// reads the message again and checks it against the hash of the scan: an archive that changed
/// since fails that message and never sends other bytes.
class ArchiveSource : public MessageSource {
    Q_OBJECT
public:
    /// `catalog` is shared by the sessions of one pass; the first list() scans it.
    explicit ArchiveSource(std::shared_ptr<ArchiveCatalog> catalog, QObject *parent = nullptr);
    ~ArchiveSource() override;

    [[nodiscard]] bool canDelete() const override { return false; }
    void open(StatusCallback done) override;
    void list(ListingCallback done) override;
    void fetch(int number, qint64 maxBytes, BytesCallback done) override;
    void headers(int number, BytesCallback done) override;
    void remove(int number, StatusCallback done) override;
    void close(StatusCallback done) override;
    void abort() override;
    [[nodiscard]] std::optional<SourceMarks> marks(int number) const override;

    /// Bytes of messages scanned per turn of the event loop.
    static constexpr qint64 kScanStepBytes = 8 * 1024 * 1024;

private:
    void later(std::function<void()> work);
    void scanStep(ListingCallback done);
    [[nodiscard]] const CatalogEntry *entryAt(int number) const;
    [[nodiscard]] Error damageError(const Error &damage) const;

    std::shared_ptr<ArchiveCatalog> m_catalog;
    bool m_aborted = false;
};

} // namespace mf::migration
