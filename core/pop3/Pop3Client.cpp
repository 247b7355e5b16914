#include "pop3/Pop3Client.h"

#include "common/Logging.h"
#include "pop3/ServerText.h"
#include "pop3/SslTransport.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QMetaObject>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

// Error mapping (the engine reacts by scope):
//   -ERR [AUTH] to PASS, AUTH, APOP         Account  AuthFailed        never retried automatically
//   other -ERR to USER, PASS, AUTH, APOP    Account  LoginRefused      quotes the server; maybe not the password
//   -ERR [IN-USE] (or "locked", "in use")   Session  MailboxInUse      retryAfter 10 min
//   -ERR [LOGIN-DELAY]                      Session  LoginDelay        retryAfter = [LOGIN-DELAY n] or CAPA
//                                                                      LOGIN-DELAY (else 15 min), at most ~24 days
//   -ERR [SYS/TEMP]                         Session  ServerTemporary
//   -ERR [SYS/PERM]                         Account  ServerPermanent
//   RETR over its cap                       Item     MessageOversize   connection dropped
//   TOP over Limits::maxTopBytes            Item     ReplyTooLarge     connection dropped
//   CAPA, UIDL, LIST, a line over its cap   Session  ReplyTooLarge     connection dropped
//   status line past its deadline, or a
//   body below the minimum rate             Session  TooSlow
//   a number that does not fit              Session  ProtocolViolation
//   UIDL answered -ERR                      Account  UidlUnsupported   refuse delete mode, identify by content
//   RETR/TOP/DELE/LIST n/UIDL n -ERR        Item     NoSuchMessage / CommandFailed
//   refused / not found / drop / timeout    Session  ConnectionRefused / HostNotFound / ConnectionClosed / Timeout
//   TLS failures, untrusted certificate     Account  TlsHandshakeFailed / TlsRequired / CertificateUntrusted
//   not POP3 at all                         Account  ProtocolViolation
//   plain text without explicit consent     Account  PlaintextRefused
//   STLS refused                            Account  StartTlsUnavailable

namespace mf::pop3 {
namespace {

using namespace std::chrono_literals;

constexpr Millis inUseRetry = 10min;
constexpr Millis loginDelayFallback = 15min;

bool startsWithNoCase(const QByteArray &line, const char *prefix)
{
    const qsizetype n = qsizetype(qstrlen(prefix));
    return line.size() >= n && qstrnicmp(line.constData(), prefix, n) == 0;
}

/// The largest size Mailferry believes for one message, and for a whole maildrop: anything
/// above is not a size but a broken or hostile server, and sums of sizes can never overflow.
constexpr qint64 maxMessageSize = qint64(1) << 40;
constexpr qint64 maxMaildropSize = qint64(1) << 53;
/// Server-supplied waits are clamped to what a Qt timer can run; the engine decides whether a
/// wait that long is acceptable (WaitTooLong).
constexpr Millis maxServerWait{std::numeric_limits<int>::max()};

/// "[IN-USE] text" -> "IN-USE", "[LOGIN-DELAY 900] text" -> "LOGIN-DELAY" with `argument`
/// "900"; empty if the reply carries no response code (RFC 2449).
QByteArray responseCode(const QByteArray &text, QByteArray *argument = nullptr)
{
    if (!text.startsWith('['))
        return {};
    const qsizetype end = text.indexOf(']');
    if (end <= 1)
        return {};
    const QByteArray inside = text.mid(1, end - 1).trimmed();
    const qsizetype space = inside.indexOf(' ');
    if (argument)
        *argument = space < 0 ? QByteArray() : inside.mid(space + 1).trimmed();
    return (space < 0 ? inside : inside.left(space)).toUpper();
}

/// A message number: 1 to INT_MAX, digits only.
std::optional<int> messageNumber(QByteArrayView text)
{
    const CheckedNumber n = parseDecimal(text, std::numeric_limits<int>::max());
    if (!n.ok() || n.value <= 0)
        return std::nullopt;
    return int(n.value);
}

std::optional<qint64> sizeValue(QByteArrayView text, qint64 max = maxMessageSize)
{
    const CheckedNumber n = parseDecimal(text, max);
    if (!n.ok())
        return std::nullopt;
    return n.value;
}

/// Parses "<number> <rest>" where number is a message number; rest is trimmed and non-empty.
bool splitNumber(const QByteArray &line, int *number, QByteArray *rest)
{
    const QByteArray s = line.trimmed();
    const qsizetype space = s.indexOf(' ');
    if (space <= 0)
        return false;
    const auto n = messageNumber(QByteArrayView(s).first(space));
    if (!n)
        return false;
    *number = *n;
    *rest = s.mid(space + 1).trimmed();
    return !rest->isEmpty();
}

/// The first space-separated token of `text`.
QByteArrayView firstToken(QByteArrayView text)
{
    text = text.trimmed();
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

QByteArray commandName(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? line : line.left(space);
}

} // namespace

Pop3Client::Pop3Client(Clock *clock, QObject *parent)
    : Pop3Client(clock, SslTransport::factory(), parent)
{
}

Pop3Client::Pop3Client(Clock *clock, TransportFactory factory, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_factory(std::move(factory))
{
    init();
}

Pop3Client::~Pop3Client()
{
    // Dropping the client is an abort: callbacks are not called any more (their owner is
    // probably going away too), and nothing marked with DELE is removed.
    m_connectDone = {};
    m_sent.clear();
    m_waiting.clear();
    if (m_transport)
        m_transport->abort();
}

void Pop3Client::init()
{
    m_connectTimer = m_clock->createTimer(this);
    m_greetingTimer = m_clock->createTimer(this);
    m_idleTimer = m_clock->createTimer(this);
    m_replyLineTimer = m_clock->createTimer(this);
    m_rateTimer = m_clock->createTimer(this);
    connect(m_replyLineTimer, &Timer::timeout, this, [this] {
        const QByteArray command = m_sent.empty() ? QByteArray() : commandName(m_sent.front().line);
        failAll(Error::session(Error::Code::TooSlow,
                               tr("The server %1 answers too slowly. Mailferry will reconnect and continue.")
                                   .arg(serverName()),
                               QStringLiteral("no complete reply line to %1 within %2 ms")
                                   .arg(QString::fromLatin1(command))
                                   .arg(m_timeouts.replyLine.count())),
                true);
    });
    connect(m_rateTimer, &Timer::timeout, this, [this] {
        // A window in which nothing arrived is the idle timer's business (the server may think).
        if (m_windowBytes > 0 && m_windowBytes < m_timeouts.minBodyBytesPerWindow) {
            const QByteArray command = m_sent.empty() ? QByteArray() : commandName(m_sent.front().line);
            failAll(Error::session(Error::Code::TooSlow,
                                   tr("The server %1 sends data too slowly. Mailferry will reconnect and continue.")
                                       .arg(serverName()),
                                   QStringLiteral("%1 bytes in %2 ms while reading the reply to %3 (minimum %4)")
                                       .arg(m_windowBytes)
                                       .arg(m_timeouts.rateWindow.count())
                                       .arg(QString::fromLatin1(command))
                                       .arg(m_timeouts.minBodyBytesPerWindow)),
                    true);
            return;
        }
        m_windowBytes = 0;
        m_rateTimer->start(m_timeouts.rateWindow);
    });
    connect(m_connectTimer, &Timer::timeout, this, [this] {
        const QString seconds = QString::number(m_timeouts.connect.count() / 1000.0);
        if (m_state == State::StartingTls || (m_state == State::Connecting && m_settings.security == Security::ImplicitTls)) {
            failAll(Error::session(Error::Code::Timeout,
                                   tr("The server %1 did not complete an encrypted (SSL/TLS) connection within %2 seconds. "
                                      "Check the port and security settings: SSL/TLS usually uses port 995.")
                                       .arg(serverName(), seconds),
                                   QStringLiteral("TLS handshake timeout")),
                    true);
        } else {
            failAll(Error::session(Error::Code::Timeout,
                                   tr("Mailferry could not reach the server %1 within %2 seconds. Check the server name, "
                                      "the port and your internet connection.")
                                       .arg(serverName(), seconds),
                                   QStringLiteral("connect timeout")),
                    true);
        }
    });
    connect(m_greetingTimer, &Timer::timeout, this, [this] {
        const QString seconds = QString::number(m_timeouts.greeting.count() / 1000.0);
        const QString message = m_tlsActive
            ? tr("The server %1 accepted the connection but did not greet Mailferry within %2 seconds. "
                 "It may be overloaded; try again later.")
                  .arg(serverName(), seconds)
            : tr("The server %1 did not greet Mailferry within %2 seconds. This port probably expects an "
                 "encrypted connection: choose SSL/TLS (usually port 995).")
                  .arg(serverName(), seconds);
        failAll(Error::session(Error::Code::Timeout, message, QStringLiteral("greeting timeout")), true);
    });
    connect(m_idleTimer, &Timer::timeout, this, [this] {
        failAll(Error::session(Error::Code::Timeout,
                               tr("The server %1 stopped answering. Mailferry will reconnect and continue.").arg(serverName()),
                               QStringLiteral("no data for %1 ms while waiting for %2")
                                   .arg(m_timeouts.idle.count())
                                   .arg(m_sent.empty() ? QString() : QString::fromLatin1(commandName(m_sent.front().line)))),
                true);
    });
}

void Pop3Client::setTimeouts(const Timeouts &timeouts)
{
    m_timeouts = timeouts;
}

void Pop3Client::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_reader.setMaxLineLength(limits.maxLineBytes);
}

QString Pop3Client::serverName() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

// ---------------------------------------------------------------------------------------------
// Connection and login

void Pop3Client::connectToServer(const ServerSettings &settings, const QString &password, StatusCallback done)
{
    MF_ASSERT_OWN_THREAD();
    if (m_state != State::Idle && m_state != State::Closed) {
        failLater([done = std::move(done)] {
            done(Error::internal(QCoreApplication::translate("mf::pop3::Pop3Client", "Already connected."),
                                 QStringLiteral("connectToServer while a session is open")));
        });
        return;
    }
    m_settings = settings;
    if (settings.security == Security::PlainText && !settings.allowPlaintextPassword) {
        failLater([this, done = std::move(done)] {
            done(Error::account(Error::Code::PlaintextRefused,
                                tr("The connection to %1 would not be encrypted, so Mailferry did not send your "
                                   "password. Choose SSL/TLS or STARTTLS, or allow an unencrypted connection "
                                   "explicitly if you trust this network.")
                                    .arg(serverName()),
                                QStringLiteral("plain text without allowPlaintextPassword")));
        });
        return;
    }

    m_password = password;
    m_connectDone = std::move(done);
    m_caps = {};
    m_greeting.clear();
    m_apopTimestamp.clear();
    m_peerCertificate.reset();
    m_reader.clear();
    m_bytesReceived = 0;
    m_everConnected = false;
    m_tlsActive = false;
    m_utf8 = false;
    m_quitRequested = false;
    m_sent.clear(); // empty after any end; a command queued before this connect stays queued
    ++m_generation; // whatever is still running for an older session stops early
    m_state = State::Connecting;

    Transport *transport = m_factory(this);
    m_transport = transport;
    const quint64 gen = m_generation;
    connect(transport, &Transport::connected, this, [this, gen] { if (gen == m_generation) onConnected(); });
    connect(transport, &Transport::encrypted, this, [this, gen] { if (gen == m_generation) onEncrypted(); });
    connect(transport, &Transport::readyRead, this, [this, gen] { if (gen == m_generation) onReadyRead(); });
    connect(transport, &Transport::failed, this, [this, gen](Error::Code code, const QString &detail) {
        if (gen == m_generation)
            onTransportFailed(code, detail);
    });

    qCDebug(lcPop3).noquote() << "connecting to" << serverName() << "security"
                              << int(settings.security) << "user" << settings.user;
    m_connectTimer->start(m_timeouts.connect);
    Transport::TlsPolicy policy;
    policy.pinnedSha256 = CertificateInfo::normalizePin(settings.pinnedSha256);
    transport->connectToHost(settings.host, settings.port, settings.security == Security::ImplicitTls, policy);
}

void Pop3Client::onConnected()
{
    m_connectTimer->stop();
    if (m_settings.security == Security::ImplicitTls) {
        m_tlsActive = true;
        m_peerCertificate = m_transport->peerCertificate();
    }
    m_state = State::Greeting;
    m_greetingTimer->start(m_timeouts.greeting);
    // The greeting may have arrived together with the connection.
    processInput();
}

void Pop3Client::onEncrypted()
{
    m_connectTimer->stop();
    m_tlsActive = true;
    m_peerCertificate = m_transport->peerCertificate();
    m_state = State::LoggingIn;
    // RFC 2595: what the server said before TLS is forgotten; ask again.
    askCapa();
}

bool Pop3Client::handleGreeting(const QByteArray &line)
{
    m_greetingTimer->stop();
    qCDebug(lcPop3).noquote() << "S:" << sanitizeServerText(line, 300);
    if (startsWithNoCase(line, "+OK") && (line.size() == 3 || line.at(3) == ' ')) {
        m_greeting = line.mid(3).trimmed();
        const qsizetype open = m_greeting.indexOf('<');
        const qsizetype close = open < 0 ? -1 : m_greeting.indexOf('>', open);
        if (open >= 0 && close > open)
            m_apopTimestamp = m_greeting.mid(open, close - open + 1);
        m_state = State::LoggingIn;
        askCapa();
        return true;
    }
    if (startsWithNoCase(line, "-ERR")) {
        Reply reply;
        reply.text = line.mid(4).trimmed();
        failAll(errorFromReply(reply, QByteArrayLiteral("greeting")), true);
        return false;
    }
    if (startsWithNoCase(line, "+OK")) {
        // "+OK" glued to more text ("+OKAY"), or a greeting cut at the line cap: POP3 it is not.
        failAll(Error::account(Error::Code::ProtocolViolation,
                               tr("The server %1 does not answer like a POP3 mail server. Check the server name "
                                  "and port (995 for SSL/TLS, 110 for STARTTLS).")
                                   .arg(serverName()),
                               QStringLiteral("greeting: ") + sanitizeServerText(line, 200)),
                true);
        return false;
    }
    QString hint;
    if (line.startsWith("* OK") || line.startsWith("* PREAUTH"))
        hint = tr("This looks like an IMAP server, not POP3.");
    else if (line.startsWith("220"))
        hint = tr("This looks like a mail sending (SMTP) server, not POP3.");
    failAll(Error::account(Error::Code::ProtocolViolation,
                           tr("The server %1 does not answer like a POP3 mail server. %2 Check the server name and "
                              "port (995 for SSL/TLS, 110 for STARTTLS).")
                               .arg(serverName(), hint)
                               .simplified(),
                           QStringLiteral("greeting: ") + QString::fromLatin1(line.left(200).toPercentEncoding(" []<>@.:-_"))),
            true);
    return false;
}

void Pop3Client::askCapa()
{
    Command c;
    c.line = "CAPA";
    c.multiline = true;
    c.handler = [this](Result<Reply> r) {
        if (!r)
            return; // the connect callback already has the cause
        m_caps = r.value().ok ? Capabilities::parse(r.value().body) : Capabilities{};
        if (m_settings.security == Security::StartTls && !m_tlsActive)
            startTlsStep();
        else
            beforeAuthentication();
    };
    c.kind = BodyKind::Capa;
    c.maxBody = m_limits.maxCapaBytes;
    sendNow(std::move(c));
}

void Pop3Client::startTlsStep()
{
    Command c;
    c.line = "STLS";
    c.handler = [this](Result<Reply> r) {
        if (!r)
            return;
        if (!r.value().ok) {
            failAll(Error::account(Error::Code::StartTlsUnavailable,
                                   tr("The server %1 does not offer encryption (STARTTLS) on this port. Choose SSL/TLS "
                                      "(usually port 995) instead.")
                                       .arg(serverName()),
                                   QStringLiteral("STLS: -ERR ") + sanitizeServerText(r.value().text)),
                    false);
            return;
        }
        if (m_reader.pending() > 0) {
            // Bytes sent after "+OK" but before the handshake were not protected; a man in the
            // middle may have injected them (the STARTTLS injection attack). Never use them.
            failAll(Error::account(Error::Code::ProtocolViolation,
                                   tr("The server %1 sent unexpected data while starting encryption, so Mailferry "
                                      "stopped for your safety. Choose SSL/TLS (usually port 995) instead.")
                                       .arg(serverName()),
                                   QStringLiteral("data after STLS +OK")),
                    true);
            return;
        }
        m_state = State::StartingTls;
        m_connectTimer->start(m_timeouts.connect);
        m_transport->startTls();
    };
    sendNow(std::move(c));
}

void Pop3Client::beforeAuthentication()
{
    if (!m_tlsActive && !m_settings.allowPlaintextPassword) {
        failAll(Error::account(Error::Code::PlaintextRefused,
                               tr("The connection to %1 is not encrypted, so Mailferry did not send your password.")
                                   .arg(serverName()),
                               QStringLiteral("no TLS before authentication")),
                false);
        return;
    }
    if (m_caps.utf8)
        enableUtf8();
    else
        authenticate();
}

void Pop3Client::enableUtf8()
{
    // RFC 6856: UTF8 is valid in the AUTHORIZATION state, so it goes before the login (and after
    // STLS, whose CAPA is the one that counts). Without it a server may replace a message whose
    // headers are 8-bit with a stand-in; with "UTF8 USER" it also takes a UTF-8 user name.
    Command c;
    c.line = "UTF8";
    c.handler = [this](Result<Reply> r) {
        if (!r)
            return;
        m_utf8 = r.value().ok;
        if (!m_utf8)
            qCInfo(lcPop3).noquote() << serverName() << "refused UTF8:" << sanitizeServerText(r.value().text);
        authenticate(); // a refusal changes nothing for the login
    };
    sendNow(std::move(c));
}

void Pop3Client::authenticate()
{
    switch (m_settings.auth) {
    case ServerSettings::Auth::Automatic:
        if (!m_tlsActive && !m_apopTimestamp.isEmpty()) {
            // Without TLS (allowed only with the user's consent), APOP at least keeps the password
            // itself off the wire, where USER/PASS and SASL PLAIN would send it readable. With
            // TLS, the password travels encrypted and APOP's MD5 adds nothing.
            authApop(/*fallBack=*/true);
        } else if (m_caps.hasSasl(QStringLiteral("PLAIN"))) {
            authSaslPlain();
        } else {
            authUserPass();
        }
        break;
    case ServerSettings::Auth::UserPass:
        authUserPass();
        break;
    case ServerSettings::Auth::SaslPlain:
        authSaslPlain();
        break;
    case ServerSettings::Auth::Apop:
        authApop(/*fallBack=*/false);
        break;
    }
}

void Pop3Client::authUserPass()
{
    Command user;
    user.line = "USER " + m_settings.user.toUtf8();
    user.handler = [this](Result<Reply> r) {
        if (!r)
            return;
        if (!r.value().ok) {
            failAll(authError(r.value(), "USER"), false);
            return;
        }
        Command pass;
        pass.line = "PASS " + m_password.toUtf8();
        pass.trace = "PASS <redacted>";
        pass.handler = [this](Result<Reply> r2) {
            if (!r2)
                return;
            if (!r2.value().ok)
                failAll(authError(r2.value(), "PASS"), false);
            else
                loginSucceeded();
        };
        sendNow(std::move(pass));
    };
    sendNow(std::move(user));
}

void Pop3Client::authSaslPlain()
{
    // RFC 4616: authzid NUL authcid NUL password; RFC 5034 allows it as an initial response.
    const QByteArray credentials =
        (QByteArray(1, '\0') + m_settings.user.toUtf8() + QByteArray(1, '\0') + m_password.toUtf8()).toBase64();
    Command c;
    if (credentials.size() <= 200) {
        c.line = "AUTH PLAIN " + credentials;
    } else {
        // RFC 5034: an initial response longer than 255 octets goes after the "+ " challenge.
        c.line = "AUTH PLAIN";
    }
    c.continuationLine = credentials;
    c.trace = "AUTH PLAIN <redacted>";
    c.handler = [this](Result<Reply> r) {
        if (!r)
            return;
        if (!r.value().ok)
            failAll(authError(r.value(), "AUTH PLAIN"), false);
        else
            loginSucceeded();
    };
    sendNow(std::move(c));
}

void Pop3Client::authApop(bool fallBack)
{
    if (m_apopTimestamp.isEmpty()) {
        failAll(Error::account(Error::Code::AuthMechanismUnavailable,
                               tr("The server %1 does not support APOP. Choose another sign-in method.").arg(serverName()),
                               QStringLiteral("no timestamp in the greeting")),
                false);
        return;
    }
    const QByteArray digest =
        QCryptographicHash::hash(m_apopTimestamp + m_password.toUtf8(), QCryptographicHash::Md5).toHex();
    Command c;
    c.line = "APOP " + m_settings.user.toUtf8() + ' ' + digest;
    c.trace = "APOP " + m_settings.user.toUtf8() + " <redacted>";
    c.handler = [this, fallBack](Result<Reply> r) {
        if (!r)
            return;
        if (r.value().ok) {
            loginSucceeded();
            return;
        }
        const Error error = authError(r.value(), "APOP");
        m_apopRefused = error.scope == Error::Scope::Account;
        // Many servers put a timestamp in their greeting but keep no APOP secrets (mailutils,
        // solid-pop3d): they refuse APOP even with the right password. Chosen automatically, APOP
        // then gives way, once, to what the user consented to anyway; the session stays in the
        // AUTHORIZATION state after a refused APOP (RFC 1939). A busy or locked mailbox is not an
        // APOP problem and ends the attempt as it is.
        if (fallBack && error.scope == Error::Scope::Account) {
            qCInfo(lcPop3).noquote() << serverName() << "refused APOP (" << error.detail << "); trying"
                                     << (m_caps.hasSasl(QStringLiteral("PLAIN")) ? "AUTH PLAIN" : "USER/PASS");
            if (m_caps.hasSasl(QStringLiteral("PLAIN")))
                authSaslPlain();
            else
                authUserPass();
            return;
        }
        failAll(error, false);
    };
    sendNow(std::move(c));
}

void Pop3Client::loginSucceeded()
{
    m_password.clear();
    m_state = State::Transaction;
    m_everConnected = true;
    qCDebug(lcPop3).noquote() << "logged in to" << serverName() << (m_caps.pipelining ? "(pipelining)" : "");
    finishConnect(Status());
}

void Pop3Client::finishConnect(Status status)
{
    QPointer<Pop3Client> self(this);
    const quint64 gen = m_generation;
    if (auto done = std::exchange(m_connectDone, {}))
        done(std::move(status));
    if (self && gen == m_generation)
        pump();
}

// ---------------------------------------------------------------------------------------------
// Sending

void Pop3Client::writeLine(const QByteArray &line, const QByteArray &trace)
{
    qCDebug(lcPop3).noquote() << "C:" << (trace.isEmpty() ? line : trace);
    m_transport->write(line + "\r\n");
}

void Pop3Client::sendNow(Command command)
{
    if (!m_transport)
        return;
    writeLine(command.line, command.trace);
    command.id = ++m_nextCommandId;
    if (command.multiline && command.kind == BodyKind::None)
        command.kind = BodyKind::Capa;
    m_sent.push_back(std::move(command));
    armIdle();
    armReplyTimers();
}

void Pop3Client::enqueue(QByteArray line, bool multiline, ReplyHandler handler, QByteArray trace, BodyKind kind,
                         qint64 maxBody)
{
    MF_ASSERT_OWN_THREAD();
    const bool open = m_state == State::Connecting || m_state == State::Greeting || m_state == State::LoggingIn
                      || m_state == State::StartingTls || m_state == State::Transaction;
    if (!open || m_quitRequested) {
        failLater([this, handler = std::move(handler)] { handler(notConnected()); });
        return;
    }
    Command c;
    c.line = std::move(line);
    c.trace = std::move(trace);
    c.multiline = multiline;
    c.kind = multiline ? kind : BodyKind::None;
    c.maxBody = maxBody;
    c.handler = std::move(handler);
    if (c.kind == BodyKind::Message)
        c.announced = 0; // taken from "+OK n octets" when the reply comes
    m_waiting.push_back(std::move(c));
    pump();
}

void Pop3Client::pump()
{
    if (m_state != State::Transaction || !m_transport)
        return;
    QByteArray out;
    while (!m_waiting.empty()) {
        if (!m_sent.empty() && !m_caps.pipelining)
            break;
        if (int(m_sent.size()) >= m_maxInFlight)
            break;
        Command c = std::move(m_waiting.front());
        m_waiting.pop_front();
        c.id = ++m_nextCommandId;
        qCDebug(lcPop3).noquote() << "C:" << (c.trace.isEmpty() ? c.line : c.trace);
        out += c.line;
        out += "\r\n";
        m_sent.push_back(std::move(c));
    }
    // One write for the whole batch: one TLS record and one TCP segment where possible.
    if (!out.isEmpty()) {
        m_transport->write(out);
        armIdle();
        armReplyTimers();
    }
}

void Pop3Client::armIdle()
{
    if (!m_sent.empty() && !m_idleTimer->isActive())
        m_idleTimer->start(m_timeouts.idle);
}

void Pop3Client::armReplyTimers()
{
    const Command *due = m_sent.empty() ? nullptr : &m_sent.front();
    const quint64 lineFor = due && !due->inBody ? due->id : 0;
    const quint64 rateFor = due && due->inBody ? due->id : 0;
    if (lineFor != m_replyLineFor) {
        m_replyLineFor = lineFor;
        if (lineFor != 0 && m_timeouts.replyLine.count() > 0)
            m_replyLineTimer->start(m_timeouts.replyLine);
        else
            m_replyLineTimer->stop();
    }
    if (rateFor != m_rateFor) {
        m_rateFor = rateFor;
        m_windowBytes = 0;
        if (rateFor != 0 && m_timeouts.rateWindow.count() > 0 && m_timeouts.minBodyBytesPerWindow > 0)
            m_rateTimer->start(m_timeouts.rateWindow);
        else
            m_rateTimer->stop();
    }
}

// ---------------------------------------------------------------------------------------------
// Receiving

void Pop3Client::onReadyRead()
{
    if (!m_transport)
        return;
    const QByteArray chunk = m_transport->readAll();
    if (chunk.isEmpty())
        return;
    m_bytesReceived += chunk.size();
    m_windowBytes += chunk.size();
    m_reader.append(chunk);
    m_peakBuffered = std::max<qint64>(m_peakBuffered, m_reader.buffered());
    if (!m_sent.empty())
        m_idleTimer->start(m_timeouts.idle); // data flows: the server is alive
    QPointer<Pop3Client> self(this);
    const quint64 gen = m_generation;
    emit bytesReceived(m_bytesReceived);
    // A slot may have aborted, deleted or reconnected the client meanwhile.
    if (self && gen == m_generation)
        processInput();
}

void Pop3Client::processInput()
{
    QPointer<Pop3Client> self(this);
    const quint64 gen = m_generation;
    auto alive = [&] { return self && gen == m_generation; };

    while (alive()) {
        if (m_state == State::Greeting) {
            const QByteArray head = m_reader.peek().left(3);
            if (head.size() >= 2 && (head.at(0) == '\x15' || head.at(0) == '\x16') && head.at(1) == '\x03') {
                // A TLS record (handshake or alert) where a POP3 greeting belongs.
                failAll(Error::account(Error::Code::TlsRequired,
                                       tr("The server %1 expects an encrypted connection on this port. Choose SSL/TLS "
                                          "(usually port 995).")
                                           .arg(serverName()),
                                       QStringLiteral("TLS record instead of a greeting")),
                        true);
                return;
            }
            QByteArray line;
            switch (m_reader.takeLine(&line)) {
            case ResponseReader::LineStatus::NeedMore:
                return;
            case ResponseReader::LineStatus::TooLong: {
                const QByteArray head = m_reader.peek().left(200);
                if (startsWithNoCase(head, "+OK ")) {
                    failAll(Error::session(Error::Code::ReplyTooLarge,
                                           tr("The server %1 sent a greeting far longer than POP3 allows. Mailferry "
                                              "will try again later.")
                                               .arg(serverName()),
                                           QStringLiteral("greeting longer than %1 bytes").arg(m_reader.maxLine())),
                            true);
                } else {
                    handleGreeting(head);
                }
                return;
            }
            case ResponseReader::LineStatus::Line:
                handleGreeting(line);
                continue;
            }
        }
        if (m_state != State::LoggingIn && m_state != State::Transaction && m_state != State::Quitting)
            return; // e.g. StartingTls: nothing may be read in plain text now
        if (m_reader.pending() == 0)
            return;

        if (m_sent.empty()) {
            // Unsolicited text (some servers say goodbye before an idle close): log and skip it.
            QByteArray line;
            const auto status = m_reader.takeLine(&line);
            if (status == ResponseReader::LineStatus::NeedMore)
                return;
            if (status == ResponseReader::LineStatus::TooLong) {
                failAll(Error::session(Error::Code::ProtocolViolation,
                                       tr("The server %1 sent data Mailferry did not ask for. Mailferry will reconnect.")
                                           .arg(serverName()),
                                       QStringLiteral("unsolicited data")),
                        true);
                return;
            }
            qCInfo(lcPop3).noquote() << "unsolicited from" << serverName() << ":" << sanitizeServerText(line, 200);
            continue;
        }

        Command &cmd = m_sent.front();
        if (!cmd.inBody) {
            QByteArray line;
            const auto status = m_reader.takeLine(&line);
            if (status == ResponseReader::LineStatus::NeedMore)
                return;
            if (status == ResponseReader::LineStatus::TooLong) {
                const bool connecting = m_state == State::LoggingIn;
                failAll(Error::session(Error::Code::ReplyTooLarge,
                                       connecting ? tr("The server %1 sent an answer far longer than POP3 allows. "
                                                       "Mailferry will try again later.")
                                                        .arg(serverName())
                                                  : tr("The server %1 sent an answer far longer than POP3 allows. "
                                                       "Mailferry will reconnect.")
                                                        .arg(serverName()),
                                       QStringLiteral("status line longer than %1 bytes after %2")
                                           .arg(m_reader.maxLine())
                                           .arg(QString::fromLatin1(commandName(cmd.line)))),
                        true);
                return;
            }
            qCDebug(lcPop3).noquote() << "S:" << sanitizeServerText(line, 300);
            if (startsWithNoCase(line, "+OK") && (line.size() == 3 || line.at(3) == ' ')) {
                cmd.reply.ok = true;
                cmd.reply.text = line.mid(4);
                if (cmd.multiline) {
                    cmd.inBody = true;
                    if (cmd.kind == BodyKind::Message) {
                        // "+OK 1234 octets" is a hint; one that is no sane size is no hint.
                        const auto octets = sizeValue(firstToken(cmd.reply.text));
                        cmd.announced = octets ? *octets : -1;
                    }
                    m_reader.beginBody(&cmd.reply.body, cmd.announced, cmd.maxBody);
                    armReplyTimers();
                    continue;
                }
            } else if (startsWithNoCase(line, "-ERR") && (line.size() == 4 || line.at(4) == ' ')) {
                cmd.reply.ok = false;
                cmd.reply.text = line.mid(5);
            } else if (line == "+" || line.startsWith("+ ")) {
                // A SASL challenge. PLAIN has one answer; anything else is cancelled with "*".
                if (!cmd.continuationLine.isEmpty()) {
                    writeLine(std::exchange(cmd.continuationLine, {}), "<redacted>");
                } else {
                    writeLine("*", {});
                }
                continue;
            } else {
                const bool connecting = m_state == State::LoggingIn;
                const QString message = tr("The server %1 does not answer like a POP3 mail server. %2")
                                            .arg(serverName(),
                                                 connecting ? tr("Check the server name and port.")
                                                            : tr("Mailferry will reconnect."));
                const QString detail = QStringLiteral("reply to %1: %2")
                                           .arg(QString::fromLatin1(commandName(cmd.line)),
                                                QString::fromLatin1(line.left(200).toPercentEncoding(" []<>@.:-_")));
                failAll(connecting ? Error::account(Error::Code::ProtocolViolation, message, detail)
                                   : Error::session(Error::Code::ProtocolViolation, message, detail),
                        true);
                return;
            }
        } else {
            const auto status = m_reader.readBody();
            m_peakBuffered = std::max<qint64>(m_peakBuffered, cmd.reply.body.capacity() + m_reader.buffered());
            if (status == ResponseReader::BodyStatus::NeedMore)
                return;
            if (status == ResponseReader::BodyStatus::TooLarge) {
                // POP3 cannot abandon a reply half way: the rest of it is still coming, so the
                // connection is of no more use. The command gets the cause, the others a drop.
                cmd.reply.body = QByteArray();
                failAll(bodyTooLarge(cmd), true);
                return;
            }
        }

        // The command is complete: hand over its reply, then send what may go next.
        Command done = std::move(m_sent.front());
        m_sent.pop_front();
        if (m_sent.empty())
            m_idleTimer->stop();
        armReplyTimers();
        done.handler(std::move(done.reply));
        if (alive())
            pump();
    }
}

Error Pop3Client::bodyTooLarge(const Command &command) const
{
    const QString name = QString::fromLatin1(commandName(command.line));
    const QString detail = QStringLiteral("%1: %2 bytes had arrived, over the cap of %3 bytes")
                               .arg(QString::fromLatin1(command.line))
                               .arg(m_reader.bodyBytes())
                               .arg(command.maxBody);
    switch (command.kind) {
    case BodyKind::Message:
        return Error::item(Error::Code::MessageOversize,
                           tr("The message is larger than the size limit (%1 MB); it stays on the server.")
                               .arg(QLocale().toString(double(command.maxBody) / (1024.0 * 1024.0), 'f', 1)),
                           detail);
    case BodyKind::Top:
        return Error::item(Error::Code::ReplyTooLarge,
                           tr("The headers of this message are far larger than usual, so Mailferry did not read "
                              "them; the message stays on the server."),
                           detail);
    case BodyKind::Capa:
    case BodyKind::Listing:
    case BodyKind::None:
        break;
    }
    return Error::session(Error::Code::ReplyTooLarge,
                          tr("The server %1 sent an answer to %2 far larger than Mailferry accepts. Mailferry will "
                             "try again later.")
                              .arg(serverName(), name),
                          detail);
}

void Pop3Client::onTransportFailed(Error::Code code, const QString &detail)
{
    // Bytes that arrived with the close (a last reply, a "-ERR" before hanging up) still count.
    if (m_transport) {
        const QByteArray rest = m_transport->readAll();
        if (!rest.isEmpty()) {
            m_bytesReceived += rest.size();
            m_reader.append(rest);
            QPointer<Pop3Client> self(this);
            const quint64 gen = m_generation;
            processInput();
            if (!self || gen != m_generation)
                return;
        }
    }
    if (m_state == State::Idle || m_state == State::Closed)
        return;
    if (code == Error::Code::CertificateUntrusted && m_transport)
        m_peerCertificate = m_transport->peerCertificate();
    failAll(transportError(code, detail), true);
}

// ---------------------------------------------------------------------------------------------
// Ending

void Pop3Client::failLater(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

void Pop3Client::failAll(const Error &cause, bool unexpected)
{
    if (m_state == State::Idle || m_state == State::Closed)
        return;
    const bool wasInSession = m_everConnected;
    m_state = State::Closed;
    ++m_generation;
    m_password.clear();
    m_connectTimer->stop();
    m_greetingTimer->stop();
    m_idleTimer->stop();
    m_replyLineTimer->stop();
    m_rateTimer->stop();
    m_replyLineFor = m_rateFor = 0;
    if (m_transport) {
        // A polite goodbye after a refused login (AUTHORIZATION state: nothing can be marked).
        // Never once logged in: there QUIT would commit DELEs, and abort() must remove nothing.
        if (!unexpected && !wasInSession) {
            m_transport->write("QUIT\r\n");
            m_transport->close();
        } else {
            m_transport->abort();
        }
        m_transport->deleteLater();
        m_transport = nullptr;
    }
    m_reader.clear();
    qCInfo(lcPop3).noquote() << "session with" << serverName() << "ended:" << Error::codeName(cause.code) << cause.detail;

    StatusCallback connectDone = std::exchange(m_connectDone, {});
    std::deque<Command> sent = std::exchange(m_sent, {});
    std::deque<Command> waiting = std::exchange(m_waiting, {});

    const bool cancelled = cause.scope == Error::Scope::Cancelled;
    bool first = true;
    auto next = [&]() -> Error {
        if (first || cancelled) {
            first = false;
            return cause;
        }
        return connectionClosed(Error::codeName(cause.code) + QStringLiteral(": ") + cause.detail);
    };
    // Each callback may abort, delete or reconnect the client: the queues are local copies, and
    // a deleted client calls nothing more (as its destructor promises).
    QPointer<Pop3Client> self(this);
    const quint64 gen = m_generation;
    if (connectDone) {
        connectDone(next());
        if (!self)
            return;
    }
    for (auto *queue : {&sent, &waiting}) {
        for (Command &c : *queue) {
            if (!c.handler)
                continue;
            c.handler(next());
            if (!self)
                return;
        }
    }
    // Not when a callback already opened the next session: that one has not dropped.
    if (unexpected && wasInSession && gen == m_generation)
        emit disconnected();
}

void Pop3Client::abort()
{
    MF_ASSERT_OWN_THREAD();
    failAll(Error::cancelled(QStringLiteral("POP3 session aborted without QUIT")), false);
}

// ---------------------------------------------------------------------------------------------
// Errors

Error Pop3Client::connectionClosed(const QString &detail) const
{
    return Error::session(Error::Code::ConnectionClosed,
                          tr("The connection to the mail server %1 was lost. Mailferry will reconnect and continue; "
                             "nothing was deleted.")
                              .arg(serverName()),
                          detail);
}

Error Pop3Client::notConnected() const
{
    return Error::session(Error::Code::ConnectionClosed,
                          tr("Mailferry is not connected to the mail server %1.").arg(serverName()),
                          QStringLiteral("command outside an open session"));
}

Error Pop3Client::transportError(Error::Code code, const QString &detail) const
{
    switch (code) {
    case Error::Code::ConnectionRefused:
        return Error::session(code,
                              tr("The server %1 refused the connection. Check the server name and port: SSL/TLS usually "
                                 "uses port 995, STARTTLS port 110.")
                                  .arg(serverName()),
                              detail);
    case Error::Code::HostNotFound:
        return Error::session(code,
                              tr("The server name %1 was not found. Check its spelling and your internet connection.")
                                  .arg(m_settings.host),
                              detail);
    case Error::Code::CertificateUntrusted: {
        const QString problems = m_peerCertificate ? m_peerCertificate->problems.join(QLatin1Char(' ')) : QString();
        return Error::account(code,
                              tr("The identity of the server %1 could not be verified. %2 If you are sure this is your "
                                 "provider's server, you can choose to trust its certificate.")
                                  .arg(serverName(), problems)
                                  .simplified(),
                              detail);
    }
    case Error::Code::TlsHandshakeFailed:
        return Error::account(code,
                              tr("Mailferry could not set up an encrypted connection with %1. This port may not use "
                                 "SSL/TLS: try STARTTLS on port 110, or SSL/TLS on port 995.")
                                  .arg(serverName()),
                              detail);
    case Error::Code::Timeout:
        return Error::session(code, tr("The server %1 did not answer in time. Mailferry will try again.").arg(serverName()),
                              detail);
    case Error::Code::ConnectionClosed:
        if (m_state == State::Greeting || m_state == State::Connecting)
            return Error::session(code,
                                  tr("The server %1 closed the connection before greeting Mailferry. Check the port "
                                     "and security settings, or try again later.")
                                      .arg(serverName()),
                                  detail);
        return connectionClosed(detail);
    default:
        return Error::session(Error::Code::NetworkError,
                              tr("A network error interrupted the connection to %1. Mailferry will try again.")
                                  .arg(serverName()),
                              detail);
    }
}

Error Pop3Client::errorFromReply(const Reply &reply, const QByteArray &command) const
{
    QByteArray argument;
    const QByteArray code = responseCode(reply.text, &argument);
    const QString detail =
        QStringLiteral("%1: -ERR %2").arg(QString::fromLatin1(command), sanitizeServerText(reply.text, 300));
    if (code == "AUTH")
        return Error::account(Error::Code::AuthFailed,
                              tr("The password was not accepted. Check it, or ask your provider whether the mailbox "
                                 "needs an app password."),
                              detail);
    if (code == "IN-USE")
        return Error::session(Error::Code::MailboxInUse,
                              tr("The mailbox is in use by another program (or a session that ended recently). "
                                 "Mailferry will try again in about 10 minutes; close other mail programs meanwhile."),
                              detail, inUseRetry);
    if (code == "LOGIN-DELAY") {
        // A number in the code itself ("[LOGIN-DELAY 900]", not in RFC 2449 but sent by some
        // servers) wins over CAPA's; either is clamped so that it fits a timer.
        Millis wait = m_caps.loginDelay().value_or(loginDelayFallback);
        const CheckedNumber seconds = parseDecimal(argument, std::numeric_limits<qint64>::max() / 1000);
        if (seconds.ok())
            wait = Millis(seconds.value * 1000);
        else if (seconds.status == CheckedNumber::Status::TooLarge)
            wait = maxServerWait;
        wait = std::clamp(wait, Millis(0), maxServerWait);
        return Error::session(Error::Code::LoginDelay,
                              tr("The provider allows only a limited number of logins. Mailferry will try again in "
                                 "%n minute(s).", nullptr, int((wait.count() + 59999) / 60000)),
                              detail, wait);
    }
    if (code == "SYS/TEMP")
        return Error::session(Error::Code::ServerTemporary,
                              tr("The mail server has a temporary problem. Mailferry will try again later."), detail);
    if (code == "SYS/PERM")
        return Error::account(Error::Code::ServerPermanent,
                              tr("The mail server reported a permanent problem with this mailbox. Contact your provider; "
                                 "its message was: %1")
                                  .arg(sanitizeServerText(reply.text.mid(reply.text.indexOf(']') + 1))),
                              detail);

    const QByteArray name = commandName(command);
    if (name == "UIDL" && !command.contains(' '))
        return Error::account(Error::Code::UidlUnsupported,
                              tr("The server %1 does not give messages a permanent identity (UIDL). Mailferry can copy "
                                 "the mail but cannot safely delete it from the server.")
                                  .arg(serverName()),
                              detail);
    if (name == "RETR" || name == "TOP" || name == "DELE" || name == "LIST" || name == "UIDL") {
        const QByteArray lower = reply.text.toLower();
        const bool missing = lower.contains("no such") || lower.contains("no message") || lower.contains("deleted") || lower.contains("invalid message")
                             || lower.contains("out of range") || lower.contains("not found");
        return Error::item(missing ? Error::Code::NoSuchMessage : Error::Code::CommandFailed,
                           missing ? tr("The message is no longer on the server.")
                                   : tr("The server could not provide this message; it stays on the server."),
                           detail);
    }
    if (name == "QUIT")
        return Error::session(Error::Code::CommandFailed,
                              tr("The server did not finish the session properly, so messages marked for deletion may "
                                 "still be there. Mailferry will delete them on a later run."),
                              detail);
    if (name == "greeting")
        return Error::session(Error::Code::ServerTemporary,
                              tr("The server %1 refused the connection for now. Mailferry will try again later.")
                                  .arg(serverName()),
                              detail);
    return Error::session(Error::Code::CommandFailed,
                          tr("The mail server refused a command. Mailferry will reconnect and try again."), detail);
}

Error Pop3Client::authError(const Reply &reply, const QByteArray &command) const
{
    const QByteArray code = responseCode(reply.text);
    if (code == "AUTH" || code == "IN-USE" || code == "LOGIN-DELAY" || code == "SYS/TEMP" || code == "SYS/PERM")
        return errorFromReply(reply, command);
    // Without a response code, "locked" / "in use" still mean the mailbox is busy.
    const QByteArray lower = reply.text.toLower();
    if (lower.contains("lock") || lower.contains("in use") || lower.contains("in-use")) {
        Reply r = reply;
        r.text = "[IN-USE] " + reply.text;
        Error e = errorFromReply(r, command);
        e.detail = QStringLiteral("%1: -ERR %2").arg(QString::fromLatin1(command), sanitizeServerText(reply.text, 300));
        return e;
    }
    // Only [AUTH] says the credentials are wrong. Anything else ("-ERR message is damaged",
    // "-ERR mailbox corrupt") may be a server problem: say what the server said, and stop the
    // account without retrying, as a retry loop on a login could lock the account.
    const QString words = sanitizeServerText(code.isEmpty() ? reply.text : reply.text.mid(reply.text.indexOf(']') + 1), 160);
    return Error::account(Error::Code::LoginRefused,
                          words.isEmpty()
                              ? tr("The server %1 refused the login without saying why. This may not be a wrong "
                                   "password: try signing in with another mail program, or ask your provider.")
                                    .arg(serverName())
                              : tr("The server %1 refused the login and said: \"%2\". This may not be a wrong "
                                   "password: check what the server said, or ask your provider.")
                                    .arg(serverName(), words),
                          QStringLiteral("%1: -ERR %2").arg(QString::fromLatin1(command), sanitizeServerText(reply.text, 300)));
}

// ---------------------------------------------------------------------------------------------
// Commands

template <typename T>
Pop3Client::ReplyHandler Pop3Client::simple(Callback<T> done, std::function<Result<T>(Reply &)> parse, QByteArray command)
{
    return [this, done = std::move(done), parse = std::move(parse), command](Result<Reply> r) {
        if (!r) {
            done(r.error());
            return;
        }
        Reply &reply = r.value();
        if (!reply.ok) {
            done(errorFromReply(reply, command));
            return;
        }
        done(parse(reply));
    };
}

Pop3Client::ReplyHandler Pop3Client::statusHandler(StatusCallback done, QByteArray command)
{
    return [this, done = std::move(done), command](Result<Reply> r) {
        if (!r)
            done(r.error());
        else if (!r.value().ok)
            done(errorFromReply(r.value(), command));
        else
            done(Status());
    };
}

namespace {

Error badReply(const QString &server, const QByteArray &command, const QByteArray &line)
{
    return Error::session(Error::Code::ProtocolViolation,
                          QCoreApplication::translate("mf::pop3::Pop3Client",
                                                      "The server %1 sent an answer Mailferry cannot read. Mailferry will "
                                                      "reconnect.")
                              .arg(server),
                          QStringLiteral("%1: unreadable line \"%2\"")
                              .arg(QString::fromLatin1(command), QString::fromLatin1(line.left(120).toPercentEncoding(" "))));
}

/// Calls fn(line) for every line of a multi-line body (CR LF or bare LF), without copying it.
template <typename Fn>
bool forEachLine(const QByteArray &body, Fn fn)
{
    const char *d = body.constData();
    const qsizetype n = body.size();
    qsizetype start = 0;
    while (start < n) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = n;
        qsizetype stop = end;
        if (stop > start && d[stop - 1] == '\r')
            --stop;
        if (stop > start && !fn(QByteArrayView(d + start, stop - start)))
            return false;
        start = end + 1;
    }
    return true;
}

bool parseNumberPair(QByteArrayView line, int *number, QByteArrayView *rest)
{
    line = line.trimmed();
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    const auto n = messageNumber(line.first(space));
    if (!n)
        return false;
    *number = *n;
    *rest = line.sliced(space + 1).trimmed();
    return !rest->isEmpty();
}

Error listingTooLarge(const QString &server, const QByteArray &command, const QString &what)
{
    return Error::session(Error::Code::ReplyTooLarge,
                          QCoreApplication::translate("mf::pop3::Pop3Client",
                                                      "The server %1 sent an answer to %2 far larger than Mailferry "
                                                      "accepts. Mailferry will try again later.")
                              .arg(server, QString::fromLatin1(command)),
                          QStringLiteral("%1: %2").arg(QString::fromLatin1(command), what));
}

/// Parses the body of a multi-line listing of "<number> <token> [anything]" lines (LIST, UIDL).
/// `convert(number, token)` makes the entry, or std::nullopt when the token is not valid. The first
/// unreadable line turns the whole reply into a protocol error that names it: a listing with a hole
/// would let the engine miss or misnumber a message. More than `limits.maxListingEntries` entries,
/// or a line longer than `limits.maxLineBytes`, is ReplyTooLarge.
template <typename Entry, typename Convert>
Result<QList<Entry>> parseListing(const QByteArray &body, const QString &server, const QByteArray &command,
                                  const Limits &limits, Convert convert)
{
    QList<Entry> out;
    QByteArray bad;
    std::optional<Error> tooLarge;
    forEachLine(body, [&](QByteArrayView line) {
        if (line.size() > limits.maxLineBytes) {
            tooLarge = listingTooLarge(server, command, QStringLiteral("a line of %1 bytes").arg(line.size()));
            return false;
        }
        if (out.size() >= limits.maxListingEntries) {
            tooLarge = listingTooLarge(server, command,
                                       QStringLiteral("more than %1 entries").arg(limits.maxListingEntries));
            return false;
        }
        int n = 0;
        QByteArrayView rest;
        std::optional<Entry> entry;
        if (parseNumberPair(line, &n, &rest)) {
            const qsizetype sp = rest.indexOf(' ');
            entry = convert(n, sp < 0 ? rest : rest.first(sp));
        }
        if (!entry) {
            bad = line.toByteArray();
            return false;
        }
        out.append(std::move(*entry));
        return true;
    });
    if (tooLarge)
        return *tooLarge;
    if (!bad.isNull())
        return badReply(server, command, bad);
    return out;
}

} // namespace

void Pop3Client::stat(Callback<StatInfo> done)
{
    const QString server = serverName();
    enqueue("STAT", false,
            simple<StatInfo>(std::move(done),
                             [server](Reply &reply) -> Result<StatInfo> {
                                 // "+OK count size [anything]"; count may be 0.
                                 const QByteArray text = reply.text.trimmed();
                                 const QList<QByteArray> words = text.split(' ');
                                 if (words.size() < 2)
                                     return badReply(server, "STAT", text);
                                 const CheckedNumber count = parseDecimal(words.at(0), std::numeric_limits<int>::max());
                                 const auto size = sizeValue(words.at(1), maxMaildropSize);
                                 if (!count.ok() || !size)
                                     return badReply(server, "STAT", text);
                                 StatInfo info;
                                 info.count = int(count.value);
                                 info.size = *size;
                                 return info;
                             },
                             "STAT"));
}

void Pop3Client::list(Callback<QList<ListEntry>> done)
{
    const QString server = serverName();
    const Limits limits = m_limits;
    enqueue("LIST", true,
            simple<QList<ListEntry>>(std::move(done),
                                     [server, limits](Reply &reply) -> Result<QList<ListEntry>> {
                                         return parseListing<ListEntry>(
                                             reply.body, server, "LIST", limits,
                                             [](int n, QByteArrayView token) -> std::optional<ListEntry> {
                                                 const auto size = sizeValue(token);
                                                 if (!size)
                                                     return std::nullopt;
                                                 return ListEntry{n, *size};
                                             });
                                     },
                                     "LIST"),
            {}, BodyKind::Listing, m_limits.maxListingBytes);
}

void Pop3Client::list(int number, Callback<ListEntry> done)
{
    const QByteArray line = "LIST " + QByteArray::number(number);
    const QString server = serverName();
    enqueue(line, false,
            simple<ListEntry>(std::move(done),
                              [server, line](Reply &reply) -> Result<ListEntry> {
                                  int n = 0;
                                  QByteArray rest;
                                  if (!splitNumber(reply.text, &n, &rest))
                                      return badReply(server, line, reply.text);
                                  const auto size = sizeValue(firstToken(rest));
                                  if (!size)
                                      return badReply(server, line, reply.text);
                                  return ListEntry{n, *size};
                              },
                              line));
}

void Pop3Client::uidl(Callback<QList<UidlEntry>> done)
{
    const QString server = serverName();
    const Limits limits = m_limits;
    enqueue("UIDL", true,
            simple<QList<UidlEntry>>(std::move(done),
                                     [server, limits](Reply &reply) -> Result<QList<UidlEntry>> {
                                         return parseListing<UidlEntry>(
                                             reply.body, server, "UIDL", limits,
                                             [](int n, QByteArrayView token) -> std::optional<UidlEntry> {
                                                 return UidlEntry{n, token.toByteArray()};
                                             });
                                     },
                                     "UIDL"),
            {}, BodyKind::Listing, m_limits.maxListingBytes);
}

void Pop3Client::uidl(int number, Callback<UidlEntry> done)
{
    const QByteArray line = "UIDL " + QByteArray::number(number);
    const QString server = serverName();
    enqueue(line, false,
            simple<UidlEntry>(std::move(done),
                              [server, line](Reply &reply) -> Result<UidlEntry> {
                                  int n = 0;
                                  QByteArray rest;
                                  if (!splitNumber(reply.text, &n, &rest))
                                      return badReply(server, line, reply.text);
                                  return UidlEntry{n, firstToken(rest).toByteArray()};
                              },
                              line));
}

void Pop3Client::top(int number, int lines, Callback<QByteArray> done)
{
    const QByteArray line = "TOP " + QByteArray::number(number) + ' ' + QByteArray::number(std::max(0, lines));
    enqueue(line, true,
            simple<QByteArray>(std::move(done), [](Reply &reply) -> Result<QByteArray> { return std::move(reply.body); },
                               line),
            {}, BodyKind::Top, m_limits.maxTopBytes);
}

void Pop3Client::retrieve(int number, Callback<QByteArray> done)
{
    retrieve(number, -1, std::move(done));
}

void Pop3Client::retrieve(int number, qint64 maxBytes, Callback<QByteArray> done)
{
    const QByteArray line = "RETR " + QByteArray::number(number);
    const qint64 cap = maxBytes < 0 ? m_limits.maxMessageBytes : std::min(maxBytes, m_limits.maxMessageBytes);
    enqueue(line, true,
            simple<QByteArray>(std::move(done), [](Reply &reply) -> Result<QByteArray> { return std::move(reply.body); },
                               line),
            {}, BodyKind::Message, cap);
}

void Pop3Client::dele(int number, StatusCallback done)
{
    const QByteArray line = "DELE " + QByteArray::number(number);
    enqueue(line, false, statusHandler(std::move(done), line));
}

void Pop3Client::rset(StatusCallback done)
{
    enqueue("RSET", false, statusHandler(std::move(done), "RSET"));
}

void Pop3Client::noop(StatusCallback done)
{
    enqueue("NOOP", false, statusHandler(std::move(done), "NOOP"));
}

void Pop3Client::quit(StatusCallback done)
{
    MF_ASSERT_OWN_THREAD();
    auto handler = [this, done = std::move(done)](Result<Reply> r) {
        if (!r) {
            done(r.error());
            return;
        }
        // Whatever the answer, the session is over: the server closes after QUIT.
        m_state = State::Closed;
        ++m_generation;
        m_connectTimer->stop();
        m_greetingTimer->stop();
        m_idleTimer->stop();
        m_replyLineTimer->stop();
        m_rateTimer->stop();
        m_replyLineFor = m_rateFor = 0;
        m_reader.clear();
        if (m_transport) {
            m_transport->close();
            m_transport->deleteLater();
            m_transport = nullptr;
        }
        if (r.value().ok)
            done(Status());
        else
            done(errorFromReply(r.value(), "QUIT"));
    };
    enqueue("QUIT", false, std::move(handler));
    m_quitRequested = true;
}

} // namespace mf::pop3
