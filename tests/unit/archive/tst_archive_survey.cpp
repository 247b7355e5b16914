// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"
#include "archive/ArchiveLocations.h"
#include "archive/ArchiveSurvey.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mf::archive;
namespace fx = mf::testsupport::archive;

class TestArchiveSurvey : public QObject {
    Q_OBJECT

private slots:
    void countsEveryFolderOfAnMboxTree();
    void countsAMaildirAndSkipsDeleted();
    void reportsProgressAndStops();
    void aDamagedMboxIsCountedUpToTheDamage();
    void aPathThatIsNoArchiveIsAnError();
    void workerReportsOnTheCallersThread();
    void cancelEndsTheSurveyAndLaterStartsWin();
    void findsThunderbirdProfilesOnLinux();
    void findsOutlookAndWindowsLiveMailOnWindows();
    void findsAppleMailOnMacOS();
    void findsNothingInAnEmptyHome();

private:
    /// A Thunderbird Mail folder: Inbox (3 messages, one deleted in Thunderbird), Sent (1), and
    /// "Old mail/Invoices" (2). Returns the message bytes per folder for the expected sizes.
    QMap<QString, QList<QByteArray>> makeMboxTree(const QString &root);
};

QMap<QString, QList<QByteArray>> TestArchiveSurvey::makeMboxTree(const QString &root)
{
    QMap<QString, QList<QByteArray>> kept;
    const QByteArray deleted =
        fx::message(QStringLiteral("deleted"), "gone\n", "X-Mozilla-Status: 0009\nX-Mozilla-Status2: 00000000\n");
    const QList<QByteArray> inbox{fx::message(QStringLiteral("one"), "first\n"),
                                  fx::message(QStringLiteral("two"), QByteArray(5000, 'x') + "\n")};
    const QList<QByteArray> sent{fx::message(QStringLiteral("sent"), "to you\n")};
    const QList<QByteArray> invoices{fx::message(QStringLiteral("2019"), "paid\n"), fx::message(QStringLiteral("2020"), "due\n")};
    bool ok =
        fx::writeFile(root + QStringLiteral("/Inbox"), fx::mboxBytes({inbox.at(0), deleted, inbox.at(1)}, MboxVariant::Mboxrd));
    ok = ok && fx::writeFile(root + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n");
    ok = ok && fx::writeFile(root + QStringLiteral("/Sent"), fx::mboxBytes(sent, MboxVariant::Mboxrd));
    ok = ok && fx::writeFile(root + QStringLiteral("/Old mail.sbd/Invoices"), fx::mboxBytes(invoices, MboxVariant::Mboxrd));
    ok = ok && fx::writeFile(root + QStringLiteral("/Old mail"), QByteArray());
    if (!ok)
        qWarning("could not write the test archive");
    kept.insert(QStringLiteral("Inbox"), inbox);
    kept.insert(QStringLiteral("Sent"), sent);
    kept.insert(QStringLiteral("Old mail/Invoices"), invoices);
    return kept;
}

static qint64 totalSize(const QList<QByteArray> &messages)
{
    qint64 n = 0;
    for (const QByteArray &m : messages)
        n += m.size();
    return n;
}

void TestArchiveSurvey::countsEveryFolderOfAnMboxTree()
{
    QTemporaryDir dir;
    const auto kept = makeMboxTree(dir.path());
    const auto before = fx::treeFingerprint(dir.path());
    auto result = surveyArchive(dir.path());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const SurveyResult &r = result.value();
    QCOMPARE(r.format, ArchiveFormat::Mbox);
    QVERIFY(r.finished);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.folders.size(), 3);
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        const FolderCount f = r.folder(it.key());
        QCOMPARE(f.messages, qint64(it.value().size()));
        QCOMPARE(f.bytes, totalSize(it.value()));
    }
    QCOMPARE(r.messages, qint64(5));
    QCOMPARE(r.bytes,
             totalSize(kept.value(QStringLiteral("Inbox"))) + totalSize(kept.value(QStringLiteral("Sent")))
                 + totalSize(kept.value(QStringLiteral("Old mail/Invoices"))));
    QCOMPARE(r.skippedDeleted, qint64(1));
    QVERIFY(r.problems.isEmpty());
    // Counting reads; it never writes.
    QCOMPARE(fx::treeFingerprint(dir.path()), before);
}

void TestArchiveSurvey::countsAMaildirAndSkipsDeleted()
{
    QTemporaryDir dir;
    const QByteArray a = fx::message(QStringLiteral("a"), "aa\n");
    const QByteArray b = fx::message(QStringLiteral("b"), "bbbb\n");
    const QByteArray c = fx::message(QStringLiteral("c"), "trashed\n");
    const QByteArray d = fx::message(QStringLiteral("d"), "in a subfolder\n");
    const QString root = dir.path() + QStringLiteral("/Maildir");
    QVERIFY(fx::writeFile(root + QStringLiteral("/cur/1.host:2,S"), a));
    QVERIFY(fx::writeFile(root + QStringLiteral("/new/2.host"), b));
    QVERIFY(fx::writeFile(root + QStringLiteral("/cur/3.host:2,ST"), c));
    QVERIFY(fx::writeFile(root + QStringLiteral("/tmp/.keep"), QByteArray()));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Work/cur/4.host:2,"), d));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Work/new/.keep"), QByteArray()));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Work/tmp/.keep"), QByteArray()));
    auto result = surveyArchive(root);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const SurveyResult &r = result.value();
    QCOMPARE(r.format, ArchiveFormat::Maildir);
    QCOMPARE(r.messages, qint64(3));
    QCOMPARE(r.skippedDeleted, qint64(1));
    QCOMPARE(r.folder(QString()).messages, qint64(2));
    QCOMPARE(r.folder(QString()).bytes, qint64(a.size() + b.size()));
    QCOMPARE(r.folder(QStringLiteral("Work")).messages, qint64(1));
    QCOMPARE(r.folder(QStringLiteral("Work")).bytes, qint64(d.size()));
}

void TestArchiveSurvey::reportsProgressAndStops()
{
    QTemporaryDir dir;
    QList<QByteArray> many;
    for (int i = 0; i < 50; ++i)
        many.append(fx::message(QStringLiteral("m%1").arg(i), "body\n"));
    QVERIFY(fx::writeFile(dir.path() + QStringLiteral("/big.mbox"), fx::mboxBytes(many, MboxVariant::Mboxrd)));

    QList<qint64> seen;
    auto all = surveyArchive(
        dir.path() + QStringLiteral("/big.mbox"), {}, [&](const SurveyResult &soFar) { seen.append(soFar.messages); }, 10);
    QVERIFY(all.ok());
    QCOMPARE(all.value().messages, qint64(50));
    QCOMPARE(seen, (QList<qint64>{10, 20, 30, 40, 50}));

    // Asked to stop after 25 messages: the result says so and counts what was read.
    qint64 counted = 0;
    auto stopped = surveyArchive(
        dir.path() + QStringLiteral("/big.mbox"), [&] { return counted >= 25; },
        [&](const SurveyResult &soFar) { counted = soFar.messages; }, 5);
    QVERIFY(stopped.ok());
    QVERIFY(stopped.value().cancelled);
    QVERIFY(!stopped.value().finished);
    QCOMPARE(stopped.value().messages, qint64(25));
}

void TestArchiveSurvey::aDamagedMboxIsCountedUpToTheDamage()
{
    QTemporaryDir dir;
    const QList<QByteArray> messages{fx::message(QStringLiteral("one"), "1\n"), fx::message(QStringLiteral("two"), "2\n"),
                                     fx::message(QStringLiteral("three"), QByteArray(4000, 'x') + "\n")};
    QByteArray bytes = fx::mboxBytes(messages, MboxVariant::Mboxrd);
    bytes.truncate(bytes.size() - 1000); // cut inside the third message's body, mid-line
    QVERIFY(fx::writeFile(dir.path() + QStringLiteral("/cut.mbox"), bytes));
    auto result = surveyArchive(dir.path() + QStringLiteral("/cut.mbox"));
    QVERIFY(result.ok());
    const SurveyResult &r = result.value();
    QVERIFY(r.finished);
    QCOMPARE(r.messages, qint64(2));
    QCOMPARE(r.bytes, qint64(messages.at(0).size() + messages.at(1).size()));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().contains(QStringLiteral("message 3")), qPrintable(r.problems.first()));
}

void TestArchiveSurvey::aPathThatIsNoArchiveIsAnError()
{
    QTemporaryDir dir;
    auto missing = surveyArchive(dir.path() + QStringLiteral("/no such folder"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("no such folder")));
    QVERIFY(fx::writeFile(dir.path() + QStringLiteral("/notes.txt"), "just some text\n"));
    auto notMail = surveyArchive(dir.path() + QStringLiteral("/notes.txt"));
    QVERIFY(!notMail.ok());
    QVERIFY(notMail.error().message.contains(QStringLiteral("notes.txt")));
}

void TestArchiveSurvey::workerReportsOnTheCallersThread()
{
    QTemporaryDir dir;
    makeMboxTree(dir.path());
    ArchiveSurvey survey;
    QSignalSpy finished(&survey, &ArchiveSurvey::finished);
    QThread *reportedOn = nullptr;
    connect(&survey, &ArchiveSurvey::finished, this, [&] { reportedOn = QThread::currentThread(); });
    survey.start(dir.path());
    QVERIFY(survey.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(reportedOn, QThread::currentThread());
    QVERIFY(!survey.isRunning());
    const auto r = finished.first().first().value<SurveyResult>();
    QVERIFY(r.finished);
    QCOMPARE(r.messages, qint64(5));
    QCOMPARE(survey.result().folders.size(), 3);

    QSignalSpy failed(&survey, &ArchiveSurvey::failed);
    survey.start(dir.path() + QStringLiteral("/missing.mbox"));
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().first().value<mf::Error>().message.contains(QStringLiteral("missing.mbox")));
}

void TestArchiveSurvey::cancelEndsTheSurveyAndLaterStartsWin()
{
    QTemporaryDir first;
    QTemporaryDir second;
    makeMboxTree(first.path());
    QVERIFY(fx::writeFile(second.path() + QStringLiteral("/one.mbox"),
                          fx::mboxBytes({fx::message(QStringLiteral("only"), "x\n")}, MboxVariant::Mboxrd)));
    ArchiveSurvey survey;
    QSignalSpy finished(&survey, &ArchiveSurvey::finished);
    survey.start(first.path());
    survey.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<SurveyResult>().cancelled);
    QVERIFY(!survey.isRunning());

    // A new start while one runs: only the new one reports.
    survey.start(first.path());
    survey.start(second.path());
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!survey.isRunning());
    const auto last = finished.last().first().value<SurveyResult>();
    QCOMPARE(last.path, second.path());
    QVERIFY(last.finished);
    QCOMPARE(last.messages, qint64(1));
    QCOMPARE(survey.result().path, second.path());
}

void TestArchiveSurvey::findsThunderbirdProfilesOnLinux()
{
    QTemporaryDir home;
    const QString root = home.path() + QStringLiteral("/.thunderbird");
    QVERIFY(
        fx::writeFile(root + QStringLiteral("/profiles.ini"), fx::profilesIni(QStringLiteral("Profiles/ab12.default-release"))));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Profiles/ab12.default-release/Mail/Local Folders/Inbox"),
                          fx::mboxBytes({fx::message(QStringLiteral("hi"), "x\n")}, MboxVariant::Mboxrd)));
    locations::Places places;
    places.platform = thunderbird::Platform::Linux;
    places.home = home.path();
    const QList<locations::Found> found = locations::findArchives(places);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().program, locations::Program::Thunderbird);
    QCOMPARE(found.first().path, root + QStringLiteral("/Profiles/ab12.default-release/Mail"));
    QVERIFY(found.first().isDefault);
    // The profile that has no Mail folder is not offered.
    for (const locations::Found &f : found)
        QVERIFY(QFileInfo(f.path).isDir());
    // What was found is what the survey reads.
    auto survey = surveyArchive(found.first().path);
    QVERIFY(survey.ok());
    QCOMPARE(survey.value().messages, qint64(1));
    QCOMPARE(survey.value().folders.value(0).folder, QStringLiteral("Local Folders/Inbox"));
}

void TestArchiveSurvey::findsOutlookAndWindowsLiveMailOnWindows()
{
    QTemporaryDir home;
    const QString local = home.path() + QStringLiteral("/AppData/Local");
    const QString documents = home.path() + QStringLiteral("/Documents");
    QVERIFY(fx::writeFile(documents + QStringLiteral("/Outlook Files/Archive.pst"), "!BDN"));
    QVERIFY(fx::writeFile(documents + QStringLiteral("/Outlook Files/notes.txt"), "not mail"));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Microsoft/Outlook/maria@example.com.ost"), "!BDN"));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Microsoft/Windows Live Mail/Inbox/1.eml"),
                          fx::message(QStringLiteral("w"), "x\n")));
    locations::Places places;
    places.platform = thunderbird::Platform::Windows;
    places.home = home.path();
    places.documents = documents;
    places.localAppData = local;
    places.appData = home.path() + QStringLiteral("/AppData/Roaming");
    const QList<locations::Found> found = locations::findArchives(places);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0),
             (locations::Found{locations::Program::Outlook, documents + QStringLiteral("/Outlook Files/Archive.pst"),
                               QStringLiteral("Archive.pst"), false}));
    QCOMPARE(found.at(1).path, local + QStringLiteral("/Microsoft/Outlook/maria@example.com.ost"));
    QCOMPARE(found.at(2).program, locations::Program::WindowsLiveMail);
    QCOMPARE(found.at(2).path, local + QStringLiteral("/Microsoft/Windows Live Mail"));

    // The same folders are not looked at as Linux (no Outlook there).
    places.platform = thunderbird::Platform::Linux;
    QVERIFY(locations::findArchives(places).isEmpty());
}

void TestArchiveSurvey::findsAppleMailOnMacOS()
{
    QTemporaryDir home;
    QVERIFY(fx::writeFile(home.path() + QStringLiteral("/Library/Mail/V10/Mailboxes/Old.mbox/Messages/1.emlx"),
                          fx::emlxBytes(fx::message(QStringLiteral("a"), "x\n"), 1)));
    locations::Places places;
    places.platform = thunderbird::Platform::MacOS;
    places.home = home.path();
    const QList<locations::Found> found = locations::findArchives(places);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().program, locations::Program::AppleMail);
    QCOMPARE(found.first().path, home.path() + QStringLiteral("/Library/Mail"));
    QCOMPARE(locations::programName(found.first().program), QStringLiteral("Apple Mail"));
}

void TestArchiveSurvey::findsNothingInAnEmptyHome()
{
    QTemporaryDir home;
    for (auto platform : {thunderbird::Platform::Linux, thunderbird::Platform::MacOS, thunderbird::Platform::Windows}) {
        locations::Places places;
        places.platform = platform;
        places.home = home.path();
        places.documents = home.path() + QStringLiteral("/Documents");
        places.appData = home.path() + QStringLiteral("/AppData/Roaming");
        places.localAppData = home.path() + QStringLiteral("/AppData/Local");
        QVERIFY(locations::findArchives(places).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestArchiveSurvey)
#include "tst_archive_survey.moc"
