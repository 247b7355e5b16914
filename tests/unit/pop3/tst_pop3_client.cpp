// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pop3Client scripted against a FakeTransport (Trojitá's cServer/cClient style): the test plays
// the server byte for byte and checks every byte the client writes.
#include "Captured.h"
#include "FakeTransport.h"
#include "MailFactory.h"
#include "ManualClock.h"
#include "common/Logging.h"
#include "pop3/Pop3Client.h"

#include <QCryptographicHash>
#include <QtTest/QtTest>

#include <memory>

using namespace mf;
using namespace mf::pop3;
using mf::test::Captured;
using mf::test::CapturedStatus;
using namespace std::chrono_literals;

// The server says `data`; the client must have written exactly `data` since the last check.
#define S(data) m_t->serverSends(QByteArray(data))
#define C(data) QCOMPARE(m_t->takeWritten(), QByteArray(data))

namespace {

const QByteArray kCapa = "+OK\r\nCAPA\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nAUTH-RESP-CODE\r\nUSER\r\n"
                         "SASL PLAIN LOGIN\r\n.\r\n";
const QByteArray kCapaNoPipelining = "+OK\r\nTOP\r\nUIDL\r\nUSER\r\nRESP-CODES\r\n.\r\n";
const QString kPassword = QStringLiteral("s3cret-Pa55");

// base64("\0maria\0s3cret-Pa55")
QByteArray plainCredentials()
{
    return (QByteArray(1, '\0') + "maria" + QByteArray(1, '\0') + kPassword.toUtf8()).toBase64();
}

ServerSettings settings(Security security = Security::ImplicitTls)
{
    ServerSettings s;
    s.host = QStringLiteral("pop.example.net");
    s.port = security == Security::ImplicitTls ? 995 : 110;
    s.security = security;
    s.user = QStringLiteral("maria");
    return s;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &ctx, const QString &msg)
{
    if (qstrcmp(ctx.category, "mf.pop3") == 0)
        g_log << msg;
}

} // namespace

class TestPop3Client : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<Pop3Client> m_client;
    QPointer<test::FakeTransport> m_t;
    int m_disconnects = 0;

    void makeClient()
    {
        m_client.reset();
        m_clock = std::make_unique<test::ManualClock>();
        m_client = std::make_unique<Pop3Client>(m_clock.get(), test::FakeTransport::factory(&m_t));
        m_disconnects = 0;
        connect(m_client.get(), &Pop3Client::disconnected, this, [this] { ++m_disconnects; });
    }

    /// Connects with implicit TLS and AUTH PLAIN, pipelining on or off. Check with QVERIFY(login(...)).
    bool login(const QByteArray &capa = kCapa)
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        if (!m_t)
            return false;
        m_t->acceptConnection();
        m_t->serverSends("+OK Dovecot ready.\r\n");
        if (m_t->takeWritten() != "CAPA\r\n")
            return false;
        m_t->serverSends(capa);
        const bool sasl = capa.contains("SASL PLAIN");
        if (sasl) {
            if (m_t->takeWritten() != "AUTH PLAIN " + plainCredentials() + "\r\n")
                return false;
        } else {
            if (m_t->takeWritten() != "USER maria\r\n")
                return false;
            m_t->serverSends("+OK\r\n");
            if (m_t->takeWritten() != "PASS " + kPassword.toUtf8() + "\r\n")
                return false;
        }
        m_t->serverSends("+OK Logged in.\r\n");
        return done.calls == 1 && done.ok() && m_client->isConnected();
    }

private slots:
    void init() { g_log.clear(); }
    void cleanup()
    {
        m_client.reset();
        m_clock.reset();
    }

    // ---- connecting and logging in ------------------------------------------------------

    void implicitTlsWithSaslPlain()
    {
        makeClient();
        ServerSettings s = settings();
        s.pinnedSha256 = "AB:CD:EF";
        CapturedStatus done;
        m_client->connectToServer(s, kPassword, done.cb());
        QVERIFY(m_t);
        QCOMPARE(m_t->host(), QStringLiteral("pop.example.net"));
        QCOMPARE(m_t->port(), quint16(995));
        QVERIFY(m_t->implicitTls());
        QCOMPARE(m_t->policy().pinnedSha256, QByteArray("abcdef"));
        C("");
        m_t->acceptConnection();
        C("");
        S("+OK Dovecot ready.\r\n");
        C("CAPA\r\n");
        S(kCapa);
        C("AUTH PLAIN " + plainCredentials() + "\r\n");
        QCOMPARE(done.calls, 0);
        S("+OK Logged in.\r\n");
        QCOMPARE(done.calls, 1);
        QVERIFY(done.ok());
        const Capabilities caps = m_client->capabilities();
        QVERIFY(caps.pipelining && caps.uidl && caps.top && caps.respCodes);
        QCOMPARE(m_client->greeting(), QByteArray("Dovecot ready."));
    }

    void userPassWhenNoSaslAndTracesAreRedacted()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mf.pop3.debug=true"));
        const auto previous = qInstallMessageHandler(captureLog);
        const bool ok = login(kCapaNoPipelining);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("C: PASS <redacted>")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("C: USER maria")), qPrintable(all));
        QVERIFY(!all.contains(kPassword));
        QVERIFY(!m_client->capabilities().pipelining);
    }

    void saslPlainIsRedactedAndAnswersAChallenge()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mf.pop3.debug=true"));
        const auto previous = qInstallMessageHandler(captureLog);
        makeClient();
        ServerSettings s = settings();
        s.auth = ServerSettings::Auth::SaslPlain;
        CapturedStatus done;
        m_client->connectToServer(s, kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK hi\r\n");
        C("CAPA\r\n");
        S("-ERR unknown command\r\n"); // an old server without CAPA
        C("AUTH PLAIN " + plainCredentials() + "\r\n");
        S("+ \r\n"); // it wants the response after a challenge after all
        C(plainCredentials() + "\r\n");
        S("+OK\r\n");
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(done.ok());
        QVERIFY(!m_client->capabilities().capaSupported);
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("AUTH PLAIN <redacted>")), qPrintable(all));
        QVERIFY(!all.contains(QString::fromLatin1(plainCredentials())));
    }

    void startTls()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::StartTls), kPassword, done.cb());
        QVERIFY(!m_t->implicitTls());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nSTLS\r\nUSER\r\nUIDL\r\n.\r\n");
        C("STLS\r\n");
        S("+OK Begin TLS negotiation now.\r\n");
        QVERIFY(m_t->startTlsRequested());
        C("");
        m_t->completeStartTls();
        C("CAPA\r\n"); // RFC 2595: capabilities are asked again under TLS
        S("+OK\r\nUSER\r\nUIDL\r\nPIPELINING\r\nSASL PLAIN\r\n.\r\n");
        C("AUTH PLAIN " + plainCredentials() + "\r\n");
        S("+OK\r\n");
        QVERIFY(done.ok());
        QVERIFY(m_client->capabilities().pipelining);
        QVERIFY(!m_client->capabilities().stls);
    }

    void startTlsRefusedOrInjected()
    {
        makeClient();
        CapturedStatus refused;
        m_client->connectToServer(settings(Security::StartTls), kPassword, refused.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nUSER\r\n.\r\n");
        C("STLS\r\n");
        S("-ERR not here\r\n");
        QCOMPARE(refused.code(), Error::Code::StartTlsUnavailable);
        QCOMPARE(refused.scope(), Error::Scope::Account);
        QVERIFY(!m_t || !m_t->written().contains("PASS"));

        // Bytes after "+OK" but before the handshake could come from a man in the middle.
        makeClient();
        CapturedStatus injected;
        m_client->connectToServer(settings(Security::StartTls), kPassword, injected.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nSTLS\r\n.\r\n");
        C("STLS\r\n");
        S("+OK go\r\n+OK\r\nUSER\r\n.\r\n");
        QCOMPARE(injected.code(), Error::Code::ProtocolViolation);
        QVERIFY(!m_t || !m_t->startTlsRequested());
    }

    void plainTextNeedsExplicitConsent()
    {
        makeClient();
        CapturedStatus refused;
        m_client->connectToServer(settings(Security::PlainText), kPassword, refused.cb());
        QVERIFY(!m_t);              // not even a connection
        QCOMPARE(refused.calls, 0); // never synchronously
        QCoreApplication::processEvents();
        QCOMPARE(refused.calls, 1);
        QCOMPARE(refused.code(), Error::Code::PlaintextRefused);
        QCOMPARE(refused.scope(), Error::Scope::Account);

        ServerSettings s = settings(Security::PlainText);
        s.allowPlaintextPassword = true;
        CapturedStatus done;
        m_client->connectToServer(s, kPassword, done.cb());
        QVERIFY(m_t);
        m_t->acceptConnection();
        S("+OK\r\n");
        C("CAPA\r\n");
        S(kCapaNoPipelining);
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + kPassword.toUtf8() + "\r\n");
        S("+OK\r\n");
        QVERIFY(done.ok());
    }

    void apopOnlyWhenAsked()
    {
        // RFC 1939's own example.
        const QByteArray greeting = "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n";
        makeClient();
        ServerSettings s = settings();
        s.user = QStringLiteral("mrose");
        s.auth = ServerSettings::Auth::Apop;
        CapturedStatus done;
        m_client->connectToServer(s, QStringLiteral("tanstaaf"), done.cb());
        m_t->acceptConnection();
        S(greeting);
        C("CAPA\r\n");
        S(kCapaNoPipelining);
        C("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n");
        S("+OK maildrop has 1 message (369 octets)\r\n");
        QVERIFY(done.ok());

        // Automatic never picks APOP, even when the greeting offers it.
        makeClient();
        CapturedStatus automatic;
        m_client->connectToServer(settings(), kPassword, automatic.cb());
        m_t->acceptConnection();
        S(greeting);
        C("CAPA\r\n");
        S(kCapaNoPipelining);
        C("USER maria\r\n");

        // APOP asked for but not offered: a clear error, no password sent.
        makeClient();
        CapturedStatus unavailable;
        m_client->connectToServer(s, kPassword, unavailable.cb());
        m_t->acceptConnection();
        S("+OK no timestamp\r\n");
        C("CAPA\r\n");
        S(kCapaNoPipelining);
        QCOMPARE(unavailable.code(), Error::Code::AuthMechanismUnavailable);
    }

    void loginErrorsAreMapped_data()
    {
        QTest::addColumn<QByteArray>("capa");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("scope");
        QTest::addColumn<int>("code");
        QTest::addColumn<qint64>("retryAfterMs");
        const int account = int(Error::Scope::Account), session = int(Error::Scope::Session);
        QTest::newRow("[AUTH]") << kCapaNoPipelining << QByteArray("-ERR [AUTH] Authentication failed.") << account
                                << int(Error::Code::AuthFailed) << qint64(-1);
        // Without [AUTH] the server has not said the password is wrong (solid-pop3d answers
        // "-ERR message is damaged"): its own words, and no claim about the password.
        QTest::newRow("plain -ERR") << kCapaNoPipelining << QByteArray("-ERR invalid password") << account
                                    << int(Error::Code::LoginRefused) << qint64(-1);
        QTest::newRow("damaged") << kCapaNoPipelining << QByteArray("-ERR message is damaged") << account
                                 << int(Error::Code::LoginRefused) << qint64(-1);
        QTest::newRow("unknown code") << kCapaNoPipelining << QByteArray("-ERR [X-QUOTA] over quota") << account
                                      << int(Error::Code::LoginRefused) << qint64(-1);
        QTest::newRow("[LOGIN-DELAY 300]") << kCapaNoPipelining << QByteArray("-ERR [LOGIN-DELAY 300] wait") << session
                                           << int(Error::Code::LoginDelay) << qint64(300000);
        QTest::newRow("[LOGIN-DELAY huge]") << kCapaNoPipelining << QByteArray("-ERR [LOGIN-DELAY 99999999999999999999] wait")
                                            << session << int(Error::Code::LoginDelay) << qint64(2147483647);
        QTest::newRow("CAPA LOGIN-DELAY huge")
            << QByteArray("+OK\r\nUSER\r\nRESP-CODES\r\nLOGIN-DELAY 99999999999 USER\r\n.\r\n")
            << QByteArray("-ERR [LOGIN-DELAY] wait") << session << int(Error::Code::LoginDelay) << qint64(2147483647);
        QTest::newRow("[IN-USE]") << kCapaNoPipelining << QByteArray("-ERR [IN-USE] Mailbox locked") << session
                                  << int(Error::Code::MailboxInUse) << qint64(600000);
        QTest::newRow("locked, no code") << kCapaNoPipelining << QByteArray("-ERR maildrop already locked") << session
                                         << int(Error::Code::MailboxInUse) << qint64(600000);
        QTest::newRow("[LOGIN-DELAY]") << QByteArray("+OK\r\nUSER\r\nRESP-CODES\r\nLOGIN-DELAY 900\r\n.\r\n")
                                       << QByteArray("-ERR [LOGIN-DELAY] wait") << session << int(Error::Code::LoginDelay)
                                       << qint64(900000);
        QTest::newRow("[SYS/TEMP]") << kCapaNoPipelining << QByteArray("-ERR [SYS/TEMP] try later") << session
                                    << int(Error::Code::ServerTemporary) << qint64(-1);
        QTest::newRow("[SYS/PERM]") << kCapaNoPipelining << QByteArray("-ERR [SYS/PERM] disabled") << account
                                    << int(Error::Code::ServerPermanent) << qint64(-1);
    }

    void loginErrorsAreMapped()
    {
        QFETCH(QByteArray, capa);
        QFETCH(QByteArray, reply);
        QFETCH(int, scope);
        QFETCH(int, code);
        QFETCH(qint64, retryAfterMs);
        makeClient();
        CapturedStatus done;
        Captured<StatInfo> queued;
        m_client->connectToServer(settings(), kPassword, done.cb());
        m_client->stat(queued.cb()); // queued before login: must fail too, once
        m_t->acceptConnection();
        S("+OK\r\n");
        C("CAPA\r\n");
        S(capa);
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + kPassword.toUtf8() + "\r\n");
        m_t->serverSends(reply + "\r\n");
        QCOMPARE(done.calls, 1);
        QCOMPARE(int(done.scope()), scope);
        QCOMPARE(int(done.code()), code);
        const Error &e = done.result->error();
        if (retryAfterMs < 0)
            QVERIFY(!e.retryAfter);
        else
            QCOMPARE(qint64(e.retryAfter->count()), retryAfterMs);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.toString().contains(kPassword));
        if (e.code == Error::Code::LoginRefused) {
            // The server's own words, quoted, and no claim that the password is wrong.
            const QByteArray said = reply.mid(reply.indexOf(']') + 1).mid(reply.contains(']') ? 0 : 5).trimmed();
            QVERIFY2(e.message.contains(QString::fromLatin1(said)), qPrintable(e.message));
            QVERIFY2(e.message.contains(QLatin1String("may not be a wrong password")), qPrintable(e.message));
            QVERIFY(!e.retryable);
        }
        if (e.code == Error::Code::AuthFailed) {
            QCOMPARE(e.message,
                     QStringLiteral("The password was not accepted. Check it, or ask your provider whether "
                                    "the mailbox needs an app password."));
            QVERIFY(!e.retryable);
        }
        QCOMPARE(queued.calls, 1);
        QVERIFY(!queued.ok());
        QCOMPARE(m_disconnects, 0); // no session was established
        QCoreApplication::processEvents();
        QCOMPARE(done.calls, 1);
        QCOMPARE(queued.calls, 1);
    }

    void garbageGreetings_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<int>("code");
        QTest::newRow("imap") << QByteArray("* OK [CAPABILITY IMAP4rev1] ready\r\n") << int(Error::Code::ProtocolViolation);
        QTest::newRow("smtp") << QByteArray("220 mx.example.net ESMTP\r\n") << int(Error::Code::ProtocolViolation);
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << int(Error::Code::ProtocolViolation);
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage\n", 13) << int(Error::Code::ProtocolViolation);
        QTest::newRow("tls alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x46", 7) << int(Error::Code::TlsRequired);
        QTest::newRow("endless") << QByteArray(70000, 'x') << int(Error::Code::ProtocolViolation);
        QTest::newRow("-ERR [IN-USE]") << QByteArray("-ERR [IN-USE] busy\r\n") << int(Error::Code::MailboxInUse);
        QTest::newRow("+OKAY") << QByteArray("+OKAY\r\n") << int(Error::Code::ProtocolViolation);
    }

    void garbageGreetings()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(int, code);
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::StartTls), kPassword, done.cb());
        m_t->acceptConnection();
        m_t->serverSends(greeting);
        QCOMPARE(done.calls, 1);
        QCOMPARE(int(done.code()), code);
        QVERIFY(!done.result->error().message.isEmpty());
        QVERIFY(!m_t || !m_t->written().contains("PASS"));
    }

    void connectAndGreetingTimeouts()
    {
        makeClient();
        Timeouts t;
        t.connect = 3s;
        t.greeting = 5s;
        m_client->setTimeouts(t);
        CapturedStatus never;
        m_client->connectToServer(settings(), kPassword, never.cb());
        m_clock->advance(2999ms);
        QCOMPARE(never.calls, 0);
        m_clock->advance(1ms);
        QCOMPARE(never.calls, 1);
        QCOMPARE(never.code(), Error::Code::Timeout);
        QVERIFY(m_t.isNull() || m_t->abortedByClient());

        // Plain text spoken to a TLS port: connected, then silence.
        CapturedStatus silent;
        m_client->connectToServer(settings(Security::StartTls), kPassword, silent.cb());
        m_t->acceptConnection();
        m_clock->advance(4999ms);
        QCOMPARE(silent.calls, 0);
        m_clock->advance(1ms);
        QCOMPARE(silent.calls, 1);
        QCOMPARE(silent.code(), Error::Code::Timeout);
        QVERIFY2(silent.result->error().message.contains(QLatin1String("SSL/TLS")), qPrintable(silent.result->error().message));
    }

    void transportFailuresAreExplained_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("scope");
        QTest::newRow("refused") << int(Error::Code::ConnectionRefused) << int(Error::Scope::Session);
        QTest::newRow("not found") << int(Error::Code::HostNotFound) << int(Error::Scope::Session);
        QTest::newRow("tls") << int(Error::Code::TlsHandshakeFailed) << int(Error::Scope::Account);
        QTest::newRow("certificate") << int(Error::Code::CertificateUntrusted) << int(Error::Scope::Account);
    }

    void transportFailuresAreExplained()
    {
        QFETCH(int, failure);
        QFETCH(int, scope);
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        CertificateInfo cert;
        cert.subject = QStringLiteral("localhost");
        cert.sha256Hex = "00ff";
        cert.problems << QStringLiteral("The certificate is self-signed: no known authority vouches for it.");
        m_t->setCertificate(cert);
        m_t->fail(Error::Code(failure));
        QCOMPARE(done.calls, 1);
        QCOMPARE(int(done.code()), failure);
        QCOMPARE(int(done.scope()), scope);
        if (Error::Code(failure) == Error::Code::CertificateUntrusted) {
            QVERIFY(m_client->peerCertificate());
            QCOMPARE(m_client->peerCertificate()->sha256Hex, QByteArray("00ff"));
            QVERIFY(done.result->error().message.contains(QLatin1String("self-signed")));
        }
    }

    // ---- transaction commands -----------------------------------------------------------

    void retrieveUnstuffsAndCountsOctets()
    {
        QVERIFY(login());
        Captured<QByteArray> msg;
        qint64 lastProgress = 0;
        connect(m_client.get(), &Pop3Client::bytesReceived, this, [&](qint64 total) { lastProgress = total; });
        m_client->retrieve(1, msg.cb());
        C("RETR 1\r\n");
        S("+OK 58 octets\r\nSubject: x\r\n\r\n..\r\n...two\r\n.leading\r\nbare lf\nlast\r\n.\r\n");
        QCOMPARE(msg.calls, 1);
        QVERIFY(msg.ok());
        QCOMPARE(msg.result->value(), QByteArray("Subject: x\r\n\r\n.\r\n..two\r\nleading\r\nbare lf\nlast\r\n"));
        QVERIFY(lastProgress > 58);
    }

    void exchangeFinalDotWithoutCrlf()
    {
        QVERIFY(login());
        Captured<QByteArray> msg;
        Captured<StatInfo> next;
        m_client->retrieve(4, msg.cb());
        m_client->stat(next.cb());
        C("RETR 4\r\nSTAT\r\n");
        S("+OK 16 octets\r\nSubject: y\r\n\r\nab.\r\n+OK 3 100\r\n");
        QCOMPARE(msg.result->value(), QByteArray("Subject: y\r\n\r\nab"));
        QVERIFY(next.ok());
        QCOMPARE(next.result->value().count, 3);
    }

    void listAndUidl()
    {
        QVERIFY(login());
        const QByteArray longUidl = QByteArray(120, 'U') + "~!#";
        Captured<QList<ListEntry>> list;
        Captured<QList<UidlEntry>> uidl;
        Captured<UidlEntry> one;
        Captured<ListEntry> listOne;
        Captured<StatInfo> stat;
        m_client->stat(stat.cb());
        m_client->list(list.cb());
        m_client->uidl(uidl.cb());
        m_client->uidl(3, one.cb());
        m_client->list(2, listOne.cb());
        C("STAT\r\nLIST\r\nUIDL\r\nUIDL 3\r\nLIST 2\r\n");
        S("+OK 3 6000\r\n");
        S("+OK 3 messages\r\n1 100\r\n2 2000\r\n3 3900\r\n.\r\n");
        S("+OK\r\n1 000000017b1c2e90\r\n2 abc\n3 " + longUidl + "\r\n.\r\n");
        S("+OK 3 " + longUidl + "\r\n");
        S("+OK 2 2000\r\n");
        QCOMPARE(stat.result->value().count, 3);
        QCOMPARE(stat.result->value().size, 6000);
        QCOMPARE(list.result->value().size(), 3);
        QCOMPARE(list.result->value().at(2).number, 3);
        QCOMPARE(list.result->value().at(2).size, 3900);
        QCOMPARE(uidl.result->value().size(), 3);
        QCOMPARE(uidl.result->value().at(1).uidl, QByteArray("abc"));
        QCOMPARE(uidl.result->value().at(2).uidl, longUidl);
        QCOMPARE(one.result->value().number, 3);
        QCOMPARE(one.result->value().uidl, longUidl);
        QCOMPARE(listOne.result->value().size, 2000);
    }

    void listingsIgnoreWhatFollowsTheFirstToken()
    {
        QVERIFY(login());
        Captured<QList<ListEntry>> list;
        Captured<QList<UidlEntry>> uidl;
        m_client->list(list.cb());
        m_client->uidl(uidl.cb());
        C("LIST\r\nUIDL\r\n");
        S("+OK\r\n1 100 extra words\r\n  2   200  \r\n.\r\n");
        S("+OK\r\n1 abc def\r\n2 xyz\r\n.\r\n");
        QCOMPARE(list.result->value().size(), 2);
        QCOMPARE(list.result->value().at(0).size, 100);
        QCOMPARE(list.result->value().at(1).number, 2);
        QCOMPARE(list.result->value().at(1).size, 200);
        QCOMPARE(uidl.result->value().at(0).uidl, QByteArray("abc"));
        QCOMPARE(uidl.result->value().at(1).uidl, QByteArray("xyz"));
    }

    void listWithAnUnreadableLineIsAProtocolError_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::newRow("size not a number") << QByteArray("2 lots");
        QTest::newRow("negative size") << QByteArray("2 -5");
        QTest::newRow("no size") << QByteArray("2");
        QTest::newRow("number zero") << QByteArray("0 100");
    }

    void listWithAnUnreadableLineIsAProtocolError()
    {
        QFETCH(QByteArray, badLine);
        QVERIFY(login());
        Captured<QList<ListEntry>> list;
        m_client->list(list.cb());
        C("LIST\r\n");
        S("+OK\r\n1 100\r\n" + badLine + "\r\n3 300\r\n.\r\n");
        QVERIFY(!list.result->ok());
        QCOMPARE(list.result->error().code, Error::Code::ProtocolViolation);
        QCOMPARE(list.result->error().scope, Error::Scope::Session);
        QVERIFY2(list.result->error().detail.startsWith(QLatin1String("LIST: unreadable line")),
                 qPrintable(list.result->error().detail));
        QVERIFY(list.result->error().detail.contains(QString::fromLatin1(badLine.left(1))));
    }

    void uidlWithAnUnreadableLineIsAProtocolError()
    {
        QVERIFY(login());
        Captured<QList<UidlEntry>> uidl;
        m_client->uidl(uidl.cb());
        C("UIDL\r\n");
        S("+OK\r\n1 abc\r\nx def\r\n.\r\n");
        QVERIFY(!uidl.result->ok());
        QCOMPARE(uidl.result->error().code, Error::Code::ProtocolViolation);
        QVERIFY2(uidl.result->error().detail.contains(QLatin1String("UIDL: unreadable line \"x def\"")),
                 qPrintable(uidl.result->error().detail));
    }

    void listSizeDisagreesWithRetr()
    {
        QVERIFY(login());
        Captured<QList<ListEntry>> list;
        Captured<QByteArray> msg;
        m_client->list(list.cb());
        m_client->retrieve(1, msg.cb());
        C("LIST\r\nRETR 1\r\n");
        S("+OK\r\n1 5000\r\n.\r\n+OK 5000 octets\r\nshort\r\nmessage\r\n.\r\n");
        QCOMPARE(list.result->value().first().size, 5000);
        QCOMPARE(msg.result->value(), QByteArray("short\r\nmessage\r\n")); // what arrived, not what was announced
    }

    void errInTheMiddleOfAPipeline()
    {
        QVERIFY(login());
        QList<int> order;
        Captured<QByteArray> r1, r2, r3;
        CapturedStatus d3;
        m_client->retrieve(1, [&](Result<QByteArray> r) {
            order << 1;
            r1.cb()(std::move(r));
        });
        m_client->retrieve(2, [&](Result<QByteArray> r) {
            order << 2;
            r2.cb()(std::move(r));
        });
        m_client->retrieve(3, [&](Result<QByteArray> r) {
            order << 3;
            r3.cb()(std::move(r));
        });
        m_client->dele(3, d3.cb());
        C("RETR 1\r\nRETR 2\r\nRETR 3\r\nDELE 3\r\n"); // all in flight at once
        S("+OK\r\none\r\n.\r\n-ERR [SYS/TEMP] cannot read message\r\n+OK\r\nthree\r\n.\r\n+OK marked\r\n");
        QCOMPARE(order, (QList<int>{1, 2, 3}));
        QCOMPARE(r1.result->value(), QByteArray("one\r\n"));
        QCOMPARE(r2.code(), Error::Code::ServerTemporary);
        QCOMPARE(r2.scope(), Error::Scope::Session);
        QCOMPARE(r3.result->value(), QByteArray("three\r\n"));
        QVERIFY(d3.ok());
        QVERIFY(m_client->isConnected()); // one -ERR does not end the session

        Captured<QByteArray> gone;
        m_client->retrieve(9, gone.cb());
        C("RETR 9\r\n");
        S("-ERR There's no message 9.\r\n");
        QCOMPARE(gone.code(), Error::Code::NoSuchMessage);
        QCOMPARE(gone.scope(), Error::Scope::Item);
    }

    void withoutPipeliningOneCommandAtATime()
    {
        QVERIFY(login(kCapaNoPipelining));
        Captured<StatInfo> a, b;
        CapturedStatus n;
        m_client->stat(a.cb());
        m_client->stat(b.cb());
        m_client->noop(n.cb());
        C("STAT\r\n");
        S("+OK 1 10\r\n");
        QVERIFY(a.ok());
        C("STAT\r\n");
        S("+OK 1 10\r\n");
        C("NOOP\r\n");
        S("+OK\r\n");
        QVERIFY(b.ok() && n.ok());
        C("");
    }

    void pipelineDepthIsBounded()
    {
        QVERIFY(login());
        m_client->setMaxPipelineDepth(2);
        int done = 0;
        for (int i = 1; i <= 5; ++i)
            m_client->dele(i, [&](Status s) { done += s.ok(); });
        C("DELE 1\r\nDELE 2\r\n");
        S("+OK\r\n");
        C("DELE 3\r\n");
        S("+OK\r\n+OK\r\n");
        C("DELE 4\r\nDELE 5\r\n");
        S("+OK\r\n+OK\r\n");
        QCOMPARE(done, 5);
    }

    void topGivesHeaders()
    {
        QVERIFY(login());
        Captured<QByteArray> head;
        m_client->top(2, 0, head.cb());
        C("TOP 2 0\r\n");
        S("+OK\r\nSubject: hi\r\nMessage-ID: <a@b>\r\n\r\n.\r\n");
        QCOMPARE(head.result->value(), QByteArray("Subject: hi\r\nMessage-ID: <a@b>\r\n\r\n"));
    }

    void uidlUnsupported()
    {
        QVERIFY(login("+OK\r\nUSER\r\nTOP\r\n.\r\n"));
        QVERIFY(!m_client->capabilities().uidl);
        Captured<QList<UidlEntry>> all;
        m_client->uidl(all.cb());
        C("UIDL\r\n");
        S("-ERR Unknown command: UIDL\r\n");
        QCOMPARE(all.code(), Error::Code::UidlUnsupported);
        QCOMPARE(all.scope(), Error::Scope::Account);
        QVERIFY(m_client->isConnected());
    }

    void malformedListIsAProtocolError()
    {
        QVERIFY(login());
        Captured<QList<ListEntry>> list;
        m_client->list(list.cb());
        S("+OK\r\n1 100\r\nbanana\r\n.\r\n");
        QCOMPARE(list.code(), Error::Code::ProtocolViolation);
    }

    // ---- ending -------------------------------------------------------------------------

    void quitCommitsAndClosesCleanly()
    {
        QVERIFY(login());
        CapturedStatus dele, quit;
        m_client->dele(1, dele.cb());
        m_client->quit(quit.cb());
        C("DELE 1\r\nQUIT\r\n");
        S("+OK Marked to be deleted.\r\n");
        QCOMPARE(quit.calls, 0);
        S("+OK Logging out, messages deleted.\r\n");
        QVERIFY(dele.ok());
        QVERIFY(quit.ok());
        QVERIFY(!m_client->isConnected());
        QCOMPARE(m_disconnects, 0);

        // Nothing may follow QUIT.
        Captured<StatInfo> late;
        m_client->stat(late.cb());
        QCoreApplication::processEvents();
        QCOMPARE(late.calls, 1);
        QCOMPARE(late.code(), Error::Code::ConnectionClosed);
    }

    void quitRefusedIsAnError()
    {
        QVERIFY(login());
        CapturedStatus quit;
        m_client->quit(quit.cb());
        C("QUIT\r\n");
        S("-ERR [SYS/TEMP] Some deleted messages were not removed\r\n");
        QCOMPARE(quit.calls, 1);
        QVERIFY(!quit.ok()); // the engine must not record "deleted"
        QCOMPARE(quit.code(), Error::Code::ServerTemporary);
    }

    void abortSendsNoQuit()
    {
        QVERIFY(login());
        CapturedStatus dele;
        Captured<QByteArray> retr;
        m_client->dele(1, dele.cb());
        m_client->retrieve(2, retr.cb());
        C("DELE 1\r\nRETR 2\r\n");
        QPointer<test::FakeTransport> t = m_t;
        m_client->abort();
        QCOMPARE(dele.calls, 1);
        QCOMPARE(retr.calls, 1);
        QCOMPARE(dele.scope(), Error::Scope::Cancelled);
        QCOMPARE(retr.scope(), Error::Scope::Cancelled);
        QVERIFY(t && t->abortedByClient());
        QVERIFY(!t->written().contains("QUIT"));
        QCOMPARE(m_disconnects, 0);
    }

    void serverClosesDuringRetr()
    {
        QVERIFY(login());
        Captured<QByteArray> retr;
        CapturedStatus dele;
        Captured<StatInfo> stat;
        m_client->retrieve(1, retr.cb());
        m_client->dele(1, dele.cb());
        m_client->stat(stat.cb());
        S("+OK 5000 octets\r\nSubject: cut\r\n\r\nfirst half");
        QCOMPARE(retr.calls, 0);
        m_t->serverCloses();
        QCOMPARE(retr.calls, 1);
        QCOMPARE(dele.calls, 1);
        QCOMPARE(stat.calls, 1);
        QCOMPARE(retr.code(), Error::Code::ConnectionClosed);
        QCOMPARE(retr.scope(), Error::Scope::Session);
        QCOMPARE(dele.code(), Error::Code::ConnectionClosed);
        QCOMPARE(dele.scope(), Error::Scope::Session);
        QCOMPARE(m_disconnects, 1);
        QVERIFY(!m_client->isConnected());
        QCoreApplication::processEvents();
        QCOMPARE(retr.calls + dele.calls + stat.calls, 3);
    }

    void idleTimeoutResetsOnData()
    {
        QVERIFY(login());
        Timeouts t;
        t.idle = 10s;
        m_client->setTimeouts(t);
        CapturedStatus noop;
        Captured<QByteArray> retr;
        m_client->noop(noop.cb());
        S("+OK\r\n");
        m_clock->advance(1h); // nothing outstanding: no timeout while idle between commands
        QVERIFY(m_client->isConnected());
        m_client->retrieve(1, retr.cb());
        m_clock->advance(9s);
        S("+OK\r\npart");
        m_clock->advance(9s);
        QCOMPARE(retr.calls, 0);
        m_clock->advance(1s);
        QCOMPARE(retr.calls, 1);
        QCOMPARE(retr.code(), Error::Code::Timeout);
        QCOMPARE(retr.scope(), Error::Scope::Session);
        QCOMPARE(m_disconnects, 1);
    }

    void clientMayBeDeletedInACallback()
    {
        QVERIFY(login());
        int calls = 0;
        m_client->retrieve(1, [&](Result<QByteArray>) {
            ++calls;
            m_client.reset();
        });
        m_client->retrieve(2, [&](Result<QByteArray>) { ++calls; });
        S("+OK\r\na\r\n.\r\n+OK\r\nb\r\n.\r\n");
        QCOMPARE(calls, 1);
        QVERIFY(!m_client);
    }

    // ---- slow servers -------------------------------------------------------------------

    void trickledAtEveryByteBoundary()
    {
        // The replies to a whole pipelined batch, split into two reads at every possible byte,
        // and then delivered one byte at a time: the results must never change.
        const QByteArray message = test::MailFactory::toCrlf(test::MailFactory::message(3, 700));
        QByteArray stuffed;
        for (const QByteArray &line : message.split('\n')) {
            if (line.isEmpty())
                continue;
            stuffed += (line.startsWith('.') ? "." : "") + line + "\n";
        }
        const QByteArray wire = "+OK 2 " + QByteArray::number(message.size() + 9)
            + "\r\n"
              "+OK\r\n1 "
            + QByteArray(90, 'u')
            + "\r\n2 x\r\n.\r\n"
              "+OK "
            + QByteArray::number(message.size()) + " octets\r\n" + stuffed
            + ".\r\n"
              "+OK\r\n..\r\n.\r\n"
              "-ERR no such message\r\n"
              "+OK\r\n"
              "+OK bye\r\n";
        QCOMPARE(wire.count("\r\n.\r\n") >= 3, true);

        auto run = [&](const std::function<void()> &feed) -> QString {
            if (!login())
                return QStringLiteral("login failed");
            Captured<StatInfo> stat;
            Captured<QList<UidlEntry>> uidl;
            Captured<QByteArray> m1, m2, m9;
            CapturedStatus dele, quit;
            m_client->stat(stat.cb());
            m_client->uidl(uidl.cb());
            m_client->retrieve(1, m1.cb());
            m_client->retrieve(2, m2.cb());
            m_client->retrieve(9, m9.cb());
            m_client->dele(1, dele.cb());
            m_client->quit(quit.cb());
            if (m_t->takeWritten() != "STAT\r\nUIDL\r\nRETR 1\r\nRETR 2\r\nRETR 9\r\nDELE 1\r\nQUIT\r\n")
                return QStringLiteral("wrong commands");
            feed();
            if (stat.calls != 1 || stat.result->value().count != 2)
                return QStringLiteral("stat");
            if (uidl.calls != 1 || uidl.result->value().size() != 2 || uidl.result->value().at(0).uidl != QByteArray(90, 'u'))
                return QStringLiteral("uidl");
            if (m1.calls != 1 || !m1.ok() || m1.result->value() != message)
                return QStringLiteral("retr 1");
            if (m2.calls != 1 || !m2.ok() || m2.result->value() != ".\r\n")
                return QStringLiteral("retr 2");
            if (m9.calls != 1 || m9.code() != Error::Code::NoSuchMessage)
                return QStringLiteral("retr 9");
            if (dele.calls != 1 || !dele.ok() || quit.calls != 1 || !quit.ok())
                return QStringLiteral("dele/quit");
            return {};
        };

        for (int cut = 0; cut <= wire.size(); ++cut) {
            const QString failure = run([&] {
                m_t->serverSends(wire.left(cut));
                if (m_t)
                    m_t->serverSends(wire.mid(cut));
            });
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(failure)));
        }
        const QString failure = run([&] {
            for (char c : wire) {
                if (!m_t)
                    break;
                m_t->serverSends(QByteArray(1, c));
            }
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void loginTrickledByteByByte()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::StartTls), kPassword, done.cb());
        m_t->acceptConnection();
        m_t->serverTrickles("+OK Dovecot ready.\r\n");
        C("CAPA\r\n");
        m_t->serverTrickles("+OK\r\nSTLS\r\nUSER\r\n.\r\n");
        C("STLS\r\n");
        m_t->serverTrickles("+OK go\r\n");
        m_t->completeStartTls();
        C("CAPA\r\n");
        m_t->serverTrickles(kCapa);
        C("AUTH PLAIN " + plainCredentials() + "\r\n");
        m_t->serverTrickles("+OK Logged in.\r\n");
        QVERIFY(done.ok());
    }
};

QTEST_GUILESS_MAIN(TestPop3Client)
#include "tst_pop3_client.moc"
