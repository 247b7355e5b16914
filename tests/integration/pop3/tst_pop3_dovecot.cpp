// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pop3Client against a real Dovecot on loopback: POP3S, STLS, wrong password and port, TLS and
// plain text crossed with clear errors, certificate pinning, and what DELE does (or not) on QUIT
// and on a dropped connection.
#include "Captured.h"
#include "DovecotFixture.h"
#include "MailFactory.h"
#include "ManualClock.h"
#include "TestEnv.h"
#include "pop3/Pop3Client.h"

#include <QTcpServer>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::pop3;
using namespace mf::test;
using namespace std::chrono_literals;

namespace {

const QString kUser = QStringLiteral("maria");
const QString kPassword = QStringLiteral("correct horse");

/// Processes events (real sockets) until `c` has been called; false after 10 s.
template <typename T>
bool waitFor(const Captured<T> &c)
{
    return QTest::qWaitFor([&] { return c.calls > 0; }, 10000);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes out of scope
}

} // namespace

class TestPop3Dovecot : public QObject {
    Q_OBJECT

    std::unique_ptr<DovecotFixture> m_dovecot;
    QList<QByteArray> m_messages; // LF form, as delivered

    ServerSettings settings(Security security, bool pin = true) const
    {
        ServerSettings s;
        s.host = m_dovecot->host();
        s.port = security == Security::ImplicitTls ? m_dovecot->pop3sPort() : m_dovecot->pop3Port();
        s.security = security;
        s.user = kUser;
        if (pin)
            s.pinnedSha256 = m_dovecot->certificateSha256();
        return s;
    }

    bool connectClient(Pop3Client &client, const ServerSettings &s, QString *why)
    {
        CapturedStatus done;
        client.connectToServer(s, kPassword, done.cb());
        if (!waitFor(done)) {
            *why = QStringLiteral("no answer");
            return false;
        }
        *why = done.why();
        return done.ok();
    }

private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
    }

    void init()
    {
        m_dovecot = std::make_unique<DovecotFixture>();
        m_dovecot->addUser(kUser, kPassword);
        m_messages = {MailFactory::message(1, 3000), MailFactory::message(2, 70000), MailFactory::message(3, 500)};
        QCOMPARE(m_dovecot->deliver(kUser, m_messages), 3);
        QString error;
        QVERIFY2(m_dovecot->start(&error), qPrintable(error));
    }

    void cleanup() { m_dovecot.reset(); }

    void pop3sSession()
    {
        Pop3Client client(Clock::system());
        QString why;
        QVERIFY2(connectClient(client, settings(Security::ImplicitTls), &why), qPrintable(why));
        QVERIFY(client.capabilities().pipelining);
        QVERIFY(client.capabilities().uidl);
        QVERIFY(!client.capabilities().stls);
        QVERIFY(client.peerCertificate());
        QCOMPARE(client.peerCertificate()->sha256Hex, m_dovecot->certificateSha256());

        Captured<StatInfo> stat;
        Captured<QList<UidlEntry>> uidl;
        Captured<QList<ListEntry>> list;
        Captured<QByteArray> top;
        QList<QByteArray> bodies;
        int retrCalls = 0;
        client.stat(stat.cb());
        client.uidl(uidl.cb());
        client.list(list.cb());
        client.top(2, 0, top.cb());
        for (int i = 1; i <= 3; ++i)
            client.retrieve(i, [&](Result<QByteArray> r) {
                ++retrCalls;
                bodies << (r ? r.value() : QByteArray("failed: ") + r.error().toString().toUtf8());
            });
        CapturedStatus quit;
        client.quit(quit.cb());
        QVERIFY(waitFor(quit));
        QVERIFY2(quit.ok(), qPrintable(quit.why()));
        QCOMPARE(stat.result->value().count, 3);
        QCOMPARE(uidl.result->value().size(), 3);
        QCOMPARE(uidl.result->value().at(0).uidl.size(), 16); // %08Xu%08Xv
        QCOMPARE(list.result->value().size(), 3);
        QCOMPARE(retrCalls, 3);
        for (int i = 0; i < 3; ++i) {
            const QByteArray expected = MailFactory::toCrlf(m_messages.at(i));
            QCOMPARE(bodies.at(i).size(), expected.size());
            QVERIFY(bodies.at(i) == expected); // dot lines unstuffed, CRLF as sent
            QCOMPARE(list.result->value().at(i).size, qint64(expected.size()));
        }
        QVERIFY(top.result->value().contains("Message-ID: <msg-2@"));
        QVERIFY(top.result->value().endsWith("\r\n\r\n"));
        QCOMPARE(m_dovecot->messageCount(kUser), 3); // keep mode
    }

    void startTlsSession()
    {
        Pop3Client client(Clock::system());
        QString why;
        QVERIFY2(connectClient(client, settings(Security::StartTls), &why), qPrintable(why));
        QVERIFY(client.peerCertificate());
        QCOMPARE(client.peerCertificate()->sha256Hex, m_dovecot->certificateSha256());
        QVERIFY(client.capabilities().uidl);
        QVERIFY(!client.capabilities().stls); // the CAPA asked again under TLS
        Captured<StatInfo> stat;
        client.stat(stat.cb());
        QVERIFY(waitFor(stat));
        QCOMPARE(stat.result->value().count, 3);
    }

    void wrongPassword()
    {
        Pop3Client client(Clock::system());
        CapturedStatus done;
        client.connectToServer(settings(Security::ImplicitTls), QStringLiteral("wrong"), done.cb());
        QVERIFY(waitFor(done));
        QCOMPARE(done.code(), Error::Code::AuthFailed);
        QCOMPARE(done.result->error().scope, Error::Scope::Account);
        QVERIFY(!done.result->error().retryable);
        QVERIFY(done.result->error().message.contains(QLatin1String("app password")));
        QVERIFY(!done.result->error().toString().contains(QLatin1String("wrong"))
                || !done.result->error().detail.contains(QLatin1String("PASS wrong")));
    }

    void wrongPort()
    {
        Pop3Client client(Clock::system());
        ServerSettings s = settings(Security::ImplicitTls);
        s.port = closedPort();
        CapturedStatus done;
        client.connectToServer(s, kPassword, done.cb());
        QVERIFY(waitFor(done));
        QCOMPARE(done.code(), Error::Code::ConnectionRefused);
        QVERIFY(done.result->error().message.contains(QLatin1String("port")));
    }

    void tlsSpokenToThePlainPort()
    {
        // Dovecot greets in plain text; our TLS handshake reads "+OK ..." and fails at once,
        // well before the (injected, never advanced) timeouts.
        ManualClock clock;
        Pop3Client client(&clock);
        ServerSettings s = settings(Security::ImplicitTls);
        s.port = m_dovecot->pop3Port();
        CapturedStatus done;
        client.connectToServer(s, kPassword, done.cb());
        QVERIFY(waitFor(done));
        QCOMPARE(done.code(), Error::Code::TlsHandshakeFailed);
        QVERIFY2(done.result->error().message.contains(QLatin1String("STARTTLS")), qPrintable(done.why()));
        QCOMPARE(clock.elapsed(), Millis(0));
    }

    void plainTextSpokenToTheTlsPort()
    {
        // The TLS port waits for a ClientHello and never greets: the injected greeting timeout
        // ends it with a hint to choose SSL/TLS.
        ManualClock clock;
        Pop3Client client(&clock);
        Timeouts t;
        t.connect = 30s;
        t.greeting = 7s;
        client.setTimeouts(t);
        ServerSettings s = settings(Security::StartTls);
        s.port = m_dovecot->pop3sPort();
        CapturedStatus done;
        client.connectToServer(s, kPassword, done.cb());
        // Connected once the connect timer gave way to the greeting timer.
        QVERIFY(QTest::qWaitFor([&] { return clock.nextTimerIn() == Millis(7000); }, 10000));
        QCOMPARE(done.calls, 0);
        clock.advance(6999ms);
        QCoreApplication::processEvents();
        QCOMPARE(done.calls, 0);
        clock.advance(1ms);
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.code(), Error::Code::Timeout);
        QVERIFY2(done.result->error().message.contains(QLatin1String("SSL/TLS")), qPrintable(done.why()));
    }

    void untrustedCertificateThenPinned()
    {
        Pop3Client client(Clock::system());
        CapturedStatus refused;
        client.connectToServer(settings(Security::ImplicitTls, false), kPassword, refused.cb());
        QVERIFY(waitFor(refused));
        QCOMPARE(refused.code(), Error::Code::CertificateUntrusted);
        QCOMPARE(refused.result->error().scope, Error::Scope::Account);
        const auto cert = client.peerCertificate();
        QVERIFY(cert);
        QCOMPARE(cert->sha256Hex, m_dovecot->certificateSha256());
        QVERIFY(cert->subject.contains(QLatin1String("localhost")));
        QVERIFY(!cert->problems.isEmpty());
        QVERIFY(cert->validTo > cert->validFrom);

        // The user looked at it and chose to trust it: the same client connects with the pin.
        ServerSettings pinned = settings(Security::ImplicitTls, false);
        pinned.pinnedSha256 = cert->displayFingerprint().toLatin1(); // "AB:CD:..." form works too
        QString why;
        QVERIFY2(connectClient(client, pinned, &why), qPrintable(why));

        // A different pin does not open the door.
        Pop3Client other(Clock::system());
        ServerSettings wrongPin = settings(Security::ImplicitTls, false);
        wrongPin.pinnedSha256 = QByteArray(64, 'a');
        CapturedStatus stillRefused;
        other.connectToServer(wrongPin, kPassword, stillRefused.cb());
        QVERIFY(waitFor(stillRefused));
        QCOMPARE(stillRefused.code(), Error::Code::CertificateUntrusted);
    }

    void deleThenQuitRemoves()
    {
        Pop3Client client(Clock::system());
        QString why;
        QVERIFY2(connectClient(client, settings(Security::ImplicitTls), &why), qPrintable(why));
        CapturedStatus d1, d3, quit;
        client.dele(1, d1.cb());
        client.dele(3, d3.cb());
        client.quit(quit.cb());
        QVERIFY(waitFor(quit));
        QVERIFY(d1.ok() && d3.ok());
        QVERIFY2(quit.ok(), qPrintable(quit.why()));
        QCOMPARE(m_dovecot->messageCount(kUser), 1);
        QCOMPARE(m_dovecot->messages(kUser).first(), m_messages.at(1));
    }

    void deleThenDropRemovesNothing()
    {
        {
            Pop3Client client(Clock::system());
            QString why;
            QVERIFY2(connectClient(client, settings(Security::ImplicitTls), &why), qPrintable(why));
            CapturedStatus d1, d2;
            client.dele(1, d1.cb());
            client.dele(2, d2.cb());
            QVERIFY(waitFor(d2));
            QVERIFY(d1.ok() && d2.ok());
            client.abort(); // the connection drops before QUIT
        }
        QCOMPARE(m_dovecot->messageCount(kUser), 3);

        // And the next session still sees all three (Dovecot may need a moment to notice the drop).
        Pop3Client again(Clock::system());
        QString why;
        QVERIFY2(connectClient(again, settings(Security::ImplicitTls), &why), qPrintable(why));
        Captured<StatInfo> stat;
        again.stat(stat.cb());
        QVERIFY(waitFor(stat));
        QCOMPARE(stat.result->value().count, 3);
        QCOMPARE(m_dovecot->messageCount(kUser), 3);
    }

    void oversizeRetrDropsTheSessionAndDeletesNothing()
    {
        // Message 2 has 70,000 bytes; with a 10,000-byte cap the client stops buffering, fails
        // that one message, and drops the real TLS connection mid-stream. The DELE before it is
        // not committed, and the next session works and sees everything.
        {
            Pop3Client client(Clock::system());
            QString why;
            QVERIFY2(connectClient(client, settings(Security::ImplicitTls), &why), qPrintable(why));
            CapturedStatus d1, after;
            Captured<QByteArray> big;
            int disconnects = 0;
            connect(&client, &Pop3Client::disconnected, this, [&] { ++disconnects; });
            client.dele(1, d1.cb());
            client.retrieve(2, 10000, big.cb());
            client.noop(after.cb());
            QVERIFY(waitFor(after));
            QVERIFY(d1.ok());
            QCOMPARE(big.calls, 1);
            QCOMPARE(big.code(), Error::Code::MessageOversize);
            QCOMPARE(big.result->error().scope, Error::Scope::Item);
            QCOMPARE(after.code(), Error::Code::ConnectionClosed);
            QCOMPARE(disconnects, 1);
            QVERIFY(!client.isConnected());
            // The body buffer stops at the cap; one socket read may still hold the whole message
            // (70,000 bytes) when the event loop was slow, but never a second copy of it.
            QVERIFY2(client.peakBufferedBytes() < 10000 + 72 * 1024, qPrintable(QString::number(client.peakBufferedBytes())));
        }
        Pop3Client again(Clock::system());
        QString why;
        QVERIFY2(connectClient(again, settings(Security::ImplicitTls), &why), qPrintable(why));
        Captured<QByteArray> small;
        again.retrieve(1, 10000, small.cb());
        QVERIFY(waitFor(small));
        QVERIFY(small.ok());
        QCOMPARE(small.result->value(), MailFactory::toCrlf(m_messages.at(0)));
        QCOMPARE(m_dovecot->messageCount(kUser), 3);
    }

    void pipelinedBulkRetrieve()
    {
        // 150 mixed messages, every RETR queued at once: real TLS records cut the stream at
        // arbitrary places; every message must arrive byte-exact, in order.
        m_dovecot->addUser(QStringLiteral("bulk"), kPassword);
        m_dovecot->deliverMixed(QStringLiteral("bulk"), 150, 7);
        const QList<QByteArray> expected = m_dovecot->messages(QStringLiteral("bulk"));
        Pop3Client client(Clock::system());
        qint64 progress = 0;
        connect(&client, &Pop3Client::bytesReceived, this, [&](qint64 total) { progress = total; });
        ServerSettings s = settings(Security::ImplicitTls);
        s.user = QStringLiteral("bulk");
        QString why;
        QVERIFY2(connectClient(client, s, &why), qPrintable(why));
        int mismatches = 0, got = 0;
        for (int i = 1; i <= expected.size(); ++i)
            client.retrieve(i, [&, i](Result<QByteArray> r) {
                ++got;
                if (!r || r.value() != MailFactory::toCrlf(expected.at(i - 1)))
                    ++mismatches;
            });
        CapturedStatus quit;
        client.quit(quit.cb());
        QVERIFY(QTest::qWaitFor([&] { return quit.calls > 0; }, 60000));
        QVERIFY(quit.ok());
        QCOMPARE(got, int(expected.size()));
        QCOMPARE(mismatches, 0);
        QVERIFY(progress > 150 * 2048);
    }
};

QTEST_GUILESS_MAIN(TestPop3Dovecot)
#include "tst_pop3_dovecot.moc"
