// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// SyncHost against a real Dovecot and the fake Google with several accounts: mailboxes into one
// Gmail share its quota, mailboxes into different accounts run at once, one that needs the user
// does not stop the others, and continuous sync picks up new mail in every mailbox.
#include "MailFactory.h"
#include "ManualClock.h"
#include "MigrationHarness.h"
#include "TestEnv.h"
#include "google/RateGovernor.h"
#include "migration/SyncHost.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace std::chrono_literals;
using namespace mf;
using namespace mf::migration;
using mf::test::FakeGoogle;
using mf::test::ManualClock;
using mf::test::MigrationHarness;

namespace {

/// Time moves in steps far shorter than any deadline of the engine.
bool drive(ManualClock &clock, const std::function<bool()> &done, Millis step = 100ms, int maxTurns = 20000)
{
    return driveUntil(clock, done, step, maxTurns);
}

QList<QByteArray> messagesFor(const QString &tag, int count)
{
    static int next = 1; // unique Message-IDs across every mailbox of the test
    QList<QByteArray> list;
    for (int i = 0; i < count; ++i) {
        mf::test::MailFactory::Options o;
        o.index = next++;
        o.targetSize = 2048;
        o.subject = QStringLiteral("%1 %2").arg(tag).arg(i);
        list << mf::test::MailFactory::message(o);
    }
    return list;
}

/// Records what the host says about each mailbox.
struct Watch {
    explicit Watch(SyncHost &host)
    {
        QObject::connect(&host, &SyncHost::stopped, &host,
                         [this](const QString &id, const RunSummary &s) { stopped.insert(id, s); });
        QObject::connect(&host, &SyncHost::runFinished, &host,
                         [this](const QString &id, const RunSummary &s) { passes[id].append(s); });
        QObject::connect(&host, &SyncHost::needsYou, &host,
                         [this](const QString &id, const Error &e) { needsYou.append(qMakePair(id, e)); });
        QObject::connect(&host, &SyncHost::mailboxChanged, &host,
                         [this](const MailboxState &s) { activities[s.accountId].insert(int(s.activity)); });
    }
    QHash<QString, RunSummary> stopped;
    QHash<QString, QList<RunSummary>> passes;
    QList<QPair<QString, Error>> needsYou;
    QHash<QString, QSet<int>> activities;
};

} // namespace

class TestSyncHost : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MigrationHarness> m_h;

    GoogleAccess accessFor(const QString &email, const QString &refreshToken) const
    {
        GoogleAccess g = m_h->googleAccess();
        g.accountEmail = email;
        g.refreshToken = refreshToken;
        return g;
    }

private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(mf::test::DovecotFixture::available(&why), why);
        m_h = std::make_unique<MigrationHarness>();
        QString error;
        QVERIFY2(m_h->start(&error), qPrintable(error));
    }

    void init()
    {
        m_h->google().clearMessages();
        m_h->google().clearCounters();
        m_h->google().setQuotaEnforced(false);
        m_h->google().setQuotaClock(nullptr);
        m_h->google().setLatency(0);
        m_h->google().setMaxConcurrentPerUser(0);
    }

    void sharedGovernorTakesTurns()
    {
        // One mailbox with a long backlog queues first; a second one's uploads must not wait for
        // all of it: the shared governor takes the owners in turn.
        ManualClock clock;
        google::RateGovernor::Config config;
        config.maxConcurrent = 1;
        config.messagesPerMinute = 600;
        google::RateGovernor governor(&clock, config);
        const int big = 1, small = 2;
        QList<int> order;
        for (int i = 0; i < 8; ++i)
            governor.acquire([&] { order << big; }, &big);
        for (int i = 0; i < 2; ++i)
            governor.acquire([&] { order << small; }, &small);
        while (order.size() < 10) {
            const int before = order.size();
            governor.release();
            clock.advance(100ms);
            QCOMPARE(order.size(), before + 1);
        }
        governor.release();
        QCOMPARE(order.mid(0, 4), (QList<int>{big, small, big, small}));
        QCOMPARE(governor.grantedTo(&big), 8);
        QCOMPARE(governor.grantedTo(&small), 2);
    }

    void threeMailboxesShareOneQuota()
    {
        // Gmail's ceiling scaled down (60 a minute instead of 600, on the test's clock) so that
        // three mailboxes that each paced themselves alone would pass it three times over: 45 a
        // minute each, 135 together. Shared, they stay at 45 a minute together.
        ManualClock clock;
        FakeGoogle &google = m_h->google();
        google.setQuotaClock(&clock);
        google.setQuotaEnforced(true, 60 * 25);
        google.setMaxConcurrentPerUser(4);

        SyncHost host;
        host.setClock(&clock);
        Watch watch(host);
        const int perMailbox = 20;
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            accounts::AccountConfig a = m_h->addAccount(QStringLiteral("shared-%1").arg(i));
            a.options.gmailMessagesPerMinute = 45;
            a.options.maxConcurrentUploads = 4;
            QCOMPARE(m_h->dovecot().deliver(a.user, messagesFor(a.id, perMailbox)), perMailbox);
            QVERIFY(host.add(a, MigrationHarness::passwordFor(a), m_h->googleAccess()));
            ids << a.id;
        }
        host.startAll();
        QVERIFY(drive(clock, [&] { return watch.stopped.size() == 3; }));

        for (const QString &id : ids) {
            QCOMPARE(watch.stopped.value(id).state, RunState::Finished);
            QCOMPARE(watch.stopped.value(id).copied, perMailbox);
            QCOMPARE(host.state(id).activity, MailboxState::Done);
        }
        const FakeGoogle::AccountCounters c = google.counters(google.accountEmail());
        QCOMPARE(c.stored, 3 * perMailbox);
        QCOMPARE(c.throttledQuota, 0);
        QCOMPARE(c.throttledConcurrency, 0);
        QVERIFY2(c.peakPerMinute <= 60, qPrintable(QString::number(c.peakPerMinute)));
        QVERIFY(c.peakConcurrency <= 4);
        // The three shared the pace: 60 messages at 45 a minute take 80 s of the clock, not 27.
        QVERIFY2(c.lastStoredMs - c.firstStoredMs >= 59 * 60000 / 45,
                 qPrintable(QStringLiteral("%1 ms").arg(c.lastStoredMs - c.firstStoredMs)));
    }

    void twoAccountsRunAtOnce()
    {
        FakeGoogle &google = m_h->google();
        const QString second = QStringLiteral("office.two@example.com");
        const QString token = google.issueRefreshTokenFor(second);
        // Each answer takes a while, so that uploads of the two accounts meet at the fake if, and
        // only if, the two mailboxes run at the same time.
        google.setLatency(60);
        google.setMaxConcurrentPerUser(4);

        SyncHost host;
        Watch watch(host);
        const int perMailbox = 30;
        accounts::AccountConfig a = m_h->addAccount(QStringLiteral("two-a"));
        accounts::AccountConfig b = m_h->addAccount(QStringLiteral("two-b"));
        b.gmailAccount = second;
        for (accounts::AccountConfig *x : {&a, &b}) {
            x->options.maxConcurrentUploads = 4;
            QCOMPARE(m_h->dovecot().deliver(x->user, messagesFor(x->id, perMailbox)), perMailbox);
        }
        QVERIFY(host.add(a, MigrationHarness::passwordFor(a), m_h->googleAccess()));
        QVERIFY(host.add(b, MigrationHarness::passwordFor(b), accessFor(second, token)));
        QCOMPARE(host.state(a.id).gmailAccount, google.accountEmail());
        QCOMPARE(host.state(b.id).gmailAccount, second);
        host.startAll();
        QSignalSpy all(&host, &SyncHost::allStopped);
        QVERIFY(all.wait(120000));

        QCOMPARE(watch.stopped.value(a.id).copied, perMailbox);
        QCOMPARE(watch.stopped.value(b.id).copied, perMailbox);
        QCOMPARE(google.counters(google.accountEmail()).stored, perMailbox);
        QCOMPARE(google.counters(second).stored, perMailbox);
        QVERIFY2(google.crossAccountOverlaps() > 0, "the two accounts' uploads never overlapped");
        QCOMPARE(google.counters(second).throttledConcurrency, 0);
    }

    void wrongPasswordNeedsYouOthersFinish()
    {
        SyncHost host;
        Watch watch(host);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            accounts::AccountConfig a = m_h->addAccount(QStringLiteral("pw-%1").arg(i));
            QCOMPARE(m_h->dovecot().deliver(a.user, messagesFor(a.id, 5)), 5);
            const QString password = i == 1 ? QStringLiteral("not-the-password") : MigrationHarness::passwordFor(a);
            QVERIFY(host.add(a, password, m_h->googleAccess()));
            ids << a.id;
        }
        host.setMaxParallel(2); // the third waits for a place, then runs
        host.startAll();
        QCOMPARE(host.state(ids[2]).activity, MailboxState::Queued);
        QSignalSpy all(&host, &SyncHost::allStopped);
        QVERIFY(all.wait(120000));

        QCOMPARE(host.state(ids[1]).activity, MailboxState::NeedsYou);
        QVERIFY(host.state(ids[1]).lastError.has_value());
        QCOMPARE(host.state(ids[1]).lastError->code, Error::Code::AuthFailed);
        QCOMPARE(watch.needsYou.size(), 1);
        QCOMPARE(watch.needsYou.first().first, ids[1]);
        for (const QString &id : {ids[0], ids[2]}) {
            QCOMPARE(watch.stopped.value(id).state, RunState::Finished);
            QCOMPARE(watch.stopped.value(id).copied, 5);
            QCOMPARE(host.state(id).activity, MailboxState::Done);
            QVERIFY(host.state(id).lastSuccessfulCheck.isValid());
        }
        QVERIFY(watch.activities.value(ids[2]).contains(MailboxState::Queued));
        QCOMPARE(host.totals().needsYou, 1);
        QCOMPARE(host.totals().copied, 10);
    }

    void continuousSyncPicksUpNewMailInEach()
    {
        ManualClock clock;
        SyncHost host;
        host.setClock(&clock);
        Watch watch(host);
        QStringList ids;
        QList<accounts::AccountConfig> configs;
        for (int i = 0; i < 3; ++i) {
            accounts::AccountConfig a = m_h->addAccount(QStringLiteral("cont-%1").arg(i));
            a.options.continuous = true;
            a.options.intervalMinutes = i == 2 ? 60 : 10; // the third is checked by "Sync now"
            QCOMPARE(m_h->dovecot().deliver(a.user, messagesFor(a.id + QStringLiteral("-first"), 4)), 4);
            QVERIFY(host.add(a, MigrationHarness::passwordFor(a), m_h->googleAccess()));
            ids << a.id;
            configs << a;
        }
        host.startAll();
        const auto passesDone = [&](int n) {
            return [&watch, &ids, n] {
                return std::all_of(ids.cbegin(), ids.cend(),
                                   [&](const QString &id) { return watch.passes.value(id).size() >= n; });
            };
        };
        QVERIFY(drive(clock, passesDone(1)));
        for (const QString &id : ids) {
            QCOMPARE(watch.passes.value(id).first().copied, 4);
            QCOMPARE(host.state(id).activity, MailboxState::Waiting);
            QVERIFY(host.isRunning(id));
        }

        for (const auto &a : configs)
            QCOMPARE(m_h->dovecot().deliver(a.user, messagesFor(a.id + QStringLiteral("-later"), 3)), 3);
        host.syncNow(ids[2]);
        // The interval of the first two passes on the clock; the third's (an hour) does not.
        clock.advance(10min);
        QVERIFY(drive(clock, passesDone(2), 100ms, 3000));
        for (const QString &id : ids) {
            QCOMPARE(watch.passes.value(id).at(1).copied, 3);
            QVERIFY(host.state(id).lastCopied.isValid());
        }
        QCOMPARE(watch.stopped.size(), 0);
        QCOMPARE(m_h->google().messages().size(), 3 * 7);

        host.cancelAll();
        QVERIFY(drive(clock, [&] { return watch.stopped.size() == 3; }));
        QVERIFY(!host.anyRunning());
        for (const QString &id : ids)
            QCOMPARE(watch.stopped.value(id).state, RunState::Cancelled);
    }

    // "Retry failed" on a continuous mailbox that waits for its next check: the host has its
    // engine retry now, and the message that failed is copied without waiting for the interval.
    void retryFailedOnARunningMailbox()
    {
        ManualClock clock;
        SyncHost host;
        host.setClock(&clock);
        Watch watch(host);
        accounts::AccountConfig a = m_h->addAccount(QStringLiteral("retry-running"));
        a.options.continuous = true;
        a.options.intervalMinutes = 60;
        QList<QByteArray> mails = messagesFor(a.id, 3);
        mails[2].replace("Hello, this is", "Hello REFUSED-BY-GMAIL, this is");
        QVERIFY(mails[2].contains("REFUSED-BY-GMAIL"));
        QCOMPARE(m_h->dovecot().deliver(a.user, mails), 3);
        m_h->google().setRejectMarker("REFUSED-BY-GMAIL");
        QVERIFY(host.add(a, MigrationHarness::passwordFor(a), m_h->googleAccess()));
        host.start(a.id);
        QVERIFY(drive(
            clock, [&] { return watch.passes.value(a.id).size() == 1; }, 10ms));
        QCOMPARE(watch.passes.value(a.id).at(0).failed, 1);
        QCOMPARE(watch.passes.value(a.id).at(0).copied, 2);
        QCOMPARE(host.state(a.id).activity, MailboxState::Waiting);

        m_h->google().setRejectMarker({});
        host.retryFailed(a.id);
        QVERIFY(drive(
            clock, [&] { return watch.passes.value(a.id).size() == 2; }, 10ms));
        QVERIFY(clock.elapsed() < Millis(60LL * 60 * 1000)); // the retry, not the next check
        QCOMPARE(watch.passes.value(a.id).at(1).copied, 1);
        QCOMPARE(watch.passes.value(a.id).at(1).failed, 0);
        QVERIFY(host.isRunning(a.id));
        QCOMPARE(m_h->gmailMessageIdCounts().size(), 3);

        host.cancel(a.id);
        QVERIFY(drive(clock, [&] { return watch.stopped.contains(a.id); }));
    }

    // "Retry failed" on a mailbox that is not running starts a run that retries.
    void retryFailedOnAStoppedMailbox()
    {
        ManualClock clock;
        SyncHost host;
        host.setClock(&clock);
        Watch watch(host);
        accounts::AccountConfig a = m_h->addAccount(QStringLiteral("retry-stopped"));
        QList<QByteArray> mails = messagesFor(a.id, 3);
        mails[0].replace("Hello, this is", "Hello REFUSED-BY-GMAIL, this is");
        QVERIFY(mails[0].contains("REFUSED-BY-GMAIL"));
        QCOMPARE(m_h->dovecot().deliver(a.user, mails), 3);
        m_h->google().setRejectMarker("REFUSED-BY-GMAIL");
        QVERIFY(host.add(a, MigrationHarness::passwordFor(a), m_h->googleAccess()));
        host.start(a.id);
        QVERIFY(drive(
            clock, [&] { return watch.stopped.contains(a.id); }, 10ms));
        QCOMPARE(watch.stopped.value(a.id).failed, 1);
        QVERIFY(!host.isRunning(a.id));

        m_h->google().setRejectMarker({});
        watch.stopped.clear();
        host.retryFailed(a.id);
        QVERIFY(host.isRunning(a.id));
        QVERIFY(drive(
            clock, [&] { return watch.stopped.contains(a.id); }, 10ms));
        QCOMPARE(watch.stopped.value(a.id).state, RunState::Finished);
        QCOMPARE(watch.stopped.value(a.id).copied, 1);
        QCOMPARE(watch.stopped.value(a.id).failed, 0);
        QCOMPARE(m_h->gmailMessageIdCounts().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSyncHost)
#include "tst_sync_host.moc"
