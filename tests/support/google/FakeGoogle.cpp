// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeGoogle: listening, the fault switches, dispatching each request to the OAuth or Gmail side
// (FakeGoogleOAuth.cpp, FakeGmail.cpp) after the hostile-world faults, and inspection. The HTTP
// transport is in FakeHttp.cpp.
#include "FakeGoogle.h"
#include "FakeGoogleHelpers.h"
#include "FakeHttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace mf::test {

using namespace fakegoogle;

FakeGoogle::FakeGoogle(QObject *parent)
    : QObject(parent)
{
    m_uptime.start();
    for (const char *id : {"INBOX", "UNREAD", "STARRED", "IMPORTANT", "SENT", "DRAFT", "SPAM", "TRASH", "CATEGORY_PERSONAL",
                           "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES", "CATEGORY_FORUMS"})
        m_labels.append(Label{QString::fromLatin1(id), QString::fromLatin1(id), QStringLiteral("system")});
}

FakeGoogle::~FakeGoogle()
{
    // Connections still waiting to answer release their slots into this object: close them
    // while every member is still alive.
    m_server.reset();
}

bool FakeGoogle::start(quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_sockets.removeAll(nullptr);
            m_sockets.append(socket);
            serveHttpConnection(
                socket, [this](const Request &request) { return handle(request); }, &m_hugeBytesSent);
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeGoogle::listenAgain()
{
    m_refusing = false;
    if (m_server && !m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, m_port))
        qWarning("fake Google: cannot listen on port %d again: %s", int(m_port), qPrintable(m_server->errorString()));
}

void FakeGoogle::setRefuseConnections(bool refuse)
{
    if (!refuse) {
        if (m_refuseTimer)
            m_refuseTimer->stop();
        listenAgain();
        return;
    }
    m_refusing = true;
    if (m_server)
        m_server->close();
    // Keep-alive connections would carry on as if nothing happened: close them too (after what
    // they are writing has left, so an answer already given is not lost).
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets))
        if (socket)
            socket->disconnectFromHost();
    m_sockets.removeAll(nullptr);
}

void FakeGoogle::refuseConnectionsFor(Millis duration, Clock *clock)
{
    setRefuseConnections(true);
    if (m_refuseTimer)
        m_refuseTimer->stop();
    if (clock && duration.count() > 0)
        m_refuseTimer = clock->singleShot(duration, this, [this] { listenAgain(); });
}

void FakeGoogle::refuseConnectionsAfterUploads(int count, Millis period, Clock *clock)
{
    m_refuseAfterUploads = count;
    m_refusePeriod = period;
    m_refuseClock = clock;
    if (count == 0)
        refuseConnectionsFor(period, clock);
}

void FakeGoogle::startOutage(Millis duration, Clock *clock, int status, const QByteArray &retryAfterHeader)
{
    m_outageClock = clock;
    m_outageUntil = clock->elapsed() + duration;
    m_outageStatus = status;
    m_outageRetryAfter = retryAfterHeader;
}

void FakeGoogle::failAllUploads(int status, int afterSuccesses, const QByteArray &retryAfterHeader)
{
    m_failAllStatus = status;
    m_failAllAfter = afterSuccesses;
    m_failAllRetryAfter = retryAfterHeader;
}

void FakeGoogle::setRedirect(int on, const QUrl &target, int status)
{
    m_redirectOn = on;
    m_redirectTarget = target;
    m_redirectStatus = status;
}

void FakeGoogle::setHugeAnswers(int on, qint64 bytes, bool announce)
{
    m_hugeOn = bytes == 0 ? 0 : on;
    m_hugeBytes = bytes;
    m_hugeAnnounce = announce;
}

void FakeGoogle::setResumableLocationBase(const QUrl &base)
{
    m_resumableBase = base;
}
void FakeGoogle::setRecordRequests(bool record)
{
    m_record = record;
}
void FakeGoogle::setImpostor(bool impostor)
{
    m_impostor = impostor;
}

bool FakeGoogle::receivedAnywhere(const QByteArray &needle) const
{
    if (needle.isEmpty())
        return false;
    // Credentials travel form-encoded (token requests) or percent-encoded (queries).
    QByteArray plusForm = QUrl::toPercentEncoding(QString::fromLatin1(needle));
    const QList<QByteArray> spellings{needle, plusForm, QByteArray(plusForm).replace("%20", "+")};
    for (const RecordedRequest &r : m_recorded) {
        for (const QByteArray &n : spellings) {
            if (r.target.contains(n) || r.body.contains(n))
                return true;
            for (const auto &h : r.headers)
                if (h.second.contains(n))
                    return true;
        }
    }
    return false;
}

std::optional<FakeGoogle::Response> FakeGoogle::hostileAnswer(const Request &request, int kind)
{
    if (m_redirectOn & kind) {
        QUrl location = m_redirectTarget;
        const QUrl original(QStringLiteral("http://fake") + QString::fromLatin1(request.target));
        location.setPath(original.path());
        location.setQuery(original.query(QUrl::FullyEncoded), QUrl::StrictMode);
        Response r;
        r.status = m_redirectStatus;
        r.headers.append(QPair<QByteArray, QByteArray>("Location", location.toEncoded()));
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html; charset=UTF-8"));
        r.body = "<html><body>Moved</body></html>";
        return r;
    }
    if (m_outageClock && m_outageClock->elapsed() < m_outageUntil && (kind & (OnToken | OnUpload | OnResumableData | OnLabels)))
        return gmailError(m_outageStatus, defaultReason(m_outageStatus), QString(), -1, m_outageRetryAfter);
    return std::nullopt;
}

void FakeGoogle::stop()
{
    if (m_server)
        m_server->close();
}

void FakeGoogle::failNextWithRetryAfter(int count, int status, const QByteArray &retryAfterHeader, const QString &reason)
{
    m_fault = Fault{count, status, reason.isEmpty() ? defaultReason(status) : reason, -1, retryAfterHeader};
}

quint16 FakeGoogle::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeGoogle::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

google::Endpoints FakeGoogle::endpoints() const
{
    return google::Endpoints::underBase(baseUrl());
}

google::ClientConfig FakeGoogle::clientConfig() const
{
    return google::ClientConfig{m_clientId, m_clientSecret};
}

void FakeGoogle::setClient(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
}

void FakeGoogle::setAccountEmail(const QString &email)
{
    m_email = email;
}
QString FakeGoogle::accountEmail() const
{
    return m_email;
}

QStringList FakeGoogle::defaultScopes()
{
    return {QStringLiteral("openid"), QStringLiteral("https://www.googleapis.com/auth/userinfo.email"), kInsertScope,
            kLabelsScope};
}

QString FakeGoogle::newToken(const char *prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(m_tokenRng.bounded(256));
    return QString::fromLatin1(prefix) + QString::fromLatin1(base64Url(bytes));
}

QString FakeGoogle::issueRefreshToken(const QStringList &scopes)
{
    const QString token = newToken("1//fake-refresh-");
    m_grants.insert(token, Grant{m_email, scopes, false});
    return token;
}

QString FakeGoogle::issueAccessToken(const QStringList &scopes)
{
    const QString token = newToken("ya29.fake-");
    m_accessTokens.insert(token, AccessToken{QString(), m_email, scopes, m_uptime.elapsed() + m_tokenLifetime * 1000LL, false});
    return token;
}

void FakeGoogle::setConsent(Consent consent)
{
    m_consent = consent;
}
void FakeGoogle::setUntickedScopes(const QStringList &scopes)
{
    m_unticked = scopes;
}
void FakeGoogle::setTamperState(bool tamper)
{
    m_tamperState = tamper;
}
void FakeGoogle::setCorruptNextChallenge(bool corrupt)
{
    m_corruptChallenge = corrupt;
}
QUrlQuery FakeGoogle::lastAuthorizationRequest() const
{
    return m_lastAuth;
}
void FakeGoogle::setAccessTokenLifetime(int seconds)
{
    m_tokenLifetime = seconds;
}

void FakeGoogle::expireAccessTokens()
{
    for (auto &t : m_accessTokens)
        t.invalidated = true;
}

void FakeGoogle::revokeAllGrants()
{
    for (auto &g : m_grants)
        g.revoked = true;
    expireAccessTokens();
}

void FakeGoogle::failNextTokenRequests(int count, int status)
{
    m_tokenFailures = count;
    m_tokenFailureStatus = status;
}

bool FakeGoogle::isRefreshTokenValid(const QString &refreshToken) const
{
    auto it = m_grants.constFind(refreshToken);
    return it != m_grants.constEnd() && !it->revoked;
}

void FakeGoogle::setQuotaEnforced(bool enforced, int unitsPerMinute)
{
    m_quota = enforced;
    m_quotaUnits = unitsPerMinute;
}

void FakeGoogle::setSendRetryAfter(bool send)
{
    m_sendRetryAfter = send;
}

void FakeGoogle::setLatency(int uploadMs, int otherMs)
{
    m_uploadLatency = uploadMs;
    m_otherLatency = otherMs;
}

void FakeGoogle::setMaxConcurrentPerUser(int n)
{
    m_maxConcurrent = n;
}

void FakeGoogle::failNext(int count, int status, const QString &reason, int retryAfterSeconds)
{
    m_fault = Fault{count, status, reason.isEmpty() ? defaultReason(status) : reason, retryAfterSeconds};
}

void FakeGoogle::resetNext(int count)
{
    m_resetCount = count;
}

void FakeGoogle::dropNextUploads(int count, Drop when)
{
    m_dropCount = count;
    m_dropWhen = when;
}

void FakeGoogle::setRandomFailures(double fraction, quint32 seed, int status)
{
    m_randomFraction = fraction;
    m_faultRng.seed(seed);
    m_randomStatus = status;
}

void FakeGoogle::setRejectMarker(const QByteArray &marker)
{
    m_rejectMarker = marker;
}
void FakeGoogle::setMaxUploadSize(qint64 bytes)
{
    m_maxUpload = bytes;
}

QList<FakeGoogle::StoredMessage> FakeGoogle::messages() const
{
    return m_messages;
}
QList<FakeGoogle::Label> FakeGoogle::labels() const
{
    return m_labels;
}
void FakeGoogle::clearMessages()
{
    m_messages.clear();
}

QString FakeGoogle::addLabel(const QString &name)
{
    const QString id = QStringLiteral("Label_%1").arg(m_nextLabel++);
    m_labels.append(Label{id, name, QStringLiteral("user")});
    return id;
}

int FakeGoogle::requestCount(Endpoint endpoint) const
{
    return m_endpointCounts.value(int(endpoint));
}
int FakeGoogle::responsesWithStatus(int status) const
{
    return m_statusCounts.value(status);
}

FakeGoogle::Response FakeGoogle::json(int status, const QJsonObject &object)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json; charset=UTF-8"));
    return r;
}

FakeGoogle::Response FakeGoogle::gmailError(int status, const QString &reason, const QString &message, int retryAfter,
                                            const QByteArray &rawRetryAfter) const
{
    const QString text = message.isEmpty() ? defaultMessage(status, reason) : message;
    QJsonObject item{{QStringLiteral("message"), text},
                     {QStringLiteral("domain"),
                      reason.contains(QLatin1String("RateLimit")) ? QStringLiteral("usageLimits") : QStringLiteral("global")},
                     {QStringLiteral("reason"), reason}};
    QJsonObject error{{QStringLiteral("code"), status},
                      {QStringLiteral("message"), text},
                      {QStringLiteral("errors"), QJsonArray{item}},
                      {QStringLiteral("status"), statusName(status)}};
    Response r = json(status, QJsonObject{{QStringLiteral("error"), error}});
    if (retryAfter >= 0)
        r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", QByteArray::number(retryAfter)));
    else if (!rawRetryAfter.isEmpty())
        r.headers.append(QPair<QByteArray, QByteArray>("Retry-After", rawRetryAfter));
    return r;
}

FakeGoogle::Response FakeGoogle::handle(const Request &request)
{
    ++m_totalRequests;
    if (m_record) {
        RecordedRequest rec{request.method, request.target, {}, request.body.left(1024 * 1024)};
        for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
            rec.headers.append(qMakePair(it.key(), it.value()));
        m_recorded.append(rec);
        if (m_recorder)
            m_recorder(rec);
    }
    Response response;
    if (m_impostor) {
        // Whatever was asked, "success", the way the real thing would say it.
        response = json(200,
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("evil-message-id")},
                                    {QStringLiteral("threadId"), QStringLiteral("evil-message-id")},
                                    {QStringLiteral("access_token"), QStringLiteral("ya29.evil-access-token")},
                                    {QStringLiteral("expires_in"), 3599},
                                    {QStringLiteral("scope"), FakeGoogle::defaultScopes().join(QLatin1Char(' '))},
                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("labels"), QJsonArray()}});
        m_statusCounts[response.status]++;
        emit requestHandled(request.path, response.status);
        return response;
    }
    if (request.path == QLatin1String("/o/oauth2/v2/auth")) {
        m_endpointCounts[int(Endpoint::Authorize)]++;
        response = handleAuthorize(request);
    } else if (request.path == QLatin1String("/token")) {
        m_endpointCounts[int(Endpoint::Token)]++;
        if (auto hostile = hostileAnswer(request, OnToken)) {
            response = *hostile;
        } else {
            response = handleToken(request);
            if ((m_hugeOn & OnToken) && response.status == 200) {
                response.stream = m_hugeBytes;
                response.announceStream = m_hugeAnnounce;
            }
        }
    } else if (request.path == QLatin1String("/revoke")) {
        m_endpointCounts[int(Endpoint::Revoke)]++;
        if (auto hostile = hostileAnswer(request, OnRevoke))
            response = *hostile;
        else
            response = handleRevoke(request);
    } else if (request.path.contains(QLatin1String("/gmail/v1/users/"))) {
        response = handleGmail(request);
    } else if (request.path == QLatin1String("/fake/stats") && request.method == "GET") {
        // The counters of every account, for a benchmark that runs the fake as its own process.
        response = json(200, statsJson());
    } else {
        m_endpointCounts[int(Endpoint::Other)]++;
        response = gmailError(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
    }
    m_statusCounts[response.status]++;
    emit requestHandled(request.path, response.reset ? 0 : response.status);
    return response;
}

} // namespace mf::test
