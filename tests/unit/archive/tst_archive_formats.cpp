// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"

#include "archive/ArchiveOpener.h"
#include "archive/EmlxReader.h"
#include "archive/MaildirReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using namespace mf::archive;
namespace fx = mf::testsupport::archive;

namespace {

using fx::ReadAll;
using fx::readAll;

const ArchiveItem *byFolder(const ReadAll &all, const QString &folder, qsizetype nth = 0)
{
    for (const ArchiveItem &item : all.items) {
        if (item.folder == folder && nth-- == 0) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

class TestArchiveFormats : public QObject {
    Q_OBJECT

private slots:
    void maildirFlagsAndFolders();
    void maildirFlagNames_data();
    void maildirFlagNames();
    void emlTreeNestedFolders();
    void emlxCountLinePlistAndFlags();
    void emlxDamageIsReportedAndReadingGoesOn();
    void detectionFromPath();
    void openArchiveRefusesWhatItCannotRead();

private:
    QTemporaryDir m_dir;
};

void TestArchiveFormats::maildirFlagsAndFolders()
{
    const QString root = m_dir.filePath(QStringLiteral("Maildir"));
    const QByteArray seen = fx::message(QStringLiteral("seen"), "s\n");
    const QByteArray fresh = fx::message(QStringLiteral("new"), "n\n");
    const QByteArray flagged = fx::message(QStringLiteral("flagged"), "f\n");
    QVERIFY(fx::writeFile(root + QStringLiteral("/cur/1700000000.1.host:2,S"), seen));
    QVERIFY(fx::writeFile(root + QStringLiteral("/cur/1700000001.1.host:2,T"), fx::message(QStringLiteral("trash"), "t\n")));
    QVERIFY(fx::writeFile(root + QStringLiteral("/new/1700000002.1.host"), fresh));
    QVERIFY(fx::writeFile(root + QStringLiteral("/tmp/1700000003.1.host"), "half-delivered"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/dovecot-uidlist"), "3 V1 N4\n"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Old mail.Invoices/cur/1700000004.1.host:2,FS"), flagged));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Old mail.Invoices/new/.keep"), {}));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Old mail.Invoices/maildirfolder"), {}));

    QCOMPARE(detectFormat(root), ArchiveFormat::Maildir);
    auto reader = openArchive(root);
    QVERIFY(reader);
    const ReadAll all = readAll(*reader.value());
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 3);
    QCOMPARE(reader.value()->skippedDeleted(), 1);

    const ArchiveItem *top = byFolder(all, QString());
    QVERIFY(top);
    QVERIFY(top->flags.known && top->flags.read);
    QCOMPARE(reader.value()->read(*top, 1 << 20).value(), seen);
    const ArchiveItem *unread = byFolder(all, QString(), 1);
    QVERIFY(unread);
    QVERIFY(unread->flags.known && !unread->flags.read);
    QCOMPARE(reader.value()->read(*unread, 1 << 20).value(), fresh);
    const ArchiveItem *nested = byFolder(all, QStringLiteral("Old mail/Invoices"));
    QVERIFY(nested);
    QVERIFY(nested->flags.flagged && nested->flags.read);
    QCOMPARE(nested->size, flagged.size());
    QCOMPARE(reader.value()->read(*nested, 1 << 20).value(), flagged);
}

void TestArchiveFormats::maildirFlagNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("inNew");
    QTest::addColumn<bool>("read");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("new") << "1.2.host" << true << false << false << false;
    QTest::newRow("cur no info") << "1.2.host" << false << false << false << false;
    QTest::newRow("seen") << "1.2.host,S=123:2,S" << false << true << false << false;
    QTest::newRow("windows bang") << "1.2.host!2,FS" << false << true << true << false;
    QTest::newRow("trashed") << "1.2.host:2,ST" << false << true << false << true;
    QTest::newRow("replied only") << "1.2.host:2,R" << false << false << false << false;
}

void TestArchiveFormats::maildirFlagNames()
{
    QFETCH(QString, name);
    QFETCH(bool, inNew);
    const ArchiveFlags f = MaildirReader::flagsFromName(name, inNew);
    QVERIFY(f.known);
    QTEST(f.read, "read");
    QTEST(f.flagged, "flagged");
    QTEST(f.deleted, "deleted");
}

void TestArchiveFormats::emlTreeNestedFolders()
{
    const QString root = m_dir.filePath(QStringLiteral("saved"));
    const QByteArray a = fx::message(QStringLiteral("a"), "a\n");
    const QByteArray b = fx::message(QStringLiteral("b"), "b\n", {}, true);
    QVERIFY(fx::writeFile(root + QStringLiteral("/top.eml"), a));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail/Invoices/2019/March bill.EML"), b));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail/readme.txt"), "not mail"));
    QCOMPARE(detectFormat(root), ArchiveFormat::EmlTree);
    auto reader = openArchive(root);
    QVERIFY(reader);
    QCOMPARE(reader.value()->format(), ArchiveFormat::EmlTree);
    const ReadAll all = readAll(*reader.value());
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 2);
    const ArchiveItem *nested = byFolder(all, QStringLiteral("Old mail/Invoices/2019"));
    QVERIFY(nested);
    QVERIFY(!nested->flags.known);
    QCOMPARE(nested->relativePath, QStringLiteral("Old mail/Invoices/2019/March bill.EML"));
    QCOMPARE(reader.value()->read(*nested, 1 << 20).value(), b);
    QCOMPARE(reader.value()->read(*byFolder(all, QString()), 1 << 20).value(), a);

    // One .eml file is an archive too.
    auto single = openArchive(root + QStringLiteral("/top.eml"));
    QVERIFY(single);
    const ReadAll one = readAll(*single.value());
    QCOMPARE(one.items.size(), 1);
    QCOMPARE(one.items.first().sha256, byFolder(all, QString())->sha256);
}

void TestArchiveFormats::emlxCountLinePlistAndFlags()
{
    const QString root = m_dir.filePath(QStringLiteral("Old mail.mbox"));
    const QByteArray read = fx::message(QStringLiteral("read"), "r\n");
    const QByteArray flagged = fx::message(QStringLiteral("flagged"), "f\n", {}, true);
    const QString messages = QStringLiteral("/8F2E6B1C-0D6A-4B8B-9C36-1A2B3C4D5E6F/Data/Messages/");
    QVERIFY(fx::writeFile(root + messages + QStringLiteral("101.emlx"), fx::emlxBytes(read, 1)));
    QVERIFY(fx::writeFile(root + messages + QStringLiteral("102.emlx"), fx::emlxBytes(flagged, 1u << 4)));
    QVERIFY(fx::writeFile(root + messages + QStringLiteral("103.emlx"),
                          fx::emlxBytes(fx::message(QStringLiteral("gone"), "g\n"), 0x3)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Invoices.mbox/AAAA/Data/1/Messages/7.emlx"),
                          fx::emlxBytes(fx::message(QStringLiteral("nested"), "n\n"), 0)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Info.plist"), "<plist/>"));

    QCOMPARE(detectFormat(root), ArchiveFormat::AppleMail);
    auto reader = openArchive(root);
    QVERIFY(reader);
    const ReadAll all = readAll(*reader.value());
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 3);
    QCOMPARE(reader.value()->skippedDeleted(), 1);
    const ArchiveItem *first = byFolder(all, QStringLiteral("Old mail"));
    QVERIFY(first && first->flags.read && !first->flags.flagged);
    QCOMPARE(reader.value()->read(*first, 1 << 20).value(), read);
    const ArchiveItem *second = byFolder(all, QStringLiteral("Old mail"), 1);
    QVERIFY(second && !second->flags.read && second->flags.flagged);
    QCOMPARE(reader.value()->read(*second, 1 << 20).value(), flagged);
    QVERIFY(byFolder(all, QStringLiteral("Old mail/Invoices")));
}

void TestArchiveFormats::emlxDamageIsReportedAndReadingGoesOn()
{
    const QString root = m_dir.filePath(QStringLiteral("Damaged.mbox/Messages"));
    const QByteArray good = fx::message(QStringLiteral("good"), "g\n");
    QVERIFY(fx::writeFile(root + QStringLiteral("/1.emlx"), fx::emlxBytes(good, 1).left(100)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/2.partial.emlx"), fx::emlxBytes(good, 1)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/3.emlx"), "garbage without a count\n"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/4.emlx"), fx::emlxBytes(good, 1)));
    EmlxReader reader(m_dir.filePath(QStringLiteral("Damaged.mbox")));
    const ReadAll all = readAll(reader);
    QCOMPARE(all.items.size(), 1);
    QCOMPARE(reader.read(all.items.first(), 1 << 20).value(), good);
    QCOMPARE(all.errors.size(), 3);
    QVERIFY(all.errors.at(0).message.contains(QStringLiteral("1.emlx")));
    QVERIFY2(all.errors.at(0).message.contains(QStringLiteral("cut short")), qPrintable(all.errors.at(0).message));
    QVERIFY(all.errors.at(1).message.contains(QStringLiteral("2.partial.emlx")));
    QVERIFY(all.errors.at(2).message.contains(QStringLiteral("3.emlx")));
    for (const Error &e : all.errors) {
        QCOMPARE(e.scope, Error::Scope::Item);
    }
}

void TestArchiveFormats::detectionFromPath()
{
    const QString mbox = m_dir.filePath(QStringLiteral("detect/archive.mbox"));
    QVERIFY(fx::writeFile(mbox, fx::mboxBytes({fx::message(QStringLiteral("m"), "m\n")}, MboxVariant::Mboxrd)));
    QCOMPARE(detectFormat(mbox), ArchiveFormat::Mbox);
    QCOMPARE(detectFormat(m_dir.filePath(QStringLiteral("detect"))), ArchiveFormat::Mbox);
    const QString exported = m_dir.filePath(QStringLiteral("Exported.mbox/mbox"));
    QVERIFY(fx::writeFile(exported, fx::mboxBytes({fx::message(QStringLiteral("e"), "e\n")}, MboxVariant::Mboxrd)));
    QCOMPARE(detectFormat(m_dir.filePath(QStringLiteral("Exported.mbox"))), ArchiveFormat::Mbox);
    auto reader = openArchive(m_dir.filePath(QStringLiteral("Exported.mbox")));
    QVERIFY(reader);
    const ReadAll all = readAll(*reader.value());
    QCOMPARE(all.items.size(), 1);
    QCOMPARE(all.items.first().folder, QStringLiteral("Exported"));

    const QString pst = m_dir.filePath(QStringLiteral("detect/Outlook.pst"));
    QVERIFY(fx::writeFile(pst, "!BDN"));
    QCOMPARE(detectFormat(pst), ArchiveFormat::Pst);
    QCOMPARE(detectFormat(m_dir.filePath(QStringLiteral("detect/OUTLOOK.OST"))), ArchiveFormat::Unknown); // absent
    const QString text = m_dir.filePath(QStringLiteral("other/notes.txt"));
    QVERIFY(fx::writeFile(text, "hello\n"));
    QCOMPARE(detectFormat(text), ArchiveFormat::Unknown);
    QCOMPARE(detectFormat(m_dir.filePath(QStringLiteral("other"))), ArchiveFormat::Unknown);
}

void TestArchiveFormats::openArchiveRefusesWhatItCannotRead()
{
    auto missing = openArchive(m_dir.filePath(QStringLiteral("nowhere")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().scope, Error::Scope::Account);
    QVERIFY(missing.error().message.contains(QStringLiteral("nowhere")));
    const QString text = m_dir.filePath(QStringLiteral("refuse/notes.txt"));
    QVERIFY(fx::writeFile(text, "hello\n"));
    auto unknown = openArchive(m_dir.filePath(QStringLiteral("refuse")));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QStringLiteral("refuse")));
}

QTEST_GUILESS_MAIN(TestArchiveFormats)
#include "tst_archive_formats.moc"
