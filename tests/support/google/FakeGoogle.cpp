#include "FakeGoogle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif

namespace mf::test {

namespace {

const QString kInsertScope = QStringLiteral("https://www.googleapis.com/auth/gmail.insert");
const QString kLabelsScope = QStringLiteral("https://www.googleapis.com/auth/gmail.labels");
const QString kModifyScope = QStringLiteral("https://www.googleapis.com/auth/gmail.modify");
const QString kFullScope = QStringLiteral("https://mail.google.com/");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QString statusName(int status)
{
    switch (status) {
    case 400: return QStringLiteral("INVALID_ARGUMENT");
    case 401: return QStringLiteral("UNAUTHENTICATED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 409: return QStringLiteral("ALREADY_EXISTS");
    case 413: return QStringLiteral("INVALID_ARGUMENT");
    case 429: return QStringLiteral("RESOURCE_EXHAUSTED");
    case 503: return QStringLiteral("UNAVAILABLE");
    default: return status >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("FAILED_PRECONDITION");
    }
}

QString defaultReason(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalidArgument");
    case 401: return QStringLiteral("authError");
    case 403: return QStringLiteral("userRateLimitExceeded");
    case 404: return QStringLiteral("notFound");
    case 429: return QStringLiteral("rateLimitExceeded");
    default: return status >= 500 ? QStringLiteral("backendError") : QStringLiteral("failedPrecondition");
    }
}

QString defaultMessage(int status, const QString &reason)
{
    if (reason == QLatin1String("rateLimitExceeded"))
        return QStringLiteral("Too many concurrent requests for user");
    if (reason == QLatin1String("userRateLimitExceeded"))
        return QStringLiteral("User-rate limit exceeded.");
    if (reason == QLatin1String("dailyLimitExceeded"))
        return QStringLiteral("Daily Limit Exceeded");
    if (reason == QLatin1String("authError"))
        return QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
                              "cookie or other valid authentication credential.");
    if (reason == QLatin1String("insufficientPermissions"))
        return QStringLiteral("Request had insufficient authentication scopes.");
    if (status >= 500)
        return QStringLiteral("Backend Error");
    return QStringLiteral("Invalid argument");
}

/// application/x-www-form-urlencoded, where '+' is a space.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

/// The internal date Gmail derives from the Date header, or an invalid QDateTime.
QDateTime dateFromHeader(const QByteArray &raw)
{
    int end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        end = raw.indexOf("\n\n");
    const QByteArray head = end < 0 ? raw : raw.left(end);
    const QList<QByteArray> lines = head.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.toLower().startsWith("date:"))
            continue;
        QByteArray value = line.mid(5);
        for (int j = i + 1; j < lines.size() && (lines[j].startsWith(' ') || lines[j].startsWith('\t')); ++j)
            value += ' ' + lines[j];
        QString text = QString::fromLatin1(value).simplified();
        // Drop a trailing comment such as "(UTC)" or "(PST)".
        const int paren = text.indexOf(QLatin1Char('('));
        if (paren > 0)
            text = text.left(paren).trimmed();
        QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
        if (dt.isValid())
            return dt.toUTC();
        return {};
    }
    return {};
}

bool hasInsertScope(const QStringList &scopes)
{
    return scopes.contains(kInsertScope) || scopes.contains(kModifyScope) || scopes.contains(kFullScope);
}

bool hasLabelsScope(const QStringList &scopes)
{
    return scopes.contains(kLabelsScope) || scopes.contains(kModifyScope) || scopes.contains(kFullScope);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// One client connection: an HTTP/1.1 parser that copes with partial reads, Content-Length and
// chunked bodies, and keep-alive (QNetworkAccessManager reuses connections).
class FakeHttpConnection : public QObject {
public:
    FakeHttpConnection(FakeGoogle *owner, QTcpSocket *socket)
        : QObject(socket), m_owner(owner), m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    ~FakeHttpConnection() override
    {
        // The client gave up before the (delayed) answer: still free its concurrency slot.
        if (m_pendingOnSent)
            m_pendingOnSent();
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
#ifdef Q_OS_LINUX
        // Acknowledge at once. QNetworkAccessManager leaves Nagle's algorithm on and writes a
        // request in pieces, so its last piece waits for our ACK; over loopback Linux delays that
        // ACK by up to 40 ms, which would cap every connection near 50 uploads a second and hide
        // the engine's own speed in the benchmarks. (Linux clears the flag by itself: set it again
        // after every read.)
        const int quickAck = 1;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &quickAck, sizeof quickAck);
#endif
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_busy) {
            FakeGoogle::Request request;
            int consumed = 0;
            if (!parse(&request, &consumed))
                return;
            m_buffer.remove(0, consumed);
            m_busy = true;
            FakeGoogle::Response response = m_owner->handle(request);
            m_pendingOnSent = response.onSent;
            response.onSent = nullptr;
            const bool close = request.headers.value("connection").toLower() == "close";
            if (response.delayMs > 0) {
                QPointer<FakeHttpConnection> self(this);
                QTimer::singleShot(response.delayMs, this, [self, response, close] {
                    if (self)
                        self->send(response, close);
                });
            } else {
                send(response, close);
            }
        }
    }

    bool parse(FakeGoogle::Request *request, int *consumed)
    {
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2) {
            m_socket->abort();
            return false;
        }
        request->method = requestLine[0];
        request->target = requestLine[1];
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0)
                request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        int pos = headerEnd + 4;
        if (request->headers.value("transfer-encoding").toLower().contains("chunked")) {
            QByteArray body;
            for (;;) {
                const int lineEnd = m_buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return false;
                bool ok = false;
                const qint64 size = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok) {
                    m_socket->abort();
                    return false;
                }
                pos = lineEnd + 2;
                if (size == 0) {
                    const int trailerEnd = m_buffer.indexOf("\r\n", pos);
                    if (trailerEnd < 0)
                        return false;
                    pos = trailerEnd + 2;
                    break;
                }
                if (m_buffer.size() < pos + size + 2)
                    return false;
                body += m_buffer.mid(pos, size);
                pos += int(size) + 2;
            }
            request->body = body;
        } else {
            const qint64 length = request->headers.value("content-length").toLongLong();
            if (m_buffer.size() < pos + length)
                return false;
            request->body = m_buffer.mid(pos, int(length));
            pos += int(length);
        }
        const QUrl url(QStringLiteral("http://fake") + QString::fromLatin1(request->target));
        request->path = url.path();
        request->query = QUrlQuery(url.query(QUrl::FullyEncoded));
        *consumed = pos;
        return true;
    }

    void send(const FakeGoogle::Response &response, bool close)
    {
        if (m_pendingOnSent) {
            auto onSent = std::move(m_pendingOnSent);
            m_pendingOnSent = nullptr;
            onSent();
        }
        if (response.reset) {
#ifdef Q_OS_UNIX
            // SO_LINGER 0 turns close() into a TCP RST: the client sees "connection reset by peer".
            struct linger lin{1, 0};
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
#endif
            m_socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bool hasType = false;
        for (const auto &h : response.headers) {
            out += h.first + ": " + h.second + "\r\n";
            hasType = hasType || h.first.toLower() == "content-type";
        }
        if (!hasType && (!response.body.isEmpty() || response.stream))
            out += "Content-Type: application/json; charset=UTF-8\r\n";
        if (response.stream) {
            // A body too large (or endless) to hold: written as the socket drains, so the fake
            // itself stays small and a test can measure what the client buffers.
            const qint64 total = *response.stream;
            const bool announce = response.announceStream && total >= 0;
            if (announce)
                out += "Content-Length: " + QByteArray::number(total) + "\r\n";
            else
                out += "Connection: close\r\n"; // the body ends when the connection does
            out += "\r\n";
            m_socket->write(out);
            m_streamLeft = total;
            m_streamClose = close || !announce;
            if (!m_streaming) {
                m_streaming = true;
                connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { pumpStream(); });
            }
            pumpStream();
            return;
        }
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";
        out += response.body;
        m_socket->write(out);
        m_busy = false;
        if (close) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty())
            processBuffer();
    }

    void pumpStream()
    {
        if (m_streamLeft == 0 || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray filler(64 * 1024, 'x');
        while (m_socket->bytesToWrite() < 256 * 1024 && m_streamLeft != 0) {
            const qint64 n = m_streamLeft < 0 ? filler.size() : std::min<qint64>(filler.size(), m_streamLeft);
            m_socket->write(filler.constData(), n);
            m_owner->m_hugeBytesSent += n;
            if (m_streamLeft > 0)
                m_streamLeft -= n;
        }
        if (m_streamLeft == 0) {
            if (m_streamClose) {
                m_socket->disconnectFromHost();
                return;
            }
            m_busy = false;
            if (!m_buffer.isEmpty())
                processBuffer();
        }
    }

    FakeGoogle *m_owner;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    qint64 m_streamLeft = 0;
    bool m_streamClose = false;
    bool m_streaming = false;
    std::function<void()> m_pendingOnSent;
};

// ---------------------------------------------------------------------------------------------

FakeGoogle::FakeGoogle(QObject *parent)
    : QObject(parent)
{
    m_uptime.start();
    for (const char *id : {"INBOX", "UNREAD", "STARRED", "IMPORTANT", "SENT", "DRAFT", "SPAM", "TRASH",
                           "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES",
                           "CATEGORY_FORUMS"})
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
            new FakeHttpConnection(this, socket);
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

void FakeGoogle::setResumableLocationBase(const QUrl &base) { m_resumableBase = base; }
void FakeGoogle::setRecordRequests(bool record) { m_record = record; }
void FakeGoogle::setImpostor(bool impostor) { m_impostor = impostor; }

bool FakeGoogle::receivedAnywhere(const QByteArray &needle) const
{
    if (needle.isEmpty())
        return false;
    // Credentials travel form-encoded (token requests) or percent-encoded (queries).
    QByteArray plusForm = QUrl::toPercentEncoding(QString::fromLatin1(needle)) ;
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

void FakeGoogle::setAccountEmail(const QString &email) { m_email = email; }
QString FakeGoogle::accountEmail() const { return m_email; }

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

void FakeGoogle::setConsent(Consent consent) { m_consent = consent; }
void FakeGoogle::setUntickedScopes(const QStringList &scopes) { m_unticked = scopes; }
void FakeGoogle::setTamperState(bool tamper) { m_tamperState = tamper; }
void FakeGoogle::setCorruptNextChallenge(bool corrupt) { m_corruptChallenge = corrupt; }
QUrlQuery FakeGoogle::lastAuthorizationRequest() const { return m_lastAuth; }
void FakeGoogle::setAccessTokenLifetime(int seconds) { m_tokenLifetime = seconds; }

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

void FakeGoogle::setSendRetryAfter(bool send) { m_sendRetryAfter = send; }

void FakeGoogle::setLatency(int uploadMs, int otherMs)
{
    m_uploadLatency = uploadMs;
    m_otherLatency = otherMs;
}

void FakeGoogle::setMaxConcurrentPerUser(int n) { m_maxConcurrent = n; }

void FakeGoogle::failNext(int count, int status, const QString &reason, int retryAfterSeconds)
{
    m_fault = Fault{count, status, reason.isEmpty() ? defaultReason(status) : reason, retryAfterSeconds};
}

void FakeGoogle::resetNext(int count) { m_resetCount = count; }

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

void FakeGoogle::setRejectMarker(const QByteArray &marker) { m_rejectMarker = marker; }
void FakeGoogle::setMaxUploadSize(qint64 bytes) { m_maxUpload = bytes; }

QList<FakeGoogle::StoredMessage> FakeGoogle::messages() const { return m_messages; }
QList<FakeGoogle::Label> FakeGoogle::labels() const { return m_labels; }
void FakeGoogle::clearMessages() { m_messages.clear(); }

QString FakeGoogle::addLabel(const QString &name)
{
    const QString id = QStringLiteral("Label_%1").arg(m_nextLabel++);
    m_labels.append(Label{id, name, QStringLiteral("user")});
    return id;
}

int FakeGoogle::requestCount(Endpoint endpoint) const { return m_endpointCounts.value(int(endpoint)); }
int FakeGoogle::responsesWithStatus(int status) const { return m_statusCounts.value(status); }

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
                     {QStringLiteral("domain"), reason.contains(QLatin1String("RateLimit")) ? QStringLiteral("usageLimits")
                                                                                         : QStringLiteral("global")},
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
        response = json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("evil-message-id")},
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
    } else {
        m_endpointCounts[int(Endpoint::Other)]++;
        response = gmailError(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
    }
    m_statusCounts[response.status]++;
    emit requestHandled(request.path, response.reset ? 0 : response.status);
    return response;
}

// --- OAuth ---------------------------------------------------------------------------------------

FakeGoogle::Response FakeGoogle::handleAuthorize(const Request &r)
{
    m_lastAuth = r.query;
    const auto q = [&](const char *key) { return r.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); };
    auto errorPage = [](const QString &text) {
        Response resp;
        resp.status = 400;
        resp.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html; charset=UTF-8"));
        resp.body = "<html><body><h1>Error 400</h1><p>" + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
        return resp;
    };
    if (q("client_id") != m_clientId)
        return errorPage(QStringLiteral("invalid_client: The OAuth client was not found."));
    const QUrl redirect(q("redirect_uri"));
    // Google accepts any port on a loopback redirect for desktop clients, nothing else.
    if (redirect.scheme() != QLatin1String("http")
        || (redirect.host() != QLatin1String("127.0.0.1") && redirect.host() != QLatin1String("localhost")))
        return errorPage(QStringLiteral("redirect_uri_mismatch"));
    if (q("response_type") != QLatin1String("code"))
        return errorPage(QStringLiteral("unsupported_response_type"));
    const QString challenge = q("code_challenge");
    const QString method = q("code_challenge_method");
    if (!challenge.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return errorPage(QStringLiteral("invalid_request: code_challenge_method"));

    QString state = q("state");
    if (m_tamperState) {
        m_tamperState = false;
        state = QStringLiteral("forged-") + state;
    }
    QUrlQuery back;
    if (m_consent == Consent::Decline) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        QStringList granted;
        for (const QString &s : q("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (m_unticked.contains(s))
                continue;
            // Google reports "email" back under its long name.
            granted << (s == QLatin1String("email") ? QStringLiteral("https://www.googleapis.com/auth/userinfo.email") : s);
        }
        // Real codes look like "4/0AeaYSH..." and arrive percent-encoded ("4%2F0A..."), which is
        // what tripped Qt NetworkAuth 6.4 into double encoding; keep the slash so tests cover it.
        const QString code = newToken("4/0Afake");
        QString storedChallenge = challenge;
        if (m_corruptChallenge) {
            m_corruptChallenge = false;
            storedChallenge = QStringLiteral("corrupted-") + challenge;
        }
        m_codes.insert(code, PendingCode{q("client_id"), q("redirect_uri"), storedChallenge, method, granted, false});
        back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
        back.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(granted.join(QLatin1Char(' ')))));
    }
    if (!state.isEmpty())
        back.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
    QUrl target = redirect;
    target.setQuery(back.query(QUrl::FullyEncoded), QUrl::StrictMode);
    Response resp;
    resp.status = 302;
    resp.headers.append(QPair<QByteArray, QByteArray>("Location", target.toEncoded()));
    return resp;
}

FakeGoogle::Response FakeGoogle::issueTokens(const QString &email, const QStringList &scopes,
                                             const QString &refreshToken, bool withRefresh)
{
    const QString access = newToken("ya29.fake-");
    m_accessTokens.insert(access, AccessToken{refreshToken, email, scopes,
                                              m_uptime.elapsed() + m_tokenLifetime * 1000LL, false});
    QJsonObject out{{QStringLiteral("access_token"), access},
                    {QStringLiteral("expires_in"), m_tokenLifetime},
                    {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (withRefresh) {
        out.insert(QStringLiteral("refresh_token"), refreshToken);
        if (scopes.contains(QStringLiteral("openid"))) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                     {QStringLiteral("kid"), QStringLiteral("fake-key")},
                                     {QStringLiteral("typ"), QStringLiteral("JWT")}};
            QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("https://accounts.google.com")},
                                {QStringLiteral("aud"), m_clientId},
                                {QStringLiteral("azp"), m_clientId},
                                {QStringLiteral("sub"), QStringLiteral("1098765432101234567890")},
                                {QStringLiteral("iat"), now},
                                {QStringLiteral("exp"), now + 3600}};
            if (scopes.contains(QStringLiteral("https://www.googleapis.com/auth/userinfo.email"))
                || scopes.contains(QStringLiteral("email"))) {
                payload.insert(QStringLiteral("email"), email);
                payload.insert(QStringLiteral("email_verified"), true);
            }
            const QByteArray jwt = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.'
                + base64Url("not-a-real-signature");
            out.insert(QStringLiteral("id_token"), QString::fromLatin1(jwt));
        }
    }
    return json(200, out);
}

FakeGoogle::Response FakeGoogle::handleToken(const Request &r)
{
    auto oauthError = [](int status, const char *error, const char *description) {
        return json(status, QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                        {QStringLiteral("error_description"), QString::fromLatin1(description)}});
    };
    if (r.method != "POST")
        return oauthError(405, "invalid_request", "Method not allowed");
    if (m_tokenFailures > 0) {
        --m_tokenFailures;
        return oauthError(m_tokenFailureStatus, "internal_failure", "Backend Error");
    }
    const QHash<QString, QString> form = parseForm(r.body);
    if (form.value(QStringLiteral("client_id")) != m_clientId
        || form.value(QStringLiteral("client_secret")) != m_clientSecret)
        return oauthError(401, "invalid_client", "The OAuth client was not found.");
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        auto it = m_codes.find(code);
        if (it == m_codes.end() || it->used)
            return oauthError(400, "invalid_grant", "Malformed auth code.");
        it->used = true; // a code works once, even when the exchange then fails
        if (it->redirectUri != form.value(QStringLiteral("redirect_uri")))
            return oauthError(400, "redirect_uri_mismatch", "Bad Request");
        if (!it->challenge.isEmpty()) {
            const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
            QByteArray expected = verifier;
            if (it->method == QLatin1String("S256"))
                expected = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
            if (verifier.isEmpty() || expected != it->challenge.toLatin1()) {
                ++m_pkceFailed;
                return oauthError(400, "invalid_grant", "Invalid code verifier.");
            }
            ++m_pkceVerified;
        }
        const QString refresh = newToken("1//fake-refresh-");
        m_grants.insert(refresh, Grant{m_email, it->scopes, false});
        return issueTokens(m_email, it->scopes, refresh, true);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = form.value(QStringLiteral("refresh_token"));
        auto it = m_grants.constFind(refresh);
        if (it == m_grants.constEnd() || it->revoked)
            return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
        return issueTokens(it->email, it->scopes, refresh, false);
    }
    return oauthError(400, "unsupported_grant_type", "Invalid grant_type");
}

FakeGoogle::Response FakeGoogle::handleRevoke(const Request &r)
{
    QString token = parseForm(r.body).value(QStringLiteral("token"));
    if (token.isEmpty())
        token = r.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    auto error = json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")},
                                       {QStringLiteral("error_description"), QStringLiteral("Token expired or revoked")}});
    if (m_grants.contains(token)) {
        if (m_grants[token].revoked)
            return error;
        m_grants[token].revoked = true;
        for (auto &t : m_accessTokens)
            if (t.refreshToken == token)
                t.invalidated = true;
        ++m_revoked;
        return json(200, QJsonObject{});
    }
    auto at = m_accessTokens.find(token);
    if (at != m_accessTokens.end() && !at->invalidated) {
        // Revoking an access token revokes its whole grant, as at Google.
        if (!at->refreshToken.isEmpty() && m_grants.contains(at->refreshToken))
            m_grants[at->refreshToken].revoked = true;
        at->invalidated = true;
        ++m_revoked;
        return json(200, QJsonObject{});
    }
    return error;
}

// --- Gmail ---------------------------------------------------------------------------------------

bool FakeGoogle::chargeQuota(const QString &user, int units, int *retryAfterSeconds)
{
    if (!m_quota)
        return true;
    const qint64 now = m_uptime.elapsed();
    auto &window = m_quotaWindow[user];
    while (!window.empty() && window.front().first <= now - 60000)
        window.pop_front();
    int used = 0;
    for (const auto &e : window)
        used += e.second;
    if (used + units > m_quotaUnits) {
        // Room returns when the oldest charges leave the window.
        int freed = 0;
        qint64 at = now;
        for (const auto &e : window) {
            freed += e.second;
            at = e.first + 60000;
            if (used - freed + units <= m_quotaUnits)
                break;
        }
        *retryAfterSeconds = int(std::max<qint64>(1, (at - now + 999) / 1000));
        return false;
    }
    window.emplace_back(now, units);
    return true;
}

FakeGoogle::Response FakeGoogle::storeMessage(const QString &user, const QString &method, const QString &uploadType,
                                              const QUrlQuery &query, const QByteArray &raw, const QStringList &labelIds)
{
    if (raw.isEmpty())
        return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("'raw' RFC822 payload message string or uploading message via /upload/* URL required"));
    if (m_maxUpload > 0 && raw.size() > m_maxUpload)
        return gmailError(413, QStringLiteral("uploadTooLarge"), QStringLiteral("Request payload size exceeds the limit: 52428800 bytes."));
    if (!m_rejectMarker.isEmpty() && raw.contains(m_rejectMarker))
        return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid message"));
    if (dateFromHeader(raw).isNull() && !raw.contains(':'))
        return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid message"));
    for (const QString &id : labelIds) {
        const bool known = std::any_of(m_labels.cbegin(), m_labels.cend(), [&](const Label &l) { return l.id == id; });
        if (!known || id == QLatin1String("SENT") || id == QLatin1String("DRAFT"))
            return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid label: %1").arg(id));
    }
    StoredMessage m;
    m.id = QString::number(m_nextId++, 16);
    m.user = user;
    m.raw = raw;
    m.labelIds = labelIds;
    m.method = method;
    m.uploadType = uploadType;
    m.query = query;
    m.neverMarkSpam = query.queryItemValue(QStringLiteral("neverMarkSpam")) == QLatin1String("true");
    QString source = query.queryItemValue(QStringLiteral("internalDateSource"));
    if (source.isEmpty())
        source = method == QLatin1String("import") ? QStringLiteral("dateHeader") : QStringLiteral("receivedTime");
    m.internalDateSource = source;
    const QDateTime header = dateFromHeader(raw);
    if (source == QLatin1String("dateHeader") && header.isValid()) {
        m.internalDate = header;
        m.dateFromHeader = true;
    } else {
        m.internalDate = QDateTime::currentDateTimeUtc();
    }
    m_messages.append(m);
    QJsonArray labels;
    for (const QString &l : labelIds)
        labels.append(l);
    return json(200, QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("threadId"), m.id},
                                 {QStringLiteral("labelIds"), labels}});
}

FakeGoogle::Response FakeGoogle::handleGmail(const Request &r)
{
    // Which call is it?
    QString path = r.path;
    const bool upload = path.startsWith(QLatin1String("/upload/")) || path.startsWith(QLatin1String("/resumable/upload/"));
    const QString uploadType = r.query.queryItemValue(QStringLiteral("uploadType"));
    const QString uploadId = r.query.queryItemValue(QStringLiteral("upload_id"));
    const bool isImport = path.endsWith(QLatin1String("/messages/import"));
    const bool isMessages = path.endsWith(QLatin1String("/messages")) || isImport;
    const bool isLabels = path.endsWith(QLatin1String("/labels"));
    const bool resumableData = upload && !uploadId.isEmpty() && (r.method == "PUT" || r.method == "POST");
    const bool uploadCall = isMessages && r.method == "POST" && !resumableData;

    Endpoint kind = Endpoint::Other;
    if (resumableData)
        kind = Endpoint::ResumableData;
    else if (isMessages && r.method == "POST")
        kind = isImport ? Endpoint::Import : Endpoint::Insert;
    else if (isLabels)
        kind = r.method == "GET" ? Endpoint::LabelsList : Endpoint::LabelsCreate;
    m_endpointCounts[int(kind)]++;

    const int on = resumableData ? OnResumableData : isLabels ? OnLabels : OnUpload;
    if (auto hostile = hostileAnswer(r, on))
        return *hostile;

    // Injected faults come first: they stand for trouble in front of the API itself.
    if (m_resetCount > 0) {
        --m_resetCount;
        ++m_resetsDone;
        Response reset;
        reset.reset = true;
        return reset;
    }
    const bool sendsMessage = resumableData || (uploadCall && uploadType != QLatin1String("resumable"));
    const int latency = sendsMessage ? m_uploadLatency : m_otherLatency;
    if (sendsMessage && m_dropCount > 0 && m_dropWhen == Drop::BeforeStoring) {
        --m_dropCount;
        ++m_dropsDone;
        Response drop;
        drop.reset = true;
        drop.delayMs = latency;
        return drop;
    }
    const bool sendsMessageNow = resumableData || (uploadCall && uploadType != QLatin1String("resumable"));
    if (sendsMessageNow && m_failAllStatus > 0) {
        if (m_failAllAfter > 0) {
            --m_failAllAfter;
        } else {
            Response f = gmailError(m_failAllStatus, defaultReason(m_failAllStatus), QString(), -1, m_failAllRetryAfter);
            f.delayMs = sendsMessageNow ? m_uploadLatency : m_otherLatency;
            return f;
        }
    }
    if (m_fault.count > 0) {
        --m_fault.count;
        Response f = gmailError(m_fault.status, m_fault.reason, QString(), m_fault.retryAfter, m_fault.rawRetryAfter);
        f.delayMs = latency;
        return f;
    }
    if (sendsMessage && m_randomFraction > 0 && m_faultRng.generateDouble() < m_randomFraction) {
        Response f = gmailError(m_randomStatus, defaultReason(m_randomStatus), QString());
        f.delayMs = latency;
        return f;
    }

    // Authentication: the resumable session URI is itself the credential, as at Google.
    QString user;
    if (resumableData) {
        auto it = m_sessions.constFind(uploadId);
        if (it == m_sessions.constEnd())
            return gmailError(404, QStringLiteral("notFound"), QStringLiteral("Upload session not found"));
        user = it->user;
    } else {
        const QByteArray auth = r.headers.value("authorization");
        if (!auth.startsWith("Bearer "))
            return gmailError(401, QStringLiteral("authError"), QString());
        const QString token = QString::fromLatin1(auth.mid(7));
        auto it = m_accessTokens.constFind(token);
        if (it == m_accessTokens.constEnd() || it->invalidated || it->expiresAtMs <= m_uptime.elapsed())
            return gmailError(401, QStringLiteral("authError"), QString());
        const bool allowed = isLabels ? hasLabelsScope(it->scopes) : hasInsertScope(it->scopes);
        if (!allowed)
            return gmailError(403, QStringLiteral("insufficientPermissions"), QString());
        user = it->email;
    }

    // Quota, charged when the message (or the label call) arrives.
    const int units = isLabels ? (r.method == "GET" ? 1 : 5) : (sendsMessage ? 25 : 0);
    int retryAfter = -1;
    if (units > 0 && !chargeQuota(user, units, &retryAfter)) {
        Response f = gmailError(429, QStringLiteral("rateLimitExceeded"),
                                QStringLiteral("User-rate limit exceeded. Retry after %1")
                                    .arg(QDateTime::currentDateTimeUtc().addSecs(retryAfter).toString(Qt::ISODate)),
                                m_sendRetryAfter ? retryAfter : -1);
        return f;
    }
    if (m_maxConcurrent > 0 && m_inFlight.value(user) >= m_maxConcurrent)
        return gmailError(429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Too many concurrent requests for user"));

    Response response;
    if (isLabels && r.method == "GET") {
        QJsonArray list;
        for (const Label &l : m_labels)
            list.append(QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("name"), l.name}, {QStringLiteral("type"), l.type}});
        response = json(200, QJsonObject{{QStringLiteral("labels"), list}});
    } else if (isLabels && r.method == "POST") {
        const QString name = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty())
            response = gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid label name"));
        else if (std::any_of(m_labels.cbegin(), m_labels.cend(), [&](const Label &l) { return l.name.compare(name, Qt::CaseInsensitive) == 0; }))
            response = gmailError(409, QStringLiteral("alreadyExists"), QStringLiteral("Label name exists or conflicts"));
        else {
            const QString id = addLabel(name);
            response = json(200, QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
                                             {QStringLiteral("type"), QStringLiteral("user")},
                                             {QStringLiteral("labelListVisibility"), QStringLiteral("labelShow")},
                                             {QStringLiteral("messageListVisibility"), QStringLiteral("show")}});
        }
    } else if (resumableData) {
        const ResumableSession s = m_sessions.take(uploadId);
        if (s.declaredLength >= 0 && s.declaredLength != r.body.size())
            response = gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Upload length mismatch"));
        else
            response = storeMessage(s.user, s.method, QStringLiteral("resumable"), s.query, r.body, s.labelIds);
    } else if (uploadCall && upload) {
        const QString method = isImport ? QStringLiteral("import") : QStringLiteral("insert");
        const QByteArray contentType = r.headers.value("content-type");
        if (uploadType == QLatin1String("media")) {
            response = storeMessage(user, method, uploadType, r.query, r.body, {});
        } else if (uploadType == QLatin1String("multipart")) {
            int b = contentType.indexOf("boundary=");
            QByteArray boundary = b < 0 ? QByteArray() : contentType.mid(b + 9).split(';').value(0).trimmed();
            if (boundary.startsWith('"'))
                boundary = boundary.mid(1, boundary.size() - 2);
            if (!contentType.toLower().startsWith("multipart/related") || boundary.isEmpty()) {
                response = gmailError(400, QStringLiteral("badContent"), QStringLiteral("Media type '%1' is not supported.").arg(QString::fromLatin1(contentType)));
            } else {
                const QByteArray delimiter = "--" + boundary;
                QList<QByteArray> parts;
                int pos = r.body.indexOf(delimiter);
                while (pos >= 0) {
                    pos += delimiter.size();
                    if (r.body.mid(pos, 2) == "--")
                        break;
                    if (r.body.mid(pos, 2) == "\r\n")
                        pos += 2;
                    const int next = r.body.indexOf("\r\n" + delimiter, pos);
                    if (next < 0)
                        break;
                    parts << r.body.mid(pos, next - pos);
                    pos = next + 2;
                }
                auto content = [](const QByteArray &part) {
                    const int sep = part.indexOf("\r\n\r\n");
                    return sep < 0 ? QByteArray() : part.mid(sep + 4);
                };
                if (parts.size() != 2) {
                    response = gmailError(400, QStringLiteral("badContent"), QStringLiteral("Invalid multipart request with %1 mime parts.").arg(parts.size()));
                } else {
                    QStringList labelIds;
                    for (const auto &v : QJsonDocument::fromJson(content(parts[0])).object().value(QStringLiteral("labelIds")).toArray())
                        labelIds << v.toString();
                    response = storeMessage(user, method, uploadType, r.query, content(parts[1]), labelIds);
                }
            }
        } else if (uploadType == QLatin1String("resumable")) {
            ResumableSession s;
            s.method = method;
            s.query = r.query;
            s.user = user;
            s.declaredLength = r.headers.contains("x-upload-content-length")
                ? r.headers.value("x-upload-content-length").toLongLong() : -1;
            if (m_maxUpload > 0 && s.declaredLength > m_maxUpload) {
                response = gmailError(413, QStringLiteral("uploadTooLarge"), QStringLiteral("Request payload size exceeds the limit: 52428800 bytes."));
            } else {
                for (const auto &v : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("labelIds")).toArray())
                    s.labelIds << v.toString();
                const QString id = newToken("ADPycd");
                m_sessions.insert(id, s);
                QUrlQuery q = r.query;
                q.addQueryItem(QStringLiteral("upload_id"), id);
                QUrl location = m_resumableBase.isEmpty() ? baseUrl() : m_resumableBase;
                location.setPath(r.path.startsWith(QLatin1String("/resumable")) ? r.path.mid(10) : r.path);
                location.setQuery(q);
                response = json(200, QJsonObject{});
                response.body.clear();
                response.headers.append(QPair<QByteArray, QByteArray>("Location", location.toEncoded()));
            }
        } else {
            response = gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid uploadType"));
        }
    } else if (uploadCall) {
        // The metadata path: {"raw": base64url, "labelIds": [...]}.
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QStringList labelIds;
        for (const auto &v : body.value(QStringLiteral("labelIds")).toArray())
            labelIds << v.toString();
        const QByteArray raw = QByteArray::fromBase64(body.value(QStringLiteral("raw")).toString().toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
        response = storeMessage(user, isImport ? QStringLiteral("import") : QStringLiteral("insert"),
                                QStringLiteral("json"), r.query, raw, labelIds);
    } else {
        response = gmailError(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
    }

    response.delayMs = latency;
    if (sendsMessage && response.status == 200 && (m_hugeOn & OnUpload)) {
        // Stored above; the answer is garbage without end.
        response.stream = m_hugeBytes;
        response.announceStream = m_hugeAnnounce;
    } else if (isLabels && response.status == 200 && (m_hugeOn & OnLabels)) {
        response.stream = m_hugeBytes;
        response.announceStream = m_hugeAnnounce;
    }
    if (sendsMessage && response.status == 200 && m_refuseAfterUploads > 0 && --m_refuseAfterUploads == 0) {
        // The outage begins once this answer has left.
        QTimer::singleShot(0, this, [this] { refuseConnectionsFor(m_refusePeriod, m_refuseClock); });
    }
    if (sendsMessage && m_dropCount > 0 && m_dropWhen == Drop::AfterStoring && response.status == 200) {
        // Stored above; the answer is lost on the way back.
        --m_dropCount;
        ++m_dropsDone;
        response.reset = true;
    }
    if (sendsMessage) {
        ++m_inFlight[user];
        m_peakConcurrency = std::max(m_peakConcurrency, ++m_currentConcurrency);
        QPointer<FakeGoogle> self(this);
        response.onSent = [self, user] {
            if (!self)
                return;
            --self->m_inFlight[user];
            --self->m_currentConcurrency;
        };
    }
    return response;
}

} // namespace mf::test
