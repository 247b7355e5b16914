// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// MessageHeaders: parsing real-world header blocks, RFC 2047 decoding and lenient date parsing.
#include "mail/MessageHeaders.h"

#include <QtTest/QtTest>

using mf::mail::MessageHeaders;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

} // namespace

class TestMessageHeaders : public QObject {
    Q_OBJECT
private slots:
    void parsesCrlfAndStopsAtTheBody()
    {
        const QByteArray raw = "Subject: Hello\r\nFrom: Alice <alice@example.org>\r\n"
                               "Message-ID: <a1@example.org>\r\n\r\nSubject: not a header\r\n";
        const MessageHeaders h = MessageHeaders::parse(raw);
        QCOMPARE(h.fields().size(), 3);
        QCOMPARE(h.value("subject"), QByteArray("Hello"));
        QCOMPARE(h.value("SUBJECT"), QByteArray("Hello"));
        QCOMPARE(h.values("Subject").size(), 1); // the body's "Subject:" is never read
        QCOMPARE(h.headerEnd(), raw.indexOf("\r\n\r\n") + 2);
        QCOMPARE(h.lineEnding(), QByteArray("\r\n"));
        QCOMPARE(h.from(), QStringLiteral("Alice <alice@example.org>"));
    }

    void parsesLfFoldedLinesAndRepeatedFields()
    {
        const QByteArray raw = "Received: from a by b;\n\tSat, 15 Mar 2014 10:30:00 +0100\n"
                               "Subject: a long\n subject line\n"
                               "Received: from c by d; Fri, 14 Mar 2014 09:00:00 +0000\n\nbody";
        const MessageHeaders h = MessageHeaders::parse(raw);
        QCOMPARE(h.lineEnding(), QByteArray("\n"));
        QCOMPARE(h.value("Subject"), QByteArray("a long subject line"));
        QCOMPARE(h.values("Received").size(), 2);
        QCOMPARE(h.values("Received").first(), QByteArray("from a by b;\tSat, 15 Mar 2014 10:30:00 +0100"));
        const auto dates = h.receivedDates();
        QCOMPARE(dates.size(), 2);
        QVERIFY(dates.at(0) && dates.at(1));
        QCOMPARE(dates.at(0)->toUTC(), utc(2014, 3, 15, 9, 30));
        QCOMPARE(dates.at(1)->toUTC(), utc(2014, 3, 14, 9, 0));
    }

    void survivesMessyInput_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("fieldCount");
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("only a blank line") << QByteArray("\r\n") << 0;
        QTest::newRow("no body separator") << QByteArray("Subject: x\r\nFrom: y") << 2;
        QTest::newRow("NUL bytes") << QByteArray("Subject: a\0b\r\nFrom: c\r\n\r\n", 24) << 2;
        QTest::newRow("8-bit") << QByteArray("Subject: caf\xe9\nFrom: \xc3\xa9l\xc3\xa8ve\n\n") << 2;
        QTest::newRow("mbox From line and garbage") << QByteArray("From alice Sat Mar 15\nnonsense\nSubject: x\n\n") << 1;
        QTest::newRow("leading continuation") << QByteArray("  stray\nSubject: x\n\n") << 1;
        QTest::newRow("space before colon") << QByteArray("Subject : x\n\n") << 1;
        QTest::newRow("body only, no headers") << QByteArray("just some text\nmore text") << 0;
    }

    void survivesMessyInput()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, fieldCount);
        const MessageHeaders h = MessageHeaders::parse(raw);
        QCOMPARE(h.fields().size(), fieldCount);
        QVERIFY(h.headerEnd() <= raw.size());
        QVERIFY(!h.date());
    }

    void eightBitAndNulHeadersDecodeBestEffort()
    {
        QCOMPARE(MessageHeaders::parse("Subject: caf\xe9\n\n").subject(), QStringLiteral("caf\u00e9"));
        QCOMPARE(MessageHeaders::parse("Subject: caf\xc3\xa9\n\n").subject(), QStringLiteral("caf\u00e9"));
        QCOMPARE(MessageHeaders::parse(QByteArray("Subject: a\0b\n\n", 14)).subject(), QStringLiteral("ab"));
        QCOMPARE(MessageHeaders::parse("Subject : spaced\n\n").subject(), QStringLiteral("spaced"));
    }

    void decodesEncodedWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("text");
        QTest::newRow("Q latin1") << QByteArray("=?iso-8859-1?Q?caf=E9_cr=E8me?=") << QStringLiteral("caf\u00e9 cr\u00e8me");
        QTest::newRow("B utf8") << QByteArray("=?UTF-8?B?w6lsw6h2ZQ==?=") << QStringLiteral("\u00e9l\u00e8ve");
        QTest::newRow("lower-case b and q") << QByteArray("=?utf-8?b?w6k=?= =?utf-8?q?=C3=A9?=")
                                            << QStringLiteral("\u00e9\u00e9");
        QTest::newRow("space between words dropped") << QByteArray("=?UTF-8?Q?a?= \t =?UTF-8?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("text around words kept")
            << QByteArray("Re: =?UTF-8?Q?caf=C3=A9?= now") << QStringLiteral("Re: caf\u00e9 now");
        QTest::newRow("utf8 split across B words") << QByteArray("=?UTF-8?B?ww==?= =?UTF-8?B?qQ==?=") << QStringLiteral("\u00e9");
        QTest::newRow("broken base64") << QByteArray("=?UTF-8?B?w6?= =?UTF-8?B?k=?=") << QString();
        QTest::newRow("multibyte split in Q") << QByteArray("=?UTF-8?Q?=C3?= =?UTF-8?Q?=A9?=") << QStringLiteral("\u00e9");
        QTest::newRow("windows-1252") << QByteArray("=?windows-1252?Q?=93quoted=94?=") << QStringLiteral("\u201cquoted\u201d");
        QTest::newRow("koi8-r") << QByteArray("=?koi8-r?B?8NLJ18XU?=") << QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442");
        QTest::newRow("unknown charset, utf-8 bytes") << QByteArray("=?x-bogus?Q?=C3=A9?=") << QStringLiteral("\u00e9");
        QTest::newRow("unknown charset, latin1 bytes") << QByteArray("=?x-bogus?Q?=E9?=") << QStringLiteral("\u00e9");
        QTest::newRow("language suffix") << QByteArray("=?utf-8*en?Q?hi?=") << QStringLiteral("hi");
        QTest::newRow("not an encoded word") << QByteArray("=?broken") << QStringLiteral("=?broken");
        QTest::newRow("plain ascii") << QByteArray("Hello world") << QStringLiteral("Hello world");
    }

    void decodesEncodedWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, text);
        if (QByteArray(QTest::currentDataTag()) == "broken base64") {
            // Broken base64 must not crash or lose the rest; the exact text is best effort.
            QVERIFY(!MessageHeaders::decodeText(raw).contains(QLatin1String("=?")));
            return;
        }
        QCOMPARE(MessageHeaders::decodeText(raw), text);
        QCOMPARE(MessageHeaders::parse("Subject: " + raw + "\r\n\r\n").subject(), text);
    }

    void foldedEncodedSubject()
    {
        const MessageHeaders h = MessageHeaders::parse("Subject: =?UTF-8?Q?Gr=C3=BC?=\r\n =?UTF-8?Q?=C3=9Fe?=\r\n\r\n");
        QCOMPARE(h.subject(), QStringLiteral("Gr\u00fc\u00dfe"));
    }

    void normalisesMessageId_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("plain") << QByteArray("Message-ID: <abc@example.org>") << QByteArray("<abc@example.org>");
        QTest::newRow("case and spaces") << QByteArray("message-id:    <abc@example.org>  ") << QByteArray("<abc@example.org>");
        QTest::newRow("folded") << QByteArray("Message-Id:\r\n <abc@\r\n example.org>") << QByteArray("<abc@example.org>");
        QTest::newRow("comment after") << QByteArray("Message-ID: <abc@example.org> (added by relay)")
                                       << QByteArray("<abc@example.org>");
        QTest::newRow("no brackets") << QByteArray("Message-ID: abc@example.org") << QByteArray("<abc@example.org>");
        QTest::newRow("unclosed") << QByteArray("Message-ID: <abc@example.org") << QByteArray("<abc@example.org>");
        QTest::newRow("empty") << QByteArray("Message-ID: ") << QByteArray();
        QTest::newRow("missing") << QByteArray("Subject: x") << QByteArray();
    }

    void normalisesMessageId()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, id);
        QCOMPARE(MessageHeaders::parse(header + "\r\n\r\n").messageId(), id);
    }

    void parsesDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expectedUtc");
        QTest::addColumn<int>("offsetMinutes");
        QTest::newRow("rfc5322") << QByteArray("Sat, 15 Mar 2014 10:30:00 +0100") << utc(2014, 3, 15, 9, 30) << 60;
        QTest::newRow("no weekday") << QByteArray("15 Mar 2014 10:30:00 -0500") << utc(2014, 3, 15, 15, 30) << -300;
        QTest::newRow("no seconds") << QByteArray("Sat, 15 Mar 2014 10:30 +0000") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("two-digit year 2000s") << QByteArray("Sat, 15 Mar 14 10:30:00 +0000") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("two-digit year 1900s") << QByteArray("Wed, 3 Mar 99 10:30:00 +0000") << utc(1999, 3, 3, 10, 30) << 0;
        QTest::newRow("three-digit year") << QByteArray("Mon, 3 Jan 105 08:00:00 +0000") << utc(2005, 1, 3, 8, 0) << 0;
        QTest::newRow("EST") << QByteArray("Sat, 15 Mar 2014 10:30:00 EST") << utc(2014, 3, 15, 15, 30) << -300;
        QTest::newRow("PDT") << QByteArray("Sat, 15 Mar 2014 10:30:00 PDT") << utc(2014, 3, 15, 17, 30) << -420;
        QTest::newRow("GMT") << QByteArray("Sat, 15 Mar 2014 10:30:00 GMT") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("UT") << QByteArray("Sat, 15 Mar 2014 10:30:00 UT") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("military") << QByteArray("Sat, 15 Mar 2014 10:30:00 Z") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("comment") << QByteArray("Sat, 15 Mar 2014 10:30:00 +0000 (UTC)") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("nested comment") << QByteArray("Sat, 15 Mar 2014 (a (b) c) 10:30:00 +0000") << utc(2014, 3, 15, 10, 30)
                                        << 0;
        QTest::newRow("extra spaces") << QByteArray("  Sat,  15   Mar  2014   10:30:00    +0000  ") << utc(2014, 3, 15, 10, 30)
                                      << 0;
        QTest::newRow("no space after comma") << QByteArray("Sat,15 Mar 2014 10:30:00 +0000") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("no zone") << QByteArray("Sat, 15 Mar 2014 10:30:00") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("long names") << QByteArray("Saturday, 15 March 2014 10:30:00 +0000") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("lower case") << QByteArray("sat, 15 mar 2014 10:30:00 gmt") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("colon zone") << QByteArray("Sat, 15 Mar 2014 10:30:00 +01:00") << utc(2014, 3, 15, 9, 30) << 60;
        QTest::newRow("asctime") << QByteArray("Sat Mar 15 10:30:00 2014") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("date(1)") << QByteArray("Sat Mar 15 10:30:00 EST 2014") << utc(2014, 3, 15, 15, 30) << -300;
        QTest::newRow("imap style") << QByteArray("15-Mar-2014 10:30:00 +0000") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("unknown zone name") << QByteArray("Sat, 15 Mar 2014 10:30:00 XYZT") << utc(2014, 3, 15, 10, 30) << 0;
        QTest::newRow("leap second") << QByteArray("Wed, 31 Dec 2008 23:59:60 +0000") << utc(2008, 12, 31, 23, 59, 59) << 0;
        QTest::newRow("fraction") << QByteArray("Sat, 15 Mar 2014 10:30:00.250 +0000") << utc(2014, 3, 15, 10, 30) << 0;
    }

    void parsesDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expectedUtc);
        QFETCH(int, offsetMinutes);
        const auto parsed = MessageHeaders::parseDate(text);
        QVERIFY2(parsed, text.constData());
        QCOMPARE(parsed->toUTC(), expectedUtc);
        QCOMPARE(parsed->offsetFromUtc(), offsetMinutes * 60);
    }

    void rejectsInvalidDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("yesterday at noon");
        QTest::newRow("31 February") << QByteArray("Mon, 31 Feb 2014 10:30:00 +0000");
        QTest::newRow("hour 25") << QByteArray("Sat, 15 Mar 2014 25:30:00 +0000");
        QTest::newRow("minute 61") << QByteArray("Sat, 15 Mar 2014 10:61:00 +0000");
        QTest::newRow("no time") << QByteArray("Sat, 15 Mar 2014");
        QTest::newRow("bad month") << QByteArray("Sat, 15 Foo 2014 10:30:00 +0000");
        QTest::newRow("bad zone") << QByteArray("Sat, 15 Mar 2014 10:30:00 +2500");
        QTest::newRow("numeric junk zone") << QByteArray("Sat, 15 Mar 2014 10:30:00 0100");
        QTest::newRow("five-digit year") << QByteArray("Sat, 15 Mar 20144 10:30:00 +0000");
        QTest::newRow("before 1970") << QByteArray("Mon, 1 Jan 1900 00:00:00 +0000");
        QTest::newRow("unix seconds") << QByteArray("1394879400");
        QTest::newRow("NUL inside") << QByteArray("Sat, 15 Mar 2014 10:\0030:00 +0000", 31);
    }

    void rejectsInvalidDates()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(!MessageHeaders::parseDate(text), text.constData());
    }

    void dateAccessor()
    {
        QVERIFY(!MessageHeaders::parse("Subject: x\n\n").date());
        QVERIFY(!MessageHeaders::parse("Date: \n\n").date());
        QVERIFY(!MessageHeaders::parse("Date: soon\n\n").date());
        const auto date = MessageHeaders::parse("Date: Sat, 15 Mar 2014 10:30:00 +0100\n\n").date();
        QVERIFY(date);
        QCOMPARE(date->toUTC(), utc(2014, 3, 15, 9, 30));
    }

    void receivedWithoutDate()
    {
        const MessageHeaders h = MessageHeaders::parse("Received: from a by b\r\nReceived: by c; garbage\r\n\r\n");
        const auto dates = h.receivedDates();
        QCOMPARE(dates.size(), 2);
        QVERIFY(!dates.at(0));
        QVERIFY(!dates.at(1));
    }

    void formatsDatesInEnglish()
    {
        const QDateTime dt(QDate(2014, 3, 15), QTime(10, 30, 5), Qt::OffsetFromUTC, -5 * 3600 - 30 * 60);
        QCOMPARE(MessageHeaders::formatDate(dt), QByteArray("Sat, 15 Mar 2014 10:30:05 -0530"));
        QCOMPARE(MessageHeaders::formatDate(utc(2009, 1, 2, 3, 4, 5)), QByteArray("Fri, 2 Jan 2009 03:04:05 +0000"));
        // Round trip through the parser.
        QCOMPARE(*MessageHeaders::parseDate(MessageHeaders::formatDate(dt)), dt);
    }
};

QTEST_GUILESS_MAIN(TestMessageHeaders)
#include "tst_message_headers.moc"
