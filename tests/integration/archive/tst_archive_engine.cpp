// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveEngineHarness.h"
#include "ArchiveFixtures.h"

#include "mail/MessageHeaders.h"
#include "migration/source/ArchiveCatalog.h"
#include "store/Ledger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <set>

using namespace mf;
using namespace mf::archive;
namespace fx = mf::testsupport::archive;
using Endpoint = mf::test::FakeGoogle::Endpoint;

/// The engine with a local archive as its source, on real files, into the fake Google: every
/// format arrives byte for byte, folders become nested labels only when asked, the archive's
/// flags become UNREAD and STARRED, nothing in the archive changes, a crash at any journal step
/// resumes without copying twice, and a damaged archive is imported up to the damage.
class TestArchiveEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mboxRoundTripsByteExactAndIsLeftUnchanged();
    void maildirFlagsBecomeLabels();
    void emlTreeFoldersBecomeNestedLabels();
    void noFolderLabelsUnlessAsked();
    void emlxBundle();
    void thunderbirdDeletedMessageIsSkipped();
    void chosenFoldersOnly();
    void truncatedMboxImportsUpToTheDamage();
    void changedArchiveNeverSendsOtherBytes();
    void crashAtEveryStepThenResume();
    void bigArchiveGoesPageByPage();
    void unreadableArchiveStopsTheRunSayingWhy();
    void dryRunPlansAndWritesNothing();

private:
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    test::ArchiveEngineHarness m_h;
};

#define VERIFY_FINISHED(run) MF_VERIFY_ARCHIVE_RUN_FINISHED(run)

void TestArchiveEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_h.start());
}

void TestArchiveEngine::init()
{
    m_h.google().clearMessages();
}

void TestArchiveEngine::mboxRoundTripsByteExactAndIsLeftUnchanged()
{
    const QByteArray read = "X-Mozilla-Status: 0001\n";
    const QList<QByteArray> messages{
        fx::message(QStringLiteral("Poem"), "From the top\n>From quoted once\n>>From quoted twice\nend\n", read),
        fx::message(QStringLiteral("Starred"), "marked\n", "X-Mozilla-Status: 0005\n"),
        fx::message(QStringLiteral("Unread"), "new\n", "X-Mozilla-Status: 0000\n"),
        fx::message(QStringLiteral("No flags"), "plain\r\nFrom here\r\n", {}, true),
    };
    const QString root = path(QStringLiteral("mbox-exact"));
    const QString file = root + QStringLiteral("/Inbox");
    QVERIFY(fx::writeFile(file, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    const auto before = fx::treeFingerprint(root);

    auto account = m_h.account(file);
    account.options.placement = accounts::Placement::InboxRead;
    const auto run = m_h.run(account);
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 4);
    QCOMPARE(run.summary.deletedFromServer, 0);
    QCOMPARE(run.summary.copiedStillOnServer, 0);

    const auto inGmail = m_h.gmailByMessageId();
    QCOMPARE(inGmail.size(), 4);
    for (const QByteArray &m : messages) {
        const QByteArray id = mail::MessageHeaders::parse(m).messageId();
        QVERIFY2(inGmail.contains(id), id.constData());
        QCOMPARE(inGmail.value(id).raw, m); // byte for byte, ">From " unquoted exactly once
    }
    // Flags the archive kept decide UNREAD and STARRED; without flags, the placement decides.
    auto labelsOf = [&](int i) { return inGmail.value(mail::MessageHeaders::parse(messages.at(i)).messageId()).labelIds; };
    QVERIFY(!labelsOf(0).contains(QStringLiteral("UNREAD")));
    QVERIFY(!labelsOf(0).contains(QStringLiteral("STARRED")));
    QVERIFY(labelsOf(1).contains(QStringLiteral("STARRED")));
    QVERIFY(labelsOf(2).contains(QStringLiteral("UNREAD")));
    QVERIFY(labelsOf(3).contains(QStringLiteral("INBOX")));
    QVERIFY(!labelsOf(3).contains(QStringLiteral("UNREAD")));

    // Nothing in the archive changed, not even a modification time.
    QCOMPARE(fx::treeFingerprint(root), before);

    // A rerun copies nothing: the ids are stable.
    const auto again = m_h.run(account);
    VERIFY_FINISHED(again);
    QCOMPARE(again.summary.copied, 0);
    QCOMPARE(again.summary.alreadyDone, 4);
    QCOMPARE(m_h.google().messages().size(), 4);
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchiveEngine::maildirFlagsBecomeLabels()
{
    const QString root = path(QStringLiteral("Maildir"));
    const QByteArray seen = fx::message(QStringLiteral("seen"), "s\n");
    const QByteArray flagged = fx::message(QStringLiteral("flagged"), "f\n");
    const QByteArray fresh = fx::message(QStringLiteral("fresh"), "n\n");
    const QByteArray trashed = fx::message(QStringLiteral("trashed"), "t\n");
    QVERIFY(fx::writeFile(root + QStringLiteral("/cur/1700000001.1.host:2,S"), seen));
    QVERIFY(fx::writeFile(root + QStringLiteral("/.Old mail.Invoices/cur/1700000002.1.host:2,FS"), flagged));
    QVERIFY(fx::writeFile(root + QStringLiteral("/new/1700000003.1.host"), fresh));
    QVERIFY(fx::writeFile(root + QStringLiteral("/cur/1700000004.1.host:2,ST"), trashed));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/tmp")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/.Old mail.Invoices/new")));
    const auto before = fx::treeFingerprint(root);

    auto account = m_h.account(root);
    account.foldersAsLabels = true;
    const auto run = m_h.run(account);
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 3);
    const auto inGmail = m_h.gmailByMessageId();
    QCOMPARE(inGmail.size(), 3); // the trashed one stays out
    auto labelsOf = [&](const QByteArray &m) { return inGmail.value(mail::MessageHeaders::parse(m).messageId()).labelIds; };
    QVERIFY(!labelsOf(seen).contains(QStringLiteral("UNREAD")));
    QVERIFY(labelsOf(fresh).contains(QStringLiteral("UNREAD")));
    QVERIFY(labelsOf(flagged).contains(QStringLiteral("STARRED")));
    QString invoices;
    for (const auto &l : m_h.google().labels()) {
        if (l.name == QStringLiteral("Old mail/Invoices"))
            invoices = l.id;
    }
    QVERIFY(!invoices.isEmpty());
    QVERIFY(labelsOf(flagged).contains(invoices));
    QVERIFY(!labelsOf(seen).contains(invoices));
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchiveEngine::emlTreeFoldersBecomeNestedLabels()
{
    const QString root = path(QStringLiteral("saved-eml"));
    const QByteArray top = fx::message(QStringLiteral("top"), "t\n");
    const QByteArray march = fx::message(QStringLiteral("march"), "m\n", {}, true);
    const QByteArray april = fx::message(QStringLiteral("april"), "a\n");
    const QByteArray other = fx::message(QStringLiteral("other"), "o\n");
    QVERIFY(fx::writeFile(root + QStringLiteral("/top.eml"), top));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail/Invoices/2019/March bill.eml"), march));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail/Invoices/2019/April bill.eml"), april));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail/Other.eml"), other));
    const int listsBefore = m_h.google().requestCount(Endpoint::LabelsList);

    auto account = m_h.account(root);
    account.foldersAsLabels = true;
    account.options.placement = accounts::Placement::ArchiveWithLabel;
    const auto run = m_h.run(account);
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 4);

    QHash<QString, QString> idByName;
    for (const auto &l : m_h.google().labels())
        idByName.insert(l.name, l.id);
    // Every level exists as a label of its own, so Gmail shows them nested.
    QVERIFY(idByName.contains(QStringLiteral("Old mail")));
    QVERIFY(idByName.contains(QStringLiteral("Old mail/Invoices")));
    QVERIFY(idByName.contains(QStringLiteral("Old mail/Invoices/2019")));
    // Each level was looked up once for the run (cached), not once a message.
    QVERIFY(m_h.google().requestCount(Endpoint::LabelsList) - listsBefore <= 3);

    const auto inGmail = m_h.gmailByMessageId();
    auto labelsOf = [&](const QByteArray &m) { return inGmail.value(mail::MessageHeaders::parse(m).messageId()).labelIds; };
    QVERIFY(labelsOf(march).contains(idByName.value(QStringLiteral("Old mail/Invoices/2019"))));
    QVERIFY(labelsOf(april).contains(idByName.value(QStringLiteral("Old mail/Invoices/2019"))));
    QVERIFY(labelsOf(other).contains(idByName.value(QStringLiteral("Old mail"))));
    QVERIFY(!labelsOf(other).contains(idByName.value(QStringLiteral("Old mail/Invoices/2019"))));
    for (const QString &id : labelsOf(top))
        QVERIFY2(!idByName.key(id).startsWith(QStringLiteral("Old mail")), qPrintable(id)); // the top level has no folder
    QVERIFY(!labelsOf(top).contains(QStringLiteral("INBOX")));
    QCOMPARE(inGmail.value(mail::MessageHeaders::parse(march).messageId()).raw, march);
}

void TestArchiveEngine::noFolderLabelsUnlessAsked()
{
    const QString root = path(QStringLiteral("saved-eml-nolabels"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Work/Projects/a.eml"), fx::message(QStringLiteral("nolabel a"), "a\n")));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Work/b.eml"), fx::message(QStringLiteral("nolabel b"), "b\n")));
    const int lists = m_h.google().requestCount(Endpoint::LabelsList);
    const int creates = m_h.google().requestCount(Endpoint::LabelsCreate);
    const auto run = m_h.run(m_h.account(root));
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 2);
    QCOMPARE(m_h.google().requestCount(Endpoint::LabelsList), lists);
    QCOMPARE(m_h.google().requestCount(Endpoint::LabelsCreate), creates);
}

void TestArchiveEngine::emlxBundle()
{
    const QString root = path(QStringLiteral("Apple/Old mail.mbox"));
    const QByteArray read = fx::message(QStringLiteral("emlx read"), "r\n");
    const QByteArray flagged = fx::message(QStringLiteral("emlx flagged"), "f\n", {}, true);
    const QString messages = QStringLiteral("/8F2E6B1C-0D6A-4B8B-9C36-1A2B3C4D5E6F/Data/Messages/");
    QVERIFY(fx::writeFile(root + messages + QStringLiteral("101.emlx"), fx::emlxBytes(read, 1)));
    QVERIFY(fx::writeFile(root + messages + QStringLiteral("102.emlx"), fx::emlxBytes(flagged, 1u << 4)));
    QVERIFY(fx::writeFile(root + messages + QStringLiteral("103.emlx"),
                          fx::emlxBytes(fx::message(QStringLiteral("emlx gone"), "g\n"), 0x3)));
    const auto before = fx::treeFingerprint(root);
    auto account = m_h.account(root);
    account.foldersAsLabels = true;
    const auto run = m_h.run(account);
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 2);
    const auto inGmail = m_h.gmailByMessageId();
    QCOMPARE(inGmail.size(), 2);
    QCOMPARE(inGmail.value(mail::MessageHeaders::parse(read).messageId()).raw, read);
    QCOMPARE(inGmail.value(mail::MessageHeaders::parse(flagged).messageId()).raw, flagged);
    QVERIFY(inGmail.value(mail::MessageHeaders::parse(flagged).messageId()).labelIds.contains(QStringLiteral("STARRED")));
    QVERIFY(inGmail.value(mail::MessageHeaders::parse(flagged).messageId()).labelIds.contains(QStringLiteral("UNREAD")));
    QVERIFY(!inGmail.value(mail::MessageHeaders::parse(read).messageId()).labelIds.contains(QStringLiteral("UNREAD")));
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchiveEngine::thunderbirdDeletedMessageIsSkipped()
{
    const QString local = path(QStringLiteral("tb/Profiles/x.default/Mail/Local Folders"));
    const QList<QByteArray> kept{fx::message(QStringLiteral("tb kept 1"), "1\n", "X-Mozilla-Status: 0001\n"),
                                 fx::message(QStringLiteral("tb kept 2"), "2\n", "X-Mozilla-Status: 0000\n")};
    const QByteArray deleted = fx::message(QStringLiteral("tb deleted"), "spam\n", "X-Mozilla-Status: 0009\n");
    QVERIFY(
        fx::writeFile(local + QStringLiteral("/Inbox"), fx::mboxBytes({kept.at(0), deleted, kept.at(1)}, MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(local + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"));
    const auto before = fx::treeFingerprint(local);
    const auto run = m_h.run(m_h.account(local));
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 2);
    QCOMPARE(run.summary.failed, 0);
    const auto inGmail = m_h.gmailByMessageId();
    QCOMPARE(inGmail.size(), 2);
    QVERIFY(!inGmail.contains(mail::MessageHeaders::parse(deleted).messageId()));
    QCOMPARE(fx::treeFingerprint(local), before);
}

void TestArchiveEngine::chosenFoldersOnly()
{
    const QString root = path(QStringLiteral("saved-chosen"));
    const QByteArray wanted = fx::message(QStringLiteral("chosen wanted"), "w\n");
    QVERIFY(fx::writeFile(root + QStringLiteral("/Keep/a.eml"), wanted));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Skip/b.eml"), fx::message(QStringLiteral("chosen skip"), "s\n")));
    QVERIFY(fx::writeFile(root + QStringLiteral("/c.eml"), fx::message(QStringLiteral("chosen top"), "c\n")));
    auto account = m_h.account(root);
    account.archiveFolders = {QStringLiteral("Keep")};
    const auto run = m_h.run(account);
    VERIFY_FINISHED(run);
    QCOMPARE(run.summary.copied, 1);
    QVERIFY(m_h.gmailByMessageId().contains(mail::MessageHeaders::parse(wanted).messageId()));
}

void TestArchiveEngine::truncatedMboxImportsUpToTheDamage()
{
    QList<QByteArray> messages;
    for (int i = 0; i < 5; ++i)
        messages << fx::message(QStringLiteral("cut %1").arg(i), QByteArray(3000, char('a' + i)) + "\n");
    const QByteArray whole = fx::mboxBytes(messages, MboxVariant::Mboxrd);
    // Cut inside the last message's body, mid-line (a disk that filled up, a copy stopped short).
    const qsizetype lastStart = whole.lastIndexOf("\nFrom ") + 1;
    const qsizetype contentStart = whole.indexOf('\n', lastStart) + 1; // after its "From " line
    const QString file = path(QStringLiteral("cut/Inbox"));
    QVERIFY(fx::writeFile(file, whole.left(lastStart + 400)));

    const auto account = m_h.account(file);
    const auto run = m_h.run(account);
    QVERIFY2(run.stopped, qPrintable(test::ArchiveEngineHarness::describe(run)));
    QCOMPARE(run.summary.copied, 4);
    QCOMPARE(run.summary.failed, 1);
    const auto inGmail = m_h.gmailByMessageId();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(inGmail.value(mail::MessageHeaders::parse(messages.at(i)).messageId()).raw, messages.at(i));
    QVERIFY(!inGmail.contains(mail::MessageHeaders::parse(messages.at(4)).messageId()));
    // The damage is reported (a failed item naming the file and where it stops), not hidden.
    bool named = false;
    for (const auto &e : run.events) {
        if (e.outcome == migration::ItemOutcome::Failed)
            named = e.reason.contains(QStringLiteral("Inbox")) && e.reason.contains(QString::number(contentStart));
    }
    QStringList reasons;
    for (const auto &e : run.events)
        reasons << e.reason;
    QVERIFY2(named, qPrintable(reasons.join(QLatin1Char('|'))));
    // And reported once: a rerun does not count it as a new failure or copy anything again.
    const auto again = m_h.run(account);
    QVERIFY(again.stopped);
    QCOMPARE(again.summary.copied, 0);
    QCOMPARE(again.summary.failed, 0);
    QCOMPARE(again.summary.failedOutstanding, 1);
}

void TestArchiveEngine::changedArchiveNeverSendsOtherBytes()
{
    // Between the scan and the read, a message's bytes change (a mail program compacting the
    // folder): that message fails with a reason, and its new bytes are not uploaded as the old.
    const QString file = path(QStringLiteral("changing/Inbox"));
    QList<QByteArray> messages;
    for (int i = 0; i < 3; ++i)
        messages << fx::message(QStringLiteral("change %1").arg(i), QByteArray(200, char('k' + i)) + "\n");
    QVERIFY(fx::writeFile(file, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    auto account = m_h.account(file);
    bool changed = false;
    const auto run = m_h.run(account, {}, [&](migration::JournalStep step) {
        if (step == migration::JournalStep::Planned && !changed) {
            changed = true;
            QFile f(file);
            if (f.open(QIODevice::ReadWrite)) {
                QByteArray all = f.readAll();
                const qsizetype at = all.indexOf(QByteArray(200, 'l'));
                all[at + 10] = 'X'; // same size, other bytes
                f.seek(0);
                f.write(all);
            }
        }
        return true;
    });
    QVERIFY(changed);
    QVERIFY(run.stopped);
    QCOMPARE(run.summary.copied, 2);
    QCOMPARE(run.summary.failed, 1);
    const auto inGmail = m_h.gmailByMessageId();
    QCOMPARE(inGmail.size(), 2);
    for (const auto &m : inGmail)
        QVERIFY(!m.raw.contains('X'));
    QVERIFY(!inGmail.contains(mail::MessageHeaders::parse(messages.at(1)).messageId()));
}

void TestArchiveEngine::crashAtEveryStepThenResume()
{
    QList<QByteArray> messages;
    for (int i = 0; i < 8; ++i)
        messages << fx::message(QStringLiteral("crash %1").arg(i), QByteArray(1500, char('a' + i)) + "\nFrom inside\n");
    const QString file = path(QStringLiteral("crash/Inbox"));
    QVERIFY(fx::writeFile(file, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    const auto before = fx::treeFingerprint(path(QStringLiteral("crash")));

    std::vector<migration::JournalStep> steps;
    {
        const auto reference =
            m_h.run(m_h.account(file, QStringLiteral("archive-crash-reference")), {}, [&](migration::JournalStep step) {
                steps.push_back(step);
                return true;
            });
        VERIFY_FINISHED(reference);
        QCOMPARE(reference.summary.copied, 8);
    }
    const auto points = test::ArchiveEngineHarness::crashPoints(steps);
    const int total = int(points.size());
    QVERIFY2(total > 8 * 3, qPrintable(QString::number(total)));

    std::set<migration::JournalStep> crashedSteps;
    for (int crashAt = 1; crashAt <= total; ++crashAt) {
        m_h.google().clearMessages();
        const auto account = m_h.account(file, QStringLiteral("archive-crash-%1").arg(crashAt));
        const auto point = points.at(size_t(crashAt - 1));
        bool didCrash = false;
        const auto crashed = m_h.run(account, {}, test::ArchiveEngineHarness::crashAt(point, didCrash));
        QVERIFY2(crashed.stopped, qPrintable(QStringLiteral("no stop after a crash at step %1").arg(crashAt)));
        if (didCrash)
            crashedSteps.insert(point.step);

        const auto resumed = m_h.run(account);
        VERIFY_FINISHED(resumed);
        // Nothing missing, and a message twice only where the ledger flags it.
        const auto counts = m_h.gmailMessageIdCounts();
        QCOMPARE(counts.size(), 8);
        auto ledger = store::Ledger::open(account.ledgerPath());
        QVERIFY(ledger);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QVERIFY(it.value() >= 1 && it.value() <= 2);
            if (it.value() == 2) {
                bool flagged = false;
                QVERIFY(ledger.value()
                            ->forEachItem(
                                store::ItemFilter::All,
                                [&](const store::Item &item) {
                    if (item.messageId == it.key())
                        flagged = item.flags.testFlag(store::ItemFlag::PossibleDuplicate);
                    return true;
                                })
                            .ok());
                QVERIFY2(flagged, qPrintable(QStringLiteral("unflagged duplicate at step %1").arg(crashAt)));
            }
        }
        for (const auto &m : m_h.google().messages()) {
            const QByteArray id = mail::MessageHeaders::parse(m.raw).messageId();
            bool known = false;
            for (const QByteArray &original : messages)
                known = known || (mail::MessageHeaders::parse(original).messageId() == id && original == m.raw);
            QVERIFY(known); // byte for byte the archive's message
        }
    }
    QStringList kinds;
    for (const migration::JournalStep step : crashedSteps)
        kinds << migration::journalStepName(step);
    qInfo("crash harness: %d rounds; crashed at %s", total, qPrintable(kinds.join(QStringLiteral(", "))));
    QVERIFY(crashedSteps.count(migration::JournalStep::Connected));
    QVERIFY(crashedSteps.count(migration::JournalStep::Uploading));
    QVERIFY(crashedSteps.count(migration::JournalStep::Copied));
    // An archive is never deleted from: those steps never come.
    QVERIFY(!crashedSteps.count(migration::JournalStep::Dele));
    QVERIFY(!crashedSteps.count(migration::JournalStep::Deleted));
    QCOMPARE(fx::treeFingerprint(path(QStringLiteral("crash"))), before);
}

void TestArchiveEngine::bigArchiveGoesPageByPage()
{
    // More messages than one page of the scan holds: the engine works through the pages, the
    // figures it gives before it starts are the whole archive's, and a crash in the second page
    // followed by a rerun copies every message, none twice unflagged.
    const int total = migration::ArchiveCatalog::kPageEntries + 40;
    QList<QByteArray> messages;
    messages.reserve(total);
    for (int i = 0; i < total; ++i)
        messages << fx::message(QStringLiteral("page %1").arg(i), QByteArray::number(i) + "\n");
    const QString root = path(QStringLiteral("pages"));
    const QString file = root + QStringLiteral("/Inbox");
    QVERIFY(fx::writeFile(file, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    const auto before = fx::treeFingerprint(root);
    const auto account = m_h.account(file, QStringLiteral("archive-pages"));
    const QString scratch = account.ledgerPath() + QStringLiteral(".scan");

    // Planned: the first page, that page listed again once it has landed, the second page.
    // Copies are written in groups, so "a few groups into the second page" is the crash.
    int planned = 0;
    int copiedGroups = 0;
    const auto crashed = m_h.run(
        account, {},
        [&](migration::JournalStep step) {
        if (step == migration::JournalStep::Planned)
            ++planned;
        if (step == migration::JournalStep::Copied && planned >= 3 && ++copiedGroups >= 5)
            return false;
        return true;
        },
        300000);
    QVERIFY(crashed.stopped);
    QCOMPARE(crashed.plan.messagesOnServer, total);
    QCOMPARE(crashed.plan.toCopy, total);
    QVERIFY2(copiedGroups >= 5, qPrintable(QStringLiteral("planned %1, groups %2").arg(planned).arg(copiedGroups)));
    const int copiedBeforeCrash = crashed.summary.copied;
    QVERIFY2(copiedBeforeCrash > migration::ArchiveCatalog::kPageEntries && copiedBeforeCrash < total,
             qPrintable(QString::number(copiedBeforeCrash)));
    QVERIFY(!QFile::exists(scratch));

    const auto resumed = m_h.run(account, {}, {}, 300000);
    VERIFY_FINISHED(resumed);
    QCOMPARE(resumed.plan.messagesOnServer, total);
    // The crash came right after a group of copies was recorded and before they were reported.
    QVERIFY2(resumed.plan.alreadyCopied >= copiedBeforeCrash
                 && resumed.plan.alreadyCopied <= copiedBeforeCrash + account.options.maxConcurrentUploads,
             qPrintable(QStringLiteral("%1 vs %2").arg(resumed.plan.alreadyCopied).arg(copiedBeforeCrash)));
    QCOMPARE(resumed.plan.alreadyCopied + resumed.plan.toCopy, total);
    const auto counts = m_h.gmailMessageIdCounts();
    QCOMPARE(counts.size(), total);
    int doubles = 0;
    for (const int n : counts) {
        QVERIFY(n >= 1 && n <= 2);
        doubles += n - 1;
    }
    // Only uploads the crash caught between "sent" and "recorded" can be there twice, and the
    // ledger flags each of them.
    QVERIFY2(doubles <= resumed.summary.possibleDuplicates, qPrintable(QStringLiteral("%1 doubles").arg(doubles)));
    QVERIFY(!QFile::exists(scratch));

    const auto again = m_h.run(account, {}, {}, 300000);
    VERIFY_FINISHED(again);
    QCOMPARE(again.summary.copied, 0);
    QCOMPARE(again.plan.alreadyCopied, total);
    QCOMPARE(fx::treeFingerprint(root), before);
}

void TestArchiveEngine::unreadableArchiveStopsTheRunSayingWhy()
{
    // Not there at all, and a file that claims to be an Outlook file but is not one.
    const auto missing = m_h.run(m_h.account(path(QStringLiteral("nowhere/Inbox.mbox"))));
    QVERIFY(missing.stopped);
    QCOMPARE(missing.summary.state, migration::RunState::Failed);
    QVERIFY(missing.summary.error);
    QCOMPARE(missing.summary.copied, 0);
#ifdef MAILFERRY_HAVE_LIBPST
    const QString pst = path(QStringLiteral("outlook/Outlook.pst"));
    QVERIFY(fx::writeFile(pst, QByteArray("!BDN") + QByteArray(600, '\0')));
    const auto bad = m_h.run(m_h.account(pst));
    QVERIFY(bad.stopped);
    QCOMPARE(bad.summary.state, migration::RunState::Failed);
    QVERIFY(bad.summary.error);
    QVERIFY2(bad.summary.error->message.contains(QStringLiteral("Outlook.pst")), qPrintable(bad.summary.error->toString()));
#endif
    QVERIFY(m_h.gmailByMessageId().isEmpty());
}

void TestArchiveEngine::dryRunPlansAndWritesNothing()
{
    const QString root = path(QStringLiteral("dry"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/A/a.eml"), fx::message(QStringLiteral("dry a"), "a\n")));
    QVERIFY(fx::writeFile(root + QStringLiteral("/B/b.eml"), fx::message(QStringLiteral("dry b"), "bb\n")));
    auto account = m_h.account(root);
    account.foldersAsLabels = true;
    const int labelCalls = m_h.google().requestCount(Endpoint::LabelsList) + m_h.google().requestCount(Endpoint::LabelsCreate);
    migration::RunRequest request;
    request.dryRun = true;
    const auto run = m_h.run(account, request);
    VERIFY_FINISHED(run);
    QCOMPARE(run.plan.messagesOnServer, 2);
    QCOMPARE(run.plan.toCopy, 2);
    QCOMPARE(run.summary.copied, 0);
    QVERIFY(m_h.google().messages().isEmpty());
    QCOMPARE(m_h.google().requestCount(Endpoint::LabelsList) + m_h.google().requestCount(Endpoint::LabelsCreate), labelCalls);
    QVERIFY(!QFile::exists(account.ledgerPath()));
}

QTEST_GUILESS_MAIN(TestArchiveEngine)
#include "tst_archive_engine.moc"
