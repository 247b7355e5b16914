// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pre-flight's pure parts: what one header block says, how the counts add up (duplicates,
// dates to rescue, sizes, what is in Gmail already, the estimate), the JSON fields, reading a
// header block from a stream, and the POP3 reader that keeps only the start of a long reply.
#include "migration/PreflightArchive.h"
#include "migration/PreflightReport.h"
#include "pop3/ResponseReader.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTest>

using namespace mf;
using namespace mf::migration;

namespace {

QByteArray header(const QByteArray &fields)
{
    return fields + "\r\n";
}

PreflightTally::Limits limits()
{
    return PreflightTally::Limits{1000, 5000, 600};
}

} // namespace

class TestPreflightSummary : public QObject {
    Q_OBJECT
private slots:
    void factsOfAPlainMessage()
    {
        const MessageFacts f = messageFacts(header("From: a@example.org\r\nDate: Sat, 15 Mar 2014 10:30:00 +0100\r\n"
                                                   "Message-ID: <x@example.org>\r\nSubject: Hi\r\n"),
                                            1234);
        QVERIFY(f.hasMessageId);
        QCOMPARE(f.messageId, QByteArray("<x@example.org>"));
        QVERIFY(!f.dateNeedsRescue);
        QVERIFY(!f.dateUnrescuable);
        QVERIFY(f.date.has_value());
        QCOMPARE(f.date->toUTC(), QDateTime(QDate(2014, 3, 15), QTime(9, 30), Qt::UTC));
        QCOMPARE(f.size, 1234);
    }

    void datesFollowTheRescueRules()
    {
        // Missing Date, but a Received: date: rescued from the topmost readable one.
        const MessageFacts rescued = messageFacts(header("Received: from a by b; garbage\r\n"
                                                         "Received: from c by d; Tue, 1 Apr 2008 08:00:00 +0000\r\n"
                                                         "Subject: x\r\n"),
                                                  10);
        QVERIFY(rescued.dateNeedsRescue);
        QVERIFY(!rescued.dateUnrescuable);
        QCOMPARE(rescued.date->toUTC(), QDateTime(QDate(2008, 4, 1), QTime(8, 0), Qt::UTC));
        // A broken Date and no Received: nothing to rescue it from.
        const MessageFacts lost = messageFacts(header("Date: the day after tomorrow\r\nSubject: x\r\n"), 10);
        QVERIFY(lost.dateNeedsRescue);
        QVERIFY(lost.dateUnrescuable);
        QVERIFY(!lost.date);
    }

    void duplicatesByMessageIdOrByFromDateSubjectSize()
    {
        PreflightTally tally(limits());
        const QByteArray a = header("Message-ID: <a@x>\r\nDate: Mon, 1 Jan 2001 00:00:00 +0000\r\n");
        const QByteArray b = header("Message-ID: <b@x>\r\nDate: Mon, 1 Jan 2001 00:00:00 +0000\r\n");
        const QByteArray noId = header("From: z@x\r\nSubject: same\r\nDate: Mon, 1 Jan 2001 00:00:00 +0000\r\n");
        tally.add(messageFacts(a, 10));
        tally.add(messageFacts(a, 11)); // same Message-ID, another size: still a copy
        tally.add(messageFacts(a, 12));
        tally.add(messageFacts(b, 10));
        tally.add(messageFacts(noId, 50));
        tally.add(messageFacts(noId, 50)); // same from+date+subject+size
        tally.add(messageFacts(noId, 51)); // another size: another message
        const PreflightReport r = tally.report();
        QCOMPARE(r.messages, 7);
        QCOMPARE(r.duplicates, 3);
        QCOMPARE(r.duplicateGroups, 2);
        QCOMPARE(r.withoutMessageId, 3);
        QCOMPARE(r.totalBytes, 10 + 11 + 12 + 10 + 50 + 50 + 51);
    }

    void sizesDatesLedgerAndEstimate()
    {
        PreflightTally tally(limits());
        const auto dated = [](const char *date) {
            return header(QByteArray("Message-ID: <") + date + ">\r\nDate: " + date + "\r\n");
        };
        tally.add(messageFacts(dated("Mon, 1 Jan 2001 00:00:00 +0000"), 999));
        tally.add(messageFacts(dated("Fri, 2 Feb 2018 12:00:00 +0200"), 1001));          // over the chosen limit
        MessageFacts huge = messageFacts(dated("Wed, 3 Mar 2010 00:00:00 +0000"), 6000); // over both
        tally.add(huge);
        MessageFacts copied = messageFacts(dated("Thu, 4 Mar 2010 00:00:00 +0000"), 100);
        copied.alreadyInGmail = true;
        tally.add(copied);
        tally.addUnreadable(200, false);
        const PreflightReport r = tally.report();
        QCOMPARE(r.messages, 5);
        QCOMPARE(r.overSizeLimit, 2);
        QCOMPARE(r.overGmailLimit, 1);
        QCOMPARE(r.alreadyInGmail, 1);
        QCOMPARE(r.unreadable, 1);
        QCOMPARE(r.toCopy, 2); // the 999-byte one and the unreadable one
        QCOMPARE(r.oldest, QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.newest, QDateTime(QDate(2018, 2, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(r.estimated.count(), 200); // 2 messages at 600 a minute
    }

    void estimateOfFiftyThousand()
    {
        PreflightTally tally(PreflightTally::Limits{0, 0, 585});
        const MessageFacts f = messageFacts(header("Message-ID: <a@x>\r\n"), 10);
        for (int i = 0; i < 50000; ++i)
            tally.add(f);
        const PreflightReport r = tally.report();
        QCOMPARE(r.toCopy, 50000);
        QCOMPARE(r.duplicates, 49999);
        QCOMPARE(r.duplicateGroups, 1);
        QCOMPARE(r.estimated.count(), qint64(std::ceil(50000.0 / 585.0 * 60000.0)));
        QCOMPARE(PreflightText::duration(r.estimated), QStringLiteral("about 1 h 26 min"));
    }

    void ledgerIndexMatchesUidlOrMessageIdWithTheSize()
    {
        LedgerIndex index;
        index.addItem("uidl-1", "<a@x>", 100);
        index.addItem({}, "<b@x>", 200);
        QVERIFY(index.hasUidl("uidl-1", 100));
        QVERIFY(!index.hasUidl("uidl-1", 101)); // a reused UIDL with another size is another message
        QVERIFY(!index.hasUidl({}, 100));
        QVERIFY(index.hasMessageId("<b@x>", 200));
        QVERIFY(!index.hasMessageId("<b@x>", 201));
        QVERIFY(!index.hasMessageId({}, 200));
    }

    void jsonHasEveryField()
    {
        PreflightTally tally(limits());
        tally.add(messageFacts(header("Date: Mon, 1 Jan 2001 00:00:00 +0000\r\n"), 10));
        tally.base().ledgerFound = true;
        const QJsonObject o = preflightJson(tally.report());
        for (const char *key : {"source",           "messages",         "totalBytes",     "oldest",          "newest",
                                "datesToRescue",    "datesUnrescuable", "sizeLimitBytes", "overSizeLimit",   "gmailLimitBytes",
                                "overGmailLimit",   "withoutMessageId", "duplicates",     "duplicateGroups", "ledgerFound",
                                "alreadyInGmail",   "headersCut",       "unreadable",     "toCopy",          "messagesPerMinute",
                                "estimatedSeconds", "serverHasUidl"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("oldest")).toString(), QStringLiteral("2001-01-01T00:00:00Z"));
        QCOMPARE(o.value(QStringLiteral("withoutMessageId")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("estimatedSeconds")).toInt(), 1);
        QVERIFY(!PreflightText::sentences(tally.report()).isEmpty());
    }

    void headerBlockStopsAtTheEmptyLineOrTheCap()
    {
        QByteArray message = "Subject: x\r\nFrom: y\r\n\r\nbody line\r\n";
        QBuffer buffer(&message);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        bool cut = true;
        QCOMPARE(readHeaderBlock(&buffer, 1024, &cut), QByteArray("Subject: x\r\nFrom: y\r\n\r\n"));
        QVERIFY(!cut);

        QByteArray lf = "A: 1\nB: 2\n\nbody";
        QBuffer lfBuffer(&lf);
        QVERIFY(lfBuffer.open(QIODevice::ReadOnly));
        QCOMPARE(readHeaderBlock(&lfBuffer, 1024, &cut), QByteArray("A: 1\nB: 2\n\n"));

        QByteArray longHeader = "X-Long: " + QByteArray(20000, 'a') + "\r\n\r\nbody";
        QBuffer longBuffer(&longHeader);
        QVERIFY(longBuffer.open(QIODevice::ReadOnly));
        const QByteArray start = readHeaderBlock(&longBuffer, 8192, &cut);
        QCOMPARE(start.size(), 8192);
        QVERIFY(cut);
    }

    void cutReplyKeepsTheStartAndReadsToTheEnd()
    {
        pop3::ResponseReader reader;
        const QByteArray big = "X-Long: " + QByteArray(10000, 'a') + "\r\n..dot\r\n\r\n";
        reader.append(big + ".\r\n+OK next\r\n");
        QByteArray sink;
        reader.beginCutBody(&sink, 100);
        QCOMPARE(reader.readBody(), pop3::ResponseReader::BodyStatus::Complete);
        QCOMPARE(sink, big.left(100));
        QVERIFY(sink.capacity() <= 100);
        QCOMPARE(reader.bodyBytes(), qint64(big.size() - 1)); // one stuffed dot removed
        QByteArray line;
        QCOMPARE(reader.takeLine(&line), pop3::ResponseReader::LineStatus::Line);
        QCOMPARE(line, QByteArray("+OK next"));
    }
};

QTEST_GUILESS_MAIN(TestPreflightSummary)
#include "tst_preflight_summary.moc"
