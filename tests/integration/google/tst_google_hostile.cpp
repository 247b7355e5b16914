// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The Google side against a lying, broken or hijacked endpoint, over real loopback HTTP: redirects
// to another origin (a second fake, the "evil" one, records everything it receives), answers of
// hundreds of megabytes, Retry-After values past any sane wait, outages and refused connections,
// what a failed upload says about having been stored (Error::mayHaveTakenEffect), and the
// beforeSend hook that lets the engine journal an upload only when it is about to leave.
#include "FakeGoogle.h"
#include "ManualClock.h"
#include "google/GmailClient.h"
#include "google/HttpUtil.h"
#include "google/RateGovernor.h"
#include "google/TokenManager.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest/QtTest>

#include <optional>

using namespace mf;
using namespace mf::google;
using namespace std::chrono_literals;
using Endpoint = mf::test::FakeGoogle::Endpoint;
using Fake = mf::test::FakeGoogle;

namespace {

QByteArray message(const QByteArray &subject, int bodyBytes = 200)
{
    QByteArray m = "From: Old Friend <friend@oldisp.example>\r\nTo: maria@example.com\r\n"
                   "Date: Tue, 14 Apr 2009 10:52:37 +0200\r\nSubject: "
        + subject + "\r\nMessage-ID: <" + subject.toHex() + "@oldisp.example>\r\n\r\n";
    QByteArray body;
    while (body.size() < bodyBytes)
        body += "Hello Maria, this is a line of an old message.\r\n";
    return m + body;
}

/// The peak resident set of this process so far, in KiB (VmHWM).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestGoogleHostile : public QObject {
    Q_OBJECT

    std::unique_ptr<Fake> m_fake;
    std::unique_ptr<Fake> m_evil;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<TokenManager> m_tokens;
    std::unique_ptr<RateGovernor> m_governor;
    std::unique_ptr<GmailClient> m_gmail;
    QString m_refreshToken;

    void makeClient(int maxConcurrent = 4)
    {
        m_gmail.reset();
        m_refreshToken = m_fake->issueRefreshToken();
        m_tokens = std::make_unique<TokenManager>(m_fake->clientConfig(), m_fake->endpoints(), m_refreshToken, m_nam.get(),
                                                  m_clock.get());
        RateGovernor::Config unpaced;
        unpaced.messagesPerMinute = 0;
        unpaced.maxConcurrent = maxConcurrent;
        m_governor = std::make_unique<RateGovernor>(m_clock.get(), unpaced);
        m_gmail =
            std::make_unique<GmailClient>(m_fake->endpoints(), m_tokens.get(), m_nam.get(), m_clock.get(), m_governor.get());
        m_gmail->setRandomSource([] { return 0.5; });
    }

    /// A valid access token up front, so that no token request is needed (nothing reaches the
    /// fake but the upload itself).
    QString seedAccessToken()
    {
        const QString token = m_fake->issueAccessToken();
        m_tokens->setAccessToken(token, m_clock->now().addSecs(3600));
        return token;
    }

    /// Uploads, moving the ManualClock through every backoff until the callback runs.
    Result<UploadResult> upload(const QByteArray &raw, UploadOptions options = {})
    {
        std::optional<Result<UploadResult>> got;
        m_gmail->upload(raw, std::move(options), [&](Result<UploadResult> r) {
            QVERIFY(!got.has_value()); // exactly once
            got = r;
        });
        for (int i = 0; i < 200 && !got.has_value(); ++i) {
            if (!QTest::qWaitFor([&] { return got.has_value() || m_clock->pendingTimers() > 0; }, 10000))
                break;
            if (!got.has_value() && m_clock->nextTimerIn().value_or(Millis(0)) < Millis(60000))
                m_clock->advanceToNextTimer();
            else
                QTest::qWait(5);
        }
        if (!got.has_value())
            return Error::internal(QStringLiteral("test timed out"));
        return *got;
    }

    /// Nothing that could identify or authorise the account reached the evil origin.
    void verifyEvilGotNothing(const QByteArray &subject)
    {
        QVERIFY(!m_evil->receivedAnywhere(m_refreshToken.toLatin1()));
        QVERIFY(!m_evil->receivedAnywhere(m_fake->clientConfig().clientSecret.toLatin1()));
        QVERIFY(!m_evil->receivedAnywhere("Bearer"));
        QVERIFY(!m_evil->receivedAnywhere("ya29."));
        if (!subject.isEmpty())
            QVERIFY(!m_evil->receivedAnywhere(subject));
        QCOMPARE(m_evil->totalRequests(), 0);
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<Fake>();
        QVERIFY(m_fake->start());
        m_evil = std::make_unique<Fake>();
        QVERIFY(m_evil->start());
        m_evil->setImpostor(true);
        m_evil->setRecordRequests(true);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_clock = std::make_unique<test::ManualClock>();
        makeClient();
    }

    void cleanup()
    {
        m_gmail.reset();
        m_governor.reset();
        m_tokens.reset();
        m_nam.reset();
        m_evil.reset();
        m_fake.reset();
    }

    // --- redirects ------------------------------------------------------------------------------

    void controlQtFollowsAndLeaksByDefault()
    {
        // Why every request sets its own policy: Qt 6 follows a 307 to another origin by default
        // and copies the Authorization header. The evil fake does see it (so the checks below can fail).
        m_fake->setRedirect(Fake::OnUpload, m_evil->baseUrl(), 307);
        QUrl url = m_fake->endpoints().gmailUpload;
        url.setPath(url.path() + QStringLiteral("/messages"));
        url.setQuery(QStringLiteral("uploadType=media"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer ya29.secret-for-the-control");
        QNetworkReply *reply = m_nam->post(request, message("Control"));
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
        QVERIFY(m_evil->receivedAnywhere("ya29.secret-for-the-control"));
        QVERIFY(m_evil->receivedAnywhere("Subject: Control"));
    }

    void uploadRedirectsAreRefused_data()
    {
        QTest::addColumn<int>("on");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("resumable");
        for (int status : {301, 302, 303, 307, 308}) {
            QTest::addRow("multipart %d", status) << int(Fake::OnUpload) << status << false;
            QTest::addRow("resumable start %d", status) << int(Fake::OnUpload) << status << true;
            QTest::addRow("resumable data %d", status) << int(Fake::OnResumableData) << status << true;
            QTest::addRow("token refresh %d", status) << int(Fake::OnToken) << status << false;
        }
    }

    void uploadRedirectsAreRefused()
    {
        QFETCH(int, on);
        QFETCH(int, status);
        QFETCH(bool, resumable);
        if (resumable)
            m_gmail->setResumableThreshold(1000);
        if (on != Fake::OnToken)
            seedAccessToken();
        m_fake->setRedirect(on, m_evil->baseUrl(), status);
        const QByteArray subject = "Redirected " + QByteArray::number(status);
        auto r = upload(message(subject, resumable ? 4000 : 200));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::RedirectRefused);
        QCOMPARE(r.error().scope, Error::Scope::Account); // never retried inside, never a success
        QVERIFY(!r.error().mayHaveTakenEffect);
        QVERIFY(!r.error().detail.contains(m_refreshToken));
        QCOMPARE(m_fake->messages().size(), 0);
        // The redirected request went out once, was not followed and not repeated.
        QCOMPARE(m_fake->requestCount(Endpoint::Token), on == Fake::OnToken ? 1 : 0);
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), on == Fake::OnToken ? 0 : 1);
        QCOMPARE(m_fake->requestCount(Endpoint::ResumableData), on == Fake::OnResumableData ? 1 : 0);
        verifyEvilGotNothing(subject);
        QCOMPARE(m_governor->inFlight(), 0);
    }

    void labelAndRevokeRedirectsAreRefused()
    {
        m_fake->setRedirect(Fake::OnLabels | Fake::OnRevoke, m_evil->baseUrl(), 307);
        std::optional<Result<QString>> label;
        m_gmail->ensureLabel(QStringLiteral("Old ISP"), [&](Result<QString> r) { label = r; });
        QTRY_VERIFY(label.has_value());
        QCOMPARE(label->error().code, Error::Code::RedirectRefused);
        std::optional<Status> revoked;
        m_tokens->revoke([&](Status s) { revoked = s; });
        QTRY_VERIFY(revoked.has_value());
        QCOMPARE(revoked->error().code, Error::Code::RedirectRefused);
        verifyEvilGotNothing({});
    }

    void resumableSessionOnAnotherOriginGetsNoMessage()
    {
        m_gmail->setResumableThreshold(1000);
        m_fake->setResumableLocationBase(m_evil->baseUrl());
        auto r = upload(message("Session elsewhere", 4000));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::RedirectRefused);
        QVERIFY(!r.error().mayHaveTakenEffect);
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), 1); // the session was opened...
        verifyEvilGotNothing("Session elsewhere");           // ...and the message never went there
        QCOMPARE(m_fake->messages().size(), 0);
    }

    // --- answers too large ------------------------------------------------------------------------

    void hugeUploadAnswerIsCutOff_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("announce");
        QTest::newRow("300 MB announced") << qint64(300) * 1000 * 1000 << true;
        QTest::newRow("300 MB until close") << qint64(300) * 1000 * 1000 << false;
        QTest::newRow("endless") << qint64(-1) << false;
    }

    void hugeUploadAnswerIsCutOff()
    {
        QFETCH(qint64, bytes);
        QFETCH(bool, announce);
        seedAccessToken();
        m_fake->setHugeAnswers(Fake::OnUpload, bytes, announce);
        const qint64 before = peakRssKiB();
        QVERIFY(before > 0);
        auto r = upload(message("Huge answer"));
        const qint64 after = peakRssKiB();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ReplyTooLarge);
        QCOMPARE(r.error().scope, Error::Scope::Session);
        // Gmail stored it and then sent garbage: the upload may well be there.
        QVERIFY(r.error().mayHaveTakenEffect);
        QCOMPARE(m_fake->messages().size(), 1);
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), 1); // not retried: a retry could store it twice
        // Cut off long before the end: what the fake managed to write is a few socket buffers.
        qInfo("fake wrote %lld bytes before the abort; peak RSS %lld -> %lld KiB", m_fake->hugeBytesSent(), before, after);
        QVERIFY(m_fake->hugeBytesSent() < 64LL * 1024 * 1024);
        QVERIFY2(after - before < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(after - before)));
    }

    void hugeTokenAnswerIsCutOff()
    {
        m_fake->setHugeAnswers(Fake::OnToken, -1);
        const qint64 before = peakRssKiB();
        auto r = upload(message("Token flood"));
        const qint64 after = peakRssKiB();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ReplyTooLarge);
        QVERIFY(!r.error().mayHaveTakenEffect); // the message never left
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), 0);
        QVERIFY(m_fake->hugeBytesSent() < 64LL * 1024 * 1024);
        QVERIFY(after - before < 64 * 1024);
    }

    // --- waits the server asks for ----------------------------------------------------------------

    void retryAfterPastTheCapGivesUp_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds past the cap") << QByteArray("86400") << qint64(86400) * 1000;
        QTest::newRow("seconds that overflow") << QByteArray("99999999999999999999999") << qint64(http::kMaxRetryAfter.count());
        QTest::newRow("past a Qt timer's range") << QByteArray("2147484") << qint64(http::kMaxRetryAfter.count());
        // The ManualClock starts at 2026-01-01 09:00 UTC.
        QTest::newRow("HTTP date in two hours") << QByteArray("Thu, 01 Jan 2026 11:00:00 GMT") << qint64(7200) * 1000;
        QTest::newRow("HTTP date in 2099") << QByteArray("Thu, 01 Jan 2099 00:00:00 GMT") << qint64(http::kMaxRetryAfter.count());
    }

    void retryAfterPastTheCapGivesUp()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        seedAccessToken();
        m_fake->failNextWithRetryAfter(10, 429, header);
        auto r = upload(message("Wait forever"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::WaitTooLong);
        QCOMPARE(r.error().scope, Error::Scope::Session);
        QVERIFY(r.error().retryAfter.has_value());
        QCOMPARE(qint64(r.error().retryAfter->count()), expectedMs);
        QVERIFY(!r.error().mayHaveTakenEffect); // 429 is a definite "not stored"
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), 1);
        QCOMPARE(m_clock->elapsed(), Millis(0)); // nothing waited inside
        // The governor's pause is clamped: its timer (if any) stays within an hour.
        QVERIFY(m_clock->nextTimerIn().value_or(Millis(0)) <= RateGovernor::kMaxPause);
        QCOMPARE(m_governor->inFlight(), 0);
    }

    void retryAfterWithinTheCapIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedDelayMs");
        QTest::newRow("seconds") << QByteArray("30") << qint64(30500);
        QTest::newRow("HTTP date") << QByteArray("Thu, 01 Jan 2026 09:00:30 GMT") << qint64(30500);
        QTest::newRow("RFC 850 date") << QByteArray("Thursday, 01-Jan-26 09:00:30 GMT") << qint64(30500);
        QTest::newRow("date in the past") << QByteArray("Thu, 01 Jan 2026 08:00:00 GMT") << qint64(1500);
        QTest::newRow("negative") << QByteArray("-5") << qint64(1500);
        QTest::newRow("junk") << QByteArray("soon, maybe") << qint64(1500);
        QTest::newRow("exactly the cap") << QByteArray("3600") << qint64(3600500);
    }

    void retryAfterWithinTheCapIsHonoured()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedDelayMs);
        seedAccessToken();
        m_fake->failNextWithRetryAfter(1, 503, header);
        QSignalSpy retries(m_gmail.get(), &GmailClient::retryScheduled);
        std::optional<Result<UploadResult>> got;
        m_gmail->upload(message("Wait a bit"), UploadOptions(), [&](Result<UploadResult> r) { got = r; });
        QTRY_COMPARE(retries.count(), 1);
        QCOMPARE(qint64(retries.at(0).at(1).value<Millis>().count()), expectedDelayMs); // + 0.5 s jitter
        m_clock->advance(Millis(expectedDelayMs - 1));
        QTest::qWait(20);
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), 1);
        m_clock->advance(1ms);
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok(), qPrintable(got->ok() ? QString() : got->error().toString()));
        QCOMPARE(m_fake->requestCount(Endpoint::Insert), 2);
    }

    void configurableCap()
    {
        seedAccessToken();
        m_gmail->setMaxServerWait(10s);
        m_fake->failNextWithRetryAfter(1, 429, "11");
        auto r = upload(message("Short cap"));
        QCOMPARE(r.error().code, Error::Code::WaitTooLong);
        QCOMPARE(r.error().retryAfter.value(), Millis(11000));
    }

    // --- mayHaveTakenEffect ---------------------------------------------------------------------

    void nothingLeftMeansNoEffect()
    {
        RetryPolicy policy;
        policy.maxAttempts = 3;
        m_gmail->setRetryPolicy(policy);
        // Connection refused on every attempt (the token is at hand, so the uploads themselves are refused).
        seedAccessToken();
        m_fake->setRefuseConnections(true);
        auto refused = upload(message("Refused"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::ConnectionRefused);
        QVERIFY(!refused.error().mayHaveTakenEffect);
        QCOMPARE(refused.error().scope, Error::Scope::Session);
    }

    void tokenRefusedMeansNoEffect()
    {
        m_fake->revokeAllGrants();
        auto r = upload(message("No token"));
        QCOMPARE(r.error().code, Error::Code::ReauthRequired);
        QVERIFY(!r.error().mayHaveTakenEffect);
    }

    void definiteRefusalsMeanNoEffect_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::newRow("400") << 400 << QString() << int(Error::Code::InvalidMessage);
        QTest::newRow("401 twice") << 401 << QString() << int(Error::Code::Unauthorized);
        QTest::newRow("429 every time") << 429 << QString() << int(Error::Code::RateLimited);
        QTest::newRow("403 rate every time") << 403 << QStringLiteral("userRateLimitExceeded") << int(Error::Code::RateLimited);
    }

    void definiteRefusalsMeanNoEffect()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(int, code);
        RetryPolicy policy;
        policy.maxAttempts = 3;
        m_gmail->setRetryPolicy(policy);
        m_fake->failNext(10, status, reason);
        auto r = upload(message("Refused outright"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY(!r.error().mayHaveTakenEffect);
        QCOMPARE(m_fake->messages().size(), 0);
    }

    void serverErrorsAndDropsMayHaveTakenEffect_data()
    {
        QTest::addColumn<bool>("drop");
        QTest::newRow("503 every time") << false;
        QTest::newRow("dropped after storing") << true;
    }

    void serverErrorsAndDropsMayHaveTakenEffect()
    {
        QFETCH(bool, drop);
        RetryPolicy policy;
        policy.maxAttempts = 2;
        m_gmail->setRetryPolicy(policy);
        if (drop)
            m_fake->dropNextUploads(100, Fake::Drop::AfterStoring);
        else
            m_fake->failNext(10, 503);
        auto r = upload(message("Maybe stored"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().scope, Error::Scope::Session);
        QVERIFY(r.error().mayHaveTakenEffect);
    }

    void refusalAfterAnEarlierMaybeKeepsTheMaybe()
    {
        // 503 first (maybe stored), then 400: the first attempt may still have stored it.
        m_fake->failNext(1, 503);
        std::optional<Result<UploadResult>> got;
        QSignalSpy retries(m_gmail.get(), &GmailClient::retryScheduled);
        m_gmail->upload(message("Maybe then no"), UploadOptions(), [&](Result<UploadResult> r) { got = r; });
        QTRY_COMPARE(retries.count(), 1);
        m_fake->failNext(1, 400);
        QVERIFY(m_clock->advanceToNextTimer());
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().code, Error::Code::InvalidMessage);
        QVERIFY(got->error().mayHaveTakenEffect);
    }

    void cancelWhileWaitingForASlotHasNoEffectButInFlightMay()
    {
        makeClient(1);
        seedAccessToken();
        m_fake->setLatency(3000);
        std::optional<Result<UploadResult>> first, second;
        m_gmail->upload(message("In flight"), UploadOptions(), [&](Result<UploadResult> r) { first = r; });
        m_gmail->upload(message("Waiting"), UploadOptions(), [&](Result<UploadResult> r) { second = r; });
        QTRY_COMPARE(m_fake->requestCount(Endpoint::Insert), 1);
        QCOMPARE(m_governor->waiting(), 1);
        m_gmail->cancelAll();
        QVERIFY(first.has_value() && second.has_value());
        QCOMPARE(first->error().scope, Error::Scope::Cancelled);
        QVERIFY(first->error().mayHaveTakenEffect); // it had left; aborting does not take it back
        QCOMPARE(second->error().scope, Error::Scope::Cancelled);
        QVERIFY(!second->error().mayHaveTakenEffect); // it never left
    }

    // --- beforeSend -----------------------------------------------------------------------------

    void beforeSendHoldsTheRequestUntilGo()
    {
        seedAccessToken();
        std::function<void(bool)> go;
        int calls = 0;
        UploadOptions options;
        options.beforeSend = [&](std::function<void(bool)> g) {
            ++calls;
            go = std::move(g);
        };
        std::optional<Result<UploadResult>> got;
        m_gmail->upload(message("Journaled first"), options, [&](Result<UploadResult> r) { got = r; });
        QTRY_COMPARE(calls, 1);
        QTest::qWait(50);
        QCOMPARE(m_fake->totalRequests(), 0); // not one byte before go(true)
        QCOMPARE(m_governor->inFlight(), 1);  // it holds its slot meanwhile
        QVERIFY(!got.has_value());
        QTimer::singleShot(0, this, [&] { go(true); }); // later, from the event loop
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(m_fake->messages().size(), 1);
        QCOMPARE(calls, 1);
        go(true); // late and repeated: harmless
        QTest::qWait(20);
        QCOMPARE(m_fake->messages().size(), 1);
    }

    void beforeSendRunsOnceAcrossRetries()
    {
        int calls = 0;
        UploadOptions options;
        options.beforeSend = [&](std::function<void(bool)> go) {
            ++calls;
            QCOMPARE(m_fake->requestCount(Endpoint::Insert), 0);
            go(true); // at once, from inside
        };
        m_fake->failNext(2, 503);
        auto r = upload(message("Retried"), options);
        QVERIFY(r.ok());
        QCOMPARE(r.value().attempts, 3);
        QCOMPARE(calls, 1);
    }

    void beforeSendDeclinedCancels()
    {
        seedAccessToken();
        UploadOptions options;
        options.beforeSend = [](std::function<void(bool)> go) { go(false); };
        auto r = upload(message("Declined"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().scope, Error::Scope::Cancelled);
        QCOMPARE(r.error().code, Error::Code::Cancelled);
        QVERIFY(!r.error().mayHaveTakenEffect);
        QCOMPARE(m_fake->totalRequests(), 0);
        QCOMPARE(m_governor->inFlight(), 0);
        QCOMPARE(m_gmail->pendingCount(), 0);
    }

    void beforeSendWaitsForTheSlotAndCancelAllEndsTheWait()
    {
        makeClient(1);
        seedAccessToken();
        std::vector<std::function<void(bool)>> gos;
        std::vector<QByteArray> asked;
        auto hook = [&](const QByteArray &name) {
            return [&, name](std::function<void(bool)> go) {
                asked.push_back(name);
                gos.push_back(std::move(go));
            };
        };
        UploadOptions a, b;
        a.beforeSend = hook("a");
        b.beforeSend = hook("b");
        int answered = 0;
        std::optional<Result<UploadResult>> resultA, resultB;
        m_gmail->upload(message("A"), a, [&](Result<UploadResult> r) {
            resultA = r;
            ++answered;
        });
        m_gmail->upload(message("B"), b, [&](Result<UploadResult> r) {
            resultB = r;
            ++answered;
        });
        QTRY_COMPARE(int(asked.size()), 1);
        QTest::qWait(20);
        // B waits for a slot: it is not asked (so not journaled) while it cannot leave.
        QCOMPARE(int(asked.size()), 1);
        QCOMPARE(asked[0], QByteArray("a"));
        gos[0](true);
        QTRY_VERIFY(resultA.has_value());
        QVERIFY(resultA->ok());
        QTRY_COMPARE(int(asked.size()), 2);
        QCOMPARE(asked[1], QByteArray("b"));
        m_gmail->cancelAll();
        QVERIFY(resultB.has_value());
        QCOMPARE(resultB->error().scope, Error::Scope::Cancelled);
        QVERIFY(!resultB->error().mayHaveTakenEffect);
        gos[1](true); // after cancelAll: harmless
        QTest::qWait(20);
        QCOMPARE(answered, 2);
        QCOMPARE(m_fake->messages().size(), 1);
        QCOMPARE(m_governor->inFlight(), 0);
    }

    // --- outages --------------------------------------------------------------------------------

    void refusedConnectionsForAPeriodThenBack()
    {
        RetryPolicy policy;
        policy.maxAttempts = 2;
        m_gmail->setRetryPolicy(policy);
        seedAccessToken();
        QVERIFY(upload(message("Before")).ok());
        m_fake->refuseConnectionsFor(10min, m_clock.get());
        auto during = upload(message("During"));
        QCOMPARE(during.error().code, Error::Code::ConnectionRefused);
        QVERIFY(!during.error().mayHaveTakenEffect);
        m_clock->advance(10min);
        QVERIFY(!m_fake->refusesConnections());
        auto after = upload(message("After"));
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().toString()));
        QCOMPARE(m_fake->messages().size(), 2);
    }

    void longOutageOnTheInjectedClock()
    {
        m_fake->startOutage(1h, m_clock.get(), 503);
        auto during = upload(message("Outage"));
        QCOMPARE(during.error().code, Error::Code::TokenRequestFailed); // the token endpoint is down too
        QVERIFY(!during.error().mayHaveTakenEffect);
        seedAccessToken();
        auto stillDown = upload(message("Outage 2"));
        QCOMPARE(stillDown.error().code, Error::Code::BackendError);
        QVERIFY(stillDown.error().mayHaveTakenEffect);
        m_clock->advance(1h);
        QVERIFY(upload(message("Back")).ok());
    }

    void refuseAfterUploadsStartsAnOutageMidRun()
    {
        seedAccessToken();
        RetryPolicy policy;
        policy.maxAttempts = 2;
        m_gmail->setRetryPolicy(policy);
        m_fake->refuseConnectionsAfterUploads(2);
        QVERIFY(upload(message("One")).ok());
        QVERIFY(upload(message("Two")).ok()); // answered before the door closes
        QTRY_VERIFY(m_fake->refusesConnections());
        auto three = upload(message("Three"));
        QVERIFY(!three.ok());
        QCOMPARE(m_fake->messages().size(), 2);
    }

    void failAllUploadsAfterSomeSucceed()
    {
        seedAccessToken();
        RetryPolicy policy;
        policy.maxAttempts = 2;
        m_gmail->setRetryPolicy(policy);
        m_fake->failAllUploads(503, 1, "7");
        QVERIFY(upload(message("Fine")).ok());
        QSignalSpy retries(m_gmail.get(), &GmailClient::retryScheduled);
        auto r = upload(message("Failing"));
        QCOMPARE(r.error().code, Error::Code::BackendError);
        QCOMPARE(retries.at(0).at(1).value<Millis>(), Millis(7500));
    }
};

QTEST_GUILESS_MAIN(TestGoogleHostile)
#include "tst_google_hostile.moc"
