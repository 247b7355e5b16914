// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/PstMessageWriter.h"

#include <QTest>

using namespace mf::archive;

class TestPstMessage : public QObject {
    Q_OBJECT

private slots:
    void transportHeadersKeptWithoutTheirMimeFields();
    void headersMadeFromFieldsWhenOutlookKeptNone();
    void attachmentsAndBoundariesAreStable();
};

void TestPstMessage::transportHeadersKeptWithoutTheirMimeFields()
{
    PstMessage m;
    m.transportHeaders = "Received: from mx.isp.example\r\n\tby pop.isp.example; Tue, 1 Dec 2026\r\n"
                         "From: Tom <tom@client.example>\r\nSubject: Hello\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed;\r\n\tboundary=\"old\"\r\nX-Spam: no\r\n\r\n";
    m.plainBody = QStringLiteral("Hi");
    m.subject = QStringLiteral("ignored: the transport headers win");
    const QByteArray out = composePstMessage(m, "1f");
    QVERIFY(out.startsWith("Received: from mx.isp.example\r\n\tby pop.isp.example; Tue, 1 Dec 2026\r\n"));
    QVERIFY(out.contains("\r\nSubject: Hello\r\n"));
    QVERIFY(out.contains("\r\nX-Spam: no\r\n"));
    QVERIFY(!out.contains("boundary=\"old\""));
    QCOMPARE(out.count("MIME-Version"), 1);
    QVERIFY(!out.contains("ignored"));
    QVERIFY(out.contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nSGk=\r\n"));
}

void TestPstMessage::headersMadeFromFieldsWhenOutlookKeptNone()
{
    PstMessage m;
    m.from = QStringLiteral("Maria <maria@isp.example>");
    m.to = QStringLiteral("tom@client.example");
    m.subject = QStringLiteral("Grüße");
    m.messageId = QStringLiteral("<1@isp.example>");
    m.date = QDateTime(QDate(2019, 3, 4), QTime(5, 6, 7), Qt::UTC);
    m.plainBody = QStringLiteral("text");
    m.htmlBody = QStringLiteral("<p>text</p>");
    const QByteArray out = composePstMessage(m, "2a");
    QVERIFY(out.startsWith("From: Maria <maria@isp.example>\r\nTo: tom@client.example\r\n"));
    QVERIFY(out.contains("Subject: =?UTF-8?B?" + QStringLiteral("Grüße").toUtf8().toBase64() + "?=\r\n"));
    QVERIFY(out.contains("Date: Mon, 04 Mar 2019 05:06:07 +0000\r\n"));
    QVERIFY(out.contains("Content-Type: multipart/alternative; boundary=\"alt-2a\""));
    QVERIFY(out.contains("--alt-2a\r\nContent-Type: text/html; charset=utf-8"));
    QVERIFY(out.endsWith("--alt-2a--\r\n"));
}

void TestPstMessage::attachmentsAndBoundariesAreStable()
{
    PstMessage m;
    m.subject = QStringLiteral("invoice");
    m.plainBody = QStringLiteral("see attached");
    m.attachments.append({QStringLiteral("in\"voice.pdf"), "application/pdf", QByteArray(100, '\x01')});
    m.attachments.append({QStringLiteral("notes"), {}, "abc"});
    const QByteArray out = composePstMessage(m, "3c");
    QCOMPARE(composePstMessage(m, "3c"), out);
    QVERIFY(out.contains("Content-Type: multipart/mixed; boundary=\"mix-3c\""));
    QVERIFY(out.contains("Content-Disposition: attachment; filename=\"invoice.pdf\""));
    QVERIFY(out.contains("Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"notes\""));
    QVERIFY(out.contains(QByteArray(100, '\x01').toBase64().left(76) + "\r\n"));
    QVERIFY(out.endsWith("--mix-3c--\r\n"));
    QCOMPARE(out.count("--mix-3c\r\n"), 3);
}

QTEST_GUILESS_MAIN(TestPstMessage)
#include "tst_pst_message.moc"
