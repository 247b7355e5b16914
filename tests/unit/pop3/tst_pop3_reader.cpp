// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pieces under Pop3Client that need no connection: the streaming reader (dot-unstuffing,
// quirks, chunking at every boundary), CAPA parsing and the certificate helpers.
#include "MailFactory.h"
#include "pop3/Capabilities.h"
#include "pop3/CertificateInfo.h"
#include "pop3/ResponseReader.h"

#include <QRandomGenerator>
#include <QtTest/QtTest>

using namespace mf::pop3;

namespace {

/// Byte-stuffs a CRLF message the way a POP3 server sends it, with the terminator.
QByteArray stuff(const QByteArray &crlf)
{
    QByteArray out;
    const QList<QByteArray> lines = crlf.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        if (lines.at(i).startsWith('.'))
            out += '.';
        out += lines.at(i);
        if (i < lines.size() - 1)
            out += '\n';
    }
    return out + ".\r\n";
}

/// Feeds `wire` in the given chunk sizes; returns the body and what followed it.
QByteArray readBodyInChunks(const QByteArray &wire, const QList<int> &cuts, qint64 announced, QByteArray *rest, bool *complete)
{
    ResponseReader reader;
    QByteArray body;
    reader.beginBody(&body, announced);
    *complete = false;
    qsizetype at = 0;
    QList<int> points = cuts;
    points.append(int(wire.size()));
    for (int cut : points) {
        if (cut <= at)
            continue;
        reader.append(wire.mid(at, cut - at));
        at = cut;
        if (!*complete && reader.readBody() == ResponseReader::BodyStatus::Complete)
            *complete = true;
    }
    *rest = reader.peek();
    return body;
}

} // namespace

class TestPop3Reader : public QObject {
    Q_OBJECT
private slots:
    void unstuffsDotLines()
    {
        // ".." is a body line "."; "..." is ".."; ".x" loses its dot; the lone "." ends it.
        const QByteArray wire = "..\r\n...\r\n.x\r\n..y\r\nplain.\r\n.\r\n+OK next\r\n";
        QByteArray rest;
        bool complete = false;
        const QByteArray body = readBodyInChunks(wire, {}, -1, &rest, &complete);
        QVERIFY(complete);
        QCOMPARE(body, QByteArray(".\r\n..\r\nx\r\n.y\r\nplain.\r\n"));
        QCOMPARE(rest, QByteArray("+OK next\r\n"));
    }

    void keepsBareLfAsSent()
    {
        const QByteArray wire = "a\nb\r\n..c\n.\n";
        QByteArray rest;
        bool complete = false;
        QCOMPARE(readBodyInChunks(wire, {}, -1, &rest, &complete), QByteArray("a\nb\r\n.c\n"));
        QVERIFY(complete);
        QVERIFY(rest.isEmpty());
    }

    void finalDotWithoutCrlfWhenSizeMatches()
    {
        // Old Exchange: the body "hello\r\nabc" (10 octets) followed straight by ".\r\n".
        QByteArray rest;
        bool complete = false;
        QCOMPARE(readBodyInChunks("hello\r\nabc.\r\n+OK\r\n", {}, 10, &rest, &complete), QByteArray("hello\r\nabc"));
        QVERIFY(complete);
        QCOMPARE(rest, QByteArray("+OK\r\n"));

        // A correct body whose last line ends in "." is not cut short (12 octets announced).
        QCOMPARE(readBodyInChunks("hello\r\nab.\r\n.\r\n", {}, 12, &rest, &complete), QByteArray("hello\r\nab.\r\n"));
        QVERIFY(complete);
        // Without an announced size the quirk is not guessed at.
        QCOMPARE(readBodyInChunks("hello\r\nabc.\r\n", {}, -1, &rest, &complete), QByteArray("hello\r\nabc.\r\n"));
        QVERIFY(!complete);
    }

    void everySplitPointGivesTheSameBody()
    {
        const QByteArray message =
            mf::test::MailFactory::toCrlf(mf::test::MailFactory::message(7, 900)) + ".\r\n..\r\n.\r\nend\r\n";
        const QByteArray wire = stuff(message) + "-ERR next";
        for (int a = 0; a <= wire.size(); ++a) {
            QByteArray rest;
            bool complete = false;
            const QByteArray body = readBodyInChunks(wire, {a}, message.size(), &rest, &complete);
            QVERIFY2(complete, qPrintable(QString::number(a)));
            QCOMPARE(body, message);
            QCOMPARE(rest, QByteArray("-ERR next"));
        }
        // And two cuts, sampled: every pair would be quadratic in test time, not in the reader.
        QRandomGenerator rng(3);
        for (int i = 0; i < 2000; ++i) {
            int a = rng.bounded(int(wire.size()) + 1), b = rng.bounded(int(wire.size()) + 1);
            if (a > b)
                std::swap(a, b);
            QByteArray rest;
            bool complete = false;
            QCOMPARE(readBodyInChunks(wire, {a, b}, -1, &rest, &complete), message);
            QVERIFY(complete);
        }
    }

    void oneByteAtATime()
    {
        const QByteArray message = mf::test::MailFactory::toCrlf(mf::test::MailFactory::message(1, 5000));
        const QByteArray wire = stuff(message);
        QList<int> cuts;
        for (int i = 1; i < wire.size(); ++i)
            cuts << i;
        QByteArray rest;
        bool complete = false;
        QCOMPARE(readBodyInChunks(wire, cuts, -1, &rest, &complete), message);
        QVERIFY(complete);
    }

    void largeMessageIsLinear()
    {
        // 8 MB in 1-KB chunks must stream without re-scanning (this would take minutes if quadratic).
        QByteArray big;
        const QByteArray line = QByteArray(998, 'x') + "\r\n";
        while (big.size() < 8 * 1024 * 1024)
            big += line;
        const QByteArray wire = big + ".\r\n";
        ResponseReader reader;
        QByteArray body;
        reader.beginBody(&body, big.size());
        bool complete = false;
        for (qsizetype at = 0; at < wire.size(); at += 1024) {
            reader.append(wire.mid(at, 1024));
            complete = reader.readBody() == ResponseReader::BodyStatus::Complete;
            QVERIFY(reader.pending() <= 2);
        }
        QVERIFY(complete);
        QCOMPARE(body.size(), big.size());
        QVERIFY(body == big);
    }

    void statusLines()
    {
        ResponseReader reader;
        QByteArray line;
        reader.append("+OK a");
        QCOMPARE(reader.takeLine(&line), ResponseReader::LineStatus::NeedMore);
        reader.append("b\r");
        QCOMPARE(reader.takeLine(&line), ResponseReader::LineStatus::NeedMore);
        reader.append("\n-ERR x\n");
        QCOMPARE(reader.takeLine(&line), ResponseReader::LineStatus::Line);
        QCOMPARE(line, QByteArray("+OK ab"));
        QCOMPARE(reader.takeLine(&line), ResponseReader::LineStatus::Line);
        QCOMPARE(line, QByteArray("-ERR x"));
        QCOMPARE(reader.takeLine(&line), ResponseReader::LineStatus::NeedMore);

        ResponseReader flood;
        flood.append(QByteArray(ResponseReader::maxLineLength + 10, 'g'));
        QCOMPARE(flood.takeLine(&line), ResponseReader::LineStatus::TooLong);
    }

    void capabilities()
    {
        const Capabilities caps = Capabilities::parse("TOP\r\nUSER\r\nSASL PLAIN login\r\nRESP-CODES\r\nLOGIN-DELAY 900\r\n"
                                                      "PIPELINING\r\nEXPIRE NEVER\r\nUIDL\r\nIMPLEMENTATION Dovecot\r\n"
                                                      "AUTH-RESP-CODE\r\nSTLS\r\n");
        QVERIFY(caps.capaSupported && caps.top && caps.user && caps.respCodes && caps.pipelining && caps.uidl && caps.stls
                && caps.authRespCode);
        QCOMPARE(caps.sasl, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
        QVERIFY(caps.hasSasl(QStringLiteral("plain")));
        QCOMPARE(*caps.loginDelaySeconds, 900);
        QVERIFY(caps.expireNever);
        QVERIFY(!caps.expireDays);
        QCOMPARE(caps.implementation, QStringLiteral("Dovecot"));
        QCOMPARE(caps.raw.size(), 11);

        const Capabilities bare = Capabilities::parse("EXPIRE 30\nLOGIN-DELAY soon\n");
        QVERIFY(!bare.uidl && !bare.pipelining && !bare.loginDelaySeconds);
        QCOMPARE(*bare.expireDays, 30);
    }

    void certificateHelpers()
    {
        CertificateInfo info;
        info.sha256Hex = "0a1b2c";
        QCOMPARE(info.displayFingerprint(), QStringLiteral("0A:1B:2C"));
        QVERIFY(info.matchesPin("0A:1B:2C"));
        QVERIFY(info.matchesPin(" 0a1b2c "));
        QVERIFY(!info.matchesPin("0a1b2d"));
        QVERIFY(!info.matchesPin(""));
        QCOMPARE(CertificateInfo::normalizePin("AB:cd ef"), QByteArray("abcdef"));
        QVERIFY(info.summary().contains(QStringLiteral("0A:1B:2C")));
    }
};

QTEST_GUILESS_MAIN(TestPop3Reader)
#include "tst_pop3_reader.moc"
