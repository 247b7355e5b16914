// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Ledger.h"

#include "common/Logging.h"
#include "store/LedgerRows.h"
#include "store/LedgerTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace mf::store {
namespace {

using namespace rows;

constexpr int kFlagPossibleDuplicate = int(ItemFlag::PossibleDuplicate);

EventOutcome outcomeFor(ItemStatus status)
{
    switch (status) {
    case ItemStatus::SkippedDuplicate: return EventOutcome::SkippedDuplicate;
    case ItemStatus::SkippedOversize: return EventOutcome::SkippedOversize;
    case ItemStatus::Copied: return EventOutcome::Copied;
    case ItemStatus::Deleted: return EventOutcome::DeletedFromServer;
    default: return EventOutcome::Failed;
    }
}

bool isOutcomeStatus(ItemStatus status)
{
    return status == ItemStatus::SkippedDuplicate || status == ItemStatus::SkippedOversize || status == ItemStatus::Failed;
}

} // namespace

Ledger::Ledger(QString path, QString connectionName, Clock *clock)
    : LedgerReader(std::move(path), std::move(connectionName))
    , m_clock(clock)
{
}

Ledger::~Ledger() = default;

Result<std::unique_ptr<Ledger>> Ledger::open(const QString &path, Clock *clock)
{
    static std::atomic<quint64> s_counter{0};
    const QString connectionName = QStringLiteral("mailferry-ledger-%1").arg(++s_counter);
    std::unique_ptr<Ledger> ledger(new Ledger(path, connectionName, clock ? clock : Clock::system()));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return ledger->storageError(tr("Mailferry could not create the folder for its records of this mailbox."),
                                    info.absolutePath());
    if (info.exists()) {
        // A ledger is created whole (schema::createFresh), so an empty file is one whose records
        // were lost (a full disk, a restore, a truncating copy). Treating it as new would upload
        // everything that is already in Gmail a second time.
        if (info.size() == 0 || !info.isFile())
            return ledger->storageError(tr("The file with Mailferry's records of this mailbox is empty or damaged. "
                                           "Mailferry will not start afresh, because that would copy every message "
                                           "again. Restore the file from a backup, or move it away to really start over."),
                                        path);
    } else if (Status created = schema::createFresh(path); !created) {
        return ledger->storageError(tr("Mailferry could not create its records of this mailbox."), created.error().detail);
    }

    if (Status s = ledger->openConnection(false); !s)
        return s.error();
    // The ledger names senders and subjects: keep it private to the user.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status status = ledger->setPragmas(); !status)
        return status.error();
    if (Status status = ledger->createOrMigrateSchema(); !status)
        return status.error();
    if (Status status = ledger->loadSourceAccount(); !status)
        return status.error();
    return ledger;
}

Status Ledger::setPragmas()
{
    QSqlQuery q(m_db);
    // WAL lets the UI read the table while the worker writes; synchronous=FULL makes every
    // COMMIT reach the disk before it returns, which is what the commit points promise.
    if (!prepareAndExec(q, QStringLiteral("PRAGMA journal_mode=WAL"), {}) || !q.next())
        return queryError(QStringLiteral("PRAGMA journal_mode"), q);
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << "SQLite refused WAL for" << m_path << "and uses" << q.value(0).toString();
    q.finish();
    if (Status s = exec(QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA synchronous")); !s)
        return s;
    // After a checkpoint the WAL is cut back to this size instead of keeping its largest size
    // on disk for good (a long first run would otherwise leave a WAL of tens of megabytes).
    if (Status s = exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(4 * 1024 * 1024),
                        QStringLiteral("PRAGMA journal_size_limit"));
        !s)
        return s;
    return exec(QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA foreign_keys"));
}

Status Ledger::createOrMigrateSchema()
{
    const int version = schema::version(m_db);
    if (version < 0)
        return storageError(tr("Mailferry could not read its records of this mailbox."),
                            QStringLiteral("PRAGMA user_version failed (%1)").arg(m_path));
    if (version == kSchemaVersion)
        return {};
    if (version > kSchemaVersion) {
        return storageError(tr("These records were written by a newer version of Mailferry. "
                               "Update Mailferry to continue this migration."),
                            QStringLiteral("ledger schema %1, this build knows %2").arg(version).arg(kSchemaVersion));
    }
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    if (version == 0) {
        // A file that has tables but no version is not ours: never write into it.
        QSqlQuery tables(m_db);
        if (!prepareAndExec(tables, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), {}) || !tables.next())
            return queryError(QStringLiteral("inspect schema"), tables);
        if (tables.value(0).toInt() > 0)
            return storageError(tr("The file for this mailbox's records is not a Mailferry ledger."), m_path);
    }
    // Every missing step, in order, in this one transaction: a crash leaves the old version whole.
    if (Status s = schema::applySteps(m_db, version, kSchemaVersion); !s)
        return storageError(tr("Mailferry could not update its records of this mailbox to this version."), s.error().detail);
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcStore) << "ledger" << m_path << "migrated from schema" << version << "to" << kSchemaVersion;
    return {};
}

Status Ledger::setSourceAccount(const QString &account)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('source_account', COALESCE(?, ''))"),
                        {account}))
        return queryError(QStringLiteral("write source account"), q);
    m_sourceAccount = account;
    return {};
}

qint64 Ledger::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

Status Ledger::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, sql, {}))
        return queryError(what, q);
    return {};
}

namespace {

// id, status and flags travel packed in one integer: with QtSql every column of every row costs
// a QVariant, and for 100,000 rows that is most of the time spent here.
const char kResumeColumns[] = "SELECT uidl, id | (status << 40) | (flags << 48), copied_at, size, list_size FROM items";

void addResumeRow(const QSqlQuery &q, ResumeState &state)
{
    const QVariant uidl = q.value(0);
    if (uidl.isNull()) {
        ++state.itemsWithoutUidl;
        return;
    }
    const qint64 packed = q.value(1).toLongLong();
    ItemSummary summary;
    summary.id = packed & ((qint64(1) << 40) - 1);
    summary.status = ItemStatus((packed >> 40) & 0xff);
    summary.flags = ItemFlags(int((packed >> 48) & 0xffff));
    summary.copiedAtMs = q.value(2).toLongLong();
    summary.size = q.value(3).toLongLong();
    summary.listSize = q.value(4).toLongLong();
    state.byUidl.insert(uidl.toByteArray(), summary);
}

} // namespace

Result<ResumeState> Ledger::loadResumeState()
{
    // One forward-only scan of the table: for 100,000 items this is a few tens of milliseconds,
    // far cheaper than one lookup per UIDL.
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QLatin1String(kResumeColumns), {}))
        return queryError(QStringLiteral("load resume state"), q);
    ResumeState state;
    while (q.next())
        addResumeRow(q, state);
    return state;
}

Result<ResumeState> Ledger::loadResumeState(const QList<QByteArray> &uidls)
{
    // In chunks well under SQLite's limit on bound parameters; each is a range lookup in the
    // items_resume index, so a page of a big archive costs what the page holds, not the ledger.
    constexpr qsizetype kChunk = 500;
    ResumeState state;
    for (qsizetype start = 0; start < uidls.size(); start += kChunk) {
        const qsizetype n = std::min(kChunk, uidls.size() - start);
        QString sql = QLatin1String(kResumeColumns) + QStringLiteral(" WHERE uidl IN (");
        QVariantList bindings;
        bindings.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            sql += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
            bindings.append(uidls.at(start + i));
        }
        sql += QStringLiteral(") ORDER BY uidl, id");
        QSqlQuery q(m_db);
        if (!prepareAndExec(q, sql, bindings))
            return queryError(QStringLiteral("load resume state"), q);
        while (q.next())
            addResumeRow(q, state);
    }
    return state;
}

Result<QList<Item>> Ledger::recoverInterrupted()
{
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto interrupted = selectItems(QStringLiteral("status = ?"), {int(ItemStatus::Uploading)}, QStringLiteral("ORDER BY id"));
    if (!interrupted)
        return interrupted.error();
    QList<Item> recovered;
    const qint64 now = nowMs();
    for (Item item : interrupted.value()) {
        QSqlQuery q(m_db);
        if (!prepareAndExec(q, QStringLiteral("UPDATE items SET status = ?, flags = flags | ?, updated_at = ? WHERE id = ?"),
                            {int(ItemStatus::Pending), kFlagPossibleDuplicate, now, item.id}))
            return queryError(QStringLiteral("recover interrupted item"), q);
        item.status = ItemStatus::Pending;
        item.flags |= ItemFlag::PossibleDuplicate;
        item.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (Status s = appendEvent(item, EventOutcome::PossibleDuplicate,
                                   tr("Mailferry stopped while this message was being uploaded, so it cannot know "
                                      "whether Gmail received it. It will be uploaded again and may appear twice in Gmail."));
            !s)
            return s.error();
        recovered.append(item);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (!recovered.isEmpty())
        qCInfo(lcStore) << recovered.size() << "interrupted uploads flagged as possible duplicates in" << m_path;
    return recovered;
}

Result<std::optional<Item>> Ledger::findForUpsert(const ItemInfo &info)
{
    if (!info.uidl.isEmpty())
        return selectOne(QStringLiteral("uidl = ?"), {info.uidl});
    // Without a UIDL the content is the only identity; an item known under a UIDL is a different
    // entry even if its bytes match (that case is findByIdentity's duplicate).
    return selectOne(QStringLiteral("uidl IS NULL AND sha256 = COALESCE(?, '') AND size = ? AND message_id = COALESCE(?, '')"),
                     {textOf(info.sha256), info.size, textOf(info.messageId)});
}

Result<qint64> Ledger::upsert(const ItemInfo &info, ItemStatus status, const QString &reason, const QString &errorCode,
                              const QString &detail)
{
    auto existing = findForUpsert(info);
    if (!existing)
        return existing.error();
    if (existing.value() && isInGmail(existing.value()->status)) {
        // The one mistake that doubles mail: never re-open an item that Gmail already has.
        return Error::internal(
            tr("Mailferry refused to copy a message again that is already in Gmail."),
            QStringLiteral("item %1 is %2").arg(existing.value()->id).arg(statusName(existing.value()->status)));
    }
    ItemFlags flags = info.flags;
    if (info.uidl.isEmpty())
        flags |= ItemFlag::NoUidl;
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    qint64 id = 0;
    if (existing.value()) {
        id = existing.value()->id;
        // Known fields are not wiped by a later call that knows less (an oversize skip from LIST
        // after an earlier fetch, for instance).
        if (!prepareAndExec(
                q,
                QStringLiteral(
                    "UPDATE items SET size = COALESCE(NULLIF(?, 0), size), list_size = COALESCE(NULLIF(?, 0), list_size),"
                    " message_id = COALESCE(NULLIF(?, ''), message_id), sha256 = COALESCE(NULLIF(?, ''), sha256),"
                    " subject = COALESCE(NULLIF(?, ''), subject), sender = COALESCE(NULLIF(?, ''), sender),"
                    " date_header = COALESCE(NULLIF(?, ''), date_header), note = COALESCE(NULLIF(?, ''), note),"
                    " flags = flags | ?, status = ?, attempts = attempts + 1, last_error = COALESCE(?, ''),"
                    " last_error_code = COALESCE(?, ''), last_error_detail = COALESCE(?, ''), updated_at = ? WHERE id = ?"),
                {info.size, info.listSize, textOf(info.messageId), textOf(info.sha256), info.subject, info.from, info.dateHeader,
                 info.note, int(flags), int(status), reason, errorCode, detail, now, id}))
            return queryError(QStringLiteral("update item"), q);
    } else {
        if (!prepareAndExec(
                q,
                QStringLiteral(
                    "INSERT INTO items (uidl, size, list_size, message_id, sha256, subject, sender, date_header, note, flags,"
                    " status, attempts, last_error, last_error_code, last_error_detail, first_seen, updated_at)"
                    " VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, 1,"
                    " COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
                {uidlOf(info.uidl), info.size, info.listSize, textOf(info.messageId), textOf(info.sha256), info.subject,
                 info.from, info.dateHeader, info.note, int(flags), int(status), reason, errorCode, detail, now, now}))
            return queryError(QStringLiteral("insert item"), q);
        id = q.lastInsertId().toLongLong();
    }
    return id;
}

Status Ledger::updateOutcome(qint64 id, ItemStatus status, const QString &reason, const QString &errorCode, const QString &detail,
                             const QString &gmailId)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q,
                        QStringLiteral(
                            "UPDATE items SET status = ?, last_error = COALESCE(?, ''), last_error_code = COALESCE(?, ''),"
                            " last_error_detail = COALESCE(?, ''), gmail_id = COALESCE(NULLIF(?, ''), gmail_id), updated_at = ?"
                            " WHERE id = ?"),
                        {int(status), reason, errorCode, detail, gmailId, nowMs(), id}))
        return queryError(QStringLiteral("record outcome"), q);
    return {};
}

Status Ledger::appendEvent(const Item &item, EventOutcome outcome, const QString &reason, const QString &errorCode,
                           const QString &detail)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(
            q,
            QStringLiteral(
                "INSERT INTO events (time, source_account, item_id, uidl, message_id, subject, sender, date_header, size,"
                " outcome, reason, error_code, detail, gmail_id, attempts)"
                " VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?,"
                " COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?)"),
            {nowMs(), m_sourceAccount, item.id, uidlOf(item.uidl), textOf(item.messageId), item.subject, item.from,
             item.dateHeader, item.size > 0 ? item.size : item.listSize, int(outcome), reason, errorCode, detail, item.gmailId,
             item.attempts}))
        return queryError(QStringLiteral("append to the item log"), q);
    return {};
}

Result<qint64> Ledger::beginUpload(const ItemInfo &info)
{
    auto ids = beginUploads({info});
    if (!ids)
        return ids.error();
    return ids.value().constFirst();
}

Result<QList<qint64>> Ledger::beginUploads(const QList<ItemInfo> &infos)
{
    // No log row here: "uploading" is not an outcome. The row comes with the outcome, or, after
    // a crash, from recoverInterrupted() as "possible-duplicate".
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<qint64> ids;
    ids.reserve(infos.size());
    for (const ItemInfo &info : infos) {
        auto id = upsert(info, ItemStatus::Uploading, {}, {}, {});
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Status Ledger::copyInTransaction(const CopiedItem &entry)
{
    const qint64 id = entry.id;
    const QString &gmailId = entry.gmailId;
    auto found = item(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::internal(tr("Mailferry lost track of a message it was copying."),
                               QStringLiteral("commitCopied: no item %1").arg(id));
    Item current = *found.value();
    if (current.status == ItemStatus::Copied && current.gmailId == gmailId)
        return {}; // already committed: a retried call after a lost reply
    if (current.status != ItemStatus::Uploading && current.status != ItemStatus::Pending)
        return Error::internal(tr("Mailferry lost track of a message it was copying."),
                               QStringLiteral("commitCopied: item %1 is %2").arg(id).arg(statusName(current.status)));
    const qint64 now = nowMs();
    QSqlQuery q(m_db);
    if (!prepareAndExec(
            q,
            QStringLiteral(
                "UPDATE items SET status = ?, gmail_id = COALESCE(?, ''), copied_at = ?, last_error = '', last_error_code = '',"
                " last_error_detail = '', flags = flags | ?, updated_at = ? WHERE id = ?"),
            {int(ItemStatus::Copied), gmailId, now, entry.possibleDuplicate ? int(ItemFlag::PossibleDuplicate) : 0, now, id}))
        return queryError(QStringLiteral("commit copied"), q);
    const bool interruptedBefore = current.flags.testFlag(ItemFlag::PossibleDuplicate);
    current.status = ItemStatus::Copied;
    current.gmailId = gmailId;
    if (entry.possibleDuplicate)
        current.flags |= ItemFlag::PossibleDuplicate;
    QStringList reasons;
    if (interruptedBefore)
        reasons << tr("Copied again after an interrupted upload; it may appear twice in Gmail.");
    else if (entry.possibleDuplicate)
        reasons << tr("The connection to Gmail broke during the upload and it was sent again; it may appear twice in Gmail.");
    if (!current.note.isEmpty())
        reasons << current.note;
    if (!current.removedAttachments.isEmpty())
        reasons << removedAttachmentsNote(current.removedAttachments, current.originalPath);
    return appendEvent(current, EventOutcome::Copied, reasons.join(QLatin1Char(' ')));
}

Status Ledger::commitCopied(qint64 id, const QString &gmailId)
{
    return commitCopied(QList<CopiedItem>{CopiedItem{id, gmailId}});
}

Status Ledger::commitCopied(const QList<CopiedItem> &copied)
{
    if (copied.isEmpty())
        return {};
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    for (const CopiedItem &entry : copied) {
        if (Status s = copyInTransaction(entry); !s)
            return s;
    }
    return tx.commit();
}

Status Ledger::recordOutcome(qint64 id, ItemStatus status, const QString &reason, const QString &errorCode, const QString &detail)
{
    if (!isOutcomeStatus(status))
        return Error::internal(tr("Mailferry tried to record an impossible result for a message."),
                               QStringLiteral("recordOutcome(%1)").arg(statusName(status)));
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    auto found = item(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error::internal(tr("Mailferry lost track of a message it was copying."),
                               QStringLiteral("recordOutcome: no item %1").arg(id));
    Item current = *found.value();
    if (isInGmail(current.status)) {
        return Error::internal(
            tr("Mailferry refused to mark a message that is already in Gmail as not copied."),
            QStringLiteral("recordOutcome(%1): item %2 is %3").arg(statusName(status)).arg(id).arg(statusName(current.status)));
    }
    if (Status s = updateOutcome(id, status, reason, errorCode, detail); !s)
        return s;
    current.status = status;
    if (Status s = appendEvent(current, outcomeFor(status), reason, errorCode, detail); !s)
        return s;
    return tx.commit();
}

Status Ledger::recordOutcome(qint64 id, ItemStatus status, const Error &error)
{
    return recordOutcome(id, status, error.message, Error::codeName(error.code), error.detail);
}

Result<qint64> Ledger::upsertWithOutcome(const ItemInfo &info, ItemStatus status, const QString &reason, const QString &errorCode,
                                         const QString &detail, const QString &gmailId)
{
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto id = upsert(info, status, reason, errorCode, detail);
    if (!id)
        return id.error();
    if (!gmailId.isEmpty()) {
        if (Status s = updateOutcome(id.value(), status, reason, errorCode, detail, gmailId); !s)
            return s.error();
    }
    auto current = item(id.value());
    if (!current)
        return current.error();
    if (!current.value())
        return Error::internal(tr("Mailferry lost track of a message it was copying."),
                               QStringLiteral("recordOutcome: item %1 vanished").arg(id.value()));
    if (Status s = appendEvent(*current.value(), outcomeFor(status), reason, errorCode, detail); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Result<qint64> Ledger::recordOutcome(const ItemInfo &info, ItemStatus status, const QString &reason, const QString &errorCode,
                                     const QString &detail)
{
    if (!isOutcomeStatus(status))
        return Error::internal(tr("Mailferry tried to record an impossible result for a message."),
                               QStringLiteral("recordOutcome(%1)").arg(statusName(status)));
    return upsertWithOutcome(info, status, reason, errorCode, detail, {});
}

Result<qint64> Ledger::recordOutcome(const ItemInfo &info, ItemStatus status, const Error &error)
{
    return recordOutcome(info, status, error.message, Error::codeName(error.code), error.detail);
}

Result<qint64> Ledger::recordDuplicate(const ItemInfo &info, const Item &original)
{
    const QString reason = original.uidl.isEmpty()
        ? tr("Already in Gmail: the same message (same Message-ID, size and content) was copied before.")
        : tr("Already in Gmail: the same message (same Message-ID, size and content) was copied before "
             "under the server id %1.")
              .arg(QString::fromLatin1(original.uidl));
    return upsertWithOutcome(info, ItemStatus::SkippedDuplicate, reason, {}, {}, original.gmailId);
}

Status Ledger::commitDeleted(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    QStringList offenders;
    const qint64 now = nowMs();
    for (qint64 id : ids) {
        auto found = item(id);
        if (!found)
            return found.error();
        if (!found.value()) {
            offenders << QStringLiteral("%1 (unknown)").arg(id);
            continue;
        }
        Item current = *found.value();
        if (current.status == ItemStatus::Deleted)
            continue; // recorded by an earlier call: QUIT is confirmed once, the record may be retried
        if (!isInGmail(current.status)) {
            offenders << QStringLiteral("%1 (%2)").arg(id).arg(statusName(current.status));
            continue;
        }
        QSqlQuery q(m_db);
        if (!prepareAndExec(q, QStringLiteral("UPDATE items SET status = ?, deleted_at = ?, updated_at = ? WHERE id = ?"),
                            {int(ItemStatus::Deleted), now, now, id}))
            return queryError(QStringLiteral("commit deleted"), q);
        current.status = ItemStatus::Deleted;
        if (Status s = appendEvent(current, EventOutcome::DeletedFromServer,
                                   tr("Removed from the POP3 server after Gmail had confirmed it."));
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    if (!offenders.isEmpty()) {
        return Error::internal(tr("Mailferry recorded a message as removed from the server that was not confirmed "
                                  "in Gmail. Please report this problem."),
                               QStringLiteral("commitDeleted: %1").arg(offenders.join(QStringLiteral(", "))));
    }
    return {};
}

Result<int> Ledger::requeueFailed()
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("UPDATE items SET status = ?, updated_at = ? WHERE status IN (?, ?)"),
                        {int(ItemStatus::Pending), nowMs(), int(ItemStatus::Failed), int(ItemStatus::SkippedOversize)}))
        return queryError(QStringLiteral("retry failed"), q);
    return q.numRowsAffected();
}

Status Ledger::recordRemovedAttachments(qint64 id, const QString &removed, const QString &originalPath, bool keepOnServer)
{
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (!prepareAndExec(q,
                        QStringLiteral("UPDATE items SET removed_attachments = ?, original_path = ?, flags = flags | ?,"
                                       " status = CASE status WHEN ? THEN ? ELSE status END, updated_at = ? WHERE id = ?"),
                        {removed, originalPath, keepOnServer ? int(ItemFlag::KeepOnServer) : 0, int(ItemStatus::Uploading),
                         int(ItemStatus::Pending), nowMs(), id}))
        return queryError(QStringLiteral("record removed attachments"), q);
    if (q.numRowsAffected() != 1)
        return Error::internal(tr("Mailferry lost track of a message it was copying."),
                               QStringLiteral("recordRemovedAttachments: no item %1").arg(id));
    return tx.commit();
}

QString Ledger::removedAttachmentsNote(const QString &removed, const QString &originalPath)
{
    return tr("Copied without attachment %1; original kept at %2.").arg(removed, originalPath);
}

Status Ledger::abandonUploads(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    LedgerTransaction tx(*this);
    if (Status s = tx.begin(); !s)
        return s;
    for (qint64 id : ids) {
        QSqlQuery q(m_db);
        if (!prepareAndExec(q, QStringLiteral("UPDATE items SET status = ?, updated_at = ? WHERE id = ? AND status = ?"),
                            {int(ItemStatus::Pending), nowMs(), id, int(ItemStatus::Uploading)}))
            return queryError(QStringLiteral("abandon upload"), q);
    }
    return tx.commit();
}

Status Ledger::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, COALESCE(?, ''))"), {key, value}))
        return queryError(QStringLiteral("write meta"), q);
    return {};
}

} // namespace mf::store
