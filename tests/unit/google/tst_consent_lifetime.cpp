// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Google consent that will expire: a "Testing" project's token answer announces 7 days
// (refresh_token_expires_in), Mailferry warns a day ahead, tells an expiry from a withdrawal,
// and keeps the record per Google account in the settings (never the token); a published
// project's token never warns.
#include "ManualClock.h"
#include "accounts/AccountService.h"
#include "google/ConsentLifetime.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::google;
using namespace std::chrono_literals;

namespace {

QJsonObject testingAnswer(qint64 secs = 604800)
{
    return QJsonObject{{QStringLiteral("access_token"), QStringLiteral("ya29.x")},
                       {QStringLiteral("expires_in"), 3599},
                       {QStringLiteral("refresh_token"), QStringLiteral("1//secret-refresh")},
                       {QStringLiteral("refresh_token_expires_in"), secs}};
}

QJsonObject publishedAnswer()
{
    QJsonObject o = testingAnswer();
    o.remove(QStringLiteral("refresh_token_expires_in"));
    return o;
}

} // namespace

class TestConsentLifetime : public QObject {
    Q_OBJECT

private slots:
    void readsTheAnnouncedLifetime()
    {
        QVERIFY(ConsentLifetime::refreshTokenLifetime(testingAnswer()) == std::optional<qint64>(604800));
        QVERIFY(!ConsentLifetime::refreshTokenLifetime(publishedAnswer()));
        QJsonObject asText = publishedAnswer();
        asText.insert(QStringLiteral("refresh_token_expires_in"), QStringLiteral("604799"));
        QVERIFY(ConsentLifetime::refreshTokenLifetime(asText) == std::optional<qint64>(604799));
        QVERIFY(!ConsentLifetime::refreshTokenLifetime(testingAnswer(0)));
        QVERIFY(!ConsentLifetime::refreshTokenLifetime(testingAnswer(-5)));
    }

    void testingTokenWarnsADayAhead()
    {
        test::ManualClock clock;
        const ConsentRecord r = ConsentLifetime::fromTokenResponse(testingAnswer(), clock.now());
        QVERIFY(r.isLimited());
        QCOMPARE(r.issuedAt, clock.now());
        QCOMPARE(r.expiresAt, clock.now().addDays(7));

        clock.advance(24h * 5);
        ConsentVerdict v = ConsentLifetime::assess(r, clock.now());
        QCOMPARE(v.state, ConsentState::Valid);
        QVERIFY(!v.warn);

        clock.advance(24h - 1min); // 6 days less a minute: still more than a day left
        QVERIFY(!ConsentLifetime::assess(r, clock.now()).warn);
        clock.advance(2min);
        v = ConsentLifetime::assess(r, clock.now());
        QCOMPARE(v.state, ConsentState::ExpiresSoon);
        QVERIFY(v.warn);
        QVERIFY2(v.message.contains(QStringLiteral("23 hour")), qPrintable(v.message));
        QVERIFY(v.advice.contains(ConsentLifetime::signInAgainAdvice()));
        QVERIFY(v.advice.contains(QStringLiteral("Publish app")));

        clock.advance(24h);
        v = ConsentLifetime::assess(r, clock.now());
        QCOMPARE(v.state, ConsentState::Expired);
        QVERIFY(v.warn);
        QVERIFY(v.advice.contains(QStringLiteral("OAuth consent screen")));
    }

    void publishedTokenNeverWarns()
    {
        test::ManualClock clock;
        const ConsentRecord r = ConsentLifetime::fromTokenResponse(publishedAnswer(), clock.now());
        QVERIFY(!r.isLimited());
        for (int day = 0; day < 400; day += 3) {
            const ConsentVerdict v = ConsentLifetime::assess(r, clock.now().addDays(day));
            QCOMPARE(v.state, ConsentState::Unlimited);
            QVERIFY(!v.warn);
        }
        QCOMPARE(ConsentLifetime::classifyInvalidGrant(r, clock.now().addDays(8)), GrantLoss::Revoked);
    }

    void invalidGrantIsExpiryOnlyAfterTheAnnouncedEnd()
    {
        test::ManualClock clock;
        const ConsentRecord r = ConsentLifetime::fromTokenResponse(testingAnswer(), clock.now());
        QCOMPARE(ConsentLifetime::classifyInvalidGrant(r, clock.now().addDays(3)), GrantLoss::Revoked);
        QCOMPARE(ConsentLifetime::classifyInvalidGrant(r, clock.now().addDays(7)), GrantLoss::ConsentExpired);
        QCOMPARE(ConsentLifetime::classifyInvalidGrant(r, clock.now().addDays(9)), GrantLoss::ConsentExpired);
        const QString expired = ConsentLifetime::lossMessage(GrantLoss::ConsentExpired);
        QVERIFY(expired.contains(QStringLiteral("expired")));
        QVERIFY(expired.contains(ConsentLifetime::signInAgainAdvice()));
        QVERIFY(expired.contains(QStringLiteral("Publish app")));
        QVERIFY(!ConsentLifetime::lossMessage(GrantLoss::Revoked).contains(QStringLiteral("Publish app")));
    }

    void keptPerGoogleAccountAndNotifiedOnce()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        accounts::AccountService service(&settings, nullptr);
        test::ManualClock clock;
        const QString maria = QStringLiteral("Maria@Gmail.example");
        const ConsentRecord r = ConsentLifetime::fromTokenResponse(testingAnswer(), clock.now());
        service.recordConsent(maria, r);
        QVERIFY(service.consentRecord(QStringLiteral("maria@gmail.example")) == r);
        QVERIFY(!service.consentRecord(QStringLiteral("tom@gmail.example")).isLimited());

        clock.advance(24h * 6 + 1h);
        ConsentVerdict v = service.consent(maria, clock.now());
        QCOMPARE(v.state, ConsentState::ExpiresSoon);
        QVERIFY(service.consentNeedsNotice(maria, v));
        service.markConsentNotified(maria, v);
        clock.advance(1h);
        v = service.consent(maria, clock.now());
        QVERIFY(v.warn);
        QVERIFY2(!service.consentNeedsNotice(maria, v), "the day-ahead warning is raised once");
        clock.advance(24h);
        v = service.consent(maria, clock.now());
        QCOMPARE(v.state, ConsentState::Expired);
        QVERIFY2(service.consentNeedsNotice(maria, v), "the expiry itself is told once more");

        // Signing in again gives a new record: the warnings start afresh and stop.
        const ConsentRecord again = ConsentLifetime::fromTokenResponse(testingAnswer(), clock.now());
        service.recordConsent(maria, again);
        QVERIFY(!service.consent(maria, clock.now()).warn);

        // Only times are kept: never the token.
        settings.sync();
        QFile f(settings.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray stored = f.readAll();
        QVERIFY(stored.contains("consent"));
        QVERIFY(!stored.contains("secret-refresh"));
    }

    void aRefusedRefreshAfterTheEndIsRecordedAsExpiry()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        accounts::AccountService service(&settings, nullptr);
        test::ManualClock clock;
        accounts::AccountConfig a;
        a.id = QStringLiteral("tom@isp.example");
        a.host = QStringLiteral("pop.isp.example");
        a.user = a.id;
        a.gmailAccount = QStringLiteral("tom@gmail.example");
        service.store().save(a);
        service.recordConsent(a.gmailAccount, ConsentLifetime::fromTokenResponse(testingAnswer(), clock.now()));
        const Error refused =
            Error::account(Error::Code::ReauthRequired, QStringLiteral("generic"), QStringLiteral("invalid_grant"));

        clock.advance(24h * 2);
        service.recordCheck(a.id, clock.now(), false, refused);
        QCOMPARE(service.activity(a.id).failureMessage, QStringLiteral("generic"));

        clock.advance(24h * 5 + 1min);
        service.recordCheck(a.id, clock.now(), false, refused);
        QCOMPARE(service.activity(a.id).failureMessage, ConsentLifetime::lossMessage(GrantLoss::ConsentExpired));
    }
};

QTEST_GUILESS_MAIN(TestConsentLifetime)
#include "tst_consent_lifetime.moc"
