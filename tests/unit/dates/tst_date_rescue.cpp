// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// DateRescue: a good Date is never touched; a missing or broken one is rescued from the newest
// Received: header, in the message's own line-ending style, and the log gets a plain note.
#include "MailFactory.h"
#include "mail/DateRescue.h"
#include "mail/MessageHeaders.h"

#include <QtTest/QtTest>

using mf::mail::DateRescue;
using mf::mail::MessageHeaders;

namespace {

const QByteArray kNewestReceived = "Received: from mx.isp.example by pop.isp.example; Tue, 4 Aug 2009 18:22:11 +0200";
const QByteArray kOlderReceived = "Received: from relay.example by mx.isp.example; Tue, 4 Aug 2009 16:20:00 +0000";

QByteArray withEol(const QList<QByteArray> &lines, const QByteArray &eol)
{
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line + eol;
    return out;
}

} // namespace

class TestDateRescue : public QObject {
    Q_OBJECT
private slots:
    void goodDateIsByteForByteUntouched_data()
    {
        QTest::addColumn<QByteArray>("raw");
        mf::test::MailFactory::Options options;
        options.index = 7;
        const QByteArray lf = mf::test::MailFactory::message(options);
        QTest::newRow("factory LF") << lf;
        QTest::newRow("factory CRLF") << mf::test::MailFactory::toCrlf(lf);
        QTest::newRow("obsolete date") << QByteArray("Date: 4 Aug 09 18:22 EST (Eastern)\n" + kNewestReceived + "\n\nbody\n");
        static const char kEightBit[] = "Subject: caf\xe9\r\nDate: Tue, 4 Aug 2009 18:22:11 +0200\r\n\r\n\0\0body";
        QTest::newRow("8-bit and NUL elsewhere") << QByteArray(kEightBit, sizeof(kEightBit) - 1);
    }

    void goodDateIsByteForByteUntouched()
    {
        QFETCH(QByteArray, raw);
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(!result.rescued);
        QVERIFY(result.note.isEmpty());
        QCOMPARE(result.bytes, raw);
        // Not just equal: the very same buffer, so a 50 MiB message is not copied.
        QCOMPARE(result.bytes.constData(), raw.constData());
    }

    void missingDateTakesTheNewestReceived_data()
    {
        QTest::addColumn<QByteArray>("eol");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("LF") << QByteArray("\n");
    }

    void missingDateTakesTheNewestReceived()
    {
        QFETCH(QByteArray, eol);
        const QByteArray raw =
            withEol({kNewestReceived, kOlderReceived, "Subject: old mail", "From: a@example.org", ""}, eol) + "body line" + eol;
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QCOMPARE(result.bytes, "Date: Tue, 4 Aug 2009 18:22:11 +0200" + eol + raw);
        QVERIFY(result.note.contains(QLatin1String("The Date header was missing")));
        QVERIFY(result.note.contains(QLatin1String("Tue, 4 Aug 2009 18:22:11 +0200")));

        const MessageHeaders rescued = MessageHeaders::parse(result.bytes);
        QVERIFY(rescued.date());
        QCOMPARE(rescued.date()->toUTC(), QDateTime(QDate(2009, 8, 4), QTime(16, 22, 11), Qt::UTC));
        QCOMPARE(rescued.lineEnding(), eol);
        // Every line of the result ends the same way: no mixed CRLF/LF.
        if (eol == "\n")
            QVERIFY(!result.bytes.contains('\r'));
        else
            QCOMPARE(result.bytes.count("\r\n"), result.bytes.count('\n'));
    }

    void brokenDateIsKeptAsXOriginalDate()
    {
        const QByteArray raw = "Return-Path: <a@example.org>\r\n" + kNewestReceived
            + "\r\n"
              "date: sometime last week\r\n"
              "Subject: x\r\n\r\nDate: in the body stays\r\n";
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QByteArray expected = raw;
        expected.replace("date: sometime", "X-Original-Date: sometime");
        expected.prepend("Date: Tue, 4 Aug 2009 18:22:11 +0200\r\n");
        QCOMPARE(result.bytes, expected);
        QVERIFY(result.note.contains(QLatin1String("X-Original-Date")));
        const MessageHeaders h = MessageHeaders::parse(result.bytes);
        QCOMPARE(h.values("Date").size(), 1);
        QCOMPARE(h.value("X-Original-Date"), QByteArray("sometime last week"));
    }

    void foldedBrokenDateKeepsItsFolding()
    {
        const QByteArray raw = "Date: 32 Foo\n 2009\n" + kNewestReceived + "\n\nbody\n";
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QCOMPARE(result.bytes,
                 "Date: Tue, 4 Aug 2009 18:22:11 +0200\nX-Original-Date: 32 Foo\n 2009\n" + kNewestReceived + "\n\nbody\n");
    }

    void emptyDateHeaderIsRescued()
    {
        const QByteArray raw = "Date:\r\n" + kNewestReceived + "\r\n\r\n";
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QVERIFY(result.bytes.startsWith("Date: Tue, 4 Aug 2009 18:22:11 +0200\r\nX-Original-Date:\r\n"));
    }

    void unreadableTopmostReceivedFallsBackToTheNextHop()
    {
        const QByteArray raw = "Received: by localhost with no date\n" + kOlderReceived + "\n\n";
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QVERIFY(result.bytes.startsWith("Date: Tue, 4 Aug 2009 16:20:00 +0000\n"));
    }

    void noReceivedDateLeavesTheMessageAlone_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("hadDate");
        QTest::newRow("empty message") << QByteArray() << false;
        QTest::newRow("no headers at all") << QByteArray("just text\n") << false;
        QTest::newRow("no Received") << QByteArray("Subject: x\r\n\r\nbody") << false;
        QTest::newRow("Received without date") << QByteArray("Received: from a by b\r\nSubject: x\r\n\r\n") << false;
        QTest::newRow("broken date, no Received") << QByteArray("Date: never\r\n\r\n") << true;
        QTest::newRow("NUL bytes") << QByteArray("Subject: \0\0\r\n\r\n\0", 17) << false;
    }

    void noReceivedDateLeavesTheMessageAlone()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, hadDate);
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(!result.rescued);
        QCOMPARE(result.bytes, raw);
        QVERIFY(result.note.contains(QLatin1String("Gmail will show the time of the import")));
        QCOMPARE(result.note.contains(QLatin1String("could not be read")), hadDate);
    }

    void noBodySeparator()
    {
        const QByteArray raw = "Subject: x\r\n" + kNewestReceived;
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QCOMPARE(result.bytes, "Date: Tue, 4 Aug 2009 18:22:11 +0200\r\n" + raw);
    }

    void controlCharacterBeforeADateNameIsNotRenamedInPlace()
    {
        // Found by fuzzing: "\rDate:" used to be read as a Date field whose name started one byte
        // later than its recorded offset, so the rename overwrote the wrong bytes.
        const QByteArray raw = "\rDate: broken\r\n" + kNewestReceived + "\r\n\r\nbody\r\n";
        const MessageHeaders headers = MessageHeaders::parse(raw);
        for (const MessageHeaders::Field &field : headers.fields())
            QCOMPARE(raw.mid(field.offset, field.name.size()), field.name);
        const DateRescue::Result r = DateRescue::rescue(raw);
        QVERIFY(r.rescued);
        QVERIFY(r.bytes.endsWith(raw)); // every original byte kept, after the new Date line
        QVERIFY(MessageHeaders::parse(r.bytes).date());
    }

    void factoryMessageWithoutDate()
    {
        mf::test::MailFactory::Options options;
        options.withDate = false;
        const QByteArray lf = mf::test::MailFactory::message(options);
        const QByteArray raw = mf::test::MailFactory::toCrlf(kNewestReceived + "\n" + lf);
        const DateRescue::Result result = DateRescue::rescue(raw);
        QVERIFY(result.rescued);
        QCOMPARE(result.bytes.size(), raw.size() + qsizetype(strlen("Date: Tue, 4 Aug 2009 18:22:11 +0200\r\n")));
        QVERIFY(result.bytes.endsWith(raw));
    }
};

QTEST_GUILESS_MAIN(TestDateRescue)
#include "tst_date_rescue.moc"
