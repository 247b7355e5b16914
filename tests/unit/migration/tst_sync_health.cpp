// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The health of continuous sync: the pure rules (Healthy, Late, Stalled after three intervals,
// NeedsYou), the reasons in plain words, one notification per stall, and the recording that
// AccountService keeps in the settings, all on an injected clock.
#include "ManualClock.h"
#include "accounts/AccountService.h"
#include "migration/SyncHealth.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::migration;
using namespace std::chrono_literals;

namespace {

HealthInput continuousEvery(std::chrono::minutes interval, const QDateTime &lastOk)
{
    HealthInput in;
    in.continuous = true;
    in.interval = interval;
    in.lastCheckOk = lastOk;
    return in;
}

Error passwordRefused()
{
    return Error::account(Error::Code::AuthFailed, QStringLiteral("The server refused the password."),
                          QStringLiteral("-ERR [AUTH]"));
}

Error serverGone()
{
    return Error::session(Error::Code::ConnectionRefused, QStringLiteral("The server did not answer."));
}

} // namespace

class TestSyncHealth : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<accounts::AccountService> m_service;

    accounts::AccountConfig addMailbox(const QString &email, bool continuous, int intervalMinutes)
    {
        accounts::AccountConfig a;
        a.id = accounts::AccountConfig::idForEmail(email);
        a.email = email;
        a.host = QStringLiteral("pop.example.net");
        a.user = email;
        a.gmailAccount = QStringLiteral("maria@gmail.example");
        a.options.continuous = continuous;
        a.options.intervalMinutes = intervalMinutes;
        m_service->store().save(a);
        return a;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_service = std::make_unique<accounts::AccountService>(m_settings.get(), nullptr);
    }

    void cleanup()
    {
        m_service.reset();
        m_settings.reset();
    }

    void healthyWithinTheInterval()
    {
        test::ManualClock clock;
        const HealthInput in = continuousEvery(10min, clock.now());
        clock.advance(9min);
        const HealthVerdict v = SyncHealth::assess(in, clock.now());
        QCOMPARE(v.state, HealthState::Healthy);
        QVERIFY(!v.notify);
        QVERIFY(!v.isWarning());
        QVERIFY2(v.text.contains(QStringLiteral("9 minute")), qPrintable(v.text));
    }

    void lateThenStalledOnlyAfterThreeIntervals()
    {
        test::ManualClock clock;
        const HealthInput in = continuousEvery(10min, clock.now());
        clock.advance(16min);
        QCOMPARE(SyncHealth::assess(in, clock.now()).state, HealthState::Late);
        clock.advance(14min); // exactly 3x the interval: not yet
        QCOMPARE(SyncHealth::assess(in, clock.now()).state, HealthState::Late);
        clock.advance(1min);
        const HealthVerdict v = SyncHealth::assess(in, clock.now());
        QCOMPARE(v.state, HealthState::Stalled);
        QVERIFY(v.notify);
        QVERIFY(!v.episode.isEmpty());
        QVERIFY2(v.text.contains(QStringLiteral("31 minute")), qPrintable(v.text));
    }

    void stallNamesTheReason()
    {
        test::ManualClock clock;
        HealthInput in = continuousEvery(5min, clock.now());
        clock.advance(20min);
        in.lastFailure = HealthFailure::fromError(serverGone(), clock.now());
        const HealthVerdict v = SyncHealth::assess(in, clock.now());
        QCOMPARE(v.state, HealthState::Stalled);
        QCOMPARE(v.reason, HealthReason::ServerDown);
        QVERIFY2(v.text.contains(SyncHealth::reasonText(HealthReason::ServerDown)), qPrintable(v.text));
        QVERIFY(!v.advice.isEmpty());
    }

    void reasonsFromErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("reason");
        QTest::newRow("password") << int(Error::Code::AuthFailed) << int(HealthReason::PasswordChanged);
        QTest::newRow("server") << int(Error::Code::HostNotFound) << int(HealthReason::ServerDown);
        QTest::newRow("consent") << int(Error::Code::ReauthRequired) << int(HealthReason::GoogleConsent);
        QTest::newRow("quota") << int(Error::Code::DailyLimitExceeded) << int(HealthReason::GmailQuota);
        QTest::newRow("rate") << int(Error::Code::RateLimited) << int(HealthReason::GmailQuota);
        QTest::newRow("google") << int(Error::Code::BackendError) << int(HealthReason::GoogleDown);
        QTest::newRow("other") << int(Error::Code::StorageFailed) << int(HealthReason::Other);
    }
    void reasonsFromErrors()
    {
        QFETCH(int, code);
        QFETCH(int, reason);
        Error e = Error::session(Error::Code(code), QStringLiteral("x"));
        QCOMPARE(int(HealthFailure::fromError(e, QDateTime()).reason), reason);
        // And the same after a round trip through the names the settings keep.
        QCOMPARE(
            int(HealthFailure::fromRecorded(Error::codeName(e.code), Error::scopeName(e.scope), e.message, QDateTime()).reason),
            reason);
        QCOMPARE(SyncHealth::reasonFromWord(SyncHealth::reasonWord(HealthReason(reason))), HealthReason(reason));
    }

    void needsYouAtOnceForAPasswordChange()
    {
        test::ManualClock clock;
        HealthInput in = continuousEvery(10min, clock.now());
        clock.advance(2min);
        in.lastFailure = HealthFailure::fromError(passwordRefused(), clock.now());
        const HealthVerdict v = SyncHealth::assess(in, clock.now());
        QCOMPARE(v.state, HealthState::NeedsYou);
        QCOMPARE(v.reason, HealthReason::PasswordChanged);
        QVERIFY(v.notify);
        QVERIFY(v.advice.contains(QStringLiteral("password")));
    }

    void oneTimeMailboxIsNeverLate()
    {
        test::ManualClock clock;
        HealthInput in = continuousEvery(10min, clock.now());
        in.continuous = false;
        clock.advance(24h * 30);
        QCOMPARE(SyncHealth::assess(in, clock.now()).state, HealthState::Healthy);
    }

    void recordedStallWarnsOnceAndASuccessClearsIt()
    {
        test::ManualClock clock;
        const accounts::AccountConfig a = addMailbox(QStringLiteral("tom@isp.example"), true, 10);
        m_service->recordCheck(a.id, clock.now(), true);
        m_service->recordCopy(a.id, clock.now());

        // Every tick of the next half hour the server is down: late, not yet stalled.
        for (int i = 0; i < 3; ++i) {
            clock.advance(10min);
            m_service->recordCheck(a.id, clock.now(), false, serverGone());
            const HealthVerdict v = SyncHealth::forAccount(*m_service, a.id, clock.now());
            QVERIFY2(!v.isWarning(), qPrintable(v.text));
            QVERIFY(!v.notify);
        }
        QCOMPARE(m_service->activity(a.id).failingSince, clock.now().addSecs(-20 * 60));

        // Past three intervals: stalled, notify once.
        clock.advance(1min);
        HealthVerdict v = SyncHealth::forAccount(*m_service, a.id, clock.now());
        QCOMPARE(v.state, HealthState::Stalled);
        QCOMPARE(v.reason, HealthReason::ServerDown);
        QVERIFY(v.notify);
        m_service->markHealthNotified(a.id, v.episode);
        for (int i = 0; i < 5; ++i) {
            clock.advance(10min);
            m_service->recordCheck(a.id, clock.now(), false, serverGone());
            v = SyncHealth::forAccount(*m_service, a.id, clock.now());
            QCOMPARE(v.state, HealthState::Stalled);
            QVERIFY2(!v.notify, "a stall is notified once, not on every tick");
        }

        // A success clears it: healthy, no failure kept.
        clock.advance(1min);
        m_service->recordCheck(a.id, clock.now(), true);
        v = SyncHealth::forAccount(*m_service, a.id, clock.now());
        QCOMPARE(v.state, HealthState::Healthy);
        QVERIFY(!m_service->activity(a.id).hasFailure());
        QVERIFY(m_service->activity(a.id).notifiedEpisode.isEmpty());
        QCOMPARE(v.lastCheckOk, clock.now());

        // The next stall is a new episode, notified again.
        clock.advance(31min);
        v = SyncHealth::forAccount(*m_service, a.id, clock.now());
        QCOMPARE(v.state, HealthState::Stalled);
        QVERIFY(v.notify);
    }

    void recordedPasswordFailureNeedsYou()
    {
        test::ManualClock clock;
        const accounts::AccountConfig a = addMailbox(QStringLiteral("ana@isp.example"), true, 10);
        m_service->recordCheck(a.id, clock.now(), true);
        clock.advance(10min);
        m_service->recordCheck(a.id, clock.now(), false, passwordRefused());
        const accounts::MailboxActivity act = m_service->activity(a.id);
        QCOMPARE(act.failureCode, Error::codeName(Error::Code::AuthFailed));
        QCOMPARE(act.failureMessage, passwordRefused().message);
        const HealthVerdict v = SyncHealth::forAccount(*m_service, a.id, clock.now());
        QCOMPARE(v.state, HealthState::NeedsYou);
        QCOMPARE(v.reason, HealthReason::PasswordChanged);
        QVERIFY(v.notify);
        // No secret or anything but plain words in the settings.
        m_settings->sync();
        QFile f(m_settings->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("-ERR"));
    }

    void neverCheckedStallsFromItsFirstFailure()
    {
        test::ManualClock clock;
        const accounts::AccountConfig a = addMailbox(QStringLiteral("new@isp.example"), true, 5);
        m_service->recordCheck(a.id, clock.now(), false, serverGone());
        clock.advance(15min);
        QCOMPARE(SyncHealth::forAccount(*m_service, a.id, clock.now()).state, HealthState::Late);
        clock.advance(1min);
        const HealthVerdict v = SyncHealth::forAccount(*m_service, a.id, clock.now());
        QCOMPARE(v.state, HealthState::Stalled);
        QVERIFY(v.notify);
    }
};

QTEST_GUILESS_MAIN(TestSyncHealth)
#include "tst_sync_health.moc"
