// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// ReportMail: the report a run with failures puts into the user's inbox is a well-formed message
// built from plain facts: its headers parse, its counts are in the text, the CSV is attached whole.
#include "mail/MessageHeaders.h"
#include "mail/ReportMail.h"

#include <QtTest/QtTest>

using mf::mail::MessageHeaders;
using mf::mail::ReportMail;

namespace {

/// The base64 body of the MIME part whose headers contain `marker`, decoded.
QByteArray partBody(const QByteArray &mail, const QByteArray &marker)
{
    const qsizetype at = mail.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = mail.indexOf("\r\n\r\n", at);
    const qsizetype end = mail.indexOf("\r\n--", start);
    if (start < 0 || end < 0)
        return {};
    QByteArray b64 = mail.mid(start + 4, end - start - 4);
    b64.replace("\r\n", "");
    return QByteArray::fromBase64(b64);
}

} // namespace

class TestReportMail : public QObject {
    Q_OBJECT
private slots:
    void buildsAReportFromFacts()
    {
        ReportMail::Facts facts;
        facts.mailbox = QStringLiteral("maria@isp.example");
        facts.gmailAccount = QStringLiteral("maria@gmail.example");
        facts.copied = 120;
        facts.skipped = 3;
        facts.failed = 2;
        facts.deletedFromServer = 118;
        facts.possibleDuplicates = 1;
        const QByteArray csv = "uidl,reason\r\nU1,\"no headers\"\r\nU2,too large\r\n";
        const QDateTime now(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        const QByteArray mail = ReportMail::build(facts, csv, now);

        for (qsizetype i = mail.indexOf('\n'); i >= 0; i = mail.indexOf('\n', i + 1))
            QVERIFY2(i > 0 && mail.at(i - 1) == '\r', "every line ends in CRLF");
        const MessageHeaders headers = MessageHeaders::parse(mail);
        QVERIFY(headers.messageId().startsWith("<report-"));
        QVERIFY(headers.date());
        QCOMPARE(*headers.date(), now);
        QVERIFY(headers.subject().contains(QStringLiteral("maria@isp.example")));
        QVERIFY(headers.subject().contains(QStringLiteral("2")));
        QVERIFY(headers.value("To").contains("maria@gmail.example"));
        QVERIFY(headers.value("Content-Type").startsWith("multipart/mixed"));

        const QString text = QString::fromUtf8(partBody(mail, "Content-Type: text/plain"));
        QVERIFY2(text.contains(QStringLiteral("120")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("118")));
        QVERIFY(text.contains(QStringLiteral("maria@isp.example")));
        QCOMPARE(partBody(mail, "Content-Type: text/csv"), csv);
    }

    void withoutAGmailAddressItHasNoRecipient()
    {
        ReportMail::Facts facts;
        facts.mailbox = QStringLiteral("olaf");
        facts.failed = 1;
        const QByteArray mail = ReportMail::build(facts, "x\r\n", QDateTime::currentDateTimeUtc());
        const MessageHeaders headers = MessageHeaders::parse(mail);
        QVERIFY(headers.value("To").isEmpty());
        QVERIFY(headers.value("From").contains("mailferry@localhost"));
        QVERIFY(headers.subject().contains(QStringLiteral("olaf")));
        // No deletions, no duplicates: those lines are left out.
        const QString text = QString::fromUtf8(partBody(mail, "Content-Type: text/plain"));
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QStringLiteral("Removed from the old server")));
        QVERIFY(!text.contains(QStringLiteral("may appear twice")));
        QVERIFY(text.contains(QStringLiteral("still on the old server")));
    }

    void anArchiveIsNotCalledAServer()
    {
        // Mail from a file on the user's computer: the report says where the rest still is.
        ReportMail::Facts facts;
        facts.mailbox = QStringLiteral("/home/maria/Outlook.pst");
        facts.failed = 3;
        facts.copied = 40;
        facts.localArchive = true;
        const QByteArray mail = ReportMail::build(facts, "x\r\n", QDateTime::currentDateTimeUtc());
        const QString text = QString::fromUtf8(partBody(mail, "Content-Type: text/plain"));
        QVERIFY2(text.contains(QStringLiteral("archive /home/maria/Outlook.pst")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("still in the archive on your computer")));
        QVERIFY(!text.contains(QStringLiteral("server")));
    }
};

QTEST_GUILESS_MAIN(TestReportMail)
#include "tst_report_mail.moc"
