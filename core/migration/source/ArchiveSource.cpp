// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/source/ArchiveSource.h"

#include <QPointer>

namespace mf::migration {

namespace {
// A header block longer than this is not a header block.
constexpr qint64 kMaxHeaderBytes = 256 * 1024;
} // namespace

ArchiveSource::ArchiveSource(std::shared_ptr<ArchiveCatalog> catalog, QObject *parent)
    : MessageSource(parent)
    , m_catalog(std::move(catalog))
{
}

ArchiveSource::~ArchiveSource() = default;

void ArchiveSource::later(std::function<void()> work)
{
    QPointer<ArchiveSource> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, work = std::move(work)] {
        if (self)
            work();
        },
        Qt::QueuedConnection);
}

void ArchiveSource::open(StatusCallback done)
{
    later([this, done = std::move(done)] {
        if (m_aborted) {
            done(Error::cancelled());
            return;
        }
        if (m_catalog->isOpen()) {
            done(Status());
            return;
        }
        done(m_catalog->open());
    });
}

void ArchiveSource::list(ListingCallback done)
{
    later([this, done = std::move(done)]() mutable { scanStep(std::move(done)); });
}

void ArchiveSource::scanStep(ListingCallback done)
{
    if (m_aborted) {
        done(Error::cancelled());
        return;
    }
    if (!m_catalog->scanSome(kScanStepBytes)) {
        // More to scan: the next step after whatever else waits in the event loop.
        later([this, done = std::move(done)]() mutable { scanStep(std::move(done)); });
        return;
    }
    if (m_catalog->unreadable()) {
        done(*m_catalog->unreadable());
        return;
    }
    SourceListing listing;
    listing.messages = ArchiveCatalog::listingOf(m_catalog->page());
    done(std::move(listing));
}

const CatalogEntry *ArchiveSource::entryAt(int number) const
{
    const auto &page = m_catalog->page();
    if (number < 1 || qint64(number) > qint64(page.size()))
        return nullptr;
    return &page[size_t(number - 1)];
}

Error ArchiveSource::damageError(const Error &e) const
{
    return Error::item(e.code, tr("Part of the archive could not be read: %1").arg(e.message),
                       e.detail.isEmpty() ? m_catalog->path() : e.detail);
}

void ArchiveSource::fetch(int number, qint64 maxBytes, BytesCallback done)
{
    later([this, number, maxBytes, done = std::move(done)] {
        if (m_aborted) {
            done(Error::cancelled());
            return;
        }
        if (const CatalogEntry *entry = entryAt(number)) {
            done(entry->damage ? Result<QByteArray>(damageError(*entry->damage))
                               : m_catalog->reader()->read(entry->item, maxBytes));
            return;
        }
        done(Error::item(Error::Code::CommandFailed, tr("The message is no longer in the archive."),
                         QStringLiteral("number %1").arg(number)));
    });
}

void ArchiveSource::headers(int number, BytesCallback done)
{
    later([this, number, done = std::move(done)] {
        if (m_aborted) {
            done(Error::cancelled());
            return;
        }
        const CatalogEntry *entry = entryAt(number);
        if (!entry || entry->damage) {
            if (entry)
                done(damageError(*entry->damage));
            else
                done(Error::item(Error::Code::CommandFailed, tr("The message is no longer in the archive."),
                                 QStringLiteral("number %1").arg(number)));
            return;
        }
        auto device = m_catalog->reader()->open(entry->item);
        if (!device) {
            done(device.error());
            return;
        }
        // Up to the first empty line: the header block.
        QByteArray head;
        while (head.size() < kMaxHeaderBytes) {
            const QByteArray line = device.value()->readLine(kMaxHeaderBytes);
            if (line.isEmpty())
                break;
            head += line;
            if (line == "\n" || line == "\r\n")
                break;
        }
        done(head);
    });
}

void ArchiveSource::remove(int number, StatusCallback done)
{
    later([number, done = std::move(done)] {
        done(Error::item(Error::Code::CommandFailed, tr("Mailferry never changes a local archive."),
                         QStringLiteral("remove %1 refused").arg(number)));
    });
}

void ArchiveSource::close(StatusCallback done)
{
    later([this, done = std::move(done)] { done(m_aborted ? Status(Error::cancelled()) : Status()); });
}

void ArchiveSource::abort()
{
    m_aborted = true;
}

std::optional<SourceMarks> ArchiveSource::marks(int number) const
{
    const CatalogEntry *entry = entryAt(number);
    if (!entry || entry->damage)
        return std::nullopt;
    const archive::ArchiveFlags &flags = entry->item.flags;
    SourceMarks m;
    m.folder = entry->item.folder;
    m.flagsKnown = flags.known;
    m.read = flags.read;
    m.flagged = flags.flagged;
    return m;
}

} // namespace mf::migration
