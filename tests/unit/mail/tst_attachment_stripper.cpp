// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeGmailRules.h"
#include "ZipBuilder.h"
#include "mail/AttachmentStripper.h"
#include "mail/BlockedFileTypes.h"
#include "mail/MessageHeaders.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mf;
using namespace mf::mail;

class TestAttachmentStripper : public QObject {
    Q_OBJECT
private:
    static const QString keptAt() { return QStringLiteral("/home/ann/.local/share/Mailferry/acct/originals/7-Invoice.eml"); }

private slots:
    void blockedNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("exe") << "setup.exe" << true;
        QTest::newRow("upper case") << "SETUP.EXE" << true;
        QTest::newRow("trailing dot and space") << "setup.exe. " << true;
        QTest::newRow("ex_") << "driver.ex_" << true;
        QTest::newRow("ps1") << "run.ps1" << true;
        QTest::newRow("js") << "app.js" << true;
        QTest::newRow("pdf") << "report.pdf" << false;
        QTest::newRow("exe in the middle") << "setup.exe.pdf" << false;
        QTest::newRow("json is not js") << "data.json" << false;
        QTest::newRow("no extension") << "exe" << false;
        QTest::newRow("dot in folder only") << "tools.exe/readme" << false;
        QTest::newRow("empty") << "" << false;
    }
    void blockedNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, blocked);
        QCOMPARE(BlockedFileTypes::isBlockedName(name), blocked);
    }

    void publishedListIsComplete()
    {
        // Google's list of blocked types, as published.
        const QStringList published =
            QStringLiteral("ade adp apk appx appxbundle bat cab chm cmd com cpl diagcab diagcfg diagpack dll dmg "
                           "ex ex_ exe hta img ins iso isp jar jnlp js jse lib lnk mde mjs msc msi msix "
                           "msixbundle msp mst nsh pif ps1 scr sct shb sys vb vbe vbs vhd vxd wsc wsf wsh xll")
                .split(QLatin1Char(' '));
        QCOMPARE(BlockedFileTypes::extensions().size(), published.size());
        for (const QString &ext : published)
            QVERIFY2(BlockedFileTypes::isBlockedName(QStringLiteral("f.") + ext), qPrintable(ext));
    }

    void zipListing()
    {
        const QByteArray zip = test::storedZip({QStringLiteral("docs/readme.txt"), QStringLiteral("bin/run.exe")});
        const auto names = BlockedFileTypes::zipEntryNames(zip);
        QVERIFY(names.has_value());
        QCOMPARE(*names, QStringList({QStringLiteral("docs/readme.txt"), QStringLiteral("bin/run.exe")}));
        QCOMPARE(BlockedFileTypes::blockedInZip(zip), QStringList{QStringLiteral("bin/run.exe")});
        // With a comment after the end record, the record is still found.
        QByteArray commented = zip;
        commented[commented.size() - 2] = 5;
        commented += "hello";
        QVERIFY(BlockedFileTypes::zipEntryNames(commented).has_value());
        // The entry cap holds.
        QCOMPARE(BlockedFileTypes::zipEntryNames(zip, 1)->size(), 1);
    }

    void damagedZipIsNotAZip()
    {
        const QByteArray zip = test::storedZip({QStringLiteral("run.exe")});
        QVERIFY(!BlockedFileTypes::zipEntryNames(QByteArray("not a zip at all, just text")).has_value());
        QVERIFY(!BlockedFileTypes::zipEntryNames(QByteArray()).has_value());
        // Every truncation and a directory offset pointing past the end: never a read outside.
        for (qsizetype cut = 0; cut < zip.size(); ++cut)
            (void)BlockedFileTypes::zipEntryNames(zip.left(cut));
        QByteArray lying = zip;
        lying[lying.size() - 6] = char(0xFF); // directory offset
        lying[lying.size() - 5] = char(0xFF);
        QVERIFY(!BlockedFileTypes::zipEntryNames(lying).has_value());
    }

    void stripsAnExeAndKeepsEveryOtherByte()
    {
        const QByteArray exe = QByteArray("MZ\x90\x00\x03", 5).repeated(300);
        const QByteArray raw = test::messageWithAttachment(QStringLiteral("setup.exe"), exe);
        auto stripped = AttachmentStripper::strip(raw, keptAt());
        QVERIFY(stripped.ok());
        QCOMPARE(stripped.value().removed.size(), 1);
        QCOMPARE(stripped.value().removed.first().fileName, QStringLiteral("setup.exe"));
        QCOMPARE(stripped.value().removed.first().size, exe.size());

        const QByteArray out = stripped.value().bytes;
        // Everything up to the attachment's headers, and from the closing delimiter on, is unchanged.
        const qsizetype partBegin = raw.indexOf("Content-Type: application/octet-stream");
        const qsizetype closing = raw.indexOf("\r\n--==outer==--");
        QVERIFY(partBegin > 0 && closing > partBegin);
        QVERIFY(out.startsWith(raw.left(partBegin)));
        QVERIFY(out.endsWith(raw.mid(closing)));
        QVERIFY(!out.contains(exe.left(20).toBase64()));

        // The copy is valid MIME with the same shape: two parts, the second a short text.
        auto parts = AttachmentStripper::parts(out);
        QVERIFY(parts.ok());
        QCOMPARE(parts.value().size(), 2);
        QCOMPARE(parts.value().at(1).contentType, QByteArray("text/plain"));
        QVERIFY(parts.value().at(1).fileName.isEmpty());
        const QByteArray text = out.mid(parts.value().at(1).begin, parts.value().at(1).end - parts.value().at(1).begin);
        QVERIFY(text.contains("setup.exe"));
        QVERIFY(text.contains(keptAt().toUtf8()));
        QVERIFY(text.contains("MB)"));
        QVERIFY(AttachmentStripper::findBlocked(out).value().isEmpty());
        // The message's own headers are the same.
        QCOMPARE(MessageHeaders::parse(out).value("Subject"), QByteArray("Invoice"));
        QCOMPARE(MessageHeaders::parse(out).messageId(), QByteArray("<invoice@example.org>"));
        // Nothing is left to strip: a second pass changes nothing.
        auto again = AttachmentStripper::strip(out, keptAt());
        QVERIFY(again.ok());
        QVERIFY(again.value().removed.isEmpty());
        QCOMPARE(again.value().bytes, out);
    }

    void zipHoldingAnExe()
    {
        const QByteArray zip = test::storedZip({QStringLiteral("readme.txt"), QStringLiteral("tools/run.exe")});
        const QByteArray raw = test::messageWithAttachment(QStringLiteral("tools.zip"), zip, "application/zip");
        auto stripped = AttachmentStripper::strip(raw, keptAt());
        QVERIFY(stripped.ok());
        QCOMPARE(stripped.value().removed.size(), 1);
        QCOMPARE(stripped.value().removed.first().fileName, QStringLiteral("tools.zip"));
        QCOMPARE(stripped.value().removed.first().blockedInside, QStringList{QStringLiteral("tools/run.exe")});
        QVERIFY(AttachmentStripper::describe(stripped.value().removed).contains(QStringLiteral("tools/run.exe")));
        QVERIFY(stripped.value().bytes.contains("tools/run.exe"));
    }

    void harmlessZipAndPdfStay()
    {
        const QByteArray zip = test::storedZip({QStringLiteral("readme.txt"), QStringLiteral("photo.jpg")});
        for (const QByteArray &raw : {test::messageWithAttachment(QStringLiteral("photos.zip"), zip, "application/zip"),
                                      test::messageWithAttachment(QStringLiteral("report.pdf"), "%PDF-1.4", "application/pdf")}) {
            auto stripped = AttachmentStripper::strip(raw, keptAt());
            QVERIFY(stripped.ok());
            QVERIFY(stripped.value().removed.isEmpty());
            QCOMPARE(stripped.value().bytes, raw);
        }
    }

    void nameFromContentTypeAndRfc2231()
    {
        QByteArray raw = "From: a@example.org\nSubject: x\nMIME-Version: 1.0\n"
                         "Content-Type: multipart/mixed; boundary=b1\n\n"
                         "--b1\nContent-Type: text/plain\n\nhello\n"
                         "--b1\nContent-Type: application/octet-stream; name=tool.BAT\n\n@echo off\n"
                         "--b1\nContent-Type: application/octet-stream\n"
                         "Content-Disposition: attachment;\n filename*=utf-8''r%C3%A9sum%C3%A9.exe\n\nMZ\n"
                         "--b1\nContent-Disposition: attachment; filename*0=\"long\"; filename*1=\"name.vbs\"\n\nx\n"
                         "--b1--\n";
        auto stripped = AttachmentStripper::strip(raw, keptAt());
        QVERIFY(stripped.ok());
        QStringList names;
        for (const auto &r : stripped.value().removed)
            names << r.fileName;
        QCOMPARE(names, QStringList({QStringLiteral("tool.BAT"), QStringLiteral("résumé.exe"), QStringLiteral("longname.vbs")}));
        // The message's bare LF line endings are kept, in the new parts too.
        QVERIFY(!stripped.value().bytes.contains('\r'));
        auto parts = AttachmentStripper::parts(stripped.value().bytes);
        QVERIFY(parts.ok());
        QCOMPARE(parts.value().size(), 4);
        QVERIFY(stripped.value().bytes.endsWith("\n--b1--\n"));
    }

    void nestedMessageAndWholeMessageAttachment()
    {
        // An .exe inside a forwarded message.
        const QByteArray inner =
            test::messageWithAttachment(QStringLiteral("virus.scr"), "MZ", "application/octet-stream", "Inner");
        QByteArray raw = "From: a@example.org\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
                         "Content-Type: multipart/mixed; boundary=\"fwd\"\r\n\r\n"
                         "--fwd\r\nContent-Type: text/plain\r\n\r\nsee below\r\n"
                         "--fwd\r\nContent-Type: message/rfc822\r\n\r\n"
            + inner + "\r\n--fwd--\r\n";
        auto stripped = AttachmentStripper::strip(raw, keptAt());
        QVERIFY(stripped.ok());
        QCOMPARE(stripped.value().removed.size(), 1);
        QCOMPARE(stripped.value().removed.first().fileName, QStringLiteral("virus.scr"));
        QVERIFY(stripped.value().bytes.contains("Subject: Inner"));

        // A message that is one attachment: its From and Subject stay, the content becomes text.
        const QByteArray single = "From: a@example.org\r\nSubject: Tool\r\nMIME-Version: 1.0\r\n"
                                  "Content-Type: application/x-msdownload; name=\"a.exe\"\r\n"
                                  "Content-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA\r\n";
        auto whole = AttachmentStripper::strip(single, keptAt());
        QVERIFY(whole.ok());
        QCOMPARE(whole.value().removed.size(), 1);
        const MessageHeaders h = MessageHeaders::parse(whole.value().bytes);
        QCOMPARE(h.value("Subject"), QByteArray("Tool"));
        QCOMPARE(h.value("MIME-Version"), QByteArray("1.0"));
        QVERIFY(h.value("Content-Type").startsWith("text/plain"));
        QCOMPARE(h.values("Content-Type").size(), 1);
    }

    void limitsGiveAnErrorNotACrash()
    {
        // Nesting deeper than allowed.
        QByteArray deep = "Subject: deep\r\n";
        QByteArray tail;
        for (int i = 0; i < 40; ++i) {
            deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b" + QByteArray::number(i)
                + "\r\n";
            tail.prepend("\r\n--b" + QByteArray::number(i) + "--\r\n");
        }
        deep += "Content-Type: text/plain\r\n\r\nx" + tail;
        auto r = AttachmentStripper::strip(deep, keptAt());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::MessageMalformed);
        QCOMPARE(r.error().scope, Error::Scope::Item);

        // Too many parts.
        QByteArray many = "Content-Type: multipart/mixed; boundary=m\r\n\r\n";
        for (int i = 0; i < 50; ++i)
            many += "--m\r\nContent-Type: text/plain\r\n\r\nx\r\n";
        many += "--m--\r\n";
        AttachmentStripper::Limits small;
        small.maxParts = 10;
        QVERIFY(!AttachmentStripper::strip(many, keptAt(), small).ok());
        QVERIFY(AttachmentStripper::strip(many, keptAt()).ok());
    }

    void fakeGmailAgrees()
    {
        // The fake Google's rule looks at raw lines, not through the MIME walk: the two must agree
        // on what Gmail refuses, and the copy must pass it.
        using Rule = test::fakegmail::BlockedAttachmentRule;
        const QByteArray zip = test::storedZip({QStringLiteral("a.txt"), QStringLiteral("b/c.exe")});
        const QList<QByteArray> refused = {test::messageWithAttachment(QStringLiteral("setup.exe"), "MZ"),
                                           test::messageWithAttachment(QStringLiteral("tools.zip"), zip, "application/zip")};
        for (const QByteArray &raw : refused) {
            QVERIFY(!Rule::blockedFiles(raw).isEmpty());
            auto stripped = AttachmentStripper::strip(raw, keptAt());
            QVERIFY(stripped.ok());
            QVERIFY2(Rule::blockedFiles(stripped.value().bytes).isEmpty(),
                     qPrintable(Rule::blockedFiles(stripped.value().bytes).join(QLatin1Char(','))));
        }
        QCOMPARE(Rule::blockedFiles(refused.at(1)), QStringList{QStringLiteral("b/c.exe")});
        QVERIFY(Rule::blockedFiles(test::messageWithAttachment(QStringLiteral("r.pdf"), "%PDF")).isEmpty());
    }

    void malformedInputNeverCrashes()
    {
        const QByteArray base = test::messageWithAttachment(QStringLiteral("setup.exe"), "MZ payload");
        // Every truncation of a message with a blocked part.
        for (qsizetype cut = 0; cut <= base.size(); cut += 7) {
            auto r = AttachmentStripper::strip(base.left(cut), keptAt());
            if (r.ok() && r.value().removed.isEmpty())
                QCOMPARE(r.value().bytes, base.left(cut));
        }
        // Random bytes and random damage.
        QRandomGenerator rng(17);
        for (int i = 0; i < 300; ++i) {
            QByteArray damaged = base;
            for (int j = 0; j < 8; ++j)
                damaged[rng.bounded(int(damaged.size()))] = char(rng.bounded(256));
            (void)AttachmentStripper::strip(damaged, keptAt());
        }
        const QByteArray unterminated = "Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\n"
                                        "Content-Type: application/octet-stream; name=a.exe\r\n\r\nMZ";
        auto r = AttachmentStripper::strip(unterminated, keptAt());
        QVERIFY(r.ok());
        QCOMPARE(r.value().removed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStripper)
#include "tst_attachment_stripper.moc"
