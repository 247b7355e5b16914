// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveEngineHarness.h"
#include "ArchiveFixtures.h"
#include "PstWriter.h"

#include "archive/ArchiveOpener.h"
#include "archive/PstMessageWriter.h"
#include "archive/PstReader.h"
#include "mail/MessageHeaders.h"
#include "store/Ledger.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>
#include <set>

using namespace mf;
using namespace mf::archive;
namespace fx = mf::testsupport::archive;

/// Outlook files through libpst, on a .pst the test writes itself (fx::pstBytes: the [MS-PST]
/// layout, nested folders, Unicode text, bodies and an attachment over one block): libpst's own
/// readpst and Mailferry's reader agree on it, the reader gives back what was written, and the
/// engine takes it into the fake Google with folders as nested labels, flags as UNREAD and
/// STARRED, once across a rerun; after a kill, nothing recorded as copied is sent again and a mail
/// arrives twice only where the run flags it; a cut file is imported up to the cut, the rest reported.
/// A real Outlook file is also checked against readpst when MAILFERRY_TEST_PST names one.
class TestArchivePst : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void notAnOutlookFileIsRefusedClearly();
    void writerCrcAndHeaderAreOutlooks();
    void writtenPstMatchesReadpstPerFolder();
    void readerGivesBackWhatWasWritten();
    void engineTakesThePstIntoGmailOnce();
    void killedRunResumesWithoutCopyingTwice();
    void cutPstImportsUpToTheCut();
    void cutPstLosingNoMailIsStillReported();
    void attachmentWithAMissingBlockIsReported();
    void realPstMatchesReadpst();

private:
    struct Expected {
        fx::PstMail mail;
        QString folder;
    };
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    static QList<fx::PstFolder> sample();
    static QHash<quint64, Expected> expectedByNode(const QList<fx::PstFolder> &folders);
    static QByteArray expectedBytes(const fx::PstMail &mail, quint64 node);

    QTemporaryDir m_dir;
    test::ArchiveEngineHarness m_h;
};

#define VERIFY_FINISHED(run) MF_VERIFY_ARCHIVE_RUN_FINISHED(run)

namespace {

constexpr int kOldMail = 12;
constexpr int kTotal = 7 + kOldMail;

QDateTime at(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 30, 15), Qt::UTC);
}

// The decoded content of the MIME part whose headers contain `marker`.
QByteArray partContent(const QByteArray &raw, const QByteArray &marker)
{
    const qsizetype headers = raw.indexOf(marker);
    if (headers < 0) {
        return {};
    }
    const qsizetype start = raw.indexOf("\r\n\r\n", headers) + 4;
    qsizetype end = raw.indexOf("\r\n--", start);
    if (end < 0) {
        end = raw.size();
    }
    return QByteArray::fromBase64(raw.mid(start, end - start));
}

QMap<QString, int> countPerFolder(const QList<ArchiveItem> &items)
{
    QMap<QString, int> out;
    for (const ArchiveItem &i : items) {
        ++out[i.folder];
    }
    return out;
}

} // namespace

QList<fx::PstFolder> TestArchivePst::sample()
{
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; pdf.size() < 20000; ++i) {
        pdf.append(char((i * 37 + i / 251) & 0xFF)); // every byte value, over two data blocks
    }
    fx::PstMail greeting;
    greeting.subject = QStringLiteral("Grüße aus Köln – Rechnung für März");
    greeting.senderName = QStringLiteral("Anna Müller");
    greeting.senderAddress = QStringLiteral("anna@example.org");
    greeting.displayTo = QStringLiteral("Bob Brown");
    greeting.displayCc = QStringLiteral("Carl Černý");
    greeting.recipients = {{QStringLiteral("Bob Brown"), QStringLiteral("bob@example.org"), 1},
                           {QStringLiteral("Carl Černý"), QStringLiteral("carl@example.org"), 2}};
    greeting.messageId = QStringLiteral("<greeting.2019@example.org>");
    greeting.date = at(2019, 3, 4, 9);
    greeting.body = QStringLiteral("Hallo Bob,\r\nanbei die Rechnung für März. Schöne Grüße!\r\n").repeated(120); // > 8 KB
    greeting.read = true;
    greeting.flagged = true;
    greeting.attachments = {{QStringLiteral("Rechnung März.pdf"), "application/pdf", pdf}};

    fx::PstMail received;
    received.subject = QStringLiteral("Re: the plan");
    received.senderName = QStringLiteral("Dora");
    received.senderAddress = QStringLiteral("dora@example.net");
    received.displayTo = QStringLiteral("Bob Brown");
    received.messageId = QStringLiteral("<plan.2@example.net>");
    received.inReplyTo = QStringLiteral("<plan.1@example.org>");
    received.date = at(2020, 7, 1, 18);
    received.body = QStringLiteral("Sounds good.\r\n");
    received.htmlBody = QStringLiteral("<html><body><p>Sounds <b>good</b>.</p></body></html>");
    received.transportHeaders = QStringLiteral("Received: from mx.example.net by mx.example.org;\r\n"
                                               "\tWed, 1 Jul 2020 18:30:15 +0000\r\n"
                                               "From: Dora <dora@example.net>\r\n"
                                               "To: Bob Brown <bob@example.org>\r\n"
                                               "Subject: Re: the plan\r\n"
                                               "Date: Wed, 1 Jul 2020 18:30:15 +0000\r\n"
                                               "Message-ID: <plan.2@example.net>\r\n"
                                               "In-Reply-To: <plan.1@example.org>\r\n"
                                               "MIME-Version: 1.0\r\n"
                                               "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n");

    fx::PstMail invoice;
    invoice.subject = QStringLiteral("Invoice 2018-44");
    invoice.senderName = QStringLiteral("Billing");
    invoice.senderAddress = QStringLiteral("billing@example.com");
    invoice.displayTo = QStringLiteral("Bob Brown");
    invoice.recipients = {{QStringLiteral("Bob Brown"), QStringLiteral("bob@example.org"), 1}};
    invoice.messageId = QStringLiteral("<inv-2018-44@example.com>");
    invoice.date = at(2018, 12, 1, 8);
    invoice.htmlBody = QStringLiteral("<p>Total: 12,00 €</p>");
    invoice.read = true;
    invoice.attachments = {{QStringLiteral("invoice.txt"), "text/plain", QByteArray("Total: 12,00 EUR\n")}};

    fx::PstMail march;
    march.subject = QStringLiteral("March bill");
    march.senderAddress = QStringLiteral("billing@example.com");
    march.messageId = QStringLiteral("<march-2019@example.com>");
    march.date = at(2019, 3, 31, 7);
    march.body = QStringLiteral("March.\r\n");
    march.read = true;

    fx::PstMail april;
    april.subject = QStringLiteral("請求書 4月");
    april.senderName = QStringLiteral("経理");
    april.senderAddress = QStringLiteral("keiri@example.jp");
    april.messageId = QStringLiteral("<april-2019@example.jp>");
    april.date = at(2019, 4, 30, 7);
    april.body = QStringLiteral("4月分の請求書です。\r\n");
    april.flagged = true; // and unread

    fx::PstMail sent;
    sent.subject = QStringLiteral("Holiday photos");
    sent.senderName = QStringLiteral("Bob Brown");
    sent.senderAddress = QStringLiteral("bob@example.org");
    sent.displayTo = QStringLiteral("Anna Müller; Dora");
    sent.messageId = QStringLiteral("<photos@example.org>");
    sent.date = at(2021, 8, 15, 12);
    sent.body = QStringLiteral("Here they are.\r\n");
    sent.read = true;

    fx::PstMail binned;
    binned.subject = QStringLiteral("Newsletter");
    binned.senderAddress = QStringLiteral("news@example.com");
    binned.messageId = QStringLiteral("<news-7@example.com>");
    binned.date = at(2022, 2, 2, 6);
    binned.body = QStringLiteral("This week.\r\n");

    fx::PstFolder oldMail{QStringLiteral("Old mail"), {}, {}};
    for (int i = 0; i < kOldMail; ++i) {
        fx::PstMail m;
        m.subject = QStringLiteral("Old note %1").arg(i, 2, 10, QLatin1Char('0'));
        m.senderAddress = QStringLiteral("old@example.org");
        m.messageId = QStringLiteral("<old-%1@example.org>").arg(i);
        m.date = at(2010, 1, 1 + i, 10);
        m.body = QStringLiteral("Note %1\r\n").arg(i);
        m.read = i % 2 == 0;
        oldMail.mails.append(m);
    }

    const fx::PstFolder y2019{QStringLiteral("2019"), {march, april}, {}};
    const fx::PstFolder invoices{QStringLiteral("Invoices"), {invoice}, {y2019}};
    const fx::PstFolder inbox{QStringLiteral("Inbox"), {greeting, received}, {invoices}};
    const fx::PstFolder sentItems{QStringLiteral("Sent Items"), {sent}, {}};
    const fx::PstFolder deletedItems{QStringLiteral("Deleted Items"), {binned}, {}};
    return {inbox, sentItems, deletedItems, oldMail};
}

QHash<quint64, TestArchivePst::Expected> TestArchivePst::expectedByNode(const QList<fx::PstFolder> &folders)
{
    QList<Expected> inOrder;
    std::function<void(const QList<fx::PstFolder> &, const QString &)> walk =
        [&](const QList<fx::PstFolder> &list, const QString &parent) {
        for (const fx::PstFolder &f : list) {
            const QString path = parent.isEmpty() ? f.name : parent + QLatin1Char('/') + f.name;
            for (const fx::PstMail &m : f.mails) {
                inOrder.append({m, path});
            }
            walk(f.folders, path);
        }
    };
    walk(folders, {});
    const QList<quint64> nodes = fx::pstMailNodeIds(folders);
    QHash<quint64, Expected> out;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        out.insert(nodes.at(i), inOrder.at(i));
    }
    return out;
}

// The message as Mailferry must write it back from what the file holds.
QByteArray TestArchivePst::expectedBytes(const fx::PstMail &mail, quint64 node)
{
    PstMessage m;
    m.transportHeaders = mail.transportHeaders.toUtf8();
    m.from = mail.senderName;
    if (!mail.senderAddress.isEmpty()) {
        m.from = m.from.isEmpty() ? mail.senderAddress : m.from + QStringLiteral(" <") + mail.senderAddress + QLatin1Char('>');
    }
    m.to = mail.displayTo;
    m.cc = mail.displayCc;
    m.subject = mail.subject;
    m.messageId = mail.messageId;
    m.inReplyTo = mail.inReplyTo;
    m.date = mail.date;
    m.plainBody = mail.body;
    m.htmlBody = mail.htmlBody;
    for (const fx::PstAttachment &a : mail.attachments) {
        m.attachments.append({a.fileName, a.mimeType, a.data});
    }
    return composePstMessage(m, QByteArray::number(node, 16));
}

void TestArchivePst::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_h.start());
}

void TestArchivePst::init()
{
    m_h.google().clearMessages();
}

void TestArchivePst::notAnOutlookFileIsRefusedClearly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Outlook.pst"));
    QVERIFY(fx::writeFile(path, QByteArray("!BDN") + QByteArray(600, '\0')));
    QCOMPARE(detectFormat(path), ArchiveFormat::Pst);
    QVERIFY(pstSupported());
    auto reader = openArchive(path);
    QVERIFY(reader);
    auto first = reader.value()->next();
    QVERIFY(!first);
    QCOMPARE(first.error().scope, Error::Scope::Account);
    QVERIFY(first.error().message.contains(QStringLiteral("Outlook.pst")));
    auto after = reader.value()->next();
    QVERIFY(after && !after.value());
}

void TestArchivePst::writerCrcAndHeaderAreOutlooks()
{
    // The first 528 bytes of a Unicode .pst Outlook wrote (as libpst's outlook.pst(5) shows it):
    // both header CRCs the writer computes must be the ones Outlook stored.
    const QByteArray outlook =
        QByteArray::fromHex("2142444e030223b2534d170013000101000000000000000004000000010000008b000000000000001d00000000040000"
                            "000400000404000000400000020001000004000000040000000400000080000000040000000400000004000000040000"
                            "040400000404000004040000000400000004000000040000000400000004000000040000000400000004000000040000"
                            "000400000004000000040000000400000004000000040000020400000000000000000000000000000024040000000000"
                            "0044000000000000007103000000000000220000000000008300000000000000006a0000000000008a00000000000000"
                            "00600000000000000100000000000000ff00000000000000000000000000000000000000000000000000000000000000"
                            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                            "7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
                            "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff80000000e800000000000000c468cb89");
    QCOMPARE(outlook.size(), 0x210);
    QCOMPARE(fx::pstCrc(outlook.mid(0x08, 471)), qFromLittleEndian<quint32>(outlook.constData() + 0x04));
    QCOMPARE(fx::pstCrc(outlook.mid(0x08, 516)), qFromLittleEndian<quint32>(outlook.constData() + 0x20C));

    // The written file's header: Unicode, not encrypted, its CRCs right, its end where the file ends.
    const QByteArray pst = fx::pstBytes(sample());
    QVERIFY(pst.startsWith("!BDN"));
    QCOMPARE(pst.mid(0x08, 2), QByteArray("SM"));
    QCOMPARE(qFromLittleEndian<quint16>(pst.constData() + 0x0A), quint16(23));
    QCOMPARE(int(pst.at(0x201)), 0);
    QCOMPARE(fx::pstCrc(pst.mid(0x08, 471)), qFromLittleEndian<quint32>(pst.constData() + 0x04));
    QCOMPARE(fx::pstCrc(pst.mid(0x08, 516)), qFromLittleEndian<quint32>(pst.constData() + 0x20C));
    QCOMPARE(qFromLittleEndian<quint64>(pst.constData() + 0xB8), quint64(pst.size()));
    // The node B-tree's root page: its trailer names it (type, bid) and its CRC is right.
    const auto nbtBid = qFromLittleEndian<quint64>(pst.constData() + 0xD8);
    const auto nbtAt = qsizetype(qFromLittleEndian<quint64>(pst.constData() + 0xE0));
    QCOMPARE(nbtAt % 512, 0);
    const QByteArray page = pst.mid(nbtAt, 512);
    QCOMPARE(quint8(page.at(496)), quint8(0x81));
    QCOMPARE(qFromLittleEndian<quint64>(page.constData() + 504), nbtBid);
    QCOMPARE(fx::pstCrc(page.left(496)), qFromLittleEndian<quint32>(page.constData() + 500));
    QVERIFY(page.at(491) > 0); // more nodes than one page holds: the tree has a second level
}

void TestArchivePst::writtenPstMatchesReadpstPerFolder()
{
    const QString pst = path(QStringLiteral("readpst/Outlook.pst"));
    QVERIFY(fx::writePst(pst, sample()));
    QCOMPARE(detectFormat(pst), ArchiveFormat::Pst);

    PstReader reader(pst);
    const auto all = fx::readAll(reader);
    QVERIFY(all.errors.isEmpty());
    const QMap<QString, int> ours = countPerFolder(all.items);
    const QMap<QString, int> written{
        {QStringLiteral("Inbox"), 2},      {QStringLiteral("Inbox/Invoices"), 1}, {QStringLiteral("Inbox/Invoices/2019"), 2},
        {QStringLiteral("Sent Items"), 1}, {QStringLiteral("Deleted Items"), 1},  {QStringLiteral("Old mail"), kOldMail}};
    QCOMPARE(ours, written);

    const QString readpst = QStandardPaths::findExecutable(QStringLiteral("readpst"));
    if (readpst.isEmpty()) {
        QSKIP("readpst (pst-utils; scripts/install-deps.sh --test installs it) is not installed.");
    }
    QTemporaryDir out;
    QProcess p;
    // -D: Deleted Items too, as Mailferry reads every folder.
    p.start(readpst, {QStringLiteral("-q"), QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-o"), out.path(), pst});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    // readpst writes <store name>/<folder path>/<n>.eml; the store's own folder is left out here.
    QMap<QString, int> theirs;
    QDirIterator it(out.path(), {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(out.path()).relativeFilePath(it.next());
        const QStringList parts = relative.split(QLatin1Char('/'));
        QVERIFY2(parts.size() >= 3, qPrintable(relative));
        ++theirs[parts.mid(1, parts.size() - 2).join(QLatin1Char('/'))];
    }
    QCOMPARE(theirs, ours);
}

void TestArchivePst::readerGivesBackWhatWasWritten()
{
    const QString root = path(QStringLiteral("reader"));
    const QString pst = root + QStringLiteral("/Outlook.pst");
    const auto folders = sample();
    QVERIFY(fx::writePst(pst, folders));
    const auto before = fx::treeFingerprint(root);
    const auto expected = expectedByNode(folders);
    QCOMPARE(expected.size(), kTotal);

    PstReader reader(pst);
    const auto all = fx::readAll(reader);
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), kTotal);
    QSet<QString> ids;
    for (const ArchiveItem &item : all.items) {
        ids.insert(item.id);
        QVERIFY2(expected.contains(quint64(item.offset)), qPrintable(QString::number(item.offset, 16)));
        const Expected &e = expected.value(quint64(item.offset));
        const fx::PstMail &m = e.mail;
        QCOMPARE(item.folder, e.folder);
        QVERIFY(item.flags.known);
        QCOMPARE(item.flags.read, m.read);
        QCOMPARE(item.flags.flagged, m.flagged);

        auto bytes = reader.read(item, 1 << 20);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        const QByteArray raw = bytes.value();
        QCOMPARE(raw.size(), item.size);
        // Field by field, without the composer: the headers, the bodies, the attachment.
        QCOMPARE(QString::fromLatin1(mail::MessageHeaders::parse(raw).messageId()), m.messageId);
        QVERIFY2(raw.contains("Subject: " + encodeHeaderValue(m.subject) + "\r\n"), qPrintable(m.subject));
        if (!m.body.isEmpty()) {
            QCOMPARE(QString::fromUtf8(partContent(raw, "Content-Type: text/plain; charset=utf-8")), m.body);
        }
        if (!m.htmlBody.isEmpty()) {
            QCOMPARE(QString::fromUtf8(partContent(raw, "Content-Type: text/html; charset=utf-8")), m.htmlBody);
        }
        QCOMPARE(raw.count("Content-Disposition: attachment"), m.attachments.size());
        for (const fx::PstAttachment &a : m.attachments) {
            QCOMPARE(partContent(raw, "filename=\"" + encodeHeaderValue(a.fileName) + "\""), a.data);
        }
        if (m.transportHeaders.isEmpty()) {
            QVERIFY(
                raw.contains("Date: " + QLocale::c().toString(m.date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()));
        } else {
            QVERIFY(raw.startsWith("Received: from mx.example.net"));
            QVERIFY(!raw.contains("boundary=\"b1\"")); // the transport's MIME headers describe a body Outlook did not keep
        }
        // And the whole message, byte for byte, as the composer makes it from these fields.
        QCOMPARE(raw, expectedBytes(m, quint64(item.offset)));
    }
    QCOMPARE(ids.size(), kTotal);
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchivePst::engineTakesThePstIntoGmailOnce()
{
    const QString root = path(QStringLiteral("engine"));
    const QString pst = root + QStringLiteral("/Outlook.pst");
    const auto folders = sample();
    QVERIFY(fx::writePst(pst, folders));
    const auto before = fx::treeFingerprint(root);
    const auto expected = expectedByNode(folders);

    auto account = m_h.account(pst);
    account.foldersAsLabels = true;
    account.options.placement = accounts::Placement::ArchiveWithLabel;
    const auto run = m_h.run(account);
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, kTotal);
    QCOMPARE(run.summary.deletedFromServer, 0);

    const auto counts = m_h.gmailMessageIdCounts();
    QCOMPARE(counts.size(), kTotal);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QCOMPARE(it.value(), 1);
    }
    QHash<QString, QString> idByName;
    for (const auto &l : m_h.google().labels()) {
        idByName.insert(l.name, l.id);
    }
    // Every level is a label of its own, so Gmail shows them nested; "Inbox" is Gmail's own name.
    const auto labelOf = [](const QString &folder) {
        return folder.startsWith(QStringLiteral("Inbox")) ? QStringLiteral("Inbox (archive)") + folder.mid(5) : folder;
    };
    for (const QString &name : {QStringLiteral("Inbox (archive)"), QStringLiteral("Inbox (archive)/Invoices"),
                                QStringLiteral("Inbox (archive)/Invoices/2019"), QStringLiteral("Sent Items"),
                                QStringLiteral("Deleted Items"), QStringLiteral("Old mail")}) {
        QVERIFY2(idByName.contains(name), qPrintable(name));
    }
    const auto inGmail = m_h.gmailByMessageId();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const fx::PstMail &m = it.value().mail;
        const QByteArray raw = expectedBytes(m, it.key());
        const QByteArray id = mail::MessageHeaders::parse(raw).messageId();
        QVERIFY2(inGmail.contains(id), id.constData());
        const auto &stored = inGmail.value(id);
        QCOMPARE(stored.raw, raw);
        QVERIFY2(stored.labelIds.contains(idByName.value(labelOf(it.value().folder))), qPrintable(it.value().folder));
        QCOMPARE(stored.labelIds.contains(QStringLiteral("UNREAD")), !m.read);
        QCOMPARE(stored.labelIds.contains(QStringLiteral("STARRED")), m.flagged);
        for (const fx::PstAttachment &a : m.attachments) {
            QCOMPARE(partContent(stored.raw, "filename=\"" + encodeHeaderValue(a.fileName) + "\""), a.data);
        }
        if (it.value().folder == QStringLiteral("Inbox/Invoices/2019")) {
            QVERIFY(!stored.labelIds.contains(idByName.value(QStringLiteral("Old mail"))));
        }
        QVERIFY(!stored.labelIds.contains(QStringLiteral("INBOX"))); // archived with its labels
    }

    // A second run copies nothing, and the file is as it was.
    const auto again = m_h.run(account);
    VERIFY_FINISHED(again);
    QCOMPARE(again.summary.copied, 0);
    QCOMPARE(again.summary.alreadyDone, kTotal);
    QCOMPARE(m_h.google().messages().size(), kTotal);
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchivePst::killedRunResumesWithoutCopyingTwice()
{
    const QString root = path(QStringLiteral("kill"));
    const QString pst = root + QStringLiteral("/Outlook.pst");
    QVERIFY(fx::writePst(pst, sample()));
    const auto before = fx::treeFingerprint(root);

    // Killed in the middle: a first group of mails sent, the next one just marked as on its way.
    // What the ledger holds as copied is never sent again; the rest arrives, and a mail twice
    // only where the run says so (an upload under way at the kill is sent again and flagged).
    {
        const auto account = m_h.account(pst, QStringLiteral("pst-kill-middle"));
        int uploadingGroups = 0;
        const auto killed = m_h.run(account, {}, [&](migration::JournalStep step) {
            return !(step == migration::JournalStep::Uploading && ++uploadingGroups == 2);
        });
        QVERIFY2(killed.stopped, qPrintable(test::ArchiveEngineHarness::describe(killed)));
        QSet<QByteArray> copiedAtKill;
        {
            auto ledger = store::Ledger::open(account.ledgerPath());
            QVERIFY(ledger);
            QVERIFY(ledger.value()
                        ->forEachItem(
                            store::ItemFilter::All,
                            [&](const store::Item &item) {
                if (item.status == store::ItemStatus::Copied) {
                    copiedAtKill.insert(item.messageId);
                }
                return true;
                            })
                        .ok());
        }
        QVERIFY2(!copiedAtKill.isEmpty() && copiedAtKill.size() < kTotal, qPrintable(QString::number(copiedAtKill.size())));

        const auto resumed = m_h.run(account);
        VERIFY_FINISHED(resumed);
        QSet<QByteArray> reportedTwice;
        for (const auto &e : resumed.events) {
            if (e.outcome == migration::ItemOutcome::PossibleDuplicate) {
                reportedTwice.insert(e.messageId.toUtf8());
            }
        }
        const auto counts = m_h.gmailMessageIdCounts();
        QCOMPARE(counts.size(), kTotal);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (copiedAtKill.contains(it.key())) {
                QCOMPARE(it.value(), 1);
            } else {
                QVERIFY2(it.value() == 1 || (it.value() == 2 && reportedTwice.contains(it.key())), it.key().constData());
            }
        }
        QCOMPARE(resumed.summary.copied, kTotal - int(copiedAtKill.size()));
        const auto third = m_h.run(account);
        VERIFY_FINISHED(third);
        QCOMPARE(third.summary.copied, 0);
        QCOMPARE(third.summary.alreadyDone, kTotal);
    }

    // Killed at every journal step: nothing missing after the rerun, and a mail twice only where
    // the ledger marks it a possible duplicate (killed between Gmail's answer and the journal).
    std::vector<migration::JournalStep> steps;
    {
        m_h.google().clearMessages();
        const auto reference =
            m_h.run(m_h.account(pst, QStringLiteral("pst-kill-reference")), {}, [&](migration::JournalStep step) {
                steps.push_back(step);
                return true;
            });
        VERIFY_FINISHED(reference);
    }
    const auto points = test::ArchiveEngineHarness::crashPoints(steps);
    std::set<migration::JournalStep> killedAt;
    for (int killAt = 1; killAt <= int(points.size()); ++killAt) {
        m_h.google().clearMessages();
        const auto account = m_h.account(pst, QStringLiteral("pst-kill-%1").arg(killAt));
        const auto point = points.at(size_t(killAt - 1));
        bool didKill = false;
        const auto killed = m_h.run(account, {}, test::ArchiveEngineHarness::crashAt(point, didKill));
        QVERIFY2(killed.stopped, qPrintable(QStringLiteral("no stop after a kill at step %1").arg(killAt)));
        if (didKill)
            killedAt.insert(point.step);
        const auto resumed = m_h.run(account);
        VERIFY_FINISHED(resumed);
        const auto counts = m_h.gmailMessageIdCounts();
        QCOMPARE(counts.size(), kTotal);
        auto ledger = store::Ledger::open(account.ledgerPath());
        QVERIFY(ledger);
        QSet<QByteArray> possibleDuplicates;
        QVERIFY(ledger.value()
                    ->forEachItem(
                        store::ItemFilter::All,
                        [&](const store::Item &item) {
            if (item.flags.testFlag(store::ItemFlag::PossibleDuplicate)) {
                possibleDuplicates.insert(item.messageId);
            }
            return true;
                        })
                    .ok());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QVERIFY2(it.value() == 1 || (it.value() == 2 && possibleDuplicates.contains(it.key())),
                     qPrintable(QStringLiteral("%1 x%2 after a kill at step %3")
                                    .arg(QString::fromLatin1(it.key()))
                                    .arg(it.value())
                                    .arg(killAt)));
        }
    }
    QVERIFY(killedAt.count(migration::JournalStep::Uploading));
    QVERIFY(killedAt.count(migration::JournalStep::Copied));
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchivePst::cutPstImportsUpToTheCut()
{
    // The file stops inside the seventh old note (a copy stopped short): the index, near the
    // file's start, is whole; that mail and the ones written after it are gone.
    const QString root = path(QStringLiteral("cut"));
    const QString pst = root + QStringLiteral("/Outlook.pst");
    const QByteArray whole = fx::pstBytes(sample());
    const QString marker = QStringLiteral("Old note 06");
    const qsizetype cut = whole.indexOf(QByteArray(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2));
    QVERIFY(cut > 0);
    QVERIFY(fx::writeFile(pst, whole.left(cut)));
    const int lost = kOldMail - 6;

    PstReader reader(pst);
    const auto all = fx::readAll(reader);
    QCOMPARE(all.items.size(), kTotal - lost);
    // Each lost mail, then the cut itself (the header records the whole file's size).
    QCOMPARE(all.errors.size(), lost + 1);
    for (const Error &e : all.errors) {
        QCOMPARE(e.scope, Error::Scope::Item);
        QVERIFY2(e.message.contains(pst), qPrintable(e.toString()));
    }
    QVERIFY2(all.errors.last().message.contains(QString::number(whole.size())), qPrintable(all.errors.last().toString()));

    const auto account = m_h.account(pst);
    const auto run = m_h.run(account);
    QVERIFY2(run.stopped, qPrintable(test::ArchiveEngineHarness::describe(run)));
    QCOMPARE(run.summary.copied, kTotal - lost);
    QCOMPARE(run.summary.failed, lost + 1);
    int named = 0;
    for (const auto &e : run.events) {
        if (e.outcome == migration::ItemOutcome::Failed && e.reason.contains(QStringLiteral("Outlook.pst"))) {
            ++named;
        }
    }
    QCOMPARE(named, lost + 1);
    QCOMPARE(m_h.gmailMessageIdCounts().size(), kTotal - lost);

    // Reported once: a rerun copies nothing again and counts no new failure.
    const auto again = m_h.run(account);
    QVERIFY2(again.stopped, qPrintable(test::ArchiveEngineHarness::describe(again)));
    QCOMPARE(again.summary.copied, 0);
    QCOMPARE(again.summary.failed, 0);
    QCOMPARE(again.summary.failedOutstanding, lost + 1);
    QCOMPARE(m_h.gmailMessageIdCounts().size(), kTotal - lost);
}

void TestArchivePst::cutPstLosingNoMailIsStillReported()
{
    // Only the last block's trailer is gone: every mail still reads, but the file is not whole
    // (in an Outlook-made file the lost end may have held index pages naming more mail).
    const QString pst = path(QStringLiteral("cut-end/Outlook.pst"));
    const QByteArray whole = fx::pstBytes(sample());
    QVERIFY(fx::writeFile(pst, whole.left(whole.size() - 8)));
    PstReader reader(pst);
    const auto all = fx::readAll(reader);
    QCOMPARE(all.items.size(), kTotal);
    QCOMPARE(all.errors.size(), 1);
    QCOMPARE(all.errors.first().scope, Error::Scope::Item);
    QVERIFY2(all.errors.first().message.contains(pst), qPrintable(all.errors.first().toString()));

    // The whole file reports nothing.
    const QString good = path(QStringLiteral("whole/Outlook.pst"));
    QVERIFY(fx::writeFile(good, whole));
    PstReader wholeReader(good);
    const auto fine = fx::readAll(wholeReader);
    QCOMPARE(fine.items.size(), kTotal);
    QVERIFY(fine.errors.isEmpty());
}

void TestArchivePst::attachmentWithAMissingBlockIsReported()
{
    // The greeting's 20,000-byte attachment is kept in three blocks listed by an XBLOCK; when one
    // of them is missing (its id names no block), libpst hands back nothing for the attachment.
    // That mail is reported as damaged rather than sent with its attachment silently emptied.
    const QByteArray whole = fx::pstBytes(sample());
    const QByteArray xblock = QByteArray::fromHex("01010300204e0000"); // XBLOCK, 3 blocks, 20,000 bytes
    const qsizetype at = whole.indexOf(xblock);
    QVERIFY(at > 0);
    QCOMPARE(whole.indexOf(xblock, at + 1), -1);
    for (int missing = 0; missing < 3; ++missing) {
        QByteArray damaged = whole;
        qToLittleEndian<quint64>(0x7FFFFFF0, damaged.data() + at + 8 + 8 * missing);
        const QString pst = path(QStringLiteral("missing-block-%1/Outlook.pst").arg(missing));
        QVERIFY(fx::writeFile(pst, damaged));
        PstReader reader(pst);
        const auto all = fx::readAll(reader);
        QCOMPARE(all.items.size(), kTotal - 1);
        QCOMPARE(all.errors.size(), 1);
        QCOMPARE(all.errors.first().scope, Error::Scope::Item);
        QVERIFY2(all.errors.first().message.contains(pst), qPrintable(all.errors.first().toString()));
        for (const ArchiveItem &item : all.items) {
            auto bytes = reader.read(item, 1 << 20);
            QVERIFY(bytes);
            QVERIFY(!bytes.value().contains("Rechnung"));
        }
    }
}

void TestArchivePst::realPstMatchesReadpst()
{
    const QString pst = qEnvironmentVariable("MAILFERRY_TEST_PST");
    if (pst.isEmpty()) {
        QSKIP("No Outlook-made .pst at hand (the written one is checked above). Set MAILFERRY_TEST_PST to one.");
    }
    const auto before = fx::treeFingerprint(QFileInfo(pst).absolutePath());
    PstReader reader(pst);
    qint64 count = 0;
    QSet<QString> ids;
    while (true) {
        auto next = reader.next();
        QVERIFY2(next, qPrintable(next ? QString() : next.error().toString()));
        if (!next.value()) {
            break;
        }
        ++count;
        ids.insert(next.value()->id);
        auto bytes = reader.read(*next.value(), 256 << 20);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        QCOMPARE(bytes.value().size(), next.value()->size);
    }
    QCOMPARE(ids.size(), count);
    QCOMPARE(fx::treeFingerprint(QFileInfo(pst).absolutePath()), before);

    const QString readpst = QStandardPaths::findExecutable(QStringLiteral("readpst"));
    if (readpst.isEmpty()) {
        QSKIP("readpst (pst-utils) is not installed: the count was not cross-checked.");
    }
    QTemporaryDir out;
    QProcess p;
    // -D: Deleted Items too, as Mailferry reads every folder.
    p.start(readpst, {QStringLiteral("-q"), QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-o"), out.path(), pst});
    QVERIFY(p.waitForFinished(300000));
    qint64 expected = 0;
    QDirIterator it(out.path(), {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++expected;
    }
    QCOMPARE(count, expected);
}

QTEST_GUILESS_MAIN(TestArchivePst)
#include "tst_archive_pst.moc"
