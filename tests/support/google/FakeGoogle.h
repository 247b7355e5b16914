// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "google/ClientConfig.h"
#include "google/Endpoints.h"

#include "FakeHttp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace mf::test {

/// A loopback HTTP/1.1 server that behaves like the parts of Google that Mailferry uses, written
/// on QTcpServer (not QHttpServer) so that tests control latency, connection resets and partial
/// reads. It runs in the thread that calls start(), served by that thread's event loop.
///
/// OAuth:   GET  /o/oauth2/v2/auth   scripted consent, redirects (302) to the loopback redirect_uri
///          POST /token              authorization_code (+ PKCE S256 check) and refresh_token grants
///          POST /revoke             revokes a refresh or access token
/// Gmail:   POST /upload/gmail/v1/users/me/messages[/import]?uploadType=media|multipart|resumable
///          POST /resumable/upload/gmail/v1/users/me/messages[/import]?uploadType=resumable
///          PUT  <Location of a resumable session>
///          POST /gmail/v1/users/me/messages[/import]   JSON {"raw": base64url, "labelIds": [...]}
///          GET|POST /gmail/v1/users/me/labels
///
/// Errors have Google's JSON shape: {"error":{"code":429,"message":...,"errors":[{"reason":...}],"status":...}}.
/// The per-user quota (15,000 units per minute, 25 per insert/import) is enforced in real time
/// when enabled; faults are injected on demand.
class FakeGoogle : public QObject {
    Q_OBJECT
public:
    /// What the scripted user does on the consent screen.
    enum class Consent {
        Approve, ///< grants every requested scope (minus setUntickedScopes())
        Decline, ///< redirects with error=access_denied
    };

    /// When a dropped upload dies (dropNextUploads()).
    enum class Drop {
        BeforeStoring, ///< trouble in front of Gmail: the connection dies and nothing is stored
        AfterStoring,  ///< Gmail stores the message, then the connection dies before the answer
    };

    /// Which endpoint a request hit (for requestCount()).
    enum class Endpoint { Authorize, Token, Revoke, Insert, Import, LabelsList, LabelsCreate, ResumableData, Other };

    /// One message as Gmail stored it.
    struct StoredMessage {
        QString id;
        QString user;   ///< the account's email
        QByteArray raw; ///< the RFC 822 bytes exactly as received
        QStringList labelIds;
        QDateTime internalDate;     ///< from the Date header with internalDateSource=dateHeader, else receive time
        QString internalDateSource; ///< "dateHeader" or "receivedTime" as applied
        bool dateFromHeader = false;
        QString method;     ///< "insert" or "import"
        QString uploadType; ///< "media", "multipart", "resumable" or "json"
        bool neverMarkSpam = false;
        QUrlQuery query; ///< the query parameters of the request
    };

    struct Label {
        QString id;
        QString name;
        QString type; ///< "system" or "user"
    };

    explicit FakeGoogle(QObject *parent = nullptr);
    ~FakeGoogle() override;

    /// Listens on 127.0.0.1 at `port` (0: a free one). False if it cannot.
    bool start(quint16 port = 0);
    void stop();
    [[nodiscard]] quint16 port() const;
    /// http://127.0.0.1:PORT
    [[nodiscard]] QUrl baseUrl() const;
    /// Every endpoint under baseUrl(), as the app would get from MAILFERRY_GOOGLE_BASE_URL.
    [[nodiscard]] google::Endpoints endpoints() const;

    // --- accounts and clients -------------------------------------------------------------
    /// The OAuth client the fake accepts (defaults: "fake-client-id.apps.googleusercontent.com", "fake-secret").
    [[nodiscard]] google::ClientConfig clientConfig() const;
    void setClient(const QString &clientId, const QString &clientSecret);
    /// The email of the user who signs in (default "maria@example.com").
    void setAccountEmail(const QString &email);
    [[nodiscard]] QString accountEmail() const;

    /// Grants `scopes` to the account without a browser and returns a refresh token, so that
    /// upload tests can build a TokenManager directly.
    QString issueRefreshToken(const QStringList &scopes = defaultScopes());
    /// Grants `scopes` and returns a valid access token (for raw HTTP tests of the fake).
    QString issueAccessToken(const QStringList &scopes = defaultScopes());
    [[nodiscard]] static QStringList defaultScopes();

    // --- several Google accounts ---------------------------------------------------------------
    // Each account is known by its tokens: an upload counts against the account of the access
    // token it carries, with that account's own quota window (setQuotaEnforced) and its own limit
    // of requests at once (setMaxConcurrentPerUser), as at Google.

    /// Grants `scopes` to the Google account `email` without a browser and returns a refresh token
    /// (a second, third ... account beside accountEmail()).
    QString issueRefreshTokenFor(const QString &email, const QStringList &scopes = defaultScopes());
    /// What one account saw (times on the fake's own monotonic clock, in ms; -1: never).
    struct AccountCounters {
        int stored = 0;               ///< messages stored (inserted or imported)
        int throttledQuota = 0;       ///< 429 rateLimitExceeded: the quota window was full
        int throttledConcurrency = 0; ///< 429 "Too many concurrent requests for user"
        int peakConcurrency = 0;      ///< uploads of this account in progress at once, at most
        int peakPerMinute = 0;        ///< messages stored within any 60 seconds, at most
        qint64 firstStoredMs = -1;
        qint64 lastStoredMs = -1;
    };
    [[nodiscard]] AccountCounters counters(const QString &email) const;
    /// Every account that uploaded or was throttled, sorted.
    [[nodiscard]] QStringList accountsSeen() const;
    /// Uploads that began while an upload of another account was in progress: proof that two
    /// accounts were served at the same time.
    [[nodiscard]] int crossAccountOverlaps() const { return m_crossOverlaps; }
    /// The counters as JSON ({"accounts": {email: {...}}, "crossAccountOverlaps": n}); also
    /// served at GET /fake/stats, for benchmarks that run the fake as its own process.
    [[nodiscard]] QJsonObject statsJson() const;
    /// Starts the counters of every account afresh.
    void clearCounters();

    // --- consent script ----------------------------------------------------------------------
    void setConsent(Consent consent);
    /// Scopes the user unticks on the consent screen (Approve then grants the rest).
    void setUntickedScopes(const QStringList &scopes);
    /// Makes the next authorization redirect carry a different `state` (a forged callback).
    void setTamperState(bool tamper);
    /// Makes the fake remember a different PKCE challenge for the next code, so the app's
    /// (correct) verifier no longer matches: the code exchange must then fail.
    void setCorruptNextChallenge(bool corrupt);
    /// The query of the last authorization request (to assert access_type, PKCE, redirect_uri...).
    [[nodiscard]] QUrlQuery lastAuthorizationRequest() const;

    // --- a Cloud project in "Testing" status ------------------------------------------------
    /// Makes the client a project in "Testing" status, on `clock` (nullptr: published, the
    /// default). Token answers then carry refresh_token_expires_in (604800 at sign-in, the time
    /// left at a refresh), and a refresh token gets invalid_grant "Token has been expired or
    /// revoked." once the clock has passed 7 days after consent (a token issued without a browser
    /// counts from its first use).
    void setTestingProject(Clock *clock) { m_testingClock = clock; }
    static constexpr qint64 kTestingLifetimeSecs = 7 * 24 * 3600;

    // --- tokens --------------------------------------------------------------------------------
    /// Lifetime of new access tokens (default 3599 s, like Google).
    void setAccessTokenLifetime(int seconds);
    /// Makes every access token issued so far invalid (the next Gmail call gets a 401).
    void expireAccessTokens();
    /// Revokes every grant: refresh tokens then get invalid_grant (the 7-day "Testing" expiry,
    /// a password change, or revocation in the Google account page).
    void revokeAllGrants();
    /// Makes the next `count` token requests fail with HTTP `status` (e.g. 503).
    void failNextTokenRequests(int count, int status = 503);
    [[nodiscard]] bool isRefreshTokenValid(const QString &refreshToken) const;
    /// How many code exchanges passed the PKCE S256 check, and how many failed it.
    [[nodiscard]] int pkceVerified() const { return m_pkceVerified; }
    [[nodiscard]] int pkceFailed() const { return m_pkceFailed; }
    [[nodiscard]] int revokedCount() const { return m_revoked; }

    // --- quota, latency, faults ------------------------------------------------------------
    /// Enforces the per-user quota of `unitsPerMinute` (sliding 60-second window, real time).
    void setQuotaEnforced(bool enforced, int unitsPerMinute = 15000);
    /// Measures the quota window (and the per-minute counters) on `clock` instead of real time, so
    /// that a test driving a ManualClock can show that uploads keep to the quota (null: real time).
    void setQuotaClock(Clock *clock) { m_quotaClock = clock; }
    /// Whether 429s for quota carry a Retry-After header (seconds until the window has room).
    void setSendRetryAfter(bool send);
    /// Delay before answering each Gmail upload (insert/import) and each other Gmail call.
    void setLatency(int uploadMs, int otherMs = 0);
    /// Answers at most `n` concurrent Gmail requests per user; more get 429 "Too many concurrent requests for user".
    void setMaxConcurrentPerUser(int n);
    /// The next `count` Gmail requests fail with `status` and the Google `reason`
    /// (defaults per status: 429 rateLimitExceeded, 403 userRateLimitExceeded, 5xx backendError, 401 authError).
    void failNext(int count, int status, const QString &reason = {}, int retryAfterSeconds = -1);
    /// The next `count` Gmail requests get their connection reset without an answer.
    void resetNext(int count);
    /// The next `count` requests that carry a message (insert/import bodies, the data of a
    /// resumable upload) get their connection reset without an answer, `when` before or after the
    /// message is stored. AfterStoring is the case a client cannot tell from BeforeStoring: the
    /// message is in Gmail but nobody was told. Other requests (tokens, labels) pass untouched.
    void dropNextUploads(int count, Drop when);
    /// How many uploads dropNextUploads() has dropped so far.
    [[nodiscard]] int dropsDone() const { return m_dropsDone; }
    /// Like failNext(), with this exact Retry-After header value (huge numbers, HTTP dates, junk).
    void failNextWithRetryAfter(int count, int status, const QByteArray &retryAfterHeader, const QString &reason = {});

    // --- the hostile or broken outside world --------------------------------------------------
    /// Stops listening and closes every open connection (clients get "connection refused"), or
    /// listens again on the same port.
    void setRefuseConnections(bool refuse);
    [[nodiscard]] bool refusesConnections() const { return m_refusing; }
    /// Refuses connections now and listens again once `duration` has passed on `clock`.
    void refuseConnectionsFor(Millis duration, Clock *clock);
    /// Starts refusing connections right after `count` more messages are stored (an outage that
    /// begins in the middle of a run); -1 switches it off. With a `period` and a `clock`, listens
    /// again once the period has passed on that clock; otherwise refuses until told.
    void refuseConnectionsAfterUploads(int count, Millis period = Millis(0), Clock *clock = nullptr);
    /// A long outage measured on `clock`: every Gmail and token request is answered with `status`
    /// (and this Retry-After header, if given) until `duration` has passed.
    void startOutage(Millis duration, Clock *clock, int status = 503, const QByteArray &retryAfterHeader = {});
    /// Every Gmail upload from now on fails with `status` (after `afterSuccesses` more stored
    /// ones), with this Retry-After header if given; status 0 switches it off.
    void failAllUploads(int status, int afterSuccesses = 0, const QByteArray &retryAfterHeader = {});

    /// Which requests setRedirect() and setHugeAnswers() act on.
    enum On : int {
        OnToken = 1,         ///< POST /token (code exchange and refresh)
        OnRevoke = 2,        ///< POST /revoke
        OnUpload = 4,        ///< the upload request (media, multipart, the start of a resumable one)
        OnResumableData = 8, ///< the data of a resumable upload, at its session URL
        OnLabels = 16,       ///< labels list and create
        OnAll = 31,
    };
    /// Requests of the chosen kinds are answered `status` (301, 302, 303, 307, 308) with a
    /// Location of the same path and query on `target`'s origin: a hijacked endpoint that tries
    /// to have the client carry its credentials or the message elsewhere.
    void setRedirect(int on, const QUrl &target, int status = 307);
    /// Answers to the chosen kinds (token, upload, labels) carry a body of `bytes` (-1: endless),
    /// streamed without ever being held in memory, announced by Content-Length when `announce`
    /// (else the body ends when the connection closes). Uploads are stored first, as if Gmail had
    /// stored the message and then sent garbage. 0 switches it off.
    void setHugeAnswers(int on, qint64 bytes, bool announce = false);
    /// Bytes of huge bodies written to sockets so far.
    [[nodiscard]] qint64 hugeBytesSent() const { return m_hugeBytesSent; }
    /// The session URL of resumable uploads points at `base`'s origin instead of this server's.
    void setResumableLocationBase(const QUrl &base);

    /// The evil origin: records every request it receives (see receivedAnywhere()).
    void setRecordRequests(bool record);
    /// An impostor answers every request 200 with a body that looks like Google's success
    /// (an access token, a message id, an empty label list) and stores nothing.
    void setImpostor(bool impostor);
    struct RecordedRequest {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    [[nodiscard]] QList<RecordedRequest> recordedRequests() const { return m_recorded; }
    /// Whether any recorded request carried `needle` in its target, a header or its body (the
    /// form-encoded and percent-encoded spellings are searched too).
    [[nodiscard]] bool receivedAnywhere(const QByteArray &needle) const;
    /// Called with every request as it is recorded (fake-google --record-file).
    void setRecorder(std::function<void(const RecordedRequest &)> recorder) { m_recorder = std::move(recorder); }
    /// A seeded random `fraction` of uploads fail with `status` (503 by default).
    void setRandomFailures(double fraction, quint32 seed, int status = 503);
    /// Uploads whose bytes contain `marker` get 400 invalidArgument ("Invalid message"), like a malformed message.
    void setRejectMarker(const QByteArray &marker);
    /// Uploads larger than `bytes` get 413 uploadTooLarge (Gmail: 50 MiB). 0 = no limit.
    void setMaxUploadSize(qint64 bytes);

    // --- inspection --------------------------------------------------------------------------
    [[nodiscard]] QList<StoredMessage> messages() const;
    [[nodiscard]] QList<Label> labels() const;
    QString addLabel(const QString &name);
    [[nodiscard]] int requestCount(Endpoint endpoint) const;
    [[nodiscard]] int totalRequests() const { return m_totalRequests; }
    /// How many responses carried `status` (e.g. 429).
    [[nodiscard]] int responsesWithStatus(int status) const;
    /// How many Gmail requests were reset on purpose.
    [[nodiscard]] int resetsDone() const { return m_resetsDone; }
    /// Highest number of Gmail requests in progress at once.
    [[nodiscard]] int peakConcurrency() const { return m_peakConcurrency; }
    void clearMessages();

    // --- used by the connection class ---------------------------------------------------------
    using Request = FakeHttpRequest;
    using Response = FakeHttpResponse;
    Response handle(const Request &request);

signals:
    void requestHandled(const QString &path, int status);

private:
    struct Grant {
        QString email;
        QStringList scopes;
        bool revoked = false;
    };
    struct AccessToken {
        QString refreshToken; ///< the grant it belongs to ("" for issueAccessToken)
        QString email;
        QStringList scopes;
        qint64 expiresAtMs = 0; ///< on m_uptime
        bool invalidated = false;
    };
    struct PendingCode {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString method;
        QStringList scopes;
        bool used = false;
    };
    struct Fault {
        int count = 0;
        int status = 0;
        QString reason;
        int retryAfter = -1;
        QByteArray rawRetryAfter;
    };
    struct ResumableSession {
        QString method;
        QUrlQuery query;
        QStringList labelIds;
        qint64 declaredLength = -1;
        QString user;
    };

    Response handleAuthorize(const Request &r);
    Response handleToken(const Request &r);
    Response handleRevoke(const Request &r);
    Response handleGmail(const Request &r);
    Response storeMessage(const QString &user, const QString &method, const QString &uploadType, const QUrlQuery &query,
                          const QByteArray &raw, const QStringList &labelIds);
    Response gmailError(int status, const QString &reason, const QString &message, int retryAfter = -1,
                        const QByteArray &rawRetryAfter = {}) const;
    std::optional<Response> hostileAnswer(const Request &request, int kind);
    void listenAgain();
    static Response json(int status, const QJsonObject &object);
    QString newToken(const char *prefix);
    Response issueTokens(const QString &email, const QStringList &scopes, const QString &refreshToken, bool withRefresh);
    /// When a Testing project's grant ends (registered at its first sight); invalid when published.
    QDateTime testingExpiry(const QString &refreshToken);
    bool chargeQuota(const QString &user, int units, int *retryAfterSeconds);
    // Per-account counters (FakeGoogleAccounts.cpp).
    [[nodiscard]] qint64 quotaNowMs() const;
    void noteUploadBegins(const QString &user);
    void noteStored(const QString &user);
    void noteThrottled(const QString &user, bool concurrency);

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    bool m_refusing = false;
    int m_refuseAfterUploads = -1;
    Millis m_refusePeriod{0};
    Clock *m_refuseClock = nullptr;
    QPointer<Timer> m_refuseTimer;
    Clock *m_outageClock = nullptr;
    Millis m_outageUntil{0};
    int m_outageStatus = 503;
    QByteArray m_outageRetryAfter;
    int m_failAllStatus = 0;
    int m_failAllAfter = 0;
    QByteArray m_failAllRetryAfter;
    int m_redirectOn = 0;
    QUrl m_redirectTarget;
    int m_redirectStatus = 307;
    int m_hugeOn = 0;
    qint64 m_hugeBytes = 0;
    bool m_hugeAnnounce = false;
    qint64 m_hugeBytesSent = 0;
    QUrl m_resumableBase;
    bool m_record = false;
    bool m_impostor = false;
    QList<RecordedRequest> m_recorded;
    std::function<void(const RecordedRequest &)> m_recorder;
    QElapsedTimer m_uptime;
    QRandomGenerator m_tokenRng{0x6d61696c};
    QString m_clientId = QStringLiteral("fake-client-id.apps.googleusercontent.com");
    QString m_clientSecret = QStringLiteral("fake-secret");
    QString m_email = QStringLiteral("maria@example.com");
    Consent m_consent = Consent::Approve;
    QStringList m_unticked;
    bool m_tamperState = false;
    bool m_corruptChallenge = false;
    QUrlQuery m_lastAuth;
    int m_tokenLifetime = 3599;
    Clock *m_testingClock = nullptr;
    QHash<QString, QDateTime> m_testingExpiry; ///< by refresh token: when a Testing grant ends
    QHash<QString, Grant> m_grants; ///< by refresh token
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, PendingCode> m_codes;
    int m_tokenFailures = 0;
    int m_tokenFailureStatus = 503;
    int m_pkceVerified = 0;
    int m_pkceFailed = 0;
    int m_revoked = 0;

    bool m_quota = false;
    int m_quotaUnits = 15000;
    bool m_sendRetryAfter = true;
    QHash<QString, std::deque<QPair<qint64, int>>> m_quotaWindow; ///< per user: (ms, units)
    int m_uploadLatency = 0;
    int m_otherLatency = 0;
    int m_maxConcurrent = 0;
    QHash<QString, int> m_inFlight;
    int m_peakConcurrency = 0;
    int m_currentConcurrency = 0;
    Fault m_fault;
    int m_resetCount = 0;
    int m_resetsDone = 0;
    int m_dropCount = 0;
    Drop m_dropWhen = Drop::BeforeStoring;
    int m_dropsDone = 0;
    double m_randomFraction = 0;
    int m_randomStatus = 503;
    QRandomGenerator m_faultRng;
    QByteArray m_rejectMarker;
    qint64 m_maxUpload = 50LL * 1024 * 1024;

    QHash<QString, AccountCounters> m_counters;
    QHash<QString, std::deque<qint64>> m_storedWindow; ///< per user: store times of the last 60 s
    int m_crossOverlaps = 0;
    Clock *m_quotaClock = nullptr;

    QList<StoredMessage> m_messages;
    QList<Label> m_labels;
    QHash<QString, ResumableSession> m_sessions;
    QHash<int, int> m_endpointCounts;
    QHash<int, int> m_statusCounts;
    int m_totalRequests = 0;
    quint64 m_nextId = 0x18c0000000000000ULL;
    int m_nextLabel = 1;
};

} // namespace mf::test
