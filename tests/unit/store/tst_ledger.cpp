// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The ledger: schema, every commit point, crash recovery, the second identity, "Retry failed",
// the item log and paging.
#include "ManualClock.h"
#include "store/Ledger.h"
#include "store/LedgerSchema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace mf;
using namespace mf::store;
using namespace std::chrono_literals;

namespace {

ItemInfo info(const QByteArray &uidl, int n = 1)
{
    ItemInfo i;
    i.uidl = uidl;
    i.size = 1000 + n;
    i.listSize = 1000 + n;
    i.messageId = "<m" + QByteArray::number(n) + "@example.org>";
    i.sha256 = QByteArray(64, 'a' + char(n % 6));
    i.sha256.replace(0, QByteArray::number(n).size(), QByteArray::number(n));
    i.subject = QStringLiteral("Subject %1 caf\u00e9").arg(n);
    i.from = QStringLiteral("Alice <alice@example.org>");
    i.dateHeader = QStringLiteral("Sat, 15 Mar 2014 10:30:00 +0100");
    return i;
}

// Reads the raw file with a connection of the test's own, as another program would.
QVariant rawQuery(const QString &path, const QString &sql, QString *error = nullptr)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
            else if (error)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::ManualClock m_clock;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("ledger-%1.sqlite").arg(++m_counter)); }

    std::unique_ptr<Ledger> openOrFail(const QString &path)
    {
        auto opened = Ledger::open(path, &m_clock);
        if (!opened)
            qWarning() << opened.error().toString();
        return opened ? std::move(opened).value() : nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void schemaIsCreatedVersionedAndPrivate()
    {
        const QString path = freshPath();
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger);
            QCOMPARE(ledger->path(), path);
            QVERIFY(QFile::exists(path));
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
            QVERIFY(ledger->setSourceAccount(QStringLiteral("maria@isp.example")));
        }
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), Ledger::kSchemaVersion);
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(rawQuery(path,
                          QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                         "('items','events','meta','items_identity','items_failures',"
                                         "'events_failures')"))
                     .toInt(),
                 6);
        // New ledgers use small pages: every commit writes each page it touched whole.
        QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA page_size")).toInt(), schema::kPageSize);
        auto again = openOrFail(path);
        QVERIFY(again);
        QCOMPARE(again->sourceAccount(), QStringLiteral("maria@isp.example"));
        QCOMPARE(again->itemCount(ItemFilter::All).value(), 0);
    }

    void twoLedgersAtOnce()
    {
        auto a = openOrFail(freshPath());
        auto b = openOrFail(freshPath());
        QVERIFY(a && b);
        QVERIFY(a->beginUpload(info("A")));
        QCOMPARE(a->itemCount(ItemFilter::All).value(), 1);
        QCOMPARE(b->itemCount(ItemFilter::All).value(), 0);
    }

    void refusesNewerSchemaAndForeignFiles()
    {
        const QString newer = freshPath();
        {
            QVERIFY(openOrFail(newer));
        }
        rawQuery(newer, QStringLiteral("PRAGMA user_version = 99"));
        auto opened = Ledger::open(newer, &m_clock);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::StorageFailed);
        QVERIFY(opened.error().message.contains(QLatin1String("newer version")));

        const QString foreign = freshPath();
        rawQuery(foreign, QStringLiteral("CREATE TABLE notes (x)"));
        auto foreignOpened = Ledger::open(foreign, &m_clock);
        QVERIFY(!foreignOpened);
        QCOMPARE(foreignOpened.error().code, Error::Code::StorageFailed);
        QCOMPARE(rawQuery(foreign, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt(), 1); // untouched

        const QString garbage = freshPath();
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        auto garbageOpened = Ledger::open(garbage, &m_clock);
        QVERIFY(!garbageOpened);
        QCOMPARE(garbageOpened.error().scope, Error::Scope::Internal);
    }

    void beginUploadIsRecordedAndCountsAttempts()
    {
        auto ledger = openOrFail(freshPath());
        const auto id = ledger->beginUpload(info("UID1"));
        QVERIFY(id);
        auto item = ledger->item(id.value()).value();
        QVERIFY(item);
        QCOMPARE(item->status, ItemStatus::Uploading);
        QCOMPARE(item->attempts, 1);
        QCOMPARE(item->uidl, QByteArray("UID1"));
        QCOMPARE(item->subject, QStringLiteral("Subject 1 caf\u00e9"));
        QCOMPARE(item->firstSeen, m_clock.now());
        QVERIFY(!item->flags.testFlag(ItemFlag::NoUidl));
        QCOMPARE(ledger->eventCount(ItemFilter::All).value(), 0); // "uploading" is not an outcome

        m_clock.advance(1s);
        const auto again = ledger->beginUpload(info("UID1"));
        QCOMPARE(again.value(), id.value());
        item = ledger->item(id.value()).value();
        QCOMPARE(item->attempts, 2);
        QCOMPARE(item->updatedAt, m_clock.now());
        QCOMPARE(ledger->itemCount(ItemFilter::All).value(), 1);
    }

    void commitCopiedIsDurableIdempotentAndLogged()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger->setSourceAccount(QStringLiteral("maria@isp.example")));
            ItemInfo i = info("UID1");
            i.flags = ItemFlag::DateRescued;
            i.note = QStringLiteral("The Date header was missing; used the date the server received it (x).");
            id = ledger->beginUpload(i).value();
            m_clock.advance(2s);
            QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-1")));
            QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-1"))); // a retried call after a lost reply
        }
        auto ledger = openOrFail(path);
        const auto item = ledger->item(id).value();
        QCOMPARE(item->status, ItemStatus::Copied);
        QCOMPARE(item->gmailId, QStringLiteral("gm-1"));
        QCOMPARE(item->copiedAt, m_clock.now());
        QVERIFY(item->flags.testFlag(ItemFlag::DateRescued));
        const auto events = ledger->events(ItemFilter::All, 0, 10).value();
        QCOMPARE(events.size(), 1);
        const Event &e = events.first();
        QCOMPARE(e.outcome, EventOutcome::Copied);
        QCOMPARE(outcomeName(e.outcome), QStringLiteral("copied"));
        QCOMPARE(e.sourceAccount, QStringLiteral("maria@isp.example"));
        QCOMPARE(e.uidl, QByteArray("UID1"));
        QCOMPARE(e.messageId, QByteArray("<m1@example.org>"));
        QCOMPARE(e.gmailId, QStringLiteral("gm-1"));
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.size, 1001);
        QCOMPARE(e.time, m_clock.now());
        QVERIFY(e.reason.contains(QLatin1String("Date header was missing")));

        // A copied item is never re-opened, failed or copied under another Gmail id.
        const auto reopen = ledger->beginUpload(info("UID1"));
        QVERIFY(!reopen);
        QCOMPARE(reopen.error().scope, Error::Scope::Internal);
        QVERIFY(!ledger->recordOutcome(id, ItemStatus::Failed, QStringLiteral("late error")));
        QVERIFY(!ledger->commitCopied(id, QStringLiteral("gm-2")));
        QCOMPARE(ledger->item(id).value()->status, ItemStatus::Copied);
        QVERIFY(!ledger->commitCopied(99999, QStringLiteral("gm-x")));
    }

    void batchedCommitPointsAreAllOrNothing()
    {
        auto ledger = openOrFail(freshPath());
        const auto ids = ledger->beginUploads({info("B1", 1), info("B2", 2), info("B3", 3)});
        QVERIFY(ids);
        QCOMPARE(ids.value().size(), 3);
        for (qint64 id : ids.value())
            QCOMPARE(ledger->item(id).value()->status, ItemStatus::Uploading);
        QVERIFY(ledger->commitCopied({{ids.value().at(0), QStringLiteral("gm-1")}, {ids.value().at(1), QStringLiteral("gm-2")}}));
        QCOMPARE(ledger->summary().value().copied, 2);
        QCOMPARE(ledger->eventCount(ItemFilter::All).value(), 2);

        // One bad entry (unknown id) rolls the whole batch back.
        QVERIFY(!ledger->commitCopied({{ids.value().at(2), QStringLiteral("gm-3")}, {777777, QStringLiteral("gm-x")}}));
        QCOMPARE(ledger->item(ids.value().at(2)).value()->status, ItemStatus::Uploading);
        QCOMPARE(ledger->eventCount(ItemFilter::All).value(), 2);
        // An item already in Gmail in a beginUploads batch refuses the whole batch.
        QVERIFY(!ledger->beginUploads({info("NEW", 4), info("B1", 1)}));
        QVERIFY(!ledger->findByUidl("NEW").value());
        QVERIFY(ledger->commitCopied(QList<Ledger::CopiedItem>{}));
    }

    void recordOutcomeByIdAndByInfo()
    {
        auto ledger = openOrFail(freshPath());
        const qint64 id = ledger->beginUpload(info("UID1")).value();
        const Error error = Error::item(Error::Code::InvalidMessage, QStringLiteral("Gmail refused this message."),
                                        QStringLiteral("400 invalidArgument"));
        QVERIFY(ledger->recordOutcome(id, ItemStatus::Failed, error));
        auto item = ledger->item(id).value();
        QCOMPARE(item->status, ItemStatus::Failed);
        QCOMPARE(item->lastError, QStringLiteral("Gmail refused this message."));
        QCOMPARE(item->lastErrorCode, QStringLiteral("InvalidMessage"));
        QCOMPARE(item->lastErrorDetail, QStringLiteral("400 invalidArgument"));
        QCOMPARE(item->attempts, 1);

        // Oversize by LIST: never fetched, so only the LIST size is known.
        ItemInfo big;
        big.uidl = "BIG";
        big.listSize = 60 * 1024 * 1024;
        const auto bigId = ledger->recordOutcome(big, ItemStatus::SkippedOversize,
                                                 QStringLiteral("Larger than the 50 MB limit; left on the server."),
                                                 Error::codeName(Error::Code::MessageOversize));
        QVERIFY(bigId);
        item = ledger->item(bigId.value()).value();
        QCOMPARE(item->status, ItemStatus::SkippedOversize);
        QCOMPARE(item->size, 0);
        QCOMPARE(item->attempts, 1);

        // Only outcome statuses are accepted.
        QVERIFY(!ledger->recordOutcome(id, ItemStatus::Copied, QStringLiteral("no")));
        QVERIFY(!ledger->recordOutcome(info("X"), ItemStatus::Deleted, QStringLiteral("no")));
        QVERIFY(!ledger->recordOutcome(424242, ItemStatus::Failed, QStringLiteral("unknown item")));

        const auto events = ledger->events(ItemFilter::All, 0, 10).value();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).outcome, EventOutcome::Failed);
        QCOMPARE(events.at(0).errorCode, QStringLiteral("InvalidMessage"));
        QCOMPARE(events.at(0).reason, QStringLiteral("Gmail refused this message."));
        QCOMPARE(events.at(1).outcome, EventOutcome::SkippedOversize);
        QCOMPARE(events.at(1).size, 60 * 1024 * 1024); // the LIST size, as nothing was received
        QCOMPARE(ledger->eventCount(ItemFilter::Failures).value(), 2);
        QCOMPARE(ledger->eventCount(ItemFilter::FailedOnly).value(), 1);

        // A later fetch keeps what was known, and a retry counts as another attempt.
        QVERIFY(ledger->requeueFailed());
        ItemInfo less;
        less.uidl = "UID1";
        QCOMPARE(ledger->beginUpload(less).value(), id);
        item = ledger->item(id).value();
        QCOMPARE(item->subject, QStringLiteral("Subject 1 caf\u00e9"));
        QCOMPARE(item->size, 1001);
        QCOMPARE(item->attempts, 2);
        QVERIFY(item->lastError.isEmpty());
    }

    void commitDeletedOnlyForItemsInGmail()
    {
        auto ledger = openOrFail(freshPath());
        const qint64 copied = ledger->beginUpload(info("C", 1)).value();
        QVERIFY(ledger->commitCopied(copied, QStringLiteral("gm-c")));
        const qint64 failed = ledger->beginUpload(info("F", 2)).value();
        QVERIFY(ledger->recordOutcome(failed, ItemStatus::Failed, QStringLiteral("boom")));
        const qint64 uploading = ledger->beginUpload(info("U", 3)).value();

        m_clock.advance(5s);
        const Status status = ledger->commitDeleted({copied, failed, uploading});
        QVERIFY(!status);
        QCOMPARE(status.error().scope, Error::Scope::Internal);
        QVERIFY(status.error().detail.contains(QLatin1String("failed")));
        QCOMPARE(ledger->item(copied).value()->status, ItemStatus::Deleted);
        QCOMPARE(ledger->item(copied).value()->deletedAt, m_clock.now());
        QCOMPARE(ledger->item(failed).value()->status, ItemStatus::Failed);
        QCOMPARE(ledger->item(uploading).value()->status, ItemStatus::Uploading);

        QVERIFY(ledger->commitDeleted({copied})); // idempotent
        QVERIFY(ledger->commitDeleted({}));
        const auto deletions = ledger->events(ItemFilter::All, 0, 100).value();
        QCOMPARE(std::count_if(deletions.begin(), deletions.end(),
                               [](const Event &e) { return e.outcome == EventOutcome::DeletedFromServer; }),
                 1);
        QCOMPARE(deletions.last().gmailId, QStringLiteral("gm-c"));
    }

    void requeueFailedTouchesExactlyTheFailedAndOversize()
    {
        auto ledger = openOrFail(freshPath());
        QList<qint64> failedIds;
        for (int n = 0; n < 10; ++n) {
            const qint64 id = ledger->beginUpload(info("U" + QByteArray::number(n), n)).value();
            if (n % 3 == 0) {
                QVERIFY(ledger->recordOutcome(id, ItemStatus::Failed, QStringLiteral("boom")));
                failedIds << id;
            } else if (n % 3 == 1) {
                QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-%1").arg(n)));
            }
        }
        QVERIFY(ledger->recordOutcome(info("BIG", 20), ItemStatus::SkippedOversize, QStringLiteral("too big")));
        const Summary before = ledger->summary().value();
        QCOMPARE(before.failed, 4);
        QCOMPARE(before.copied, 3);
        QCOMPARE(before.uploading, 3);
        QCOMPARE(before.skippedOversize, 1);

        // Oversize ones are measured again against today's limit, so "Retry failed" takes them too.
        const auto requeued = ledger->requeueFailed();
        QCOMPARE(requeued.value(), 5);
        const Summary after = ledger->summary().value();
        QCOMPARE(after.failed, 0);
        QCOMPARE(after.pending, 5);
        QCOMPARE(after.copied, 3);
        QCOMPARE(after.uploading, 3);
        QCOMPARE(after.skippedOversize, 0);
        for (qint64 id : failedIds)
            QCOMPARE(ledger->item(id).value()->status, ItemStatus::Pending);
        QCOMPARE(ledger->requeueFailed().value(), 0);
    }

    void emptyFileIsRefusedNotStartedAfresh()
    {
        // A 0-byte ledger is records that were lost, not a new mailbox: starting afresh would
        // upload everything in Gmail a second time.
        const QString path = freshPath();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(QFileInfo(path).size(), 0);
        auto opened = Ledger::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::StorageFailed);
        QVERIFY2(opened.error().message.contains(QStringLiteral("empty")), qPrintable(opened.error().message));
        QCOMPARE(QFileInfo(path).size(), 0); // nothing was written into it
    }

    void newLedgerIsCreatedWholeAndPrivate()
    {
        const QString path = freshPath();
        QVERIFY(!QFile::exists(path));
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger->setSourceAccount(QStringLiteral("maria@isp.example")));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".new")));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        auto again = openOrFail(path);
        QCOMPARE(again->sourceAccount(), QStringLiteral("maria@isp.example"));
    }

    void abandonedUploadIsPendingWithoutFlag()
    {
        auto ledger = openOrFail(freshPath());
        const qint64 left = ledger->beginUpload(info("NEVER-LEFT", 1)).value();
        const qint64 copied = ledger->beginUpload(info("COPIED", 2)).value();
        QVERIFY(ledger->commitCopied(copied, QStringLiteral("gm-2")));
        QVERIFY(ledger->abandonUploads({left, copied}));
        const Item item = *ledger->item(left).value();
        QCOMPARE(item.status, ItemStatus::Pending);
        QVERIFY(!item.flags.testFlag(ItemFlag::PossibleDuplicate));
        QCOMPARE(ledger->item(copied).value()->status, ItemStatus::Copied); // only Uploading ones move
        // Nothing to recover after a restart: it never left, so no "possible duplicate".
        QVERIFY(ledger->recoverInterrupted().value().isEmpty());
        QCOMPARE(ledger->eventCount(ItemFilter::All).value(), 1); // the copy's row only
    }

    void resumeStateCarriesListSizeAndMeta()
    {
        auto ledger = openOrFail(freshPath());
        store::ItemInfo i = info("SIZED", 7);
        i.listSize = 4321;
        const qint64 id = ledger->beginUpload(i).value();
        QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-7")));
        const ResumeState state = ledger->loadResumeState().value();
        QCOMPARE(state.byUidl.value("SIZED").listSize, 4321);
        QCOMPARE(ledger->metaValue(QStringLiteral("report_failures")).value(), QString());
        QVERIFY(ledger->setMetaValue(QStringLiteral("report_failures"), QStringLiteral("abc")));
        QCOMPARE(ledger->metaValue(QStringLiteral("report_failures")).value(), QStringLiteral("abc"));
    }

    void interruptedUploadIsFlaggedAfterReopen()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            auto ledger = openOrFail(path);
            id = ledger->beginUpload(info("UID1")).value();
            const qint64 done = ledger->beginUpload(info("UID2", 2)).value();
            QVERIFY(ledger->commitCopied(done, QStringLiteral("gm-2")));
            // The ledger goes away mid-upload: no outcome was recorded for UID1.
        }
        auto ledger = openOrFail(path);
        QCOMPARE(ledger->loadResumeState().value().byUidl.value("UID1").status, ItemStatus::Uploading);
        const auto recovered = ledger->recoverInterrupted();
        QVERIFY(recovered);
        QCOMPARE(recovered.value().size(), 1);
        QCOMPARE(recovered.value().first().id, id);
        QCOMPARE(recovered.value().first().status, ItemStatus::Pending);
        QVERIFY(recovered.value().first().flags.testFlag(ItemFlag::PossibleDuplicate));
        QCOMPARE(ledger->recoverInterrupted().value().size(), 0); // nothing left to recover

        auto state = ledger->loadResumeState().value();
        QCOMPARE(state.byUidl.value("UID1").status, ItemStatus::Pending);
        QVERIFY(state.byUidl.value("UID1").flags.testFlag(ItemFlag::PossibleDuplicate));
        QVERIFY(!state.byUidl.value("UID2").flags.testFlag(ItemFlag::PossibleDuplicate));

        // The engine uploads it again; the log says so on both rows, and the flag stays.
        QCOMPARE(ledger->beginUpload(info("UID1")).value(), id);
        QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-1")));
        const auto events = ledger->events(ItemFilter::All, 0, 10).value();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).outcome, EventOutcome::PossibleDuplicate);
        QCOMPARE(outcomeName(events.at(1).outcome), QStringLiteral("possible-duplicate"));
        QVERIFY(events.at(1).reason.contains(QLatin1String("may appear twice")));
        QCOMPARE(events.at(2).outcome, EventOutcome::Copied);
        QVERIFY(events.at(2).reason.contains(QLatin1String("may appear twice")));
        QCOMPARE(events.at(2).attempts, 2);
        QVERIFY(ledger->item(id).value()->flags.testFlag(ItemFlag::PossibleDuplicate));
        QCOMPARE(ledger->summary().value().possibleDuplicates, 1);
    }

#ifdef Q_OS_UNIX
    void realCrashKeepsEveryCommit()
    {
        // A child process commits, starts an upload and dies without closing anything (no
        // destructors, no WAL checkpoint): every commit must still be there.
        const QString path = freshPath();
        {
            QVERIFY(openOrFail(path));
        }
        const pid_t child = fork();
        if (child == 0) {
            auto opened = Ledger::open(path, &m_clock);
            if (!opened)
                _exit(2);
            Ledger &ledger = *opened.value();
            const qint64 copied = ledger.beginUpload(info("C", 1)).valueOr(0);
            if (!ledger.commitCopied(copied, QStringLiteral("gm-c")))
                _exit(3);
            if (!ledger.beginUpload(info("U", 2)))
                _exit(4);
            _exit(0); // the crash
        }
        QVERIFY(child > 0);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);

        auto ledger = openOrFail(path);
        const ResumeState state = ledger->loadResumeState().value();
        QCOMPARE(state.byUidl.size(), 2);
        QCOMPARE(state.byUidl.value("C").status, ItemStatus::Copied);
        QCOMPARE(state.byUidl.value("U").status, ItemStatus::Uploading);
        const auto recovered = ledger->recoverInterrupted().value();
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.first().uidl, QByteArray("U"));
    }
#endif

    void secondIdentityFindsCopiedMessagesUnderNewUidls()
    {
        auto ledger = openOrFail(freshPath());
        const ItemInfo original = info("OLD-UIDL", 7);
        const qint64 id = ledger->beginUpload(original).value();
        // Not in Gmail yet: no match.
        QVERIFY(!ledger->findByIdentity(original.messageId, original.size, original.sha256).value());
        QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-7")));

        const auto found = ledger->findByIdentity(original.messageId, original.size, original.sha256);
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->id, id);
        QVERIFY(!ledger->findByIdentity(original.messageId, original.size + 1, original.sha256).value());
        QVERIFY(!ledger->findByIdentity(original.messageId, original.size, QByteArray(64, 'f')).value());
        QVERIFY(!ledger->findByIdentity("<other@example.org>", original.size, original.sha256).value());
        QVERIFY(!ledger->findByIdentity({}, 0, {}).value());

        // The server changed its UIDLs: the same message comes back as NEW-UIDL.
        ItemInfo renamed = original;
        renamed.uidl = "NEW-UIDL";
        const auto dupId = ledger->recordDuplicate(renamed, *found.value());
        QVERIFY(dupId);
        const auto dup = ledger->item(dupId.value()).value();
        QCOMPARE(dup->status, ItemStatus::SkippedDuplicate);
        QCOMPARE(dup->gmailId, QStringLiteral("gm-7"));
        QVERIFY(dup->lastError.contains(QLatin1String("OLD-UIDL")));
        const auto events = ledger->events(ItemFilter::All, 0, 10).value();
        QCOMPARE(events.last().outcome, EventOutcome::SkippedDuplicate);
        QCOMPARE(events.last().uidl, QByteArray("NEW-UIDL"));
        // A duplicate is in Gmail: it may be deleted from the server, and is never uploaded.
        QVERIFY(!ledger->beginUpload(renamed));
        QVERIFY(ledger->commitDeleted({dupId.value()}));
        // A message without Message-ID still has an identity (size + SHA-256).
        ItemInfo anonymous = info("ANON", 8);
        anonymous.messageId.clear();
        const qint64 anonId = ledger->beginUpload(anonymous).value();
        QVERIFY(ledger->commitCopied(anonId, QStringLiteral("gm-8")));
        QCOMPARE(ledger->findByIdentity({}, anonymous.size, anonymous.sha256).value()->id, anonId);
    }

    void serversWithoutUidlUseTheIdentity()
    {
        auto ledger = openOrFail(freshPath());
        ItemInfo a = info({}, 1);
        const qint64 id = ledger->beginUpload(a).value();
        QCOMPARE(ledger->beginUpload(a).value(), id); // same bytes, same item
        const auto item = ledger->item(id).value();
        QVERIFY(item->flags.testFlag(ItemFlag::NoUidl));
        QVERIFY(item->uidl.isEmpty());
        QCOMPARE(item->attempts, 2);
        const qint64 other = ledger->beginUpload(info({}, 2)).value();
        QVERIFY(other != id);
        QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-1")));
        QVERIFY(ledger->findByIdentity(a.messageId, a.size, a.sha256).value());
        const ResumeState state = ledger->loadResumeState().value();
        QCOMPARE(state.byUidl.size(), 0);
        QCOMPARE(state.itemsWithoutUidl, 2);
    }

    void resumeStateAndSummary()
    {
        auto ledger = openOrFail(freshPath());
        const qint64 a = ledger->beginUpload(info("A", 1)).value();
        m_clock.advance(1min);
        QVERIFY(ledger->commitCopied(a, QStringLiteral("gm-a")));
        const QDateTime copiedAt = m_clock.now();
        ItemInfo rescued = info("B", 2);
        rescued.flags = ItemFlag::DateRescued;
        const qint64 b = ledger->beginUpload(rescued).value();
        QVERIFY(ledger->commitCopied(b, QStringLiteral("gm-b")));
        QVERIFY(ledger->commitDeleted({b}));
        QVERIFY(ledger->recordOutcome(info("C", 3), ItemStatus::Failed, QStringLiteral("boom")));

        const ResumeState state = ledger->loadResumeState().value();
        QCOMPARE(state.byUidl.size(), 3);
        QCOMPARE(state.byUidl.value("A").id, a);
        QCOMPARE(state.byUidl.value("A").status, ItemStatus::Copied);
        QCOMPARE(state.byUidl.value("A").copiedAtMs, copiedAt.toMSecsSinceEpoch());
        QCOMPARE(state.byUidl.value("A").size, 1001);
        QCOMPARE(state.byUidl.value("B").status, ItemStatus::Deleted);
        QVERIFY(state.byUidl.value("B").flags.testFlag(ItemFlag::DateRescued));
        QCOMPARE(state.byUidl.value("C").status, ItemStatus::Failed);
        QCOMPARE(state.byUidl.value("C").copiedAtMs, 0);
        QVERIFY(!state.byUidl.contains("D"));

        const Summary summary = ledger->summary().value();
        QCOMPARE(summary.copied, 1);
        QCOMPARE(summary.deleted, 1);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.total(), 3);
        QCOMPARE(summary.count(ItemStatus::Deleted), 1);
        QCOMPARE(summary.bytesCopied, 1001 + 1002);
        QCOMPARE(summary.datesRescued, 1);
        QCOMPARE(summary.possibleDuplicates, 0);
    }

    void pagingWithFilters()
    {
        auto ledger = openOrFail(freshPath());
        for (int n = 0; n < 250; ++n) {
            const ItemInfo i = info("P" + QByteArray::number(n), n);
            if (n % 10 == 0) {
                QVERIFY(ledger->recordOutcome(i, ItemStatus::Failed, QStringLiteral("boom %1").arg(n)));
            } else if (n % 25 == 1) {
                QVERIFY(ledger->recordOutcome(i, ItemStatus::SkippedOversize, QStringLiteral("big")));
            } else {
                const qint64 id = ledger->beginUpload(i).value();
                QVERIFY(ledger->commitCopied(id, QStringLiteral("gm-%1").arg(n)));
            }
        }
        QCOMPARE(ledger->itemCount(ItemFilter::All).value(), 250);
        QCOMPARE(ledger->itemCount(ItemFilter::FailedOnly).value(), 25);
        QCOMPARE(ledger->itemCount(ItemFilter::Failures).value(), 35);

        QList<QByteArray> seen;
        for (qint64 offset = 0;; offset += 100) {
            const auto page = ledger->items(ItemFilter::All, offset, 100).value();
            for (const Item &item : page)
                seen << item.uidl;
            if (page.size() < 100)
                break;
        }
        QCOMPARE(seen.size(), 250);
        QCOMPARE(seen.first(), QByteArray("P0"));
        QCOMPARE(seen.last(), QByteArray("P249"));

        const auto failures = ledger->items(ItemFilter::FailedOnly, 20, 10).value();
        QCOMPARE(failures.size(), 5);
        QCOMPARE(failures.first().uidl, QByteArray("P200"));
        QCOMPARE(failures.first().lastError, QStringLiteral("boom 200"));
        QVERIFY(ledger->items(ItemFilter::All, 1000, 10).value().isEmpty());

        int streamed = 0;
        QVERIFY(ledger->forEachItem(ItemFilter::Failures, [&](const Item &) { return ++streamed < 7; }));
        QCOMPARE(streamed, 7); // stopped early on request
        QCOMPARE(ledger->events(ItemFilter::All, 240, 100).value().size(), 10);
    }

    void itemLogIsAppendOnly()
    {
        const QString path = freshPath();
        {
            auto ledger = openOrFail(path);
            QVERIFY(ledger->recordOutcome(info("A"), ItemStatus::Failed, QStringLiteral("boom")));
        }
        QString error;
        rawQuery(path, QStringLiteral("UPDATE events SET reason = 'rewritten'"), &error);
        QVERIFY(error.contains(QLatin1String("append-only")));
        error.clear();
        rawQuery(path, QStringLiteral("DELETE FROM events"), &error);
        QVERIFY(error.contains(QLatin1String("append-only")));
        QCOMPARE(rawQuery(path, QStringLiteral("SELECT reason FROM events")).toString(), QStringLiteral("boom"));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
