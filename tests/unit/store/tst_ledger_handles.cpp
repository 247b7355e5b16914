// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger's handles and structure: the read-only handle (SQLite refuses writes through it),
// the transaction guard (a failure anywhere rolls everything back) and the versioned schema
// steps (a schema-1 file opens and is brought up to date; a newer one is refused).
#include "ManualClock.h"
#include "store/Ledger.h"
#include "store/LedgerSchema.h"
#include "store/ReadOnlyLedger.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::store;
using mf::test::ManualClock;

namespace {

ItemInfo info(const QByteArray &uidl, int n)
{
    ItemInfo i;
    i.uidl = uidl;
    i.size = 3500 + n;
    i.listSize = 3500 + n;
    i.messageId = "<m" + QByteArray::number(n) + "@example.org>";
    i.sha256 = QByteArray::number(n).rightJustified(64, 'b');
    i.subject = QStringLiteral("Subject %1").arg(n);
    i.from = QStringLiteral("Alice <alice@example.org>");
    return i;
}

QVariant rawQuery(const QString &path, const QString &sql, QString *error = nullptr)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                if (q.next())
                    result = q.value(0);
            } else if (error) {
                *error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

// The connection a ReadOnlyLedger opened: the newest "mailferry-ledger-ro-" one.
QSqlDatabase readOnlyConnection()
{
    QString newest;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("mailferry-ledger-ro-")) && name > newest)
            newest = name;
    }
    return QSqlDatabase::database(newest, false);
}

} // namespace

class TestLedgerHandles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

    std::unique_ptr<Ledger> writer(const QString &path)
    {
        auto opened = Ledger::open(path, &m_clock);
        if (!opened) {
            qWarning() << opened.error().detail;
            return nullptr;
        }
        return std::move(opened).value();
    }

private slots:
    void readOnlySeesTheWritersCommits()
    {
        const QString path = m_dir.filePath(QStringLiteral("seen.sqlite"));
        auto ledger = writer(path);
        QVERIFY(ledger);
        QVERIFY(ledger->setSourceAccount(QStringLiteral("maria@isp.example")));
        auto ids = ledger->beginUploads({info("A", 1), info("B", 2)});
        QVERIFY(ids);
        QVERIFY(ledger->commitCopied(ids.value().at(0), QStringLiteral("g1")));

        // Open while the writer is still open, as the accounts window does during a run.
        auto opened = ReadOnlyLedger::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        ReadOnlyLedger &reader = *opened.value();
        QCOMPARE(reader.schemaVersion(), Ledger::kSchemaVersion);
        QCOMPARE(reader.sourceAccount(), QStringLiteral("maria@isp.example"));
        auto summary = reader.summary();
        QVERIFY(summary);
        QCOMPARE(summary.value().copied, qint64(1));
        QCOMPARE(summary.value().uploading, qint64(1));
        QCOMPARE(reader.eventCount(ItemFilter::All).value(), qint64(1));
        QCOMPARE(reader.lastActivity().value(), m_clock.now());

        // A later commit is visible to the same read-only handle (WAL: readers see each commit).
        QVERIFY(ledger->recordOutcome(ids.value().at(1), ItemStatus::Failed, QStringLiteral("refused")));
        QCOMPARE(reader.summary().value().failed, qint64(1));
    }

    void readOnlyCannotWrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto ledger = writer(path);
            QVERIFY(ledger);
            QVERIFY(ledger->beginUpload(info("A", 1)));
        }
        auto opened = ReadOnlyLedger::open(path);
        QVERIFY(opened);
        QSqlDatabase db = readOnlyConnection();
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE items SET status = 2")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("readonly"), Qt::CaseInsensitive), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM meta")));
        QCOMPARE(opened.value()->summary().value().uploading, qint64(1));
    }

    void readOnlyNeverCreatesAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent/none.sqlite"));
        auto opened = ReadOnlyLedger::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::StorageFailed);
        QVERIFY(!QFile::exists(path));
    }

    void transactionRollsBackEveryStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("tx.sqlite"));
        auto ledger = writer(path);
        QVERIFY(ledger);
        auto first = ledger->beginUpload(info("DONE", 1));
        QVERIFY(first);
        QVERIFY(ledger->commitCopied(first.value(), QStringLiteral("g1")));

        // The second entry is already in Gmail: the whole batch is refused, the new one too.
        auto refused = ledger->beginUploads({info("NEW", 2), info("DONE", 1)});
        QVERIFY(!refused);
        QVERIFY(!ledger->findByUidl("NEW").value());
        QCOMPARE(ledger->itemCount(ItemFilter::All).value(), qint64(1));

        // No transaction was left open: the next write works and is durable for another reader.
        QVERIFY(ledger->beginUpload(info("NEW", 2)));
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 2);

        // commitDeleted with a bad id in the middle still records the good ones (documented),
        // while a failing commitCopied batch leaves none of its entries copied.
        auto ids = ledger->beginUploads({info("C1", 3), info("C2", 4)});
        QVERIFY(ids);
        QVERIFY(!ledger->commitCopied(
            QList<Ledger::CopiedItem>{{ids.value().at(0), QStringLiteral("g3")}, {first.value() + 1000, QStringLiteral("gX")}}));
        QCOMPARE(ledger->item(ids.value().at(0)).value()->status, ItemStatus::Uploading);
    }

    void schemaOneFileIsMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(schema::createFresh(path, 1));
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QString error;
        rawQuery(path,
                 QStringLiteral("INSERT INTO items (uidl, size, status, gmail_id, first_seen, updated_at, copied_at)"
                                " VALUES (X'4f4c44', 10, 2, 'g-old', 1, 1, 1)"),
                 &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The version-1 resume index has no list_size; version 1 still has the old status index.
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'items_status'")).toInt(), 1);
        QVERIFY(!rawQuery(path, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'items_resume'"))
                     .toString()
                     .contains(QLatin1String("list_size")));

        // Read-only: readable as it is, never migrated.
        {
            auto reader = ReadOnlyLedger::open(path);
            QVERIFY(reader);
            QCOMPARE(reader.value()->schemaVersion(), 1);
            QCOMPARE(reader.value()->summary().value().copied, qint64(1));
        }
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);

        // The writer brings it up to date and keeps what it held.
        {
            auto ledger = writer(path);
            QVERIFY(ledger);
            auto old = ledger->findByUidl("OLD");
            QVERIFY(old && old.value());
            QCOMPARE(old.value()->gmailId, QStringLiteral("g-old"));
            QVERIFY(!ledger->beginUpload(info("OLD", 1))); // still refused: it is in Gmail
        }
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), Ledger::kSchemaVersion);
        QVERIFY(rawQuery(path, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'items_resume'"))
                    .toString()
                    .contains(QLatin1String("list_size")));
        // Step 3: the status index became the partial failures index.
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'items_status'")).toInt(), 0);
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'items_failures'")).toInt(), 1);
    }

    void failureFiltersUseTheirPartialIndexes()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.sqlite"));
        {
            auto ledger = writer(path);
            QVERIFY(ledger);
            auto ids = ledger->beginUploads({info("F1", 1), info("F2", 2), info("C3", 3)});
            QVERIFY(ids);
            QVERIFY(ledger->recordOutcome(ids.value().at(0), ItemStatus::Failed, QStringLiteral("x")));
            QVERIFY(ledger->recordOutcome(ids.value().at(1), ItemStatus::SkippedOversize, QStringLiteral("y")));
            QVERIFY(ledger->commitCopied(ids.value().at(2), QStringLiteral("g3")));
            QCOMPARE(ledger->itemCount(ItemFilter::Failures).value(), qint64(2));
            QCOMPARE(ledger->itemCount(ItemFilter::FailedOnly).value(), qint64(1));
            QCOMPARE(ledger->eventCount(ItemFilter::Failures).value(), qint64(2));
            QCOMPARE(ledger->eventCount(ItemFilter::FailedOnly).value(), qint64(1));
            QCOMPARE(ledger->items(ItemFilter::FailedOnly, 0, 10).value().constFirst().uidl, QByteArray("F1"));
        }
        // SQLite plans the filters through the partial indexes (if the WHERE drifted from the
        // index's, it would scan the whole table instead).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        QStringList details;
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"EXPLAIN QUERY PLAN SELECT id FROM items WHERE status IN (4, 5) AND status = 5 ORDER BY id",
                                    "EXPLAIN QUERY PLAN SELECT id FROM events WHERE outcome IN (2, 3) ORDER BY id"}) {
                QVERIFY(q.exec(QString::fromLatin1(sql)));
                QString detail;
                while (q.next())
                    detail += q.value(3).toString() + QLatin1Char(' ');
                details << detail;
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        QVERIFY2(details.at(0).contains(QLatin1String("items_failures")), qPrintable(details.at(0)));
        QVERIFY2(details.at(1).contains(QLatin1String("events_failures")), qPrintable(details.at(1)));
    }

    void newerSchemaIsRefusedByBoth()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(schema::createFresh(path));
        rawQuery(path, QStringLiteral("PRAGMA user_version = %1").arg(Ledger::kSchemaVersion + 1));
        QVERIFY(!ReadOnlyLedger::open(path));
        QVERIFY(!Ledger::open(path, &m_clock));
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), Ledger::kSchemaVersion + 1);
    }

    void everyStepIsNumberedInOrder()
    {
        int expected = 1;
        for (const schema::Step &step : schema::steps())
            QCOMPARE(step.version, expected++);
        QCOMPARE(schema::steps().constLast().version, schema::kCurrentVersion);
    }
};

QTEST_GUILESS_MAIN(TestLedgerHandles)
#include "tst_ledger_handles.moc"
