// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pop3Client: the connection's machinery. Commands are queued and written (pipelined when the
// server allows it), replies are read and handed to their command in order, timers watch a
// server that stalls or trickles, and failAll() ends a connection so that every callback is
// called exactly once. Logging in is in Pop3Login.cpp, the TRANSACTION commands in
// Pop3Commands.cpp, what each failure means in ErrorTable.cpp.
#include "pop3/Pop3Client.h"

#include "common/Logging.h"
#include "pop3/ErrorTable.h"
#include "pop3/ReplyParsing.h"
#include "pop3/ServerText.h"
#include "pop3/SslTransport.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace mf::pop3 {

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
                               tr("The server %1 answers too slowly. Mailferry will reconnect and continue.").arg(serverName()),
                               QStringLiteral("no complete reply line to %1 within %2 ms")
                                   .arg(QString::fromLatin1(command))
                                   .arg(m_timeouts.replyLine.count())),
                true);
    });
    connect(m_rateTimer, &Timer::timeout, this, [this] {
        // A window in which nothing arrived is the idle timer's business (the server may think).
        if (m_windowBytes > 0 && m_windowBytes < m_timeouts.minBodyBytesPerWindow) {
            const QByteArray command = m_sent.empty() ? QByteArray() : commandName(m_sent.front().line);
            failAll(Error::session(
                        Error::Code::TooSlow,
                        tr("The server %1 sends data too slowly. Mailferry will reconnect and continue.").arg(serverName()),
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

ErrorTable Pop3Client::errors() const
{
    return ErrorTable(serverName(), m_settings.host, m_caps.loginDelay());
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

void Pop3Client::enqueue(QByteArray line, bool multiline, ReplyHandler handler, QByteArray trace, BodyKind kind, qint64 maxBody,
                         bool cutAtCap)
{
    MF_ASSERT_OWN_THREAD();
    const bool open = m_state == State::Connecting || m_state == State::Greeting || m_state == State::LoggingIn
        || m_state == State::StartingTls || m_state == State::Transaction;
    if (!open || m_quitRequested) {
        failLater([this, handler = std::move(handler)] { handler(errors().notConnected()); });
        return;
    }
    Command c;
    c.line = std::move(line);
    c.trace = std::move(trace);
    c.multiline = multiline;
    c.kind = multiline ? kind : BodyKind::None;
    c.maxBody = maxBody;
    c.cutAtCap = cutAtCap && maxBody >= 0;
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
            case ResponseReader::LineStatus::NeedMore: return;
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
            case ResponseReader::LineStatus::Line: handleGreeting(line); continue;
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
                failAll(Error::session(
                            Error::Code::ProtocolViolation,
                            tr("The server %1 sent data Mailferry did not ask for. Mailferry will reconnect.").arg(serverName()),
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
            if (isOkLine(line)) {
                cmd.reply.ok = true;
                cmd.reply.text = line.mid(4);
                if (cmd.multiline) {
                    cmd.inBody = true;
                    if (cmd.kind == BodyKind::Message) {
                        // "+OK 1234 octets" is a hint; one that is no sane size is no hint.
                        const auto octets = sizeValue(firstToken(cmd.reply.text));
                        cmd.announced = octets ? *octets : -1;
                    }
                    if (cmd.cutAtCap)
                        m_reader.beginCutBody(&cmd.reply.body, cmd.maxBody);
                    else
                        m_reader.beginBody(&cmd.reply.body, cmd.announced, cmd.maxBody);
                    armReplyTimers();
                    continue;
                }
            } else if (isErrLine(line)) {
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
                const QString message =
                    tr("The server %1 does not answer like a POP3 mail server. %2")
                        .arg(serverName(), connecting ? tr("Check the server name and port.") : tr("Mailferry will reconnect."));
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
            cmd.reply.bodyBytes = m_reader.bodyBytes();
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
    case BodyKind::None: break;
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
    const bool beforeGreeting = m_state == State::Greeting || m_state == State::Connecting;
    failAll(errors().fromTransport(code, detail, beforeGreeting, m_peerCertificate ? m_peerCertificate->problems : QStringList()),
            true);
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
    stopTimers();
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
        return errors().connectionClosed(Error::codeName(cause.code) + QStringLiteral(": ") + cause.detail);
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

void Pop3Client::stopTimers()
{
    m_connectTimer->stop();
    m_greetingTimer->stop();
    m_idleTimer->stop();
    m_replyLineTimer->stop();
    m_rateTimer->stop();
    m_replyLineFor = m_rateFor = 0;
}

void Pop3Client::abort()
{
    MF_ASSERT_OWN_THREAD();
    failAll(Error::cancelled(QStringLiteral("POP3 session aborted without QUIT")), false);
}

} // namespace mf::pop3
