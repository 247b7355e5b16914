// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScriptedPop3Server.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace mf::test {

namespace {

constexpr qint64 kHighWater = 256 * 1024; ///< keep at most this much queued in the socket

QByteArray headerBlock(const QByteArray &raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? raw : raw.left(end + 2);
}

QByteArray messageIdOf(const QByteArray &raw)
{
    static const QRegularExpression re(QStringLiteral("^message-id:[ \\t]*(.*?)\\r?$"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromLatin1(headerBlock(raw)));
    return m.hasMatch() ? m.captured(1).trimmed().toLatin1() : QByteArray();
}

QByteArray stuffed(const QByteArray &crlf)
{
    QByteArray out;
    out.reserve(crlf.size() + crlf.size() / 64 + 8);
    qsizetype pos = 0;
    while (pos < crlf.size()) {
        qsizetype eol = crlf.indexOf("\r\n", pos);
        const qsizetype next = eol < 0 ? crlf.size() : eol + 2;
        if (crlf.at(pos) == '.')
            out.append('.');
        out.append(crlf.constData() + pos, next - pos);
        pos = next;
    }
    if (!out.endsWith("\r\n"))
        out.append("\r\n");
    return out;
}

} // namespace

/// One client connection.
class ScriptedPop3Server::Session : public QObject {
public:
    Session(ScriptedPop3Server *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { processInput(); });
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        m_timestamp = QByteArray("<") + QByteArray::number(QCoreApplication::applicationPid()) + '.'
            + QByteArray::number(++s_serial) + '.' + QByteArray::number(QDateTime::currentSecsSinceEpoch())
            + "@scripted.example>";
        m_server->m_lastTimestamp = m_timestamp;
        reply("+OK ScriptedPop3 ready" + (q().apopTimestamp ? ' ' + m_timestamp : QByteArray()) + "\r\n", "GREETING");
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_generator = nullptr;
        if (m_trickle)
            m_trickle->stop();
        deleteLater();
    }

    void abortNow()
    {
        m_socket->abort();
        finish();
    }

private:
    const Quirks &q() const { return m_server->m_quirks; }

    void processInput()
    {
        while (!m_finished && !busy()) {
            const qsizetype eol = m_input.indexOf('\n');
            if (eol < 0) {
                if (m_socket->bytesAvailable() == 0)
                    return;
                m_input.append(m_socket->readAll());
                if (m_input.size() > 64 * 1024) { // no client sends such a line
                    abortNow();
                    return;
                }
                continue;
            }
            QByteArray line = m_input.left(eol);
            m_input.remove(0, eol + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            handle(line);
        }
    }

    [[nodiscard]] bool busy() const { return !m_pending.isEmpty() || m_generator || (m_trickle && m_trickle->isActive()); }

    /// Sends `text` now, or one byte at a time when `verb` is the trickled command.
    void reply(const QByteArray &text, const QByteArray &verb)
    {
        if (!q().trickleCommand.isEmpty() && verb == q().trickleCommand) {
            m_trickleData = text;
            if (!m_trickle) {
                m_trickle = new QTimer(this);
                connect(m_trickle, &QTimer::timeout, this, [this] {
                    if (m_trickleData.isEmpty()) {
                        m_trickle->stop();
                        QTimer::singleShot(0, this, [this] { processInput(); });
                        return;
                    }
                    m_socket->write(m_trickleData.left(1));
                    m_trickleData.remove(0, 1);
                });
            }
            m_trickle->start(q().trickleIntervalMs);
            return;
        }
        m_pending.append(text);
        pump();
    }

    void ok(const QByteArray &text, const QByteArray &verb = {}) { reply("+OK " + text + "\r\n", verb); }
    void err(const QByteArray &text, const QByteArray &verb = {}) { reply("-ERR " + text + "\r\n", verb); }

    /// Writes what is pending, then asks the generator for more while the socket drains.
    void pump()
    {
        if (m_finished)
            return;
        while (m_socket->bytesToWrite() < kHighWater) {
            if (!m_pending.isEmpty()) {
                const qsizetype n = std::min<qsizetype>(m_pending.size(), kHighWater);
                m_socket->write(m_pending.constData(), n);
                m_pending.remove(0, n);
                continue;
            }
            if (!m_generator)
                break;
            QByteArray more = m_generator();
            if (more.isEmpty()) {
                m_generator = nullptr;
                break;
            }
            m_pending = std::move(more);
        }
        if (!busy() && (!m_input.isEmpty() || m_socket->bytesAvailable() > 0))
            QTimer::singleShot(0, this, [this] { processInput(); });
    }

    [[nodiscard]] int visibleCount() const { return int(m_snapshot.size()); }

    /// The message numbered `number` in this session, if it exists, is not marked and is still in
    /// the mailbox (another client may have removed it).
    const Message *message(int number) const
    {
        if (number < 1 || number > m_snapshot.size() || m_marked.contains(number))
            return nullptr;
        const quint64 id = m_snapshot.at(number - 1);
        for (const Message &m : m_server->m_messages)
            if (m.id == id)
                return &m;
        return nullptr;
    }

    [[nodiscard]] QByteArray uidlOf(int number, const Message &m) const
    {
        if (q().uidlFollowsNumber)
            return QByteArray::number(number);
        return m.uidl.isEmpty() ? m_server->defaultUidl(m) : m.uidl;
    }

    [[nodiscard]] QByteArray served(const Message &m) const
    {
        if (q().courierUtf8 && !m_utf8 && headerHas8Bit(m.raw))
            return courierStandIn(m.raw, q().courierUnicodeType);
        return m.raw;
    }

    [[nodiscard]] qint64 announcedSize(int number, const Message &m) const
    {
        const qint64 real = m.raw.size();
        if (!q().listSizeLies)
            return real;
        return number % 2 ? std::max<qint64>(1, real / 10) : real * 10 + 12345;
    }

    [[nodiscard]] int parseNumber(const QByteArray &arg, bool *ok) const
    {
        const int n = arg.toInt(ok);
        return *ok ? n : 0;
    }

    void hugeListing(const QByteArray &verb)
    {
        ok("huge listing follows", verb);
        auto written = std::make_shared<qint64>(0);
        auto n = std::make_shared<qint64>(0);
        const qint64 target = q().hugeListingBytes;
        const bool uidl = verb == "UIDL";
        m_generator = [written, n, target, uidl]() -> QByteArray {
            if (*written >= target)
                return *written == target + 1 ? QByteArray() : (*written = target + 1, QByteArray(".\r\n"));
            QByteArray chunk;
            chunk.reserve(70 * 1024);
            while (chunk.size() < 64 * 1024) {
                ++*n;
                chunk += QByteArray::number(*n) + ' '
                    + (uidl ? QByteArray("huge-") + QByteArray::number(*n, 16).rightJustified(40, '0')
                            : QByteArray::number(1000 + *n % 5000))
                    + "\r\n";
            }
            *written += chunk.size();
            return chunk;
        };
        pump();
    }

    void handle(const QByteArray &line)
    {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray arg = space < 0 ? QByteArray() : line.mid(space + 1);
        if (verb == "PASS")
            m_server->m_commands.append("PASS ***");
        else if (verb == "APOP")
            m_server->m_commands.append("APOP " + arg.split(' ').value(0) + " ***");
        else
            m_server->m_commands.append(line);

        if (verb == "QUIT")
            return quit();
        if (verb == "NOOP" && m_transaction)
            return ok("", verb);
        if (verb == "CAPA" && q().capa)
            return capa();
        if (verb == "UTF8" && q().courierUtf8) {
            m_utf8 = true;
            return ok("UTF8 enabled", verb);
        }
        if (!m_transaction) {
            if (verb == "USER") {
                m_userGiven = arg;
                return ok("Password required.", verb);
            }
            if (verb == "PASS")
                return login(m_userGiven, arg == m_server->m_password.toUtf8() && !m_userGiven.isEmpty(), "PASS");
            if (verb == "APOP") {
                const QList<QByteArray> parts = arg.split(' ');
                const QByteArray expect =
                    QCryptographicHash::hash(m_timestamp + m_server->m_password.toUtf8(), QCryptographicHash::Md5).toHex();
                return login(parts.value(0), q().apopTimestamp && parts.size() == 2 && parts.at(1).toLower() == expect, "APOP");
            }
            return err("Unknown command or not logged in.", verb);
        }
        if (verb == "STAT") {
            qint64 total = 0;
            int count = 0;
            for (int i = 1; i <= visibleCount(); ++i)
                if (const Message *m = message(i)) {
                    ++count;
                    total += announcedSize(i, *m);
                }
            return ok(QByteArray::number(count) + ' ' + QByteArray::number(total), verb);
        }
        if (verb == "LIST" || verb == "UIDL") {
            const bool uidl = verb == "UIDL";
            if (uidl && q().noUidl)
                return err("Unknown command.", verb);
            if (arg.isEmpty() && q().hugeListingCommand == verb)
                return hugeListing(verb);
            auto entry = [&](int i, const Message &m) {
                return QByteArray::number(i) + ' ' + (uidl ? uidlOf(i, m) : QByteArray::number(announcedSize(i, m)));
            };
            if (!arg.isEmpty()) {
                bool isNumber = false;
                const int n = parseNumber(arg, &isNumber);
                const Message *m = isNumber ? message(n) : nullptr;
                if (!m)
                    return err("Invalid message number.", verb);
                return ok(entry(n, *m), verb);
            }
            QByteArray body = "+OK\r\n";
            for (int i = 1; i <= visibleCount(); ++i)
                if (const Message *m = message(i))
                    body += entry(i, *m) + "\r\n";
            return reply(body + ".\r\n", verb);
        }
        if (verb == "RETR" || verb == "TOP") {
            const QList<QByteArray> args = arg.split(' ');
            bool isNumber = false;
            const int n = parseNumber(args.value(0), &isNumber);
            int lines = 0;
            if (verb == "TOP") {
                bool linesOk = false;
                lines = args.value(1).toInt(&linesOk);
                if (!linesOk || lines < 0)
                    return err("Syntax: TOP msg lines.", verb);
            }
            if (verb == "RETR" && q().dropAfterRetrs >= 0 && m_retrs >= q().dropAfterRetrs
                && (q().dropTimes < 0 || m_server->m_dropsDone < q().dropTimes)) {
                if (!m_dropCounted) {
                    m_dropCounted = true;
                    ++m_server->m_dropsDone;
                }
                return abortNow();
            }
            if (verb == "RETR" && q().endlessRetr == n && n > 0) {
                ++m_retrs;
                ok("1000 octets", verb);
                auto i = std::make_shared<qint64>(0);
                m_generator = [i] {
                    QByteArray chunk;
                    while (chunk.size() < 64 * 1024)
                        chunk += "X-Endless-" + QByteArray::number(++*i) + ": this reply never ends\r\n";
                    return chunk;
                };
                return pump();
            }
            const Message *m = isNumber ? message(n) : nullptr;
            if (!m)
                return err("Invalid message number.", verb);
            QByteArray content = served(*m);
            if (verb == "TOP") {
                const qsizetype headerEnd = content.indexOf("\r\n\r\n");
                if (headerEnd >= 0) {
                    qsizetype pos = headerEnd + 4;
                    for (int l = 0; l < lines && pos < content.size(); ++l) {
                        const qsizetype eol = content.indexOf("\r\n", pos);
                        pos = eol < 0 ? content.size() : eol + 2;
                    }
                    content = content.left(pos);
                }
            } else {
                ++m_retrs;
                m_retrieved.insert(n);
            }
            const qint64 size = content.size() != m->raw.size() && verb == "RETR" ? content.size() : announcedSize(n, *m);
            return reply("+OK " + QByteArray::number(size) + " octets follow.\r\n" + stuffed(content) + ".\r\n", verb);
        }
        if (verb == "DELE") {
            bool isNumber = false;
            const int n = parseNumber(arg, &isNumber);
            if (!isNumber || !message(n))
                return err("Invalid message number.", verb);
            m_marked.insert(n);
            return ok("Deleted.", verb);
        }
        if (verb == "RSET") {
            m_marked.clear();
            return ok("", verb);
        }
        err("Unknown command.", verb);
    }

    void capa()
    {
        QByteArray body = "+OK Capability list follows\r\nTOP\r\nUSER\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n";
        if (!q().noUidl)
            body += "UIDL\r\n";
        if (q().pipelining)
            body += "PIPELINING\r\n";
        if (q().loginDelaySeconds > 0)
            body += "LOGIN-DELAY " + QByteArray::number(q().loginDelaySeconds) + "\r\n";
        if (q().expireDays >= 0)
            body += "EXPIRE " + QByteArray::number(q().expireDays) + "\r\n";
        if (q().courierUtf8)
            body += "UTF8 USER\r\n";
        body += "IMPLEMENTATION ScriptedPop3\r\n.\r\n";
        reply(body, "CAPA");
    }

    void login(const QByteArray &user, bool passwordOk, const QByteArray &command)
    {
        ScriptedPop3Server &s = *m_server;
        Login record;
        record.atMs = s.m_now ? s.m_now() : QDateTime::currentMSecsSinceEpoch();
        record.command = command;
        QByteArray answer;
        const bool userOk = user == s.m_user.toUtf8();
        if (!q().passErrText.isEmpty() && s.m_passErrLeft != 0) {
            if (s.m_passErrLeft > 0)
                --s.m_passErrLeft;
            answer = "-ERR " + q().passErrText;
        } else if (!userOk || !passwordOk) {
            answer = "-ERR [AUTH] Authentication failed.";
        } else if (s.m_inUseLeft > 0) {
            --s.m_inUseLeft;
            answer = "-ERR [IN-USE] Mailbox is locked by another POP3 session.";
        } else if (q().loginDelaySeconds > 0 && s.m_lastLoginMs
                   && record.atMs - *s.m_lastLoginMs < qint64(q().loginDelaySeconds) * 1000) {
            answer = "-ERR [LOGIN-DELAY] Wait " + QByteArray::number(q().loginDelaySeconds) + " seconds between logins.";
        } else {
            answer = "+OK Logged in.";
            record.accepted = true;
            s.m_lastLoginMs = record.atMs;
            m_transaction = true;
            for (const Message &m : s.m_messages)
                m_snapshot.append(m.id);
        }
        record.reply = answer;
        s.m_logins.append(record);
        reply(answer + "\r\n", command);
    }

    void quit()
    {
        ScriptedPop3Server &s = *m_server;
        if (m_transaction) {
            QSet<quint64> gone;
            for (int n : std::as_const(m_marked))
                gone.insert(m_snapshot.at(n - 1));
            if (q().expireDays == 0)
                for (int n : std::as_const(m_retrieved))
                    gone.insert(m_snapshot.at(n - 1));
            for (qsizetype i = s.m_messages.size() - 1; i >= 0; --i)
                if (gone.contains(s.m_messages.at(i).id)) {
                    s.m_removed.append(s.m_messages.at(i).id);
                    s.m_messages.removeAt(i);
                }
            QList<quint64> left;
            for (const Message &m : std::as_const(s.m_messages))
                left.append(m.id);
            s.m_leftAfterQuit.append(left);
            m_transaction = false;
        }
        m_pending.append("+OK Bye.\r\n");
        pump();
        m_socket->disconnectFromHost();
    }

    static inline int s_serial = 0;
    ScriptedPop3Server *m_server;
    QTcpSocket *m_socket;
    QByteArray m_timestamp;
    QByteArray m_input;
    QByteArray m_pending;
    std::function<QByteArray()> m_generator;
    QTimer *m_trickle = nullptr;
    QByteArray m_trickleData;
    bool m_finished = false;
    bool m_transaction = false;
    bool m_utf8 = false;
    bool m_dropCounted = false;
    QByteArray m_userGiven;
    QList<quint64> m_snapshot;
    QSet<int> m_marked;
    QSet<int> m_retrieved;
    int m_retrs = 0;
};

ScriptedPop3Server::ScriptedPop3Server(QObject *parent)
    : QObject(parent)
{
}

ScriptedPop3Server::~ScriptedPop3Server()
{
    stop();
}

bool ScriptedPop3Server::start()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &ScriptedPop3Server::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void ScriptedPop3Server::stop()
{
    for (const auto &s : std::as_const(m_sessions))
        if (s)
            s->abortNow();
    m_sessions.clear();
    if (m_server)
        m_server->close();
}

quint16 ScriptedPop3Server::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void ScriptedPop3Server::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void ScriptedPop3Server::onNewConnection()
{
    if (!m_quirkCountersSet) { // counters start from the quirks in force at the first connection
        m_quirkCountersSet = true;
        m_inUseLeft = m_quirks.inUseCount;
        m_passErrLeft = m_quirks.passErrCount;
    }
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_sessions.append(new Session(this, socket));
    }
}

quint64 ScriptedPop3Server::addMessage(const QByteArray &raw, const QByteArray &uidl)
{
    Message m;
    m.id = m_nextId++;
    m.raw = toCrlf(raw);
    m.uidl = uidl;
    m_messages.append(m);
    return m.id;
}

void ScriptedPop3Server::removeMessages(const QList<quint64> &ids)
{
    m_messages.removeIf([&](const Message &m) { return ids.contains(m.id); });
}

void ScriptedPop3Server::removeOldest(int count)
{
    m_messages.remove(0, std::min<qsizetype>(count, m_messages.size()));
}

QList<QByteArray> ScriptedPop3Server::rawMessages() const
{
    QList<QByteArray> out;
    for (const Message &m : m_messages)
        out.append(m.raw);
    return out;
}

QByteArray ScriptedPop3Server::uidlFor(int number) const
{
    if (number < 1 || number > m_messages.size())
        return {};
    if (m_quirks.uidlFollowsNumber)
        return QByteArray::number(number);
    const Message &m = m_messages.at(number - 1);
    return m.uidl.isEmpty() ? defaultUidl(m) : m.uidl;
}

QByteArray ScriptedPop3Server::defaultUidl(const Message &m) const
{
    if (m_quirks.duplicateUidls)
        return contentUidl(m.raw);
    return "SP" + QByteArray::number(m.id).rightJustified(8, '0');
}

int ScriptedPop3Server::commandCount(const QByteArray &verb) const
{
    return int(std::count_if(m_commands.begin(), m_commands.end(),
                             [&](const QByteArray &c) { return c == verb || c.startsWith(verb + ' '); }));
}

int ScriptedPop3Server::acceptedLogins() const
{
    return int(std::count_if(m_logins.begin(), m_logins.end(), [](const Login &l) { return l.accepted; }));
}

int ScriptedPop3Server::refusedLogins() const
{
    return int(m_logins.size()) - acceptedLogins();
}

QByteArray ScriptedPop3Server::toCrlf(const QByteArray &raw)
{
    QByteArray out;
    out.reserve(raw.size() + raw.size() / 40);
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\n' && (i == 0 || raw.at(i - 1) != '\r'))
            out.append('\r');
        out.append(c);
    }
    return out;
}

bool ScriptedPop3Server::headerHas8Bit(const QByteArray &raw)
{
    const QByteArray header = headerBlock(raw);
    return std::any_of(header.begin(), header.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

QByteArray ScriptedPop3Server::contentUidl(const QByteArray &raw)
{
    const QByteArray id = messageIdOf(raw);
    return QCryptographicHash::hash(id.isEmpty() ? raw : id, QCryptographicHash::Md5).left(8).toHex();
}

QByteArray ScriptedPop3Server::courierStandIn(const QByteArray &raw, const QByteArray &type)
{
    // Exactly what Courier's courierpop3d (1.0.16, Debian 12) sends, captured from the real server,
    // for a message it finds Unicode-formatted when the client did not say UTF8: no Date, no
    // Message-ID of the original, the original attached as MIME_UNICODE_MESSAGE_TYPE
    // (message/global by default; message/rfc822 when configured for older clients). Courier's
    // boundary is "=_<n>-<time>"; a hash stands in for it so the bytes are reproducible.
    const QByteArray boundary =
        "=_" + QByteArray::number(qHash(raw) % 100) + '-' + QByteArray::number(1700000000 + qHash(raw) % 100000000);
    QByteArray out;
    out += "From: Mail Delivery Subsystem <postmaster>\r\n";
    out += "Subject: Cannot display Unicode content\r\n";
    out += "Mime-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n\r\n\r\n";
    out += "--" + boundary + "\r\nContent-Type: text/plain\r\n\r\n";
    out += "This E-mail message was determined to be Unicode-formatted\r\n"
           "but your E-mail reader does not support Unicode E-mail.\r\n\r\n"
           "Please use an E-mail reader that supports POP3 with UTF-8\r\n"
           "(see https://tools.ietf.org/html/rfc6856.html).\r\n\r\n"
           "This can also happen when the sender's E-mail program does not\r\n"
           "correctly format the sent message.\r\n\r\n"
           "The original message is included as a separate attachment\r\n"
           "so that it can be downloaded manually.\r\n\r\n";
    out += "--" + boundary + "\r\nContent-Type: " + type + "\r\n\r\n";
    out += raw;
    if (!raw.endsWith("\r\n"))
        out += "\r\n";
    out += "\r\n--" + boundary + "--\r\n";
    return out;
}

} // namespace mf::test
