// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LedgerSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace mf::store::schema {
namespace {

// Schema version 1. Times are milliseconds since the epoch, UTC. Text columns are NOT NULL with ''
// as "unknown", so that comparisons (the identity lookup) never meet NULL; only uidl is NULL when
// the server has none (UNIQUE then still allows many such items).
const QList<const char *> kSchemaV1 = {
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

// Version 2: the planner compares LIST sizes with the recorded ones (a reused UIDL names another
// message), so the covering index carries list_size too.
const QList<const char *> kSchemaV2 = {
    "DROP INDEX IF EXISTS items_resume",
    "CREATE INDEX items_resume ON items (uidl, id, status, flags, copied_at, size, list_size)",
};

// Version 3: fewer index pages per commit. Every commit writes each page it touched to the WAL
// whole, so each index a status change touches costs a page per commit point. The failure filters
// page through partial indexes that hold only the failures (a copy never touches them; the WHERE
// here must stay the one in LedgerRows' filters, or SQLite will not use them); the item log's
// index by item was never queried.
const QList<const char *> kSchemaV3 = {
    "DROP INDEX IF EXISTS items_status",
    "CREATE INDEX items_failures ON items (id) WHERE status IN (4, 5)",
    "DROP INDEX IF EXISTS events_outcome",
    "DROP INDEX IF EXISTS events_item",
    "CREATE INDEX events_failures ON events (id) WHERE outcome IN (2, 3)",
};

// Version 4: a message Gmail refused for an attachment type it blocks may be copied without those
// attachments; the item keeps which files were taken out and where the whole original is kept.
const QList<const char *> kSchemaV4 = {
    "ALTER TABLE items ADD COLUMN removed_attachments TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE items ADD COLUMN original_path TEXT NOT NULL DEFAULT ''",
};

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all = {
        {1, "create schema", kSchemaV1},
        {2, "resume index with list sizes", kSchemaV2},
        {3, "partial indexes for the failure filters", kSchemaV3},
        {4, "attachments removed from a copy, and where its original is kept", kSchemaV4},
    };
    return all;
}

Status applySteps(QSqlDatabase &db, int fromVersion, int toVersion)
{
    QSqlQuery q(db);
    for (const Step &step : steps()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        for (const char *sql : step.statements) {
            if (!q.exec(QString::fromLatin1(sql)))
                return Error::internal(QString(),
                                       QStringLiteral("schema step %1 (%2): %3: %4")
                                           .arg(step.version)
                                           .arg(QLatin1String(step.what), QLatin1String(sql), q.lastError().text()));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)))
        return Error::internal(QString(), QStringLiteral("set schema version: %1").arg(q.lastError().text()));
    return {};
}

int version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status createFresh(const QString &path, int toVersion)
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
            // Small pages: a commit writes every page it touched whole to the WAL, and a ledger row
            // is a few hundred bytes, so 4 KiB pages mostly carried unchanged neighbours.
            bool ok = q.exec(QStringLiteral("PRAGMA page_size = %1").arg(kPageSize))
                && q.exec(QStringLiteral("PRAGMA synchronous=FULL")) && db.transaction();
            if (ok) {
                if (Status s = applySteps(db, 0, toVersion); !s) {
                    failure = s.error().detail;
                    db.rollback();
                    ok = false;
                }
            }
            if (ok && !db.commit())
                ok = false;
            if (!ok && failure.isEmpty())
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
        return Error::internal(QString(), failure);
    }
    return {};
}

} // namespace mf::store::schema
