// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Error/Result, the ManualClock that every timing test relies on, and the path helpers.
#include "ManualClock.h"
#include "common/Paths.h"
#include "common/Result.h"

#include <QThread>
#include <QtTest/QtTest>

#include <atomic>

using namespace mf;
using namespace std::chrono_literals;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    void resultCarriesValueOrError()
    {
        Result<int> ok = 42;
        QVERIFY(ok);
        QCOMPARE(ok.value(), 42);
        Result<int> bad = Error::session(Error::Code::Timeout, QStringLiteral("The server stopped answering."),
                                         QStringLiteral("greeting timeout"), 5s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().scope, Error::Scope::Session);
        QVERIFY(bad.error().retryable);
        QCOMPARE(*bad.error().retryAfter, Millis(5000));
        QCOMPARE(bad.valueOr(7), 7);
        QCOMPARE(bad.error().toString(), QStringLiteral("The server stopped answering. (greeting timeout)"));
        QCOMPARE(Error::codeName(Error::Code::ReauthRequired), QStringLiteral("ReauthRequired"));

        Status done;
        QVERIFY(done.ok());
        Status failed = Error::account(Error::Code::AuthFailed, QStringLiteral("Wrong password."));
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().retryable);
    }

    void manualClockFiresTimersInDueOrder()
    {
        test::ManualClock clock;
        QObject owner;
        QStringList fired;
        clock.singleShot(300ms, &owner, [&] { fired << QStringLiteral("c@%1").arg(clock.elapsed().count()); });
        clock.singleShot(100ms, &owner, [&] { fired << QStringLiteral("a@%1").arg(clock.elapsed().count()); });
        Timer *cancelled = clock.singleShot(200ms, &owner, [&] { fired << QStringLiteral("never"); });
        QCOMPARE(clock.pendingTimers(), 3);
        QCOMPARE(*clock.nextTimerIn(), Millis(100));
        cancelled->stop();

        clock.advance(99ms);
        QVERIFY(fired.isEmpty());
        clock.advance(1ms);
        QCOMPARE(fired, QStringList{QStringLiteral("a@100")});
        clock.advance(10s);
        QCOMPARE(fired, (QStringList{QStringLiteral("a@100"), QStringLiteral("c@300")}));
        QCOMPARE(clock.elapsed(), Millis(10100));
        QCOMPARE(clock.pendingTimers(), 0);
        QVERIFY(!clock.advanceToNextTimer());
    }

    void manualClockRestartAndChainedTimers()
    {
        test::ManualClock clock;
        QObject owner;
        Timer *t = clock.createTimer(&owner);
        int count = 0;
        // A timer that re-arms itself from its own timeout, as a poll loop does.
        connect(t, &Timer::timeout, &owner, [&] {
            if (++count < 3)
                t->start(1min);
        });
        t->start(1min);
        t->start(2min); // restart replaces the first deadline
        clock.advance(90s);
        QCOMPARE(count, 0);
        clock.advance(30s);
        QCOMPARE(count, 1);
        clock.advance(10min);
        QCOMPARE(count, 3);
        QVERIFY(!t->isActive());
    }

    void manualClockWallTime()
    {
        test::ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        clock.advance(1h);
        QCOMPARE(clock.now(), QDateTime(QDate(2026, 3, 1), QTime(13, 0), Qt::UTC));
        clock.setNow(QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(clock.now().date(), QDate(2026, 4, 1));
        clock.advance(24h);
        QCOMPARE(clock.now().date(), QDate(2026, 4, 2));
    }

    void manualClockFiresInTheTimersThread()
    {
        test::ManualClock clock;
        QThread worker;
        worker.start();
        QObject owner;
        owner.moveToThread(&worker);
        // Written by the worker, read here: atomic, so the test itself has no data race.
        std::atomic<QThread *> firedIn{nullptr};
        Timer *t = nullptr;
        QMetaObject::invokeMethod(
            &owner, [&] { t = clock.singleShot(5s, &owner, [&] { firedIn.store(QThread::currentThread()); }); },
            Qt::BlockingQueuedConnection);
        QVERIFY(t);
        clock.advance(5s);
        QTRY_COMPARE(firedIn.load(), &worker);
        worker.quit();
        worker.wait();
    }

    void safeFileNames()
    {
        QCOMPARE(paths::safeFileName(QStringLiteral("maria@isp.example")), QStringLiteral("maria@isp.example"));
        QCOMPARE(paths::safeFileName(QStringLiteral("../etc/passwd")), QStringLiteral("_.._etc_passwd"));
        QCOMPARE(paths::safeFileName(QStringLiteral("a b/c")), QStringLiteral("a_b_c"));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
