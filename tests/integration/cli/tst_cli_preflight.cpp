// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `mailferry preflight` as a user runs it, against a private Dovecot: the JSON fields and their
// values on a prepared mailbox, the plain report, the exit codes, and proof that nothing was
// downloaded whole or changed (Dovecot's own count of RETR and DELE, the Maildir itself).
#include "CliHarness.h"
#include "MailFactory.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mf;
using namespace mf::test;

namespace {

const QString kUser = QStringLiteral("user0");

/// The fixture's account options without --client-secret (preflight never talks to Google).
QStringList preflightArgs(const CliHarness &h, const QString &user)
{
    QStringList args = h.accountArgs(user);
    const qsizetype at = args.indexOf(QStringLiteral("--client-secret"));
    if (at >= 0)
        args.remove(at, 2);
    return QStringList{QStringLiteral("preflight")} + args;
}

QJsonObject lastJson(const QString &out)
{
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last().toUtf8()).object();
}

QByteArray dovecotLog(const CliHarness &h)
{
    QFile log(QDir(const_cast<CliHarness &>(h).dovecot().directory()).filePath(QStringLiteral("dovecot.log")));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

} // namespace

class TestCliPreflight : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
        QVERIFY2(m_h.start(&why), qPrintable(why));
        QList<QByteArray> mail;
        for (int i = 1; i <= 4; ++i)
            mail << MailFactory::message(i, 3000);
        MailFactory::Options noId;
        noId.index = 5;
        noId.withMessageId = false;
        mail << MailFactory::message(noId);
        mail << mail.at(0);                           // a copy
        mail << MailFactory::message(6, 1500 * 1000); // over --size-limit-mb 1
        QCOMPARE(m_h.dovecot().deliver(kUser, mail), mail.size());
        m_count = mail.size();
    }

    void jsonReportAndNothingDownloaded()
    {
        const QList<QByteArray> before = m_h.dovecot().messages(kUser);
        const CliHarness::Result r =
            m_h.run(preflightArgs(m_h, kUser)
                        << QStringLiteral("--json") << QStringLiteral("--size-limit-mb") << QStringLiteral("1"),
                    kUser);
        QVERIFY2(r.finished, qPrintable(r.all()));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = lastJson(r.out);
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("preflight"));
        QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("pop3"));
        QCOMPARE(o.value(QStringLiteral("messages")).toInt(), m_count);
        QCOMPARE(o.value(QStringLiteral("withoutMessageId")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("overSizeLimit")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("sizeLimitBytes")).toDouble(), 1024.0 * 1024.0);
        QCOMPARE(o.value(QStringLiteral("overGmailLimit")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("datesToRescue")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("ledgerFound")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("alreadyInGmail")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("toCopy")).toInt(), m_count - 1);
        QVERIFY(o.value(QStringLiteral("totalBytes")).toDouble() > 1500 * 1000);
        QVERIFY(o.value(QStringLiteral("estimatedSeconds")).toInt() >= 1);
        QVERIFY(o.value(QStringLiteral("oldest")).toString().startsWith(QStringLiteral("2014-03-15T")));
        QVERIFY(o.value(QStringLiteral("serverHasUidl")).toBool());

        // Headers only: Dovecot logged TOPs and no RETR or DELE; the mailbox is unchanged.
        QTRY_VERIFY_WITH_TIMEOUT(dovecotLog(m_h).contains("top="), 10000);
        const QByteArray log = dovecotLog(m_h);
        QVERIFY2(log.contains("top=" + QByteArray::number(m_count) + "/"), log.right(500).constData());
        QVERIFY2(log.contains("retr=0/0"), log.right(500).constData());
        QVERIFY2(!log.contains("retr=1"), log.right(500).constData());
        QVERIFY2(log.contains("del=0/"), log.right(500).constData());
        QCOMPARE(m_h.dovecot().messages(kUser), before);
    }

    void plainReport()
    {
        const CliHarness::Result r = m_h.run(preflightArgs(m_h, kUser), kUser);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Pre-flight of")), qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("Without a Message-ID: 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("To copy:")), qPrintable(r.out));
    }

    void exitCodes()
    {
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("MAILFERRY_POP3_PASSWORD"), QStringLiteral("not-the-password"));
        const CliHarness::Result denied = m_h.run(preflightArgs(m_h, kUser) << QStringLiteral("--json"), kUser, wrong);
        QCOMPARE(denied.exitCode, 3);
        QCOMPARE(lastJson(denied.out).value(QStringLiteral("exitCode")).toInt(), 3);

        QStringList unreachable = preflightArgs(m_h, kUser);
        unreachable[unreachable.indexOf(QStringLiteral("--port")) + 1] = QStringLiteral("1");
        QCOMPARE(m_h.run(unreachable, kUser).exitCode, 4);

        // Options that change things belong to migrate, not to a look.
        QCOMPARE(m_h.run(preflightArgs(m_h, kUser) << QStringLiteral("--delete"), kUser).exitCode, 2);
    }

private:
    CliHarness m_h;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliPreflight)
#include "tst_cli_preflight.moc"
