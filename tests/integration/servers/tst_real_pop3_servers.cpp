// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Real POP3 servers that ISPs run, from Debian's packages (fetched and unpacked, never installed,
// by scripts/fetch-test-servers.sh): popa3d, GNU mailutils pop3d, Courier and solid-pop3d, each
// driven by Mailferry's own Pop3Client. For each: login, UIDL format, LIST, RETR byte for byte
// (less what the server is known to add), DELE+QUIT removes, a dropped session removes nothing.
#include "Captured.h"
#include "MailFactory.h"
#include "RealPop3Server.h"
#include "TestEnv.h"
#include "common/Clock.h"
#include "pop3/Pop3Client.h"

#include <QFile>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::pop3;
using namespace mf::test;

Q_DECLARE_METATYPE(mf::test::RealPop3Server::Kind)

namespace {

/// What fetch-test-servers.sh said about `name`: "ok", or "missing <why>", or empty if it never ran.
QString fetchStatus(const QString &name)
{
    QFile f(RealPop3Server::cacheDir() + QStringLiteral("/STATUS"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(name.toUtf8() + ' '))
            return QString::fromUtf8(line.mid(name.size() + 1));
    return {};
}

} // namespace

class TestRealPop3Servers : public QObject {
    Q_OBJECT
private slots:
    void server_data()
    {
        QTest::addColumn<RealPop3Server::Kind>("kind");
        for (const auto kind : RealPop3Server::allKinds())
            QTest::newRow(qPrintable(RealPop3Server::create(kind)->name())) << kind;
    }

    void server()
    {
        QFETCH(RealPop3Server::Kind, kind);
        auto server = RealPop3Server::create(kind);
        QString why;
        if (!server->available(&why)) {
            const QString status = fetchStatus(server->name());
            // Under CI a server the script fetched must run; one it could not fetch is skipped.
            if (runningInCi() && (status.isEmpty() || status == QLatin1String("ok")))
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why + (status.isEmpty() ? QString() : QStringLiteral(" (fetch: %1)").arg(status))));
        }
        QList<QByteArray> mails;
        for (int i = 0; i < 6; ++i)
            mails.append(MailFactory::message(5000 + i, 1500 + 3000 * i));
        server->setMessages(mails);
        QVERIFY2(server->start(&why), qPrintable(why));

        ServerSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server->port();
        s.security = Security::PlainText;
        s.allowPlaintextPassword = true;
        s.user = server->user();
        s.auth = ServerSettings::Auth::UserPass;

        {
            Pop3Client client(Clock::system());
            Captured<void> login;
            client.connectToServer(s, QStringLiteral("wrong-password"), login.cb());
            QVERIFY(login.wait());
            QVERIFY2(!login.ok(), "a wrong password was accepted");
            qInfo("%s, wrong password: %s", qPrintable(server->name()), qPrintable(login.why()));
        }

        Pop3Client client(Clock::system());
        Captured<void> login;
        client.connectToServer(s, server->password(), login.cb());
        QVERIFY2(login.wait() && login.ok(), qPrintable(login.why() + QLatin1Char('\n') + server->logTail()));
        qInfo("%s greeting: %s; CAPA: %s", qPrintable(server->name()), client.greeting().constData(),
              client.capabilities().raw.join(' ').constData());

        Captured<QList<ListEntry>> list;
        client.list(list.cb());
        QVERIFY(list.wait() && list.ok());
        QCOMPARE(list.result->value().size(), 6);
        Captured<QList<UidlEntry>> uidl;
        client.uidl(uidl.cb());
        QVERIFY2(uidl.wait() && uidl.ok(), qPrintable(uidl.why()));
        QSet<QByteArray> uidls;
        for (const auto &u : uidl.result->value()) {
            QVERIFY(!u.uidl.isEmpty());
            uidls.insert(u.uidl);
        }
        QCOMPARE(uidls.size(), 6);
        qInfo("%s UIDL format: %s", qPrintable(server->name()), uidl.result->value().first().uidl.constData());

        for (int n = 1; n <= 6; ++n) {
            Captured<QByteArray> retr;
            client.retrieve(n, retr.cb());
            QVERIFY(retr.wait() && retr.ok());
            const QByteArray expected = MailFactory::toCrlf(mails.at(n - 1));
            const QByteArray got = server->withoutServerChanges(retr.result->value());
            QVERIFY2(got == expected,
                     qPrintable(QStringLiteral("%1: RETR %2 differs (%3 bytes, expected %4)")
                                    .arg(server->name())
                                    .arg(n)
                                    .arg(got.size())
                                    .arg(expected.size())));
            const qint64 listed = list.result->value().at(n - 1).size;
            if (listed != retr.result->value().size())
                qInfo("%s: LIST %d says %lld, RETR sent %lld", qPrintable(server->name()), n, listed,
                      qint64(retr.result->value().size()));
        }

        // DELE 2 and 5, then drop: nothing may go. Then DELE 2 and 5 and QUIT: exactly they go.
        for (int n : {2, 5}) {
            Captured<void> dele;
            client.dele(n, dele.cb());
            QVERIFY(dele.wait() && dele.ok());
        }
        client.abort();
        QTest::qWait(100);
        QTRY_COMPARE(server->messagesLeft().size(), 6);

        Pop3Client second(Clock::system());
        Captured<void> login2;
        second.connectToServer(s, server->password(), login2.cb());
        QVERIFY2(login2.wait() && login2.ok(), qPrintable(login2.why() + QLatin1Char('\n') + server->logTail()));
        for (int n : {2, 5}) {
            Captured<void> dele;
            second.dele(n, dele.cb());
            QVERIFY(dele.wait() && dele.ok());
        }
        Captured<void> quit;
        second.quit(quit.cb());
        QVERIFY2(quit.wait() && quit.ok(), qPrintable(quit.why()));
        QTRY_COMPARE(server->messagesLeft().size(), 4);
        QList<QByteArray> expectedLeft{mails[0], mails[2], mails[3], mails[5]};
        const QList<QByteArray> left = server->messagesLeft();
        for (int i = 0; i < 4; ++i)
            QVERIFY2(left[i].contains(MailFactory::messageIdOf(5000
                                                               + (i < 1       ? 0
                                                                      : i < 3 ? i + 1
                                                                              : 5))),
                     qPrintable(QStringLiteral("%1: the wrong messages are left").arg(server->name())));
        qInfo("%s: login, UIDL, LIST, RETR, DELE+QUIT all as expected", qPrintable(server->name()));
    }
};

QTEST_GUILESS_MAIN(TestRealPop3Servers)
#include "tst_real_pop3_servers.moc"
