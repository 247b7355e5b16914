// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"

#include "archive/ArchiveOpener.h"
#include "archive/ThunderbirdProfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using namespace mf::archive;
namespace fx = mf::testsupport::archive;

/// A Thunderbird profile as a POP3 user has it after years: Local Folders and a POP account,
/// nested folders, .msf indexes, a message deleted but not yet compacted away, popstate.dat.
class TestArchiveThunderbird : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void profileIsFoundThroughProfilesIni();
    void foldersWithCountsAndSizes();
    void everyMessageReadsBackAndTheProfileIsUnchanged();

private:
    QTemporaryDir m_home;
    QString m_profile;
    QList<QByteArray> m_inbox;
    QList<QByteArray> m_invoices;
};

void TestArchiveThunderbird::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QString root = m_home.filePath(QStringLiteral(".thunderbird"));
    const QString relative = QStringLiteral("Profiles/k3x9a2b1.default-release");
    QVERIFY(fx::writeFile(root + QStringLiteral("/profiles.ini"), fx::profilesIni(relative)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/installs.ini"), "[4F96D1932A9F858E]\nDefault=" + relative.toUtf8() + "\n"));
    m_profile = root + QLatin1Char('/') + relative;
    QVERIFY(fx::writeFile(m_profile + QStringLiteral("/prefs.js"), "user_pref(\"mail.root.none\", \"x\");\n"));

    const QByteArray read = "X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:                \n";
    m_inbox = {fx::message(QStringLiteral("Welcome"), "Hi Maria\n", read),
               fx::message(QStringLiteral("Poem"), "From the top\n>From quoted\nend\n", read),
               fx::message(QStringLiteral("Unread"), "new\n", "X-Mozilla-Status: 0000\n")};
    QList<QByteArray> withDeleted = m_inbox;
    withDeleted.insert(1, fx::message(QStringLiteral("Deleted spam"), "buy\n", "X-Mozilla-Status: 0009\n"));
    const QString local = m_profile + QStringLiteral("/Mail/Local Folders");
    QVERIFY(fx::writeFile(local + QStringLiteral("/Inbox"), fx::mboxBytes(withDeleted, MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n< <(a=c)> >\n"));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Trash"), {}));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Trash.msf"), "mork"));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail"), {}));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail.msf"), "mork"));
    m_invoices = {fx::message(QStringLiteral("Invoice 1"), QByteArray(20000, 'i') + "\n", "X-Mozilla-Status: 0005\n"),
                  fx::message(QStringLiteral("Invoice 2"), "two\r\n", {}, true)};
    QVERIFY(
        fx::writeFile(local + QStringLiteral("/Old mail.sbd/Invoices.sbd/2019"), fx::mboxBytes(m_invoices, MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail.sbd/Invoices.sbd/2019.msf"), "mork"));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail.sbd/Invoices.msf"), "mork"));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail.sbd/Invoices"), {}));
    QVERIFY(fx::writeFile(local + QStringLiteral("/msgFilterRules.dat"), "version=\"9\"\n"));
    const QString pop = m_profile + QStringLiteral("/Mail/pop.isp.example");
    QVERIFY(fx::writeFile(pop + QStringLiteral("/Inbox"),
                          fx::mboxBytes({fx::message(QStringLiteral("From the ISP"), "pop\n")}, MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(pop + QStringLiteral("/popstate.dat"), "# POP3 State File\n*pop.isp.example maria\n"));
}

void TestArchiveThunderbird::profileIsFoundThroughProfilesIni()
{
    const QStringList roots = thunderbird::candidateRoots(thunderbird::Platform::Linux, m_home.path());
    const QList<thunderbird::Profile> profiles = thunderbird::findProfiles(roots);
    QCOMPARE(profiles.size(), 2);
    const auto it = std::find_if(profiles.begin(), profiles.end(), [](const auto &p) { return p.isDefault; });
    QVERIFY(it != profiles.end());
    QCOMPARE(it->path, m_profile);
    QVERIFY(thunderbird::findProfiles({m_home.filePath(QStringLiteral("nothing"))}).isEmpty());
}

void TestArchiveThunderbird::foldersWithCountsAndSizes()
{
    const QList<thunderbird::MailFolder> folders = thunderbird::mailFolders(m_profile);
    QStringList names;
    for (const auto &f : folders) {
        names << f.account + QLatin1Char(':') + f.folder;
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("Local Folders:Inbox"), QStringLiteral("Local Folders:Old mail"),
                          QStringLiteral("Local Folders:Old mail/Invoices"),
                          QStringLiteral("Local Folders:Old mail/Invoices/2019"), QStringLiteral("Local Folders:Trash"),
                          QStringLiteral("pop.isp.example:Inbox")}));
    const thunderbird::MailFolder &inbox = folders.at(0);
    QCOMPARE(inbox.messages, 3);
    QCOMPARE(inbox.deletedMessages, 1);
    QCOMPARE(inbox.bytes, m_inbox.at(0).size() + m_inbox.at(1).size() + m_inbox.at(2).size());
    QVERIFY(inbox.fileBytes > inbox.bytes);
    QCOMPARE(folders.at(3).messages, 2);
    QCOMPARE(folders.at(3).bytes, m_invoices.at(0).size() + m_invoices.at(1).size());
    QCOMPARE(folders.at(4).messages, 0);
}

void TestArchiveThunderbird::everyMessageReadsBackAndTheProfileIsUnchanged()
{
    const auto before = fx::treeFingerprint(m_profile);
    const QString local = m_profile + QStringLiteral("/Mail/Local Folders");
    QCOMPARE(detectFormat(local), ArchiveFormat::Mbox);
    auto reader = openArchive(local);
    QVERIFY(reader);
    QList<QByteArray> got;
    QStringList folders;
    QList<bool> read;
    while (true) {
        auto next = reader.value()->next();
        QVERIFY2(next, qPrintable(next ? QString() : next.error().toString()));
        if (!next.value()) {
            break;
        }
        auto bytes = reader.value()->read(*next.value(), 1 << 20);
        QVERIFY(bytes);
        got << bytes.value();
        folders << next.value()->folder;
        read << next.value()->flags.read;
    }
    QCOMPARE(got, m_inbox + m_invoices);
    QCOMPARE(folders,
             QStringList({QStringLiteral("Inbox"), QStringLiteral("Inbox"), QStringLiteral("Inbox"),
                          QStringLiteral("Old mail/Invoices/2019"), QStringLiteral("Old mail/Invoices/2019")}));
    QCOMPARE(read, QList<bool>({true, true, false, true, false}));
    QCOMPARE(reader.value()->skippedDeleted(), 1);
    QCOMPARE(fx::treeFingerprint(m_profile), before);
}

QTEST_GUILESS_MAIN(TestArchiveThunderbird)
#include "tst_archive_thunderbird.moc"
