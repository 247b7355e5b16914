// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// When Gmail says no to an attachment type: against a real Dovecot and the fake Google (which
// refuses blocked types as Gmail does), a message with an .exe, or a .zip holding one, is copied
// without it and its original kept byte for byte; with the option off it stays failed and on the
// server; in delete mode such a message stays on the server unless the user chose otherwise.
// And messages.import carries neverMarkSpam as the user set it.
#include "../../unit/mail/ZipBuilder.h"
#include "FakeGmailRules.h"
#include "MailFactory.h"
#include "MigrationHarness.h"
#include "TestEnv.h"
#include "mail/AttachmentStripper.h"
#include "mail/MessageHeaders.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"

#include <QBuffer>
#include <QFile>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::test;
using migration::ItemOutcome;
using migration::RunState;

namespace {

QByteArray lf(const QByteArray &crlf)
{
    QByteArray out = crlf;
    out.replace("\r\n", "\n");
    return out;
}

QByteArray withExe()
{
    return lf(messageWithAttachment(QStringLiteral("setup.exe"), QByteArray("MZ\x90\x00", 4).repeated(500),
                                    "application/octet-stream", "Invoice with program"));
}

QByteArray withZip()
{
    return lf(messageWithAttachment(QStringLiteral("tools.zip"),
                                    storedZip({QStringLiteral("readme.txt"), QStringLiteral("bin/run.exe")}), "application/zip",
                                    "Tools archive"));
}

QByteArray plain(int i)
{
    return MailFactory::message(9000 + i, 3000);
}

QString describe(const MigrationHarness::Run &run)
{
    return run.summary.error ? run.summary.error->toString() : QStringLiteral("state %1").arg(int(run.summary.state));
}

#define VERIFY_FINISHED(run) QVERIFY2((run).summary.state == RunState::Finished, qPrintable(describe(run)))

std::optional<store::Item> itemBySubject(store::Ledger &ledger, const QString &subject)
{
    std::optional<store::Item> found;
    (void)ledger.forEachItem(store::ItemFilter::All, [&](const store::Item &i) {
        if (i.subject == subject)
            found = i;
        return !found;
    });
    return found;
}

std::optional<FakeGoogle::StoredMessage> storedBySubject(FakeGoogle &google, const QByteArray &subject)
{
    for (const auto &m : google.messages()) {
        if (mail::MessageHeaders::parse(m.raw).value("Subject") == subject)
            return m;
    }
    return std::nullopt;
}

} // namespace

class TestBlockedAttachments : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MigrationHarness> m_h;

private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
        m_h = std::make_unique<MigrationHarness>();
        QString error;
        QVERIFY2(m_h->start(&error), qPrintable(error));
    }

    void init() { m_h->google().clearMessages(); }

    void copiedWithoutTheAttachmentAndOriginalKept()
    {
        auto account = m_h->addAccount(QStringLiteral("stripper"));
        const QByteArray exe = withExe();
        const QByteArray zip = withZip();
        QCOMPARE(m_h->dovecot().deliver(account.user, {plain(1), exe, zip}), 3);
        QVERIFY(account.options.stripBlockedAttachments); // the default

        const auto run = m_h->run(account);
        VERIFY_FINISHED(run);
        QCOMPARE(run.summary.copied, 3);
        QCOMPARE(run.summary.failed, 0);
        QCOMPARE(run.summary.copiedWithoutAttachments, 2);
        QVERIFY(!run.summary.reportMailSent);
        QCOMPARE(m_h->google().messages().size(), 3);

        auto ledger = store::Ledger::open(account.ledgerPath());
        QVERIFY(ledger);
        struct Case {
            QByteArray message;
            QString subject;
            QString removed;
        };
        for (const Case &c : {Case{exe, QStringLiteral("Invoice with program"), QStringLiteral("setup.exe")},
                              Case{zip, QStringLiteral("Tools archive"), QStringLiteral("tools.zip (holds bin/run.exe)")}}) {
            // In Gmail: the copy, valid MIME, without anything Gmail refuses, naming what was removed.
            const auto stored = storedBySubject(m_h->google(), c.subject.toUtf8());
            QVERIFY2(stored, qPrintable(c.subject));
            QVERIFY(fakegmail::BlockedAttachmentRule::blockedFiles(stored->raw).isEmpty());
            auto parts = mail::AttachmentStripper::parts(stored->raw);
            QVERIFY(parts.ok());
            QCOMPARE(parts.value().size(), 2);
            QCOMPARE(parts.value().at(1).contentType, QByteArray("text/plain"));

            // In the ledger: copied, with what was removed and where the original is.
            const auto item = itemBySubject(*ledger.value(), c.subject);
            QVERIFY(item);
            QCOMPARE(item->status, store::ItemStatus::Copied);
            QCOMPARE(item->removedAttachments, c.removed);
            QVERIFY(item->flags.testFlag(store::ItemFlag::KeepOnServer));
            QVERIFY(stored->raw.contains(item->originalPath.toUtf8()));

            // The original, byte for byte as the server sent it, private to the user.
            QFile kept(item->originalPath);
            QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(item->originalPath));
            QCOMPARE(kept.readAll(), MailFactory::toCrlf(c.message));
            QVERIFY(item->originalPath.endsWith(QStringLiteral(".eml")));
            QVERIFY(item->originalPath.contains(QStringLiteral("/originals/%1-").arg(item->id)));
#ifndef Q_OS_WIN
            QCOMPARE(kept.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
#endif
            const auto event = std::find_if(run.events.begin(), run.events.end(),
                                            [&](const migration::ItemEvent &e) { return e.subject == c.subject; });
            QVERIFY(event != run.events.end());
            QCOMPARE(event->outcome, ItemOutcome::Copied);
            QCOMPARE(event->removedAttachments, c.removed);
            QVERIFY(event->reason.contains(QStringLiteral("original kept at")));
        }

        // The CSV export carries it.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        store::CsvExportOptions options;
        options.content = store::CsvExportOptions::Content::Items;
        QVERIFY(store::CsvExporter::exportTo(*ledger.value(), &buffer, options));
        QVERIFY(buffer.data().contains("\"setup.exe\""));
        QVERIFY(buffer.data().contains("/originals/"));
        QCOMPARE(m_h->dovecot().messageCount(account.user), 3); // keep mode
    }

    void optionOffLeavesItFailedOnTheServer()
    {
        auto account = m_h->addAccount(QStringLiteral("purist"));
        QCOMPARE(m_h->dovecot().deliver(account.user, {plain(2), withExe()}), 2);
        account.options.stripBlockedAttachments = false;
        account.options.afterCopy = migration::AfterCopy::Delete;

        const auto run = m_h->run(account);
        VERIFY_FINISHED(run);
        QCOMPARE(run.summary.copied, 1);
        QCOMPARE(run.summary.failed, 1);
        QCOMPARE(run.summary.copiedWithoutAttachments, 0);
        const auto left = m_h->dovecot().messages(account.user);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().contains("setup.exe"));
        QVERIFY(!storedBySubject(m_h->google(), "Invoice with program"));

        auto ledger = store::Ledger::open(account.ledgerPath());
        QVERIFY(ledger);
        const auto item = itemBySubject(*ledger.value(), QStringLiteral("Invoice with program"));
        QVERIFY(item);
        QCOMPARE(item->status, store::ItemStatus::Failed);
        QCOMPARE(item->lastErrorCode, Error::codeName(Error::Code::BlockedAttachment));
        QVERIFY(item->originalPath.isEmpty());
        QVERIFY(!QFileInfo::exists(QFileInfo(account.ledgerPath()).absolutePath() + QStringLiteral("/originals")));
    }

    void deleteModeKeepsTheStrippedOnTheServer()
    {
        auto account = m_h->addAccount(QStringLiteral("deleter"));
        QCOMPARE(m_h->dovecot().deliver(account.user, {plain(3), withExe(), plain(4)}), 3);
        account.options.afterCopy = migration::AfterCopy::Delete;

        const auto run = m_h->run(account);
        VERIFY_FINISHED(run);
        QCOMPARE(run.summary.copied, 3);
        QCOMPARE(run.summary.copiedWithoutAttachments, 1);
        QCOMPARE(run.summary.deletedFromServer, 2);
        auto left = m_h->dovecot().messages(account.user);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.first().contains("setup.exe"));

        // A later run neither deletes it nor copies it again.
        const auto again = m_h->run(account);
        VERIFY_FINISHED(again);
        QCOMPARE(again.summary.copied, 0);
        QCOMPARE(again.summary.deletedFromServer, 0);
        QCOMPARE(m_h->dovecot().messageCount(account.user), 1);
        QCOMPARE(m_h->google().messages().size(), 3);
    }

    void deleteModeDeletesTheStrippedWhenChosen()
    {
        auto account = m_h->addAccount(QStringLiteral("deleteall"));
        QCOMPARE(m_h->dovecot().deliver(account.user, {plain(5), withZip()}), 2);
        account.options.afterCopy = migration::AfterCopy::Delete;
        account.options.deleteStrippedFromServer = true;

        const auto run = m_h->run(account);
        VERIFY_FINISHED(run);
        QCOMPARE(run.summary.copied, 2);
        QCOMPARE(run.summary.copiedWithoutAttachments, 1);
        QCOMPARE(run.summary.deletedFromServer, 2);
        QCOMPARE(m_h->dovecot().messageCount(account.user), 0);
        auto ledger = store::Ledger::open(account.ledgerPath());
        QVERIFY(ledger);
        const auto item = itemBySubject(*ledger.value(), QStringLiteral("Tools archive"));
        QVERIFY(item);
        QVERIFY(QFile::exists(item->originalPath)); // the only whole copy left is on this computer
    }

    void neverMarkSpamReachesGmail()
    {
        for (const bool never : {true, false}) {
            m_h->google().clearMessages();
            auto account = m_h->addAccount(never ? QStringLiteral("import-nospam") : QStringLiteral("import-spam"));
            QCOMPARE(m_h->dovecot().deliver(account.user, {plain(6)}), 1);
            account.options.useImport = true;
            account.options.neverMarkSpam = never;
            const auto run = m_h->run(account);
            VERIFY_FINISHED(run);
            QCOMPARE(m_h->google().messages().size(), 1);
            const auto stored = m_h->google().messages().first();
            QCOMPARE(stored.method, QStringLiteral("import"));
            QCOMPARE(stored.neverMarkSpam, never);
        }
        // Insert has no such parameter at all.
        m_h->google().clearMessages();
        auto account = m_h->addAccount(QStringLiteral("insert"));
        QCOMPARE(m_h->dovecot().deliver(account.user, {plain(7)}), 1);
        VERIFY_FINISHED(m_h->run(account));
        QCOMPARE(m_h->google().messages().first().method, QStringLiteral("insert"));
        QVERIFY(!m_h->google().messages().first().query.hasQueryItem(QStringLiteral("neverMarkSpam")));
    }
};

QTEST_GUILESS_MAIN(TestBlockedAttachments)
#include "tst_blocked_attachments.moc"
