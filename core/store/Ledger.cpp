#include "store/Ledger.h"

#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>

namespace mf::store {
namespace {

// The column order every item SELECT uses; itemFromQuery() reads by these positions.
const QString kItemColumns = QStringLiteral(
    "id, uidl, size, list_size, message_id, sha256, subject, sender, date_header, status, gmail_id, attempts, "
    "last_error, last_error_code, last_error_detail, flags, note, first_seen, copied_at, deleted_at, updated_at");

const QString kEventColumns = QStringLiteral(
    "id, time, source_account, item_id, uidl, message_id, subject, sender, date_header, size, outcome, reason, "
    "error_code, detail, gmail_id, attempts");

// Schema version 1. Times are milliseconds since the epoch, UTC. Text columns are NOT NULL with ''
// as "unknown", so that comparisons (the identity lookup) never meet NULL; only uidl is NULL when
// the server has none (UNIQUE then still allows many such items).
const char *const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE items ("
    " id INTEGER PRIMARY KEY,"
    " uidl BLOB UNIQUE,"
    " size INTEGER NOT NULL DEFAULT 0,"
    " list_size INTEGER NOT NULL DEFAULT 0,"
    " message_id TEXT NOT NULL DEFAULT '',"
    " sha256 TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '',"
    " sender TEXT NOT NULL DEFAULT '',"
    " date_header TEXT NOT NULL DEFAULT '',"
    " status INTEGER NOT NULL,"
    " gmail_id TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT NOT NULL DEFAULT '',"
    " last_error_code TEXT NOT NULL DEFAULT '',"
    " last_error_detail TEXT NOT NULL DEFAULT '',"
    " flags INTEGER NOT NULL DEFAULT 0,"
    " note TEXT NOT NULL DEFAULT '',"
    " first_seen INTEGER NOT NULL,"
    " copied_at INTEGER,"
    " deleted_at INTEGER,"
    " updated_at INTEGER NOT NULL)",
    // The second identity (Message-ID + size + SHA-256); the hash first, as it is the selective part.
    "CREATE INDEX items_identity ON items (sha256, size, message_id)",
    // Covers loadResumeState(): a resumed run scans this compact index, not the whole table with
    // its subjects, which matters when the file is not in the page cache after a reboot.
    "CREATE INDEX items_resume ON items (uidl, id, status, flags, copied_at, size)",
    // Paging the UI's table with the failures filter.
    "CREATE INDEX items_status ON items (status, id)",
    "CREATE TABLE events ("
    " id INTEGER PRIMARY KEY,"
    " time INTEGER NOT NULL,"
    " source_account TEXT NOT NULL DEFAULT '',"
    " item_id INTEGER NOT NULL,"
    " uidl BLOB,"
    " message_id TEXT NOT NULL DEFAULT '',"
    " subject TEXT NOT NULL DEFAULT '',"
    " sender TEXT NOT NULL DEFAULT '',"
    " date_header TEXT NOT NULL DEFAULT '',"
    " size INTEGER NOT NULL DEFAULT 0,"
    " outcome INTEGER NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " error_code TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '',"
    " gmail_id TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX events_outcome ON events (outcome, id)",
    "CREATE INDEX events_item ON events (item_id)",
    // The item log is evidence (Tom hands it to his client): the database itself refuses to
    // rewrite history.
    "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the item log is append-only'); END",
    "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'the item log is append-only'); END",
};

constexpr int kFlagPossibleDuplicate = int(ItemFlag::PossibleDuplicate);

QVariant textOf(const QByteArray &bytes)
{
    // Latin-1 round-trips every byte, so Message-IDs with 8-bit garbage compare exactly.
    return QString::fromLatin1(bytes);
}

QVariant uidlOf(const QByteArray &uidl)
{
    return uidl.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(uidl);
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    const qint64 ms = value.toLongLong();
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Item itemFromQuery(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    item.uidl = q.value(1).toByteArray();
    item.size = q.value(2).toLongLong();
    item.listSize = q.value(3).toLongLong();
    item.messageId = q.value(4).toString().toLatin1();
    item.sha256 = q.value(5).toString().toLatin1();
    item.subject = q.value(6).toString();
    item.from = q.value(7).toString();
    item.dateHeader = q.value(8).toString();
    item.status = ItemStatus(q.value(9).toInt());
    item.gmailId = q.value(10).toString();
    item.attempts = q.value(11).toInt();
    item.lastError = q.value(12).toString();
    item.lastErrorCode = q.value(13).toString();
    item.lastErrorDetail = q.value(14).toString();
    item.flags = ItemFlags(q.value(15).toInt());
    item.note = q.value(16).toString();
    item.firstSeen = timeOf(q.value(17));
    item.copiedAt = timeOf(q.value(18));
    item.deletedAt = timeOf(q.value(19));
    item.updatedAt = timeOf(q.value(20));
    return item;
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event event;
    event.id = q.value(0).toLongLong();
    event.time = timeOf(q.value(1));
    event.sourceAccount = q.value(2).toString();
    event.itemId = q.value(3).toLongLong();
    event.uidl = q.value(4).toByteArray();
    event.messageId = q.value(5).toString().toLatin1();
    event.subject = q.value(6).toString();
    event.from = q.value(7).toString();
    event.dateHeader = q.value(8).toString();
    event.size = q.value(9).toLongLong();
    event.outcome = EventOutcome(q.value(10).toInt());
    event.reason = q.value(11).toString();
    event.errorCode = q.value(12).toString();
    event.detail = q.value(13).toString();
    event.gmailId = q.value(14).toString();
    event.attempts = q.value(15).toInt();
    return event;
}

QString itemWhere(ItemFilter filter)
{
    switch (filter) {
    case ItemFilter::All: return QStringLiteral("1");
    case ItemFilter::Failures:
        return QStringLiteral("status IN (%1, %2)").arg(int(ItemStatus::SkippedOversize)).arg(int(ItemStatus::Failed));
    case ItemFilter::FailedOnly: return QStringLiteral("status = %1").arg(int(ItemStatus::Failed));
    }
    return QStringLiteral("1");
}

QString eventWhere(ItemFilter filter)
{
    switch (filter) {
    case ItemFilter::All: return QStringLiteral("1");
    case ItemFilter::Failures:
        return QStringLiteral("outcome IN (%1, %2)").arg(int(EventOutcome::SkippedOversize)).arg(int(EventOutcome::Failed));
    case ItemFilter::FailedOnly: return QStringLiteral("outcome = %1").arg(int(EventOutcome::Failed));
    }
    return QStringLiteral("1");
}

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

bool prepareAndExec(QSqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    return q.exec();
}

} // namespace

Ledger::Ledger(QString path, QString connectionName, Clock *clock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(clock)
{
}

Ledger::~Ledger()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

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
        // A ledger is created whole (createFresh), so an empty file is one whose records were lost
        // (a full disk, a restore, a truncating copy). Treating it as new would upload everything
        // that is already in Gmail a second time.
        if (info.size() == 0 || !info.isFile())
            return ledger->storageError(tr("The file with Mailferry's records of this mailbox is empty or damaged. "
                                           "Mailferry will not start afresh, because that would copy every message "
                                           "again. Restore the file from a backup, or move it away to really start over."),
                                        path);
    } else if (Status created = createFresh(path); !created) {
        return created.error();
    }

    ledger->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!ledger->m_db.isValid())
        return ledger->storageError(tr("Mailferry could not open its records of this mailbox."),
                                    QStringLiteral("the QSQLITE driver is not available"));
    ledger->m_db.setDatabaseName(path);
    // Another process (the CLI and the GUI on the same mailbox) waits for a short write instead
    // of failing at once; the run lock keeps two runs apart, this covers readers such as "status".
    ledger->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!ledger->m_db.open())
        return ledger->storageError(tr("Mailferry could not open its records of this mailbox."),
                                    ledger->m_db.lastError().text());
    // The ledger names senders and subjects: keep it private to the user.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status status = ledger->setPragmas(); !status)
        return status.error();
    if (Status status = ledger->createOrMigrateSchema(); !status)
        return status.error();

    QSqlQuery q(ledger->m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'source_account'"), {}))
        return ledger->queryError(QStringLiteral("read source account"), q);
    if (q.next())
        ledger->m_sourceAccount = q.value(0).toString();
    return ledger;
}

Status Ledger::createFresh(const QString &path)
{
    // Written beside the final path and renamed into place, so that a crash leaves either no
    // ledger or a whole empty one, never a 0-byte file that open() would have to guess about.
    static std::atomic<quint64> s_counter{0};
    const QString temp = path + QStringLiteral(".new");
    QFile::remove(temp);
    QFile::remove(temp + QStringLiteral("-journal"));
    const QString name = QStringLiteral("mailferry-ledger-new-%1").arg(++s_counter);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(temp);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QSqlQuery q(db);
            // A ledger file is only ever created by this function: the empty schema and the
            // version it carries go in together, in one transaction.
            bool ok = q.exec(QStringLiteral("PRAGMA synchronous=FULL")) && db.transaction();
            for (const char *sql : kSchemaV1) {
                if (!ok)
                    break;
                ok = q.exec(QString::fromLatin1(sql));
            }
            if (ok)
                ok = q.exec(QStringLiteral("PRAGMA user_version = 1")) && db.commit();
            if (!ok)
                failure = q.lastError().text().isEmpty() ? db.lastError().text() : q.lastError().text();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (failure.isEmpty() && !QFile::rename(temp, path))
        failure = QStringLiteral("rename %1 to %2 failed").arg(temp, path);
    if (!failure.isEmpty()) {
        QFile::remove(temp);
        return Error::internal(tr("Mailferry could not create its records of this mailbox."), failure);
    }
    return {};
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
    return exec(QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA foreign_keys"));
}

Status Ledger::createOrMigrateSchema()
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("PRAGMA user_version"), {}) || !q.next())
        return queryError(QStringLiteral("PRAGMA user_version"), q);
    const int version = q.value(0).toInt();
    q.finish();
    if (version == kSchemaVersion)
        return {};
    if (version > kSchemaVersion) {
        return storageError(tr("These records were written by a newer version of Mailferry. "
                               "Update Mailferry to continue this migration."),
                            QStringLiteral("ledger schema %1, this build knows %2").arg(version).arg(kSchemaVersion));
    }
    Error error;
    if (!beginTransaction(&error))
        return error;
    if (version == 0) {
        // A file that has tables but no version is not ours: never write into it.
        QSqlQuery tables(m_db);
        if (!prepareAndExec(tables, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), {}) || !tables.next()) {
            rollbackTransaction();
            return queryError(QStringLiteral("inspect schema"), tables);
        }
        if (tables.value(0).toInt() > 0) {
            rollbackTransaction();
            return storageError(tr("The file for this mailbox's records is not a Mailferry ledger."), m_path);
        }
        tables.finish();
        for (const char *sql : kSchemaV1) {
            if (Status s = exec(QString::fromLatin1(sql), QStringLiteral("create schema")); !s) {
                rollbackTransaction();
                return s;
            }
        }
    }
    if (version < 2) {
        // The planner compares LIST sizes with the recorded ones (a reused UIDL names another
        // message), so the covering index carries list_size too.
        for (const char *sql : {"DROP INDEX IF EXISTS items_resume",
                                "CREATE INDEX items_resume ON items (uidl, id, status, flags, copied_at, size, list_size)"}) {
            if (Status s = exec(QString::fromLatin1(sql), QStringLiteral("migrate schema to 2")); !s) {
                rollbackTransaction();
                return s;
            }
        }
    }
    // Future migrations go here: "if (version < 3) { ALTER TABLE ... }", each step in this transaction.
    if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), QStringLiteral("set schema version"));
        !s) {
        rollbackTransaction();
        return s;
    }
    return commitTransaction();
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

Error Ledger::storageError(const QString &what, const QString &detail) const
{
    return Error{Error::Scope::Internal, Error::Code::StorageFailed, what, detail, false, std::nullopt};
}

Error Ledger::queryError(const QString &what, const QSqlQuery &query) const
{
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(what, query.lastError().text(), m_path);
    qCWarning(lcStore) << "ledger query failed:" << detail;
    return storageError(tr("Mailferry could not update its records of this mailbox. "
                           "Check that the disk is not full and that the folder can be written to."),
                        detail);
}

Status Ledger::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, sql, {}))
        return queryError(what, q);
    return {};
}

bool Ledger::beginTransaction(Error *error)
{
    // IMMEDIATE takes the write lock up front, so a transaction never fails half-way because
    // another connection wrote in between.
    Status s = exec(QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("begin transaction"));
    if (!s)
        *error = s.error();
    return s.ok();
}

Status Ledger::commitTransaction()
{
    Status s = exec(QStringLiteral("COMMIT"), QStringLiteral("commit"));
    if (!s)
        rollbackTransaction();
    return s;
}

void Ledger::rollbackTransaction()
{
    QSqlQuery q(m_db);
    prepareAndExec(q, QStringLiteral("ROLLBACK"), {});
}

Result<std::optional<Item>> Ledger::selectOne(const QString &where, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT %1 FROM items WHERE %2 ORDER BY id LIMIT 1").arg(kItemColumns, where),
                        bindings))
        return queryError(QStringLiteral("read item"), q);
    if (!q.next())
        return std::optional<Item>();
    return std::optional<Item>(itemFromQuery(q));
}

Result<QList<Item>> Ledger::selectItems(const QString &where, const QVariantList &bindings, const QString &tail)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT %1 FROM items WHERE %2 %3").arg(kItemColumns, where, tail), bindings))
        return queryError(QStringLiteral("read items"), q);
    QList<Item> out;
    while (q.next())
        out.append(itemFromQuery(q));
    return out;
}

Status Ledger::forEachRow(const QString &sql, const QVariantList &bindings, const std::function<bool(QSqlQuery &)> &fn)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, sql, bindings))
        return queryError(QStringLiteral("read rows"), q);
    while (q.next()) {
        if (!fn(q))
            break;
    }
    return {};
}

Result<ResumeState> Ledger::loadResumeState()
{
    // One forward-only scan of the table: for 100,000 items this is a few tens of milliseconds,
    // far cheaper than one lookup per UIDL.
    // id, status and flags travel packed in one integer: with QtSql every column of every row costs
    // a QVariant, and for 100,000 rows that is most of the time spent here.
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT uidl, id | (status << 40) | (flags << 48), copied_at, size, list_size FROM items"), {}))
        return queryError(QStringLiteral("load resume state"), q);
    ResumeState state;
    while (q.next()) {
        const QVariant uidl = q.value(0);
        if (uidl.isNull()) {
            ++state.itemsWithoutUidl;
            continue;
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
    return state;
}

Result<QList<Item>> Ledger::recoverInterrupted()
{
    Error error;
    if (!beginTransaction(&error))
        return error;
    auto interrupted = selectItems(QStringLiteral("status = ?"), {int(ItemStatus::Uploading)}, QStringLiteral("ORDER BY id"));
    if (!interrupted) {
        rollbackTransaction();
        return interrupted.error();
    }
    QList<Item> recovered;
    const qint64 now = nowMs();
    for (Item item : interrupted.value()) {
        QSqlQuery q(m_db);
        if (!prepareAndExec(q, QStringLiteral("UPDATE items SET status = ?, flags = flags | ?, updated_at = ? WHERE id = ?"),
                            {int(ItemStatus::Pending), kFlagPossibleDuplicate, now, item.id})) {
            rollbackTransaction();
            return queryError(QStringLiteral("recover interrupted item"), q);
        }
        item.status = ItemStatus::Pending;
        item.flags |= ItemFlag::PossibleDuplicate;
        item.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (Status s = appendEvent(item, EventOutcome::PossibleDuplicate,
                                   tr("Mailferry stopped while this message was being uploaded, so it cannot know "
                                      "whether Gmail received it. It will be uploaded again and may appear twice in Gmail."));
            !s) {
            rollbackTransaction();
            return s.error();
        }
        recovered.append(item);
    }
    if (Status s = commitTransaction(); !s)
        return s.error();
    if (!recovered.isEmpty())
        qCInfo(lcStore) << recovered.size() << "interrupted uploads flagged as possible duplicates in" << m_path;
    return recovered;
}

Result<std::optional<Item>> Ledger::findByIdentity(const QByteArray &messageId, qint64 size, const QByteArray &sha256)
{
    if (sha256.isEmpty())
        return std::optional<Item>(); // nothing fetched, nothing to compare
    return selectOne(QStringLiteral("sha256 = COALESCE(?, '') AND size = ? AND message_id = COALESCE(?, '') AND status IN (%1, %2, %3)")
                         .arg(int(ItemStatus::Copied))
                         .arg(int(ItemStatus::SkippedDuplicate))
                         .arg(int(ItemStatus::Deleted)),
                     {textOf(sha256), size, textOf(messageId)});
}

Result<std::optional<Item>> Ledger::findByUidl(const QByteArray &uidl)
{
    if (uidl.isEmpty())
        return std::optional<Item>();
    return selectOne(QStringLiteral("uidl = ?"), {uidl});
}

Result<std::optional<Item>> Ledger::item(qint64 id)
{
    return selectOne(QStringLiteral("id = ?"), {id});
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
        return Error::internal(tr("Mailferry refused to copy a message again that is already in Gmail."),
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
        if (!prepareAndExec(q, QStringLiteral(
                "UPDATE items SET size = COALESCE(NULLIF(?, 0), size), list_size = COALESCE(NULLIF(?, 0), list_size),"
                " message_id = COALESCE(NULLIF(?, ''), message_id), sha256 = COALESCE(NULLIF(?, ''), sha256),"
                " subject = COALESCE(NULLIF(?, ''), subject), sender = COALESCE(NULLIF(?, ''), sender),"
                " date_header = COALESCE(NULLIF(?, ''), date_header), note = COALESCE(NULLIF(?, ''), note),"
                " flags = flags | ?, status = ?, attempts = attempts + 1, last_error = COALESCE(?, ''),"
                " last_error_code = COALESCE(?, ''), last_error_detail = COALESCE(?, ''), updated_at = ? WHERE id = ?"),
                            {info.size, info.listSize, textOf(info.messageId), textOf(info.sha256), info.subject,
                             info.from, info.dateHeader, info.note, int(flags), int(status), reason, errorCode, detail,
                             now, id}))
            return queryError(QStringLiteral("update item"), q);
    } else {
        if (!prepareAndExec(q, QStringLiteral(
                "INSERT INTO items (uidl, size, list_size, message_id, sha256, subject, sender, date_header, note, flags,"
                " status, attempts, last_error, last_error_code, last_error_detail, first_seen, updated_at)"
                " VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, 1,"
                " COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
                            {uidlOf(info.uidl), info.size, info.listSize, textOf(info.messageId), textOf(info.sha256),
                             info.subject, info.from, info.dateHeader, info.note, int(flags), int(status), reason,
                             errorCode, detail, now, now}))
            return queryError(QStringLiteral("insert item"), q);
        id = q.lastInsertId().toLongLong();
    }
    return id;
}

Status Ledger::updateOutcome(qint64 id, ItemStatus status, const QString &reason, const QString &errorCode,
                             const QString &detail, const QString &gmailId)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral(
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
    if (!prepareAndExec(q, QStringLiteral(
            "INSERT INTO events (time, source_account, item_id, uidl, message_id, subject, sender, date_header, size,"
            " outcome, reason, error_code, detail, gmail_id, attempts)"
            " VALUES (?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?,"
            " COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?)"),
                        {nowMs(), m_sourceAccount, item.id, uidlOf(item.uidl), textOf(item.messageId), item.subject,
                         item.from, item.dateHeader, item.size > 0 ? item.size : item.listSize, int(outcome), reason,
                         errorCode, detail, item.gmailId, item.attempts}))
        return queryError(QStringLiteral("append to the item log"), q);
    return {};
}

Result<qint64> Ledger::beginUpload(const ItemInfo &info)
{
    Error error;
    if (!beginTransaction(&error))
        return error;
    auto id = upsert(info, ItemStatus::Uploading, {}, {}, {});
    if (!id) {
        rollbackTransaction();
        return id.error();
    }
    // No log row here: "uploading" is not an outcome. The row comes with the outcome, or, after
    // a crash, from recoverInterrupted() as "possible-duplicate".
    if (Status s = commitTransaction(); !s)
        return s.error();
    return id.value();
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
    if (!prepareAndExec(q, QStringLiteral(
            "UPDATE items SET status = ?, gmail_id = COALESCE(?, ''), copied_at = ?, last_error = '', last_error_code = '',"
            " last_error_detail = '', flags = flags | ?, updated_at = ? WHERE id = ?"),
                        {int(ItemStatus::Copied), gmailId, now, entry.possibleDuplicate ? int(ItemFlag::PossibleDuplicate) : 0,
                         now, id}))
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
    Error error;
    if (!beginTransaction(&error))
        return error;
    for (const CopiedItem &entry : copied) {
        if (Status s = copyInTransaction(entry); !s) {
            rollbackTransaction();
            return s;
        }
    }
    return commitTransaction();
}

Result<QList<qint64>> Ledger::beginUploads(const QList<ItemInfo> &infos)
{
    Error error;
    if (!beginTransaction(&error))
        return error;
    QList<qint64> ids;
    ids.reserve(infos.size());
    for (const ItemInfo &info : infos) {
        auto id = upsert(info, ItemStatus::Uploading, {}, {}, {});
        if (!id) {
            rollbackTransaction();
            return id.error();
        }
        ids.append(id.value());
    }
    if (Status s = commitTransaction(); !s)
        return s.error();
    return ids;
}

Status Ledger::recordOutcome(qint64 id, ItemStatus status, const QString &reason, const QString &errorCode,
                             const QString &detail)
{
    if (!isOutcomeStatus(status))
        return Error::internal(tr("Mailferry tried to record an impossible result for a message."),
                               QStringLiteral("recordOutcome(%1)").arg(statusName(status)));
    Error error;
    if (!beginTransaction(&error))
        return error;
    auto found = item(id);
    if (!found || !found.value()) {
        rollbackTransaction();
        return found ? Error::internal(tr("Mailferry lost track of a message it was copying."),
                                       QStringLiteral("recordOutcome: no item %1").arg(id))
                     : found.error();
    }
    Item current = *found.value();
    if (isInGmail(current.status)) {
        rollbackTransaction();
        return Error::internal(tr("Mailferry refused to mark a message that is already in Gmail as not copied."),
                               QStringLiteral("recordOutcome(%1): item %2 is %3")
                                   .arg(statusName(status)).arg(id).arg(statusName(current.status)));
    }
    if (Status s = updateOutcome(id, status, reason, errorCode, detail); !s) {
        rollbackTransaction();
        return s;
    }
    current.status = status;
    if (Status s = appendEvent(current, outcomeFor(status), reason, errorCode, detail); !s) {
        rollbackTransaction();
        return s;
    }
    return commitTransaction();
}

Status Ledger::recordOutcome(qint64 id, ItemStatus status, const Error &error)
{
    return recordOutcome(id, status, error.message, Error::codeName(error.code), error.detail);
}

Result<qint64> Ledger::recordOutcome(const ItemInfo &info, ItemStatus status, const QString &reason,
                                     const QString &errorCode, const QString &detail)
{
    if (!isOutcomeStatus(status))
        return Error::internal(tr("Mailferry tried to record an impossible result for a message."),
                               QStringLiteral("recordOutcome(%1)").arg(statusName(status)));
    Error error;
    if (!beginTransaction(&error))
        return error;
    auto id = upsert(info, status, reason, errorCode, detail);
    if (!id) {
        rollbackTransaction();
        return id.error();
    }
    auto current = item(id.value());
    if (!current || !current.value()) {
        rollbackTransaction();
        return current ? Error::internal(tr("Mailferry lost track of a message it was copying."),
                                         QStringLiteral("recordOutcome: item vanished"))
                       : current.error();
    }
    if (Status s = appendEvent(*current.value(), outcomeFor(status), reason, errorCode, detail); !s) {
        rollbackTransaction();
        return s.error();
    }
    if (Status s = commitTransaction(); !s)
        return s.error();
    return id.value();
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
             "under the server id %1.").arg(QString::fromLatin1(original.uidl));
    Error error;
    if (!beginTransaction(&error))
        return error;
    auto id = upsert(info, ItemStatus::SkippedDuplicate, reason, {}, {});
    if (!id) {
        rollbackTransaction();
        return id.error();
    }
    if (Status s = updateOutcome(id.value(), ItemStatus::SkippedDuplicate, reason, {}, {}, original.gmailId); !s) {
        rollbackTransaction();
        return s.error();
    }
    auto current = item(id.value());
    if (!current || !current.value()) {
        rollbackTransaction();
        return current ? Error::internal(tr("Mailferry lost track of a message it was copying."),
                                         QStringLiteral("recordDuplicate: item vanished"))
                       : current.error();
    }
    if (Status s = appendEvent(*current.value(), EventOutcome::SkippedDuplicate, reason); !s) {
        rollbackTransaction();
        return s.error();
    }
    if (Status s = commitTransaction(); !s)
        return s.error();
    return id.value();
}

Status Ledger::commitDeleted(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    Error error;
    if (!beginTransaction(&error))
        return error;
    QStringList offenders;
    const qint64 now = nowMs();
    for (qint64 id : ids) {
        auto found = item(id);
        if (!found) {
            rollbackTransaction();
            return found.error();
        }
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
                            {int(ItemStatus::Deleted), now, now, id})) {
            rollbackTransaction();
            return queryError(QStringLiteral("commit deleted"), q);
        }
        current.status = ItemStatus::Deleted;
        if (Status s = appendEvent(current, EventOutcome::DeletedFromServer,
                                   tr("Removed from the POP3 server after Gmail had confirmed it."));
            !s) {
            rollbackTransaction();
            return s;
        }
    }
    if (Status s = commitTransaction(); !s)
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

Status Ledger::abandonUploads(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    Error error;
    if (!beginTransaction(&error))
        return error;
    for (qint64 id : ids) {
        QSqlQuery q(m_db);
        if (!prepareAndExec(q, QStringLiteral("UPDATE items SET status = ?, updated_at = ? WHERE id = ? AND status = ?"),
                            {int(ItemStatus::Pending), nowMs(), id, int(ItemStatus::Uploading)})) {
            rollbackTransaction();
            return queryError(QStringLiteral("abandon upload"), q);
        }
    }
    return commitTransaction();
}

Result<QString> Ledger::metaValue(const QString &key)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}))
        return queryError(QStringLiteral("read meta"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Status Ledger::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, COALESCE(?, ''))"),
                        {key, value}))
        return queryError(QStringLiteral("write meta"), q);
    return {};
}

Result<Summary> Ledger::summary()
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral(
            "SELECT status, COUNT(*), TOTAL(size), TOTAL((flags & ?) != 0), TOTAL((flags & ?) != 0)"
            " FROM items GROUP BY status"),
                        {int(ItemFlag::PossibleDuplicate), int(ItemFlag::DateRescued)}))
        return queryError(QStringLiteral("summary"), q);
    Summary summary;
    while (q.next()) {
        const auto status = ItemStatus(q.value(0).toInt());
        const qint64 count = q.value(1).toLongLong();
        switch (status) {
        case ItemStatus::Pending: summary.pending = count; break;
        case ItemStatus::Uploading: summary.uploading = count; break;
        case ItemStatus::Copied: summary.copied = count; break;
        case ItemStatus::SkippedDuplicate: summary.skippedDuplicate = count; break;
        case ItemStatus::SkippedOversize: summary.skippedOversize = count; break;
        case ItemStatus::Failed: summary.failed = count; break;
        case ItemStatus::Deleted: summary.deleted = count; break;
        }
        if (status == ItemStatus::Copied || status == ItemStatus::Deleted)
            summary.bytesCopied += qint64(q.value(2).toDouble());
        summary.possibleDuplicates += qint64(q.value(3).toDouble());
        summary.datesRescued += qint64(q.value(4).toDouble());
    }
    return summary;
}

Result<QList<Item>> Ledger::items(ItemFilter filter, qint64 offset, int limit)
{
    return selectItems(itemWhere(filter), {qint64(limit), offset}, QStringLiteral("ORDER BY id LIMIT ? OFFSET ?"));
}

Result<qint64> Ledger::itemCount(ItemFilter filter)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT COUNT(*) FROM items WHERE %1").arg(itemWhere(filter)), {}) || !q.next())
        return queryError(QStringLiteral("count items"), q);
    return q.value(0).toLongLong();
}

Result<QList<Event>> Ledger::events(ItemFilter filter, qint64 offset, int limit)
{
    QList<Event> out;
    Status s = forEachRow(QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY id LIMIT ? OFFSET ?")
                              .arg(kEventColumns, eventWhere(filter)),
                          {qint64(limit), offset}, [&](QSqlQuery &q) {
                              out.append(eventFromQuery(q));
                              return true;
                          });
    if (!s)
        return s.error();
    return out;
}

Result<qint64> Ledger::eventCount(ItemFilter filter)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT COUNT(*) FROM events WHERE %1").arg(eventWhere(filter)), {}) || !q.next())
        return queryError(QStringLiteral("count log rows"), q);
    return q.value(0).toLongLong();
}

Status Ledger::forEachItem(ItemFilter filter, const std::function<bool(const Item &)> &fn)
{
    return forEachRow(QStringLiteral("SELECT %1 FROM items WHERE %2 ORDER BY id").arg(kItemColumns, itemWhere(filter)), {},
                      [&](QSqlQuery &q) { return fn(itemFromQuery(q)); });
}

Status Ledger::forEachEvent(ItemFilter filter, const std::function<bool(const Event &)> &fn)
{
    return forEachRow(QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY id").arg(kEventColumns, eventWhere(filter)),
                      {}, [&](QSqlQuery &q) { return fn(eventFromQuery(q)); });
}

} // namespace mf::store
