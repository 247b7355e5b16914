// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A Google Cloud project in "Testing" status, end to end against the fake Google on an injected
// clock: the sign-in's token answer announces 7 days (refresh_token_expires_in = 604800), the
// warning comes a day ahead, refreshes work until the end, and then invalid_grant is reported as
// "consent expired" with the advice to sign in again and to publish the project. A published
// project's token announces nothing, never warns and keeps working after 7 days.
#include "FakeGoogle.h"
#include "ManualClock.h"
#include "accounts/AccountService.h"
#include "google/ConsentLifetime.h"
#include "google/GoogleSignIn.h"
#include "google/Scopes.h"
#include "google/TokenManager.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <optional>

using namespace mf;
using namespace mf::google;
using namespace std::chrono_literals;

class TestConsentExpiry : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeGoogle> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<test::ManualClock> m_clock;

    /// Signs in through the fake, playing the browser (follows Google's redirect to the loopback).
    SignInResult signIn()
    {
        GoogleSignIn signIn(m_fake->endpoints(), m_nam.get(), m_clock.get());
        std::optional<Result<SignInResult>> result;
        QUrl browserUrl;
        connect(&signIn, &GoogleSignIn::openBrowser, this, [&](const QUrl &url) { browserUrl = url; });
        connect(&signIn, &GoogleSignIn::finished, this, [&](const Result<SignInResult> &r) { result = r; });
        signIn.start(m_fake->clientConfig(), Scopes::forOptions(false));
        if (!browserUrl.isValid())
            return {};
        QNetworkRequest request(browserUrl);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_nam->get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        if (!result || !result->ok())
            return {};
        return result->value();
    }

    Result<QString> accessToken(TokenManager &tokens)
    {
        std::optional<Result<QString>> got;
        tokens.invalidate(); // force a refresh: the question is whether Google still accepts the grant
        tokens.accessToken([&](Result<QString> t) { got = t; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return Error::internal(QStringLiteral("no answer"));
        return *got;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<test::FakeGoogle>();
        QVERIFY(m_fake->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_clock = std::make_unique<test::ManualClock>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_fake.reset();
    }

    void testingProjectWarnsADayAheadThenExpires()
    {
        m_fake->setTestingProject(m_clock.get());
        const QDateTime signedInAt = m_clock->now();
        const SignInResult r = signIn();
        QVERIFY(!r.refreshToken.isEmpty());
        QVERIFY(r.consent.isLimited());
        QCOMPARE(r.consent.issuedAt, signedInAt);
        QCOMPARE(r.consent.expiresAt, signedInAt.addSecs(604800));

        // What the app keeps: the times, per Google account.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        accounts::AccountService service(&settings, nullptr);
        service.recordConsent(r.email, r.consent);

        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), r.refreshToken, m_nam.get(), m_clock.get());
        tokens.setConsentRecord(service.consentRecord(r.email));
        QSignalSpy announced(&tokens, &TokenManager::consentAnnounced);
        QSignalSpy reauth(&tokens, &TokenManager::reauthRequired);

        // Day 5: refreshes work, nothing to warn about; the refresh answer repeats the same end.
        m_clock->advance(24h * 5);
        QVERIFY(accessToken(tokens).ok());
        QCOMPARE(announced.count(), 0);
        QVERIFY(!service.consent(r.email, m_clock->now()).warn);

        // Six days and an hour: the warning, a day ahead, with what to do.
        m_clock->advance(24h + 1h);
        QVERIFY(accessToken(tokens).ok());
        const ConsentVerdict soon = service.consent(r.email, m_clock->now());
        QCOMPARE(soon.state, ConsentState::ExpiresSoon);
        QVERIFY(soon.warn);
        QVERIFY(soon.advice.contains(ConsentLifetime::signInAgainAdvice()));
        QVERIFY(soon.advice.contains(QStringLiteral("Publish app")));

        // Seven days after consent the fake refuses the grant as Google does.
        m_clock->advance(23h - 1s);
        QVERIFY2(accessToken(tokens).ok(), "still valid a second before the end");
        m_clock->advance(2s);
        const Result<QString> refused = accessToken(tokens);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ReauthRequired);
        QCOMPARE(refused.error().scope, Error::Scope::Account);
        QCOMPARE(tokens.grantLoss(), GrantLoss::ConsentExpired);
        QVERIFY2(refused.error().message.contains(QStringLiteral("expired")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(ConsentLifetime::signInAgainAdvice()));
        QVERIFY(refused.error().message.contains(QStringLiteral("Publish app")));
        QVERIFY(refused.error().detail.contains(QStringLiteral("consent expired")));
        QVERIFY(refused.error().detail.contains(QStringLiteral("invalid_grant")));
        QVERIFY(!refused.error().detail.contains(r.refreshToken));
        QCOMPARE(reauth.count(), 1);
        QCOMPARE(service.consent(r.email, m_clock->now()).state, ConsentState::Expired);
    }

    void refreshAnswerAnnouncesTheEndWhenSignInDidNotRecordIt()
    {
        m_fake->setTestingProject(m_clock.get());
        const QString refresh = m_fake->issueRefreshToken(); // counts from its first use
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), refresh, m_nam.get(), m_clock.get());
        QSignalSpy announced(&tokens, &TokenManager::consentAnnounced);
        QVERIFY(accessToken(tokens).ok());
        QCOMPARE(announced.count(), 1);
        const auto record = announced.at(0).at(0).value<ConsentRecord>();
        QCOMPARE(record.expiresAt, m_clock->now().addSecs(604800));
        QCOMPARE(tokens.consentRecord().expiresAt, record.expiresAt);
        m_clock->advance(24h * 7);
        const Result<QString> refused = accessToken(tokens);
        QVERIFY(!refused.ok());
        QCOMPARE(tokens.grantLoss(), GrantLoss::ConsentExpired);
    }

    void revocationBeforeTheEndIsNotCalledExpiry()
    {
        m_fake->setTestingProject(m_clock.get());
        const SignInResult r = signIn();
        QVERIFY(r.consent.isLimited());
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), r.refreshToken, m_nam.get(), m_clock.get());
        tokens.setConsentRecord(r.consent);
        m_clock->advance(24h * 2);
        m_fake->revokeAllGrants(); // the user removed Mailferry in their Google Account
        const Result<QString> refused = accessToken(tokens);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ReauthRequired);
        QCOMPARE(tokens.grantLoss(), GrantLoss::Revoked);
        QVERIFY(!refused.error().message.contains(QStringLiteral("Publish app")));
    }

    void publishedProjectNeverWarnsAndKeepsWorking()
    {
        const SignInResult r = signIn(); // the fake's default: a published project
        QVERIFY(!r.refreshToken.isEmpty());
        QVERIFY(!r.consent.isLimited());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        accounts::AccountService service(&settings, nullptr);
        service.recordConsent(r.email, r.consent);
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), r.refreshToken, m_nam.get(), m_clock.get());
        tokens.setConsentRecord(service.consentRecord(r.email));
        QSignalSpy announced(&tokens, &TokenManager::consentAnnounced);
        for (int day = 1; day <= 10; ++day) {
            m_clock->advance(24h);
            QVERIFY2(accessToken(tokens).ok(), qPrintable(QStringLiteral("day %1").arg(day)));
            const ConsentVerdict v = service.consent(r.email, m_clock->now());
            QCOMPARE(v.state, ConsentState::Unlimited);
            QVERIFY(!v.warn);
        }
        QCOMPARE(announced.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConsentExpiry)
#include "tst_consent_expiry.moc"
