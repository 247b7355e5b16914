// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The scripted POP3 server that stands for real ISPs' servers, checked by speaking the protocol
// over a real loopback socket: UPDATE semantics, UIDLs and every quirk the engine tests rely on.
#include "MailFactory.h"
#include "ScriptedPop3Server.h"

#include <QCryptographicHash>
#include <QTcpSocket>
#include <QtTest/QtTest>

using namespace mf::test;

namespace {

/// A raw POP3 client for the test: sends lines, waits (on the event loop, so the in-process
/// server runs) for one status line or one multi-line reply.
class LineClient {
public:
    explicit LineClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            const QByteArray chunk = m_socket.readAll();
            ++m_chunks;
            m_buffer += chunk;
        });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] { m_closed = true; });
    }
    QByteArray line(int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor([&] { return m_buffer.contains("\r\n") || m_closed; }, timeoutMs);
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (eol < 0)
            return {};
        QByteArray l = m_buffer.left(eol);
        m_buffer.remove(0, eol + 2);
        return l;
    }
    QByteArray command(const QByteArray &c)
    {
        send(c);
        return line();
    }
    void send(const QByteArray &c) { m_socket.write(c + "\r\n"); }
    /// The body of a multi-line reply (after its status line), unstuffed, with CRLFs.
    QByteArray body(int timeoutMs = 10000)
    {
        (void)QTest::qWaitFor([&] { return m_buffer.startsWith(".\r\n") || m_buffer.contains("\r\n.\r\n") || m_closed; },
                              timeoutMs);
        qsizetype end = 0;
        if (!m_buffer.startsWith(".\r\n")) {
            const qsizetype at = m_buffer.indexOf("\r\n.\r\n");
            if (at < 0)
                return "<incomplete>";
            end = at + 2;
        }
        QByteArray b = m_buffer.left(end);
        m_buffer.remove(0, end + 3);
        QByteArray out;
        for (const QByteArray &l : b.split('\n')) {
            if (l.isEmpty())
                continue;
            out += l.startsWith('.') ? l.mid(1) : l;
            out += '\n';
        }
        return out;
    }
    QByteArray multi(const QByteArray &c, QByteArray *status = nullptr)
    {
        send(c);
        const QByteArray s = line();
        if (status)
            *status = s;
        return s.startsWith("+OK") ? body() : QByteArray();
    }
    bool login(const QByteArray &user = "maria", const QByteArray &pass = "secret")
    {
        const QByteArray greeting = line();
        if (!greeting.startsWith("+OK"))
            return false;
        m_greeting = greeting;
        return command("USER " + user).startsWith("+OK") && (m_lastPass = command("PASS " + pass)).startsWith("+OK");
    }
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_greeting;
    QByteArray m_lastPass;
    int m_chunks = 0;
    bool m_closed = false;
};

QByteArray message8bit(int index)
{
    MailFactory::Options o;
    o.index = index;
    o.targetSize = 1500;
    QByteArray m = MailFactory::message(o);
    m.replace("Subject: ",
              "Subject: Gr\xc3\xbc\xc3\x9f"
              "e ");
    return m;
}

} // namespace

class TestScriptedPop3Server : public QObject {
    Q_OBJECT
private slots:
    void basicSessionAndUpdateState()
    {
        ScriptedPop3Server server;
        QVERIFY(server.start());
        const QList<QByteArray> mails{MailFactory::message(1, 3000), MailFactory::message(2, 5000),
                                      MailFactory::message(3, 2000)};
        for (const auto &m : mails)
            server.addMessage(m);
        LineClient c(server.port());
        QVERIFY(c.login());
        QVERIFY(c.m_greeting.contains('<') && c.m_greeting.endsWith('>'));
        const QByteArray stat = c.command("STAT");
        const qint64 total =
            MailFactory::toCrlf(mails[0]).size() + MailFactory::toCrlf(mails[1]).size() + MailFactory::toCrlf(mails[2]).size();
        QCOMPARE(stat, "+OK 3 " + QByteArray::number(total));
        QCOMPARE(c.multi("LIST"),
                 "1 " + QByteArray::number(MailFactory::toCrlf(mails[0]).size()) + "\r\n2 "
                     + QByteArray::number(MailFactory::toCrlf(mails[1]).size()) + "\r\n3 "
                     + QByteArray::number(MailFactory::toCrlf(mails[2]).size()) + "\r\n");
        const QByteArray uidls = c.multi("UIDL");
        QCOMPARE(uidls.count('\n'), 3);
        QVERIFY(uidls.startsWith("1 " + server.uidlFor(1)));
        // RETR: dot-stuffed on the wire (MailFactory writes lines starting with "."), intact here
        QVERIFY(MailFactory::toCrlf(mails[1]).contains("\r\n."));
        QCOMPARE(c.multi("RETR 2"), MailFactory::toCrlf(mails[1]));
        const QByteArray top = c.multi("TOP 1 0");
        QVERIFY(top.endsWith("\r\n\r\n"));
        QVERIFY(MailFactory::toCrlf(mails[0]).startsWith(top));
        QVERIFY(c.command("DELE 2").startsWith("+OK"));
        QVERIFY(c.command("RETR 2").startsWith("-ERR"));
        QCOMPARE(server.messageCount(), 3); // marked, not removed before QUIT
        QVERIFY(c.command("QUIT").startsWith("+OK"));
        QTRY_COMPARE(server.leftAfterQuit().size(), 1);
        QCOMPARE(server.messageCount(), 2);
        QCOMPARE(server.rawMessages(), (QList<QByteArray>{MailFactory::toCrlf(mails[0]), MailFactory::toCrlf(mails[2])}));
        QCOMPARE(server.commands().count("PASS ***"), 1); // the password is never recorded
    }

    void dropWithoutQuitRemovesNothingAndRsetUnmarks()
    {
        ScriptedPop3Server server;
        QVERIFY(server.start());
        for (int i = 0; i < 3; ++i)
            server.addMessage(MailFactory::message(i, 1000));
        {
            LineClient c(server.port());
            QVERIFY(c.login());
            QVERIFY(c.command("DELE 1").startsWith("+OK"));
            c.m_socket.abort();
        }
        QTest::qWait(20);
        QCOMPARE(server.messageCount(), 3);
        LineClient c(server.port());
        QVERIFY(c.login());
        QVERIFY(c.command("DELE 1").startsWith("+OK"));
        QVERIFY(c.command("RSET").startsWith("+OK"));
        QVERIFY(c.command("DELE 3").startsWith("+OK"));
        QVERIFY(c.command("QUIT").startsWith("+OK"));
        QTRY_COMPARE(server.messageCount(), 2);
        QCOMPARE(server.removedByClients(), QList<quint64>{3});
    }

    void pipelinedCommandsAnswerInOrder()
    {
        ScriptedPop3Server server;
        QVERIFY(server.start());
        server.addMessage(MailFactory::message(1, 2000));
        LineClient c(server.port());
        QVERIFY(c.login());
        c.m_socket.write("NOOP\r\nRETR 1\r\nLIST 1\r\nNOOP\r\n");
        QVERIFY(c.line().startsWith("+OK"));
        QVERIFY(c.line().startsWith("+OK"));
        QCOMPARE(c.body(), MailFactory::toCrlf(MailFactory::message(1, 2000)));
        QVERIFY(c.line().startsWith("+OK 1 "));
        QVERIFY(c.line().startsWith("+OK"));
    }

    void apop()
    {
        ScriptedPop3Server server;
        QVERIFY(server.start());
        {
            LineClient c(server.port());
            const QByteArray greeting = c.line();
            const QByteArray ts = greeting.mid(greeting.indexOf('<'));
            const QByteArray digest = QCryptographicHash::hash(ts + "secret", QCryptographicHash::Md5).toHex();
            QVERIFY(c.command("APOP maria " + digest).startsWith("+OK"));
        }
        {
            LineClient c(server.port());
            c.line();
            QVERIFY(c.command("APOP maria 00112233445566778899aabbccddeeff").startsWith("-ERR [AUTH]"));
        }
        server.quirks().apopTimestamp = false; // a server without APOP
        LineClient c(server.port());
        QVERIFY(!c.line().contains('<'));
        QVERIFY(c.command("APOP maria 00112233445566778899aabbccddeeff").startsWith("-ERR"));
        QCOMPARE(server.acceptedLogins(), 1);
        QCOMPARE(server.refusedLogins(), 2);
    }

    void duplicateUidlsFromMessageId()
    {
        ScriptedPop3Server server;
        server.quirks().duplicateUidls = true;
        QVERIFY(server.start());
        QByteArray a = MailFactory::message(1, 1500);
        QByteArray b = MailFactory::message(2, 1500);
        b.replace(MailFactory::messageIdOf(2), MailFactory::messageIdOf(1)); // a different message, same Message-ID
        server.addMessage(a);
        server.addMessage(b);
        server.addMessage(MailFactory::message(3, 1500));
        LineClient c(server.port());
        QVERIFY(c.login());
        const QList<QByteArray> lines = c.multi("UIDL").trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].split(' ')[1].trimmed(), lines[1].split(' ')[1].trimmed());
        QVERIFY(lines[0].split(' ')[1].trimmed() != lines[2].split(' ')[1].trimmed());
        QCOMPARE(lines[0].split(' ')[1].trimmed().size(), 16);
        QVERIFY(c.multi("RETR 1") != c.multi("RETR 2"));
    }

    void noUidl()
    {
        ScriptedPop3Server server;
        server.quirks().noUidl = true;
        QVERIFY(server.start());
        server.addMessage(MailFactory::message(1, 1000));
        LineClient c(server.port());
        QVERIFY(c.login());
        const QByteArray capa = c.multi("CAPA");
        QVERIFY(!capa.contains("UIDL"));
        QVERIFY(capa.contains("TOP"));
        QVERIFY(c.command("UIDL").startsWith("-ERR"));
        QVERIFY(c.command("UIDL 1").startsWith("-ERR"));
    }

    void uidlFollowsNumberShiftsAfterOtherClientDeletes()
    {
        ScriptedPop3Server server;
        server.quirks().uidlFollowsNumber = true;
        QVERIFY(server.start());
        for (int i = 0; i < 5; ++i)
            server.addMessage(MailFactory::message(i, 1000));
        {
            LineClient c(server.port());
            QVERIFY(c.login());
            QCOMPARE(c.multi("UIDL"), QByteArray("1 1\r\n2 2\r\n3 3\r\n4 4\r\n5 5\r\n"));
            QVERIFY(c.command("QUIT").startsWith("+OK"));
        }
        server.removeOldest(2);
        LineClient c(server.port());
        QVERIFY(c.login());
        QCOMPARE(c.multi("UIDL"), QByteArray("1 1\r\n2 2\r\n3 3\r\n"));
        QCOMPARE(c.multi("RETR 1"), MailFactory::toCrlf(MailFactory::message(2, 1000))); // "1" is another message now
    }

    void loginDelayUsesInjectedClock()
    {
        ScriptedPop3Server server;
        server.quirks().loginDelaySeconds = 300;
        qint64 now = 1'000'000;
        server.setNowFunction([&] { return now; });
        QVERIFY(server.start());
        {
            LineClient c(server.port());
            QVERIFY(c.login());
            QVERIFY(c.multi("CAPA").contains("LOGIN-DELAY 300\r\n"));
            QVERIFY(c.command("QUIT").startsWith("+OK"));
        }
        now += 299'000;
        {
            LineClient c(server.port());
            QVERIFY(!c.login());
            QVERIFY2(c.m_lastPass.startsWith("-ERR [LOGIN-DELAY]"), c.m_lastPass.constData());
        }
        now += 1'000;
        LineClient c(server.port());
        QVERIFY(c.login());
        QCOMPARE(server.acceptedLogins(), 2);
        QCOMPARE(server.refusedLogins(), 1);
        QCOMPARE(server.logins().at(1).atMs, qint64(1'299'000));
    }

    void expireZeroDeletesRetrievedAtQuit()
    {
        ScriptedPop3Server server;
        server.quirks().expireDays = 0;
        QVERIFY(server.start());
        for (int i = 0; i < 4; ++i)
            server.addMessage(MailFactory::message(i, 1000));
        LineClient c(server.port());
        QVERIFY(c.login());
        QVERIFY(c.multi("CAPA").contains("EXPIRE 0\r\n"));
        c.multi("RETR 2");
        c.multi("TOP 3 5"); // TOP is no download
        QVERIFY(c.command("QUIT").startsWith("+OK"));
        QTRY_COMPARE(server.messageCount(), 3);
        QCOMPARE(server.removedByClients(), QList<quint64>{2});
    }

    void listSizeLies()
    {
        ScriptedPop3Server server;
        server.quirks().listSizeLies = true;
        QVERIFY(server.start());
        const QByteArray a = MailFactory::message(1, 4000), b = MailFactory::message(2, 4000);
        server.addMessage(a);
        server.addMessage(b);
        LineClient c(server.port());
        QVERIFY(c.login());
        const QList<QByteArray> lines = c.multi("LIST").trimmed().split('\n');
        const qint64 one = lines[0].trimmed().split(' ')[1].toLongLong();
        const qint64 two = lines[1].trimmed().split(' ')[1].toLongLong();
        QVERIFY(one < MailFactory::toCrlf(a).size() / 5);
        QVERIFY(two > MailFactory::toCrlf(b).size() * 5);
        QCOMPARE(c.multi("RETR 1"), MailFactory::toCrlf(a));
        QCOMPARE(c.multi("RETR 2"), MailFactory::toCrlf(b));
    }

    void endlessRetrStreamsWithoutEnd()
    {
        ScriptedPop3Server server;
        server.quirks().endlessRetr = 1;
        QVERIFY(server.start());
        server.addMessage(MailFactory::message(1, 1000));
        LineClient c(server.port());
        QVERIFY(c.login());
        c.send("RETR 1");
        QVERIFY(c.line().startsWith("+OK"));
        QVERIFY(QTest::qWaitFor([&] { return c.m_buffer.size() > 8 * 1024 * 1024; }, 20000));
        QVERIFY(!c.m_buffer.contains("\r\n.\r\n"));
        c.m_socket.abort();
        QTest::qWait(10);
        QCOMPARE(server.messageCount(), 1);
    }

    void trickleSendsOneByteAtATime()
    {
        ScriptedPop3Server server;
        server.quirks().trickleCommand = "CAPA";
        server.quirks().trickleIntervalMs = 1;
        QVERIFY(server.start());
        LineClient c(server.port());
        QVERIFY(c.login());
        const int before = c.m_chunks;
        const QByteArray capa = c.multi("CAPA");
        QVERIFY(capa.contains("UIDL\r\n"));
        QVERIFY2(c.m_chunks - before > 20, QByteArray::number(c.m_chunks - before).constData());
        QVERIFY(c.command("NOOP").startsWith("+OK")); // the session goes on afterwards
    }

    void hugeListingIsStreamed()
    {
        ScriptedPop3Server server;
        server.quirks().hugeListingCommand = "UIDL";
        server.quirks().hugeListingBytes = 4 * 1024 * 1024;
        QVERIFY(server.start());
        server.addMessage(MailFactory::message(1, 1000));
        LineClient c(server.port());
        QVERIFY(c.login());
        c.send("UIDL");
        QVERIFY(c.line().startsWith("+OK"));
        QVERIFY(QTest::qWaitFor([&] { return c.m_buffer.endsWith("\r\n.\r\n"); }, 20000));
        QVERIFY(c.m_buffer.size() >= 4 * 1024 * 1024);
        QVERIFY(c.m_buffer.startsWith("1 huge-"));
        c.m_buffer.clear();
        QVERIFY(c.command("LIST 1").startsWith("+OK 1 ")); // LIST is untouched
    }

    void courierUtf8StandIn()
    {
        ScriptedPop3Server server;
        server.quirks().courierUtf8 = true;
        QVERIFY(server.start());
        const QByteArray unicode = message8bit(1), plain = MailFactory::message(2, 1500);
        server.addMessage(unicode);
        server.addMessage(plain);
        QVERIFY(ScriptedPop3Server::headerHas8Bit(unicode));
        QVERIFY(!ScriptedPop3Server::headerHas8Bit(plain));
        {
            LineClient c(server.port());
            QVERIFY(c.login());
            QVERIFY(c.multi("CAPA").contains("UTF8 USER\r\n"));
            const QByteArray standIn = c.multi("RETR 1");
            QCOMPARE(standIn, ScriptedPop3Server::courierStandIn(MailFactory::toCrlf(unicode)));
            const QByteArray header = standIn.left(standIn.indexOf("\r\n\r\n"));
            QVERIFY(header.contains("Subject: Cannot display Unicode content"));
            QVERIFY(!header.contains("Date:"));
            QVERIFY(!header.contains("Message-ID:"));
            QVERIFY(standIn.contains("Content-Type: message/global\r\n\r\n" + MailFactory::toCrlf(unicode)));
            QCOMPARE(c.multi("RETR 2"), MailFactory::toCrlf(plain));
        }
        LineClient c(server.port());
        c.line();
        QCOMPARE(c.command("UTF8"), QByteArray("+OK UTF8 enabled"));
        QVERIFY(c.command("USER maria").startsWith("+OK"));
        QVERIFY(c.command("PASS secret").startsWith("+OK"));
        QCOMPARE(c.multi("RETR 1"), MailFactory::toCrlf(unicode));
    }

    void passErrWithoutCodeInUseAndDrop()
    {
        ScriptedPop3Server server;
        server.quirks().passErrText = "message is damaged";
        server.quirks().passErrCount = 1;
        server.quirks().inUseCount = 2;
        server.quirks().dropAfterRetrs = 2;
        QVERIFY(server.start());
        for (int i = 0; i < 4; ++i)
            server.addMessage(MailFactory::message(i, 1000));
        QByteArray replies;
        for (int attempt = 0; attempt < 3; ++attempt) {
            LineClient c(server.port());
            QVERIFY(!c.login());
            replies += c.m_lastPass + '\n';
        }
        QCOMPARE(replies,
                 QByteArray("-ERR message is damaged\n-ERR [IN-USE] Mailbox is locked by another POP3 session.\n"
                            "-ERR [IN-USE] Mailbox is locked by another POP3 session.\n"));
        {
            LineClient c(server.port());
            QVERIFY(c.login());
            QVERIFY(c.command("DELE 4").startsWith("+OK"));
            QVERIFY(!c.multi("RETR 1").isEmpty());
            QVERIFY(!c.multi("RETR 2").isEmpty());
            c.send("RETR 3");
            QVERIFY(QTest::qWaitFor([&] { return c.m_closed; }, 5000));
        }
        QCOMPARE(server.messageCount(), 4); // the dropped session removed nothing
        LineClient c(server.port());
        QVERIFY(c.login());
        QVERIFY(!c.multi("RETR 3").isEmpty()); // dropTimes = 1: the next session is served
        QVERIFY(!c.multi("RETR 4").isEmpty());
        QVERIFY(!c.multi("RETR 1").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScriptedPop3Server)
#include "tst_scripted_pop3_server.moc"
