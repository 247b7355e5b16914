// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pure logic of the Google side: PKCE, client files, endpoints, error classification, backoff,
// the rate governor on the ManualClock, the browser page, and the in-memory credential store.
#include "ManualClock.h"
#include "google/ClientConfig.h"
#include "google/Endpoints.h"
#include "google/GmailClient.h"
#include "google/HttpUtil.h"
#include "google/LoopbackReceiver.h"
#include "google/Pkce.h"
#include "google/RateGovernor.h"
#include "google/Scopes.h"
#include "google/TokenManager.h"
#include "secrets/MemoryCredentialStore.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <limits>
#include <optional>

using namespace mf;
using namespace mf::google;
using namespace std::chrono_literals;

class TestGoogleUnits : public QObject {
    Q_OBJECT
private slots:
    void pkceVerifierAndChallenge()
    {
        const QByteArray v1 = pkce::newVerifier();
        const QByteArray v2 = pkce::newVerifier();
        QCOMPARE(v1.size(), 86); // within RFC 7636's 43..128
        QVERIFY(v1 != v2);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(QString::fromLatin1(v1)).hasMatch());
        QCOMPARE(pkce::challengeS256("dBjftJeZ4CVP-mB92K9uhvJqQx9L6rLvcdu-F0TSvx4"),
                 QByteArray("c6_Ag0y7K6krwX8VMgE-bQYL94Pajw9rWS8tLTHaFNk"));
        QVERIFY(pkce::newState() != pkce::newState());
        QCOMPARE(pkce::newState().size(), 43);
    }

    void scopesAreLeastPrivilege()
    {
        QCOMPARE(Scopes::forOptions(false).join(QLatin1Char(' ')),
                 QStringLiteral("openid email https://www.googleapis.com/auth/gmail.insert"));
        QCOMPARE(Scopes::forOptions(true).last(), QStringLiteral("https://www.googleapis.com/auth/gmail.labels"));
        QVERIFY(Scopes::contains({QStringLiteral("https://www.googleapis.com/auth/userinfo.email")}, Scopes::kEmail));
    }

    void clientSecretJson()
    {
        auto ok = ClientConfig::fromJson(
            "{\"installed\":{\"client_id\":\"123.apps.googleusercontent.com\",\"client_secret\":\"GOCSPX-abc\","
            "\"auth_uri\":\"https://accounts.google.com/o/oauth2/auth\",\"token_uri\":\"https://oauth2.googleapis.com/token\","
            "\"redirect_uris\":[\"http://localhost\"]}}");
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().clientId, QStringLiteral("123.apps.googleusercontent.com"));
        QCOMPARE(ok.value().clientSecret, QStringLiteral("GOCSPX-abc"));

        auto web = ClientConfig::fromJson("{\"web\":{\"client_id\":\"x\"}}");
        QCOMPARE(web.error().code, Error::Code::ClientConfigInvalid);
        QVERIFY(web.error().message.contains(QLatin1String("Desktop app")));
        QCOMPARE(ClientConfig::fromJson("not json").error().code, Error::Code::ClientConfigInvalid);
        QCOMPARE(ClientConfig::fromJson("{\"installed\":{}}").error().code, Error::Code::ClientConfigInvalid);
        QCOMPARE(ClientConfig::fromJsonFile(QStringLiteral("/nonexistent/client_secret.json")).error().code,
                 Error::Code::ClientConfigMissing);

        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("client_secret.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"installed\":{\"client_id\":\"file-id\",\"client_secret\":\"s\"}}");
        f.close();
        QCOMPARE(ClientConfig::fromJsonFile(f.fileName()).value().clientId, QStringLiteral("file-id"));
        // Built without a client: invalid, so the wizard asks for a file.
        QCOMPARE(ClientConfig::builtIn().isValid(), !ClientConfig::builtIn().clientId.isEmpty());
    }

    void endpointsRedirectOnlyWhenAsked()
    {
        qunsetenv("MAILFERRY_GOOGLE_BASE_URL");
        QCOMPARE(Endpoints::fromEnvironment().token, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QVERIFY(!Endpoints::fromEnvironment().isRedirected());
        qputenv("MAILFERRY_GOOGLE_BASE_URL", "http://127.0.0.1:4567/");
        const Endpoints e = Endpoints::fromEnvironment();
        QCOMPARE(e.authorization, QUrl(QStringLiteral("http://127.0.0.1:4567/o/oauth2/v2/auth")));
        QCOMPARE(e.gmailUpload, QUrl(QStringLiteral("http://127.0.0.1:4567/upload/gmail/v1/users/me")));
        QCOMPARE(e.gmailApi, QUrl(QStringLiteral("http://127.0.0.1:4567/gmail/v1/users/me")));
        QVERIFY(e.isRedirected());
        qunsetenv("MAILFERRY_GOOGLE_BASE_URL");
    }

    void formEncodingEscapesPlus()
    {
        QCOMPARE(http::formEncode({{QStringLiteral("code"), QStringLiteral("4/0A+b c&d")}}),
                 QByteArray("code=4%2F0A%2Bb%20c%26d"));
    }

    void retryAfterParsing()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        QCOMPARE(http::parseRetryAfter("30", now).value(), Millis(30000));
        QCOMPARE(http::parseRetryAfter("Thu, 01 Jan 2026 09:00:10 GMT", now).value(), Millis(10000));
        QVERIFY(!http::parseRetryAfter("", now));
        QVERIFY(!http::parseRetryAfter("soon", now));
    }

    void retryAfterIsCheckedAndClamped()
    {
        const QDateTime now(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        // Numbers that overflow qint64 (and a Qt timer's int) mean "very long", never garbage.
        QCOMPARE(http::parseRetryAfter("99999999999999999999999999", now).value(), http::kMaxRetryAfter);
        QCOMPARE(http::parseRetryAfter("9223372036854775807", now).value(), http::kMaxRetryAfter);
        QCOMPARE(http::parseRetryAfter("2147484", now).value(), http::kMaxRetryAfter);
        QCOMPARE(http::parseRetryAfter("86400", now).value(), Millis(86400000));
        QCOMPARE(http::parseRetryAfter(" 0 ", now).value(), Millis(0));
        QVERIFY(!http::parseRetryAfter("-5", now));
        QVERIFY(!http::parseRetryAfter("+5", now));
        QVERIFY(!http::parseRetryAfter("1.5", now));
        QVERIFY(!http::parseRetryAfter("5 s", now));
        // The three HTTP date forms; the past is "now", the far future is clamped.
        QCOMPARE(http::parseRetryAfter("Thursday, 01-Jan-26 09:01:00 GMT", now).value(), Millis(60000));
        QCOMPARE(http::parseRetryAfter("Thu Jan  1 09:02:00 2026", now).value(), Millis(120000));
        QCOMPARE(http::parseRetryAfter("Wed, 31 Dec 2025 09:00:00 GMT", now).value(), Millis(0));
        QCOMPARE(http::parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now).value(), http::kMaxRetryAfter);
        QVERIFY(http::kMaxRetryAfter.count() < std::numeric_limits<int>::max()); // always fits a timer
        // The backoff never overflows either, whatever the policy or the server says.
        RetryPolicy p;
        p.maxDelay = Millis(std::numeric_limits<qint64>::max() / 2);
        p.multiplier = 1e6;
        QVERIFY(p.delayFor(60, 0.0, std::nullopt) <= http::kMaxRetryAfter);
        QVERIFY(p.delayFor(1, 0.0, Millis(std::numeric_limits<qint64>::max() / 2)) <= http::kMaxRetryAfter + p.maxJitter);
    }

    void governorPauseIsClamped()
    {
        test::ManualClock clock;
        RateGovernor governor(&clock);
        governor.reportThrottled(http::kMaxRetryAfter);
        int granted = 0;
        governor.acquire([&] { ++granted; });
        QCOMPARE(granted, 0);
        QVERIFY(clock.nextTimerIn().value() <= RateGovernor::kMaxPause);
        clock.advance(RateGovernor::kMaxPause);
        QCOMPARE(granted, 1);
        governor.release();
    }

    void originsAndRequests()
    {
        QVERIFY(http::sameOrigin(QUrl(QStringLiteral("https://gmail.googleapis.com/upload/x?upload_id=1")),
                                 QUrl(QStringLiteral("HTTPS://Gmail.GoogleAPIs.com:443/upload/gmail/v1"))));
        QVERIFY(!http::sameOrigin(QUrl(QStringLiteral("http://gmail.googleapis.com/x")),
                                  QUrl(QStringLiteral("https://gmail.googleapis.com/x"))));
        QVERIFY(!http::sameOrigin(QUrl(QStringLiteral("https://gmail.googleapis.com.evil.example/x")),
                                  QUrl(QStringLiteral("https://gmail.googleapis.com/x"))));
        QVERIFY(
            !http::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:8081/x")), QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
        QVERIFY(!http::sameOrigin(QUrl(QStringLiteral("/relative")), QUrl(QStringLiteral("https://a.example/"))));
        const QNetworkRequest r = http::request(QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QCOMPARE(r.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(), int(QNetworkRequest::ManualRedirectPolicy));
    }

    void clientFileIsBoundedAndRegular()
    {
        // A device that never ends: refused without reading.
        auto zero = ClientConfig::fromJsonFile(QStringLiteral("/dev/zero"));
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().code, Error::Code::ClientConfigInvalid);
        QTemporaryDir dir;
        QCOMPARE(ClientConfig::fromJsonFile(dir.path()).error().code, Error::Code::ClientConfigInvalid);
        // A regular file past the cap: refused with a plain message.
        QFile big(dir.filePath(QStringLiteral("client_secret.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray padding(ClientConfig::kMaxFileBytes, ' ');
        big.write("{\"installed\":{\"client_id\":\"id\",\"client_secret\":\"s\"}" + padding + "}");
        big.close();
        auto tooBig = ClientConfig::fromJsonFile(big.fileName());
        QCOMPARE(tooBig.error().code, Error::Code::ClientConfigInvalid);
        QVERIFY(tooBig.error().message.contains(QLatin1String("too large")));
    }

    void classifyByReason_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retryable");
        using S = Error::Scope;
        using C = Error::Code;
        QTest::newRow("429") << 429 << QByteArray("rateLimitExceeded") << int(S::Session) << int(C::RateLimited) << true;
        QTest::newRow("403 user rate") << 403 << QByteArray("userRateLimitExceeded") << int(S::Session) << int(C::RateLimited)
                                       << true;
        QTest::newRow("403 rate") << 403 << QByteArray("rateLimitExceeded") << int(S::Session) << int(C::RateLimited) << true;
        QTest::newRow("403 daily") << 403 << QByteArray("dailyLimitExceeded") << int(S::Session) << int(C::DailyLimitExceeded)
                                   << true;
        QTest::newRow("500") << 500 << QByteArray("backendError") << int(S::Session) << int(C::BackendError) << true;
        QTest::newRow("503") << 503 << QByteArray("") << int(S::Session) << int(C::BackendError) << true;
        QTest::newRow("401") << 401 << QByteArray("authError") << int(S::Account) << int(C::Unauthorized) << false;
        QTest::newRow("403 perm") << 403 << QByteArray("insufficientPermissions") << int(S::Account) << int(C::PermissionDenied)
                                  << false;
        QTest::newRow("403 api off") << 403 << QByteArray("accessNotConfigured") << int(S::Account) << int(C::PermissionDenied)
                                     << false;
        QTest::newRow("400") << 400 << QByteArray("invalidArgument") << int(S::Item) << int(C::InvalidMessage) << false;
        QTest::newRow("413") << 413 << QByteArray("uploadTooLarge") << int(S::Item) << int(C::MessageTooLarge) << false;
    }

    void classifyByReason()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(int, scope);
        QFETCH(int, code);
        QFETCH(bool, retryable);
        const QByteArray body = "{\"error\":{\"code\":" + QByteArray::number(status)
            + ",\"message\":\"m\",\"errors\":[{\"reason\":\"" + reason + "\"}],\"status\":\"X\"}}";
        const Error e = GmailClient::classify(status, QNetworkReply::NoError, QString(), body, std::nullopt);
        QCOMPARE(int(e.scope), scope);
        QCOMPARE(int(e.code), code);
        QCOMPARE(e.retryable, retryable);
        QVERIFY(!e.message.isEmpty());
        if (!reason.isEmpty())
            QVERIFY(e.detail.contains(QString::fromLatin1(reason)));
        const Error reset =
            GmailClient::classify(0, QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"), {}, std::nullopt);
        QCOMPARE(reset.scope, Error::Scope::Session);
        QVERIFY(reset.retryable);
    }

    void classifyBlockedAttachment()
    {
        // What Gmail answers for an executable attachment (messages.insert and .import alike).
        const QByteArray body = "{\"error\":{\"code\":400,\"message\":\"Invalid attachment. Please check "
                                "https://support.google.com/mail/answer/6590.\",\"errors\":[{\"message\":\"Invalid "
                                "attachment. Please check https://support.google.com/mail/answer/6590.\",\"domain\":"
                                "\"global\",\"reason\":\"invalidArgument\"}],\"status\":\"INVALID_ARGUMENT\"}}";
        const Error e = GmailClient::classify(400, QNetworkReply::NoError, QString(), body, std::nullopt);
        QCOMPARE(e.scope, Error::Scope::Item);
        QCOMPARE(e.code, Error::Code::BlockedAttachment);
        QVERIFY(!e.retryable);
        QVERIFY(e.detail.contains(QStringLiteral("Invalid attachment")));
        QVERIFY(!GmailClient::mayHaveStored(400, QNetworkReply::NoError, true));
        // Another 400 stays an invalid message.
        const QByteArray other = "{\"error\":{\"code\":400,\"message\":\"Invalid From header\",\"errors\":"
                                 "[{\"reason\":\"invalidArgument\"}]}}";
        QCOMPARE(GmailClient::classify(400, QNetworkReply::NoError, QString(), other, std::nullopt).code,
                 Error::Code::InvalidMessage);
    }

    void mayHaveStoredOnlyWhenGmailCouldHaveIt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("bodySent");
        QTest::addColumn<bool>("expected");
        using R = QNetworkReply;
        QTest::newRow("400 invalid") << 400 << int(R::ContentOperationNotPermittedError) << true << false;
        QTest::newRow("401") << 401 << int(R::AuthenticationRequiredError) << true << false;
        QTest::newRow("403 rate") << 403 << int(R::ContentAccessDenied) << true << false;
        QTest::newRow("404 lost session") << 404 << int(R::ContentNotFoundError) << true << false;
        QTest::newRow("429") << 429 << int(R::UnknownContentError) << true << false;
        QTest::newRow("500") << 500 << int(R::InternalServerError) << true << true;
        QTest::newRow("503") << 503 << int(R::ServiceUnavailableError) << true << true;
        QTest::newRow("504") << 504 << int(R::UnknownServerError) << true << true;
        QTest::newRow("closed after sending") << 0 << int(R::RemoteHostClosedError) << true << true;
        QTest::newRow("closed, progress unknown") << 0 << int(R::RemoteHostClosedError) << false << true;
        QTest::newRow("our deadline") << 0 << int(R::OperationCanceledError) << false << true;
        QTest::newRow("refused") << 0 << int(R::ConnectionRefusedError) << false << false;
        QTest::newRow("refused after a send") << 0 << int(R::ConnectionRefusedError) << true << true;
        QTest::newRow("host not found") << 0 << int(R::HostNotFoundError) << false << false;
        QTest::newRow("TLS handshake") << 0 << int(R::SslHandshakeFailedError) << false << false;
    }

    void mayHaveStoredOnlyWhenGmailCouldHaveIt()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(bool, bodySent);
        QFETCH(bool, expected);
        QCOMPARE(GmailClient::mayHaveStored(status, QNetworkReply::NetworkError(networkError), bodySent), expected);
    }

    void backoffIsTruncatedExponentialWithJitter()
    {
        RetryPolicy p;
        QCOMPARE(p.delayFor(1, 0.0, std::nullopt), Millis(1000));
        QCOMPARE(p.delayFor(2, 0.0, std::nullopt), Millis(2000));
        QCOMPARE(p.delayFor(3, 0.5, std::nullopt), Millis(4500));
        QCOMPARE(p.delayFor(10, 0.0, std::nullopt), Millis(32000));  // truncated
        QCOMPARE(p.delayFor(1, 0.25, Millis(20000)), Millis(20250)); // Retry-After wins, jitter on top
        QCOMPARE(p.delayFor(4, 0.0, Millis(100)), Millis(8000));
    }

    void governorPacesAndLimitsConcurrency()
    {
        test::ManualClock clock;
        RateGovernor::Config config;
        config.messagesPerMinute = 600; // one start per 100 ms
        config.maxConcurrent = 2;
        RateGovernor governor(&clock, config);
        QList<qint64> starts;
        for (int i = 0; i < 4; ++i)
            governor.acquire([&] { starts << clock.elapsed().count(); });
        QCOMPARE(starts, QList<qint64>{0}); // no burst
        clock.advance(100ms);
        QCOMPARE(starts, (QList<qint64>{0, 100}));
        clock.advance(500ms);
        QCOMPARE(starts.size(), 2); // two in flight: the third waits for a slot
        governor.release();
        QCOMPARE(starts, (QList<qint64>{0, 100, 600})); // pace is long satisfied; idle time is not banked
        governor.release();
        QCOMPARE(starts.size(), 3);
        clock.advance(100ms);
        QCOMPARE(starts, (QList<qint64>{0, 100, 600, 700}));
        QCOMPARE(governor.waiting(), 0);
    }

    void governorSlowsAfterThrottleAndRecovers()
    {
        test::ManualClock clock;
        RateGovernor::Config config;
        config.messagesPerMinute = 600;
        config.maxConcurrent = 4;
        RateGovernor governor(&clock, config);
        QSignalSpy changed(&governor, &RateGovernor::rateChanged);
        governor.reportThrottled(5s);
        QCOMPARE(governor.currentRate(), 420.0);
        governor.reportThrottled(std::nullopt); // same wave: cut once
        QCOMPARE(governor.currentRate(), 420.0);
        QList<qint64> starts;
        governor.acquire([&] { starts << clock.elapsed().count(); });
        QVERIFY(starts.isEmpty()); // Retry-After pauses new starts
        clock.advance(5s);
        QCOMPARE(starts, QList<qint64>{5000});
        for (int i = 0; i < 40; ++i)
            governor.reportSuccess();
        QCOMPARE(governor.currentRate(), 600.0);
        QVERIFY(changed.count() >= 2);
        // A cancelled ticket never runs.
        bool ran = false;
        governor.release();
        auto t = governor.acquire([&] { ran = true; });
        QVERIFY(governor.cancel(t) || ran);
        clock.advance(1s);
        QVERIFY(!ran || governor.inFlight() == 1);
    }

    void tokenRefreshThatIsNeverAnsweredTimesOut()
    {
        // A token endpoint that accepts the connection and never answers. Before the deadline the
        // callers (uploads holding RateGovernor slots) waited for ever: bench_gmail_upload's stall.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held << s;
        });
        const Endpoints endpoints = Endpoints::underBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        test::ManualClock clock;
        QNetworkAccessManager nam;
        TokenManager tokens(ClientConfig{QStringLiteral("id"), QStringLiteral("secret")}, endpoints, QStringLiteral("1//refresh"),
                            &nam, &clock);
        tokens.setRequestTimeout(30s);
        QList<Result<QString>> answers;
        tokens.accessToken([&](Result<QString> r) { answers << r; });
        tokens.accessToken([&](Result<QString> r) { answers << r; });
        QTRY_VERIFY(!held.isEmpty()); // the request is out
        QTest::qWait(20);
        clock.advance(29999ms);
        QTest::qWait(20);
        QVERIFY(answers.isEmpty());
        clock.advance(1ms);
        QTRY_COMPARE(answers.size(), 2);
        for (const auto &a : answers) {
            QVERIFY(!a.ok());
            QCOMPARE(a.error().scope, Error::Scope::Session); // the uploads back off and try again
            QCOMPARE(a.error().code, Error::Code::TokenRequestFailed);
            QVERIFY2(a.error().detail.contains(QLatin1String("no answer")), qPrintable(a.error().detail));
        }
        QCOMPARE(tokens.refreshCount(), 1);

        // The uploads waiting for that token give their governor slots back, so nothing stalls.
        RateGovernor::Config config;
        config.messagesPerMinute = 0;
        config.maxConcurrent = 1;
        RateGovernor governor(&clock, config);
        GmailClient gmail(endpoints, &tokens, &nam, &clock, &governor);
        gmail.setRandomSource([] { return 0.0; });
        QSignalSpy retries(&gmail, &GmailClient::retryScheduled);
        gmail.upload("Subject: x\r\n\r\nbody\r\n", UploadOptions(), [](Result<UploadResult>) {});
        gmail.upload("Subject: y\r\n\r\nbody\r\n", UploadOptions(), [](Result<UploadResult>) {});
        QCOMPARE(governor.inFlight(), 1);
        QCOMPARE(governor.waiting(), 1);
        QTRY_COMPARE(tokens.refreshCount(), 2);
        clock.advance(30s);
        QTRY_COMPARE(retries.count(), 1);
        QCOMPARE(retries.at(0).at(0).value<Error>().code, Error::Code::TokenRequestFailed);
        // The slot went to the second upload, which now waits for a new token in its turn.
        QCOMPARE(governor.waiting(), 0);
        QCOMPARE(governor.inFlight(), 1);
        gmail.cancelAll();
        QCOMPARE(governor.inFlight(), 0);
    }

    void browserPageIsEscaped()
    {
        const QByteArray page = browserPage(QStringLiteral("<script>x</script>"), QStringLiteral("a & b"), false);
        QVERIFY(!page.contains("<script>"));
        QVERIFY(page.contains("&lt;script&gt;"));
        QVERIFY(page.contains("a &amp; b"));
        QVERIFY(page.contains("return to Mailferry"));
    }

    void memoryCredentialStore()
    {
        secrets::MemoryCredentialStore store;
        const QString key = secrets::googleRefreshTokenKey(QStringLiteral("Maria@Example.com"));
        QCOMPARE(key, secrets::googleRefreshTokenKey(QStringLiteral("maria@example.com")));
        QVERIFY(key != secrets::pop3PasswordKey(QStringLiteral("maria@example.com")));
        std::optional<Result<QString>> read;
        store.read(key, [&](Result<QString> r) { read = r; });
        QVERIFY(!read.has_value()); // asynchronous, like a real keychain
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error().code, Error::Code::SecretNotFound);
        QVERIFY(!read->error().message.contains(key));
        std::optional<Status> wrote;
        store.write(key, QStringLiteral("1//refresh"), [&](Status s) { wrote = s; });
        QTRY_VERIFY(wrote.has_value());
        read.reset();
        store.read(key, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value(), QStringLiteral("1//refresh"));
        QVERIFY(!store.isPersistent());
        std::optional<Status> removed;
        store.remove(key, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
        QCOMPARE(store.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGoogleUnits)
#include "tst_google_units.moc"
