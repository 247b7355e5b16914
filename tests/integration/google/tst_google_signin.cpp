// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Sign-in and the token lifecycle against the fake Google, end to end over loopback HTTP. The
// test plays the browser: it GETs the authorization URL and follows Google's redirect to the
// app's loopback listener, exactly as a real browser would.
#include "FakeGoogle.h"
#include "ManualClock.h"
#include "google/GoogleSignIn.h"
#include "google/LoopbackReceiver.h"
#include "google/Scopes.h"
#include "google/TokenManager.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest/QtTest>

#include <optional>

using namespace mf;
using namespace mf::google;
using namespace std::chrono_literals;

namespace {

struct BrowserVisit {
    int status = 0;
    QByteArray page;
    QUrl finalUrl;
    bool done = false;
};

/// Plays the user's browser: follows the redirect from the consent page to the app's listener.
std::shared_ptr<BrowserVisit> browse(QNetworkAccessManager *nam, const QUrl &url)
{
    auto visit = std::make_shared<BrowserVisit>();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = nam->get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, visit] {
        visit->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        visit->page = reply->readAll();
        visit->finalUrl = reply->url();
        visit->done = true;
        reply->deleteLater();
    });
    return visit;
}

bool portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer t;
    t.start();
    while (socket.state() != QAbstractSocket::ConnectedState && socket.state() != QAbstractSocket::UnconnectedState
           && t.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return socket.state() == QAbstractSocket::ConnectedState;
}

} // namespace

class TestGoogleSignIn : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeGoogle> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<GoogleSignIn> m_signIn;
    std::optional<Result<SignInResult>> m_result;
    QUrl m_browserUrl;

    void runSignIn(const QStringList &scopes, std::shared_ptr<BrowserVisit> *visitOut = nullptr)
    {
        m_signIn->start(m_fake->clientConfig(), scopes);
        QVERIFY(m_browserUrl.isValid());
        auto visit = browse(m_nam.get(), m_browserUrl);
        QTRY_VERIFY(m_result.has_value());
        QTRY_VERIFY(visit->done);
        if (visitOut)
            *visitOut = visit;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<test::FakeGoogle>();
        QVERIFY(m_fake->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_clock = std::make_unique<test::ManualClock>();
        m_signIn = std::make_unique<GoogleSignIn>(m_fake->endpoints(), m_nam.get(), m_clock.get());
        m_result.reset();
        m_browserUrl.clear();
        connect(m_signIn.get(), &GoogleSignIn::openBrowser, this, [this](const QUrl &url) { m_browserUrl = url; });
        connect(m_signIn.get(), &GoogleSignIn::finished, this, [this](const Result<SignInResult> &r) {
            QVERIFY(!m_result.has_value()); // exactly once
            m_result = r;
        });
    }

    void cleanup()
    {
        m_signIn.reset();
        m_nam.reset();
        m_fake.reset();
    }

    void fullSignInEndToEnd()
    {
        std::shared_ptr<BrowserVisit> visit;
        runSignIn(Scopes::forOptions(true), &visit);
        QVERIFY2(m_result->ok(), qPrintable(m_result->ok() ? QString() : m_result->error().toString()));
        const SignInResult &r = m_result->value();
        QCOMPARE(r.email, QStringLiteral("maria@example.com"));
        QVERIFY(m_fake->isRefreshTokenValid(r.refreshToken));
        QVERIFY(!r.accessToken.isEmpty());
        QVERIFY(r.hasScope(Scopes::kGmailInsert));
        QVERIFY(r.hasScope(Scopes::kGmailLabels));
        QVERIFY(r.hasScope(Scopes::kEmail));
        QCOMPARE(r.expiresAt, m_clock->now().addSecs(3599));

        // What Google was asked for: PKCE S256, offline access, the loopback redirect on 127.0.0.1.
        const QUrlQuery auth = m_fake->lastAuthorizationRequest();
        QCOMPARE(auth.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(auth.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(auth.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(auth.queryItemValue(QStringLiteral("state")).size() >= 32);
        const QUrl redirect(auth.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), GoogleSignIn::kCallbackPath);
        QCOMPARE(auth.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 Scopes::forOptions(true).join(QLatin1Char(' ')));
        // The fake checked the verifier against the challenge.
        QCOMPARE(m_fake->pkceVerified(), 1);
        QCOMPARE(m_fake->pkceFailed(), 0);

        // The browser landed on the app's friendly page, and the listener is gone.
        QCOMPARE(visit->status, 200);
        QCOMPARE(visit->finalUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(visit->page.contains("You are signed in"));
        QVERIFY(visit->page.contains("maria@example.com"));
        QVERIFY(!portAccepts(quint16(redirect.port())));
    }

    void wrongVerifierFails()
    {
        // The fake remembers a different challenge, so the app's verifier cannot match it.
        m_fake->setCorruptNextChallenge(true);
        std::shared_ptr<BrowserVisit> visit;
        runSignIn(Scopes::forOptions(false), &visit);
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::TokenRequestFailed);
        QVERIFY(m_result->error().detail.contains(QLatin1String("invalid_grant")));
        QCOMPARE(m_fake->pkceFailed(), 1);
        QCOMPARE(m_fake->pkceVerified(), 0);
        QVERIFY(visit->page.contains("Sign-in not completed"));
    }

    void fakeRejectsWrongVerifierDirectly()
    {
        // Raw token request with a wrong verifier: the fake's PKCE check itself.
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        QNetworkRequest authRequest(m_browserUrl);
        authRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *auth = m_nam->get(authRequest);
        QTRY_VERIFY(auth->isFinished());
        QCOMPARE(auth->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
        const QUrl location = QUrl::fromEncoded(auth->rawHeader("Location"));
        const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        QVERIFY(code.startsWith(QLatin1String("4/")));
        auth->deleteLater();

        QNetworkRequest tokenRequest(m_fake->endpoints().token);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
        form.addQueryItem(QStringLiteral("client_id"), m_fake->clientConfig().clientId);
        form.addQueryItem(QStringLiteral("client_secret"), m_fake->clientConfig().clientSecret);
        form.addQueryItem(QStringLiteral("redirect_uri"),
                          QString::fromLatin1(QUrl::toPercentEncoding(m_signIn->redirectUri().toString())));
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code_verifier"), QStringLiteral("not-the-verifier-not-the-verifier-not-the-verifier"));
        QNetworkReply *token = m_nam->post(tokenRequest, form.query(QUrl::FullyEncoded).toLatin1());
        QTRY_VERIFY(token->isFinished());
        QCOMPARE(token->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(token->readAll().contains("invalid_grant"));
        QCOMPARE(m_fake->pkceFailed(), 1);
        token->deleteLater();
        m_signIn->cancel();
    }

    void forgedStateIsIgnoredAndTheRealCallbackStillSignsIn()
    {
        m_signIn->setTimeout(5min);
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        QVERIFY(m_browserUrl.isValid());

        // A web page makes the browser load the callback with a code of its own and a wrong state.
        QUrl forged = m_signIn->redirectUri();
        forged.setQuery(QStringLiteral("code=4/attacker-code&state=not-this-sign-in"));
        auto attack = browse(m_nam.get(), forged);
        QTRY_VERIFY(attack->done);
        QCOMPARE(attack->status, 400);
        QVERIFY(attack->page.contains("Not this sign-in"));
        QVERIFY(!attack->page.contains("attacker-code"));
        QVERIFY(!m_result.has_value()); // the sign-in goes on
        QCOMPARE(m_signIn->ignoredCallbacks(), 1);
        QCOMPARE(m_fake->requestCount(test::FakeGoogle::Endpoint::Token), 0); // the forged code was never exchanged

        // Google's own redirect with a tampered state: ignored the same way.
        m_fake->setTamperState(true);
        auto tampered = browse(m_nam.get(), m_browserUrl);
        QTRY_VERIFY(tampered->done);
        QCOMPARE(tampered->status, 400);
        QVERIFY(!m_result.has_value());
        QCOMPARE(m_signIn->ignoredCallbacks(), 2);

        // The user's real consent then completes the sign-in.
        auto real = browse(m_nam.get(), m_browserUrl);
        QTRY_VERIFY(m_result.has_value());
        QTRY_VERIFY(real->done);
        QVERIFY2(m_result->ok(), qPrintable(m_result->ok() ? QString() : m_result->error().toString()));
        QCOMPARE(m_result->value().email, QStringLiteral("maria@example.com"));
        QCOMPARE(real->status, 200);
        QVERIFY(real->page.contains("You are signed in"));
        QCOMPARE(m_fake->requestCount(test::FakeGoogle::Endpoint::Token), 1);
    }

    void codeExchangeRedirectIsRefused()
    {
        // A hijacked token endpoint sends the exchange elsewhere: the code, the PKCE verifier and
        // the client secret must not follow it there.
        test::FakeGoogle evil;
        QVERIFY(evil.start());
        evil.setImpostor(true);
        evil.setRecordRequests(true);
        m_fake->setRedirect(test::FakeGoogle::OnToken, evil.baseUrl(), 307);
        std::shared_ptr<BrowserVisit> visit;
        runSignIn(Scopes::forOptions(false), &visit);
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::RedirectRefused);
        QCOMPARE(m_fake->requestCount(test::FakeGoogle::Endpoint::Token), 1);
        QCOMPARE(evil.totalRequests(), 0);
        QVERIFY(!evil.receivedAnywhere(m_fake->clientConfig().clientSecret.toLatin1()));
        QVERIFY(visit->page.contains("Sign-in not completed"));
    }

    void forgedStateAloneEndsInTheTimeout()
    {
        m_signIn->setTimeout(2min);
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        m_fake->setTamperState(true);
        auto visit = browse(m_nam.get(), m_browserUrl);
        QTRY_VERIFY(visit->done);
        QCOMPARE(visit->status, 400);
        QVERIFY(!m_result.has_value());
        m_clock->advance(2min);
        QVERIFY(m_result.has_value());
        QCOMPARE(m_result->error().code, Error::Code::SignInTimedOut);
        QVERIFY(m_result->error().detail.contains(QLatin1String("wrong state")));
    }

    void junkConnectionsStayBoundedAndExpire()
    {
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        auto *receiver = m_signIn->findChild<LoopbackReceiver *>();
        QVERIFY(receiver);
        const quint16 port = quint16(m_signIn->redirectUri().port());
        // Many connections that never finish their request, and some that send too much.
        std::vector<std::unique_ptr<QTcpSocket>> junk;
        for (int i = 0; i < 100; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket->waitForConnected(2000));
            socket->write(i % 10 == 0 ? QByteArray(LoopbackReceiver::kMaxRequestBytes + 100, 'A')
                                      : QByteArray("GET /mailferry/oauth2callback?state=x"));
            junk.push_back(std::move(socket));
            QCoreApplication::processEvents();
            QVERIFY(receiver->openConnections() <= LoopbackReceiver::kMaxConnections);
        }
        QTRY_VERIFY(receiver->openConnections() > 0);
        QVERIFY(receiver->openConnections() <= LoopbackReceiver::kMaxConnections);
        // The per-connection deadline runs on the injected clock.
        m_clock->advance(10s);
        QTRY_COMPARE(receiver->openConnections(), 0);
        QVERIFY(!m_result.has_value());
        // The listener still serves the real browser.
        auto real = browse(m_nam.get(), m_browserUrl);
        QTRY_VERIFY(m_result.has_value());
        QVERIFY(m_result->ok());
        QTRY_VERIFY(real->done);
        QCOMPARE(real->status, 200);
    }

    void consentDeclined()
    {
        m_fake->setConsent(test::FakeGoogle::Consent::Decline);
        std::shared_ptr<BrowserVisit> visit;
        runSignIn(Scopes::forOptions(false), &visit);
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::ConsentDeclined);
        QVERIFY(m_result->error().message.contains(QLatin1String("did not allow")));
        QVERIFY(visit->page.contains("Sign-in not completed"));
        QCOMPARE(m_fake->requestCount(test::FakeGoogle::Endpoint::Token), 0);
    }

    void insertScopeUnticked()
    {
        m_fake->setUntickedScopes({Scopes::kGmailInsert});
        runSignIn(Scopes::forOptions(false));
        QVERIFY(!m_result->ok());
        QCOMPARE(m_result->error().code, Error::Code::ScopeNotGranted);
        QCOMPARE(m_result->error().scope, Error::Scope::Account);
        QVERIFY(m_result->error().message.contains(QLatin1String("Add emails into your Gmail mailbox")));
        // The partial grant is withdrawn rather than left behind.
        QTRY_COMPARE(m_fake->revokedCount(), 1);
    }

    void labelsScopeUntickedStillSignsIn()
    {
        m_fake->setUntickedScopes({Scopes::kGmailLabels});
        runSignIn(Scopes::forOptions(true));
        QVERIFY(m_result->ok());
        QVERIFY(m_result->value().hasScope(Scopes::kGmailInsert));
        QVERIFY(!m_result->value().hasScope(Scopes::kGmailLabels));
    }

    void timeoutClosesListener()
    {
        m_signIn->setTimeout(2min);
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        const quint16 port = quint16(m_signIn->redirectUri().port());
        QVERIFY(portAccepts(port));
        m_clock->advance(119s);
        QVERIFY(!m_result.has_value());
        m_clock->advance(1s);
        QVERIFY(m_result.has_value());
        QCOMPARE(m_result->error().code, Error::Code::SignInTimedOut);
        QVERIFY(!portAccepts(port));
    }

    void cancelClosesListener()
    {
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        const quint16 port = quint16(m_signIn->redirectUri().port());
        m_signIn->cancel();
        QVERIFY(m_result.has_value());
        QCOMPARE(m_result->error().scope, Error::Scope::Cancelled);
        QCOMPARE(m_result->error().code, Error::Code::SignInCancelled);
        QVERIFY(!portAccepts(port));
        QCOMPARE(m_clock->pendingTimers(), 0);
    }

    void missingClientIsPlainError()
    {
        m_signIn->start(ClientConfig{}, Scopes::forOptions(false));
        QVERIFY(m_result.has_value());
        QCOMPARE(m_result->error().code, Error::Code::ClientConfigMissing);
        QVERIFY(!m_browserUrl.isValid());
    }

    void otherPathsGet404AndDoNotFinish()
    {
        m_signIn->start(m_fake->clientConfig(), Scopes::forOptions(false));
        QUrl other = m_signIn->redirectUri();
        other.setPath(GoogleSignIn::kCallbackPath + QStringLiteral("extra")); // prefix match must not count
        auto visit = browse(m_nam.get(), other);
        QTRY_VERIFY(visit->done);
        QCOMPARE(visit->status, 404);
        QVERIFY(!m_result.has_value());
        m_signIn->cancel();
    }

    // --- the token lifecycle -------------------------------------------------------------------

    void expiryThenRefresh()
    {
        runSignIn(Scopes::forOptions(false));
        QVERIFY(m_result->ok());
        const SignInResult r = m_result->value();
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), r.refreshToken, m_nam.get(), m_clock.get());
        tokens.setAccessToken(r.accessToken, r.expiresAt);
        std::optional<Result<QString>> got;
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QVERIFY(got && got->ok());
        QCOMPARE(got->value(), r.accessToken); // the seeded token, no refresh
        QCOMPARE(tokens.refreshCount(), 0);

        // Within the 5-minute margin before expiry: refreshed ahead of time.
        m_clock->advance(3599s - 5min + 1s);
        got.reset();
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QVERIFY(got->value() != r.accessToken);
        QCOMPARE(tokens.refreshCount(), 1);
        QCOMPARE(m_fake->requestCount(test::FakeGoogle::Endpoint::Token), 2); // exchange + refresh

        // Two callers at once share one refresh.
        tokens.invalidate();
        int answers = 0;
        tokens.accessToken([&](Result<QString> t) { answers += t.ok(); });
        tokens.accessToken([&](Result<QString> t) { answers += t.ok(); });
        QTRY_COMPARE(answers, 2);
        QCOMPARE(tokens.refreshCount(), 2);
    }

    void invalidGrantMeansSignInAgain()
    {
        const QString refresh = m_fake->issueRefreshToken();
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), refresh, m_nam.get(), m_clock.get());
        QSignalSpy reauth(&tokens, &TokenManager::reauthRequired);
        m_fake->revokeAllGrants(); // e.g. the 7-day limit of a "Testing" project
        std::optional<Result<QString>> got;
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().code, Error::Code::ReauthRequired);
        QCOMPARE(got->error().scope, Error::Scope::Account);
        QVERIFY(got->error().message.contains(QLatin1String("Sign in with Google again")));
        QVERIFY(!got->error().detail.contains(refresh));
        QCOMPARE(reauth.count(), 1);
        QVERIFY(tokens.needsReauth());
        // No hammering: the next call fails at once, without a request.
        const int before = m_fake->requestCount(test::FakeGoogle::Endpoint::Token);
        got.reset();
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QVERIFY(got.has_value());
        QCOMPARE(got->error().code, Error::Code::ReauthRequired);
        QCOMPARE(m_fake->requestCount(test::FakeGoogle::Endpoint::Token), before);
    }

    void transientTokenFailureIsSessionError()
    {
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), m_fake->issueRefreshToken(), m_nam.get(), m_clock.get());
        m_fake->failNextTokenRequests(1, 503);
        std::optional<Result<QString>> got;
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().scope, Error::Scope::Session);
        QCOMPARE(got->error().code, Error::Code::TokenRequestFailed);
        QVERIFY(!tokens.needsReauth());
        got.reset();
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
    }

    void signOutRevokes()
    {
        runSignIn(Scopes::forOptions(false));
        QVERIFY(m_result->ok());
        const QString refresh = m_result->value().refreshToken;
        TokenManager tokens(m_fake->clientConfig(), m_fake->endpoints(), refresh, m_nam.get(), m_clock.get());
        std::optional<Status> revoked;
        tokens.revoke([&](Status s) { revoked = s; });
        QTRY_VERIFY(revoked.has_value());
        QVERIFY(revoked->ok());
        QVERIFY(!m_fake->isRefreshTokenValid(refresh));
        QCOMPARE(m_fake->revokedCount(), 1);
        std::optional<Result<QString>> got;
        tokens.accessToken([&](Result<QString> t) { got = t; });
        QVERIFY(got.has_value());
        QCOMPARE(got->error().code, Error::Code::ReauthRequired);

        // Revoking twice (already gone at Google) still counts as signed out.
        TokenManager again(m_fake->clientConfig(), m_fake->endpoints(), refresh, m_nam.get(), m_clock.get());
        revoked.reset();
        again.revoke([&](Status s) { revoked = s; });
        QTRY_VERIFY(revoked.has_value());
        QVERIFY(revoked->ok());
    }
};

QTEST_GUILESS_MAIN(TestGoogleSignIn)
#include "tst_google_signin.moc"
