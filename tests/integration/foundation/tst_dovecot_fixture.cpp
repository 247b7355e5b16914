// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Proves the Dovecot recipe: a real server on loopback, free ports, its own certificate, users
// and Maildirs, spoken to over TLS with a plain QSslSocket.
#include "DovecotFixture.h"
#include "MailFactory.h"
#include "TestEnv.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QtTest/QtTest>

using namespace mf::test;

namespace {

// Reads one line (single-line reply) or, if `multiline`, up to the terminating ".\r\n".
QByteArray readReply(QAbstractSocket &s, bool multiline)
{
    QByteArray buf;
    for (int i = 0; i < 200; ++i) {
        const bool done =
            multiline ? (buf.startsWith("-ERR") && buf.endsWith("\r\n")) || buf.endsWith("\r\n.\r\n") : buf.endsWith("\r\n");
        if (done)
            return buf;
        if (!s.bytesAvailable() && !s.waitForReadyRead(5000))
            break;
        buf += s.readAll();
    }
    return buf;
}

QByteArray command(QAbstractSocket &s, const QByteArray &line, bool multiline = false)
{
    s.write(line + "\r\n");
    return readReply(s, multiline);
}

} // namespace

class TestDovecotFixture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
    }

    void pop3sGreetingCapaAndStat()
    {
        DovecotFixture dovecot;
        dovecot.addUser(QStringLiteral("maria"), QStringLiteral("s3cret-pw"));
        QCOMPARE(dovecot.deliver(QStringLiteral("maria"),
                                 {MailFactory::message(1, 3000), MailFactory::message(2, 5000), MailFactory::message(3, 200)}),
                 3);
        QString error;
        QVERIFY2(dovecot.start(&error), qPrintable(error));
        QVERIFY(dovecot.pop3Port() != dovecot.pop3sPort());

        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        // Trust exactly this run's self-signed certificate: verification stays on.
        config.setCaCertificates(QSslCertificate::fromData(dovecot.certificatePem()));
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(dovecot.host(), dovecot.pop3sPort(), QStringLiteral("localhost"));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QVERIFY(socket.isEncrypted());
        QVERIFY(socket.sessionProtocol() >= QSsl::TlsV1_2);
        QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex(), dovecot.certificateSha256());

        const QByteArray greeting = readReply(socket, false);
        QVERIFY2(greeting.startsWith("+OK"), greeting.constData());

        const QByteArray capa = command(socket, "CAPA", true);
        QVERIFY2(capa.startsWith("+OK"), capa.constData());
        for (const char *cap : {"\r\nUIDL\r\n", "\r\nTOP\r\n", "\r\nPIPELINING\r\n", "\r\nRESP-CODES\r\n", "\r\nUSER\r\n"})
            QVERIFY2(capa.contains(cap), capa.constData());
        QVERIFY2(!capa.contains("STLS"), "STLS must not be offered inside TLS");

        QVERIFY(command(socket, "USER maria").startsWith("+OK"));
        QVERIFY(command(socket, "PASS s3cret-pw").startsWith("+OK"));
        const QByteArray stat = command(socket, "STAT");
        QVERIFY2(stat.startsWith("+OK 3 "), stat.constData());
        const QByteArray uidl = command(socket, "UIDL", true);
        QCOMPARE(uidl.count("\r\n"), 5); // +OK, three UIDLs, "."
        QVERIFY(command(socket, "QUIT").startsWith("+OK"));
    }

    void plainPortOffersStlsAndRejectsWrongPassword()
    {
        DovecotFixture dovecot;
        dovecot.addUser(QStringLiteral("tom"), QStringLiteral("right"));
        QString error;
        QVERIFY2(dovecot.start(&error), qPrintable(error));

        QTcpSocket socket;
        socket.connectToHost(dovecot.host(), dovecot.pop3Port());
        QVERIFY(socket.waitForConnected(5000));
        QVERIFY(readReply(socket, false).startsWith("+OK"));
        const QByteArray capa = command(socket, "CAPA", true);
        QVERIFY2(capa.contains("\r\nSTLS\r\n"), capa.constData());
        QVERIFY(command(socket, "USER tom").startsWith("+OK"));
        const QByteArray pass = command(socket, "PASS wrong");
        QVERIFY2(pass.startsWith("-ERR [AUTH]"), pass.constData());
    }

    void twoServersSideBySide()
    {
        DovecotFixture a, b;
        a.addUser(QStringLiteral("u"), QStringLiteral("p"));
        b.addUser(QStringLiteral("u"), QStringLiteral("p"));
        QString error;
        QVERIFY2(a.start(&error), qPrintable(error));
        QVERIFY2(b.start(&error), qPrintable(error));
        QVERIFY(a.pop3Port() != b.pop3Port());
        QVERIFY(a.directory() != b.directory());
    }

    void mixedMailboxHasTheBenchmarkShape()
    {
        DovecotFixture dovecot;
        dovecot.addUser(QStringLiteral("bulk"), QStringLiteral("p"));
        const qint64 total = dovecot.deliverMixed(QStringLiteral("bulk"), 200);
        QCOMPARE(dovecot.messageCount(QStringLiteral("bulk")), 200);
        // 2 KB .. 1 MB each, mean around 78 KB (2,000 of them make about 156 MB).
        QVERIFY2(total > 200 * 40 * 1024 && total < 200 * 130 * 1024, qPrintable(QString::number(total)));
        for (const QByteArray &m : dovecot.messages(QStringLiteral("bulk"))) {
            QVERIFY(m.size() >= 2048 && m.size() <= 1024 * 1024 + 100);
            QVERIFY(m.contains("\nMessage-ID: <msg-"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDovecotFixture)
#include "tst_dovecot_fixture.moc"
