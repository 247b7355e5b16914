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
    const auto &damage = m_catalog->damage();
    listing.messages.reserve(m_catalog->size() + qsizetype(damage.size()));
    int number = 0;
    for (qsizetype i = 0; i < m_catalog->size(); ++i)
        listing.messages.append(ListedMessage{++number, m_catalog->id(i), m_catalog->itemSize(i)});
    for (const ArchiveCatalog::Damage &d : damage)
        listing.messages.append(ListedMessage{++number, d.key, 0});
    done(std::move(listing));
}

std::optional<archive::ArchiveItem> ArchiveSource::itemAt(int number) const
{
    if (number < 1 || number > m_catalog->size())
        return std::nullopt;
    return m_catalog->item(number - 1);
}

const ArchiveCatalog::Damage *ArchiveSource::damageAt(int number) const
{
    const auto &damage = m_catalog->damage();
    const qint64 index = qint64(number) - 1 - qint64(m_catalog->size());
    if (index < 0 || index >= qint64(damage.size()))
        return nullptr;
    return &damage[size_t(index)];
}

Error ArchiveSource::damageError(const ArchiveCatalog::Damage &damage) const
{
    const Error &e = damage.error;
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
        if (const auto item = itemAt(number)) {
            done(m_catalog->reader()->read(*item, maxBytes));
            return;
        }
        if (const auto *damage = damageAt(number)) {
            done(damageError(*damage));
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
        const auto item = itemAt(number);
        if (!item) {
            if (const auto *damage = damageAt(number))
                done(damageError(*damage));
            else
                done(Error::item(Error::Code::CommandFailed, tr("The message is no longer in the archive."),
                                 QStringLiteral("number %1").arg(number)));
            return;
        }
        auto device = m_catalog->reader()->open(*item);
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
    if (number < 1 || number > m_catalog->size())
        return std::nullopt;
    const archive::ArchiveFlags flags = m_catalog->flags(number - 1);
    SourceMarks m;
    m.folder = m_catalog->folder(number - 1);
    m.flagsKnown = flags.known;
    m.read = flags.read;
    m.flagged = flags.flagged;
    return m;
}

} // namespace mf::migration
