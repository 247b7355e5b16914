// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pop3Client: connecting and the AUTHORIZATION state (RFC 1939 §4, 2449, 2595, 5034, 6856).
// From the TCP or TLS connection to the TRANSACTION state: greeting, CAPA, STLS (then CAPA
// again), UTF8, and one of APOP, AUTH PLAIN or USER/PASS. Every login command's reply goes
// through loginStep(); what its -ERR means is decided by ErrorTable::fromLogin().
#include "pop3/Pop3Client.h"

#include "common/Logging.h"
#include "pop3/ErrorTable.h"
#include "pop3/ReplyParsing.h"
#include "pop3/ServerText.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <utility>

namespace mf::pop3 {

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
    connect(transport, &Transport::connected, this, [this, gen] {
        if (gen == m_generation)
            onConnected();
    });
    connect(transport, &Transport::encrypted, this, [this, gen] {
        if (gen == m_generation)
            onEncrypted();
    });
    connect(transport, &Transport::readyRead, this, [this, gen] {
        if (gen == m_generation)
            onReadyRead();
    });
    connect(transport, &Transport::failed, this, [this, gen](Error::Code code, const QString &detail) {
        if (gen == m_generation)
            onTransportFailed(code, detail);
    });

    qCDebug(lcPop3).noquote() << "connecting to" << serverName() << "security" << int(settings.security) << "user"
                              << settings.user;
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
    if (isOkLine(line)) {
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
        failAll(errors().fromReply(line.mid(4).trimmed(), QByteArrayLiteral("greeting")), true);
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
        failAll(Error::account(
                    Error::Code::PlaintextRefused,
                    tr("The connection to %1 is not encrypted, so Mailferry did not send your password.").arg(serverName()),
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
    case ServerSettings::Auth::UserPass: authUserPass(); break;
    case ServerSettings::Auth::SaslPlain: authSaslPlain(); break;
    case ServerSettings::Auth::Apop: authApop(/*fallBack=*/false); break;
    }
}

void Pop3Client::authUserPass()
{
    Command user;
    user.line = "USER " + m_settings.user.toUtf8();
    user.handler = loginStep("USER", [this] {
        Command pass;
        pass.line = "PASS " + m_password.toUtf8();
        pass.trace = "PASS <redacted>";
        pass.handler = loginStep("PASS", [this] { loginSucceeded(); });
        sendNow(std::move(pass));
    });
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
    c.handler = loginStep("AUTH PLAIN", [this] { loginSucceeded(); });
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
    const QByteArray digest = QCryptographicHash::hash(m_apopTimestamp + m_password.toUtf8(), QCryptographicHash::Md5).toHex();
    Command c;
    c.line = "APOP " + m_settings.user.toUtf8() + ' ' + digest;
    c.trace = "APOP " + m_settings.user.toUtf8() + " <redacted>";
    c.handler = loginStep(
        "APOP", [this] { loginSucceeded(); },
        [this, fallBack](const Error &error) {
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
        });
    sendNow(std::move(c));
}

Pop3Client::ReplyHandler Pop3Client::loginStep(QByteArray command, std::function<void()> accepted,
                                               std::function<void(const Error &)> refused)
{
    return [this, command = std::move(command), accepted = std::move(accepted), refused = std::move(refused)](Result<Reply> r) {
        if (!r)
            return; // the connection ended: the connect callback already has the cause
        if (r.value().ok) {
            accepted();
            return;
        }
        const Error error = errors().fromLogin(r.value().text, command);
        if (refused)
            refused(error);
        else
            failAll(error, false);
    };
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

} // namespace mf::pop3
