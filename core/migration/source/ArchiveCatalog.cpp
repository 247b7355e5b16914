// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/source/ArchiveCatalog.h"

#include "archive/ArchiveOpener.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

namespace mf::migration {

namespace {
// A reader that reports error after error without moving on is itself broken: stop there.
constexpr int kMaxErrorsInARow = 10000;
// Scanning a folder archive of many tiny files reads little per item: bound the step by count too.
constexpr int kMaxItemsPerStep = 2000;
} // namespace

ArchiveCatalog::ArchiveCatalog(QString path, QStringList folders, QString scratchPath)
    : m_path(std::move(path))
    , m_allFolders(folders.isEmpty())
    , m_scratchPath(std::move(scratchPath))
{
    for (const QString &f : folders)
        m_folders.insert(f);
}

ArchiveCatalog::~ArchiveCatalog()
{
    // Closed first: a file still open cannot be removed on Windows.
    m_writer.close();
    m_pages.close();
    if (m_scratchCreated)
        QFile::remove(m_scratchPath);
}

Status ArchiveCatalog::open()
{
    auto reader = archive::openArchive(m_path);
    if (!reader) {
        Error e = reader.error();
        if (e.scope == Error::Scope::Item || e.scope == Error::Scope::Session)
            e = Error::account(e.code, e.message, e.detail);
        return e;
    }
    if (Status s = m_writer.open(m_scratchPath); !s.ok())
        return s;
    m_scratchCreated = true;
    m_reader = std::move(reader).value();
    return Status();
}

void ArchiveCatalog::fail(Error error)
{
    m_unreadable = std::move(error);
    m_done = true;
}

void ArchiveCatalog::recordDamage(Error error)
{
    // The key names the damaged place without the (translated) message, so it is the same in
    // every run and every language.
    const QString place = error.detail + QLatin1Char('|') + Error::codeName(error.code);
    const int sameBefore = m_damageSeen.value(place);
    m_damageSeen.insert(place, sameBefore + 1);
    const QByteArray key =
        QCryptographicHash::hash((place + QLatin1Char('|') + QString::number(sameBefore)).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    qCWarning(lcMigration) << "archive damaged:" << error.toString();
    CatalogEntry entry;
    entry.key = QByteArrayLiteral("damaged|") + key;
    entry.damage = std::move(error);
    if (Status s = m_writer.append(entry); !s.ok()) {
        fail(s.error());
        return;
    }
    ++m_damageCount;
}

bool ArchiveCatalog::scanSome(qint64 byteBudget)
{
    if (m_done || !m_reader)
        return true;
    qint64 read = 0;
    int count = 0;
    bool end = false;
    while (!end && read < byteBudget && count < kMaxItemsPerStep) {
        auto next = m_reader->next();
        ++count;
        if (!next) {
            Error error = next.error();
            if (error.scope == Error::Scope::Account && m_messages == 0 && m_damageCount == 0) {
                // Nothing of it could be read: not a damaged place but an archive Mailferry cannot open.
                fail(std::move(error));
                return true;
            }
            recordDamage(std::move(error));
            if (m_done)
                return true;
            if (++m_errorsInARow >= kMaxErrorsInARow || m_damageCount >= kMaxDamage) {
                // The reader is stuck or the archive is mostly damage: what follows is not read,
                // and the run says so rather than listing damage without end.
                recordDamage(Error::item(Error::Code::MessageMalformed,
                                         QCoreApplication::translate("mf::migration::ArchiveCatalog",
                                                                     "Too many damaged places; the rest of the archive "
                                                                     "was not read."),
                                         m_path + QStringLiteral(" (after %1 damaged places)").arg(m_damageCount)));
                end = true;
            }
            continue;
        }
        m_errorsInARow = 0;
        if (!next.value()) {
            end = true;
            break;
        }
        archive::ArchiveItem &item = *next.value();
        read += item.storedLength;
        if (!m_allFolders && !m_folders.contains(item.folder))
            continue;
        CatalogEntry entry;
        entry.key = item.id.toUtf8();
        entry.item = std::move(item);
        if (Status s = m_writer.append(entry); !s.ok()) {
            fail(s.error());
            return true;
        }
        ++m_messages;
    }
    if (!end)
        return false;

    // The whole scan is on disk: read it back from the first page.
    m_done = true;
    Status ready = m_writer.finish();
    m_writer.close();
    if (ready.ok())
        ready = m_pages.open(m_scratchPath);
    if (ready.ok())
        ready = readPage(m_pages, m_page, m_hasNextPage);
    if (!ready.ok()) {
        m_unreadable = ready.error();
        return true;
    }
    m_pageIndex = 0;
    return true;
}

Status ArchiveCatalog::readPage(CatalogFile::Reader &from, std::vector<CatalogEntry> &into, bool &more) const
{
    into.clear();
    more = false;
    while (true) {
        auto entry = from.next();
        if (!entry)
            return entry.error();
        if (!entry.value())
            return Status();
        if (into.size() == size_t(kPageEntries)) {
            // One entry too many: it starts the next page.
            from.putBack(std::move(*entry.value()));
            more = true;
            return Status();
        }
        into.push_back(std::move(*entry.value()));
    }
}

Status ArchiveCatalog::nextPage()
{
    if (!m_hasNextPage)
        return Status();
    if (Status s = readPage(m_pages, m_page, m_hasNextPage); !s.ok())
        return s;
    ++m_pageIndex;
    return Status();
}

QList<ListedMessage> ArchiveCatalog::listingOf(const std::vector<CatalogEntry> &page)
{
    QList<ListedMessage> listing;
    listing.reserve(qsizetype(page.size()));
    int number = 0;
    for (const CatalogEntry &e : page)
        listing.append(ListedMessage{++number, e.key, e.damage ? 0 : e.item.size});
    return listing;
}

Status ArchiveCatalog::forEachPage(const std::function<bool(const std::vector<CatalogEntry> &)> &visit) const
{
    if (!m_done || m_unreadable)
        return Status();
    CatalogFile::Reader reader;
    if (Status s = reader.open(m_scratchPath); !s.ok())
        return s;
    std::vector<CatalogEntry> page;
    bool more = true;
    while (more) {
        if (Status s = readPage(reader, page, more); !s.ok())
            return s;
        if (!visit(page))
            break;
    }
    return Status();
}

} // namespace mf::migration
