// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pre-flight against a real Dovecot: a mailbox prepared with known answers (messages without
// a Message-ID, copies, broken and missing dates, oversize, a huge header block, messages an
// earlier run copied) must give exactly those numbers, read only headers (Dovecot's own count of
// RETR stays 0) and leave the mailbox as it was.
#include "DovecotFixture.h"
#include "MailFactory.h"
#include "TestEnv.h"
#include "accounts/AccountService.h"
#include "migration/PreflightController.h"
#include "secrets/MemoryCredentialStore.h"
#include "store/Ledger.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using namespace mf::migration;

namespace {

const QString kUser = QStringLiteral("maria");
const QString kPassword = QStringLiteral("maria-pw");

test::MailFactory::Options options(int index, int size = 3000)
{
    test::MailFactory::Options o;
    o.index = index;
    o.targetSize = size;
    return o;
}

/// The message without its Received: header (and its folded lines): no evidence of a date left.
QByteArray withoutReceived(const QByteArray &message)
{
    QByteArray out;
    bool skipping = false;
    for (const QByteArray &line : message.split('\n')) {
        if (line.startsWith("Received:")) {
            skipping = true;
            continue;
        }
        if (skipping && (line.startsWith('\t') || line.startsWith(' ')))
            continue;
        skipping = false;
        out += line + '\n';
    }
    out.chop(1);
    return out;
}

QByteArray withBrokenDate(QByteArray message)
{
    return message.replace("Subject:", "Date: sometime last spring\nSubject:");
}

} // namespace

class TestPreflight : public QObject {
    Q_OBJECT
private slots:
    void knownAnswers()
    {
        QString why;
        MF_REQUIRE_PART(test::DovecotFixture::available(&why), why);
        test::DovecotFixture dovecot;
        dovecot.addUser(kUser, kPassword);
        QVERIFY2(dovecot.start(&why), qPrintable(why));

        QList<QByteArray> mail;
        // 20 ordinary messages; the first and the last set the date range.
        for (int i = 1; i <= 20; ++i) {
            test::MailFactory::Options o = options(i);
            if (i == 1)
                o.date = QDateTime(QDate(2001, 1, 1), QTime(10, 30), Qt::UTC);
            if (i == 20)
                o.date = QDateTime(QDate(2020, 6, 1), QTime(10, 30), Qt::UTC);
            mail << test::MailFactory::message(o);
        }
        // k = 3 without a Message-ID.
        for (int i = 21; i <= 23; ++i) {
            test::MailFactory::Options o = options(i);
            o.withMessageId = false;
            mail << test::MailFactory::message(o);
        }
        // j = 2 copies of messages already there.
        mail << mail.at(2) << mail.at(3);
        // d = 4 dates that need rescue: 2 missing, 1 broken (all with a Received: date), and 1
        // broken with no Received: header at all (Gmail would show the import time).
        for (int i = 24; i <= 25; ++i) {
            test::MailFactory::Options o = options(i);
            o.withDate = false;
            mail << test::MailFactory::message(o);
        }
        {
            test::MailFactory::Options o = options(26);
            o.withDate = false;
            mail << withBrokenDate(test::MailFactory::message(o));
            o.index = 27;
            mail << withoutReceived(withBrokenDate(test::MailFactory::message(o)));
        }
        // o = 2 over the chosen limit of 100,000 bytes.
        mail << test::MailFactory::message(options(28, 150000)) << test::MailFactory::message(options(29, 150000));
        // One header block of about 70 KB, longer than the pre-flight keeps (64 KiB).
        {
            QByteArray longHeader = "X-Long: start";
            for (int i = 0; i < 1000; ++i)
                longHeader += "\n\t" + QByteArray(68, 'a');
            mail << test::MailFactory::message(options(30)).replace("MIME-Version:", longHeader + "\nMIME-Version:");
        }
        QCOMPARE(dovecot.deliver(kUser, mail), mail.size());
        const QList<QByteArray> before = dovecot.messages(kUser);

        accounts::AccountConfig account;
        account.id = QStringLiteral("maria-preflight");
        account.email = QStringLiteral("maria@example.net");
        account.host = dovecot.host();
        account.port = dovecot.pop3sPort();
        account.security = accounts::AccountConfig::Security::ImplicitTls;
        account.user = kUser;
        account.pinnedSha256 = dovecot.certificateSha256();
        account.options.sizeLimitBytes = 100000;

        // An earlier run copied messages 5 and 6 (recorded by Message-ID and LIST size).
        QDir().mkpath(QFileInfo(account.ledgerPath()).absolutePath());
        {
            auto ledger = store::Ledger::open(account.ledgerPath());
            QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().toString()));
            for (int i : {5, 6}) {
                store::ItemInfo info;
                info.messageId = test::MailFactory::messageIdOf(i);
                info.listSize = test::MailFactory::toCrlf(mail.at(i - 1)).size();
                info.size = info.listSize;
                auto id = ledger.value()->beginUpload(info);
                QVERIFY(id);
                QVERIFY(ledger.value()->commitCopied(id.value(), QStringLiteral("gmail-%1").arg(i)));
            }
        }

        QSettings settings(QDir(test::fixtureRoot()).filePath(QStringLiteral("preflight.ini")), QSettings::IniFormat);
        secrets::MemoryCredentialStore keychain;
        accounts::AccountService service(&settings, &keychain);
        PreflightController controller;
        QSignalSpy finished(&controller, &PreflightController::finished);
        QSignalSpy failed(&controller, &PreflightController::failed);
        QSignalSpy progress(&controller, &PreflightController::progress);
        controller.start(account, kPassword, &service);
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
        QVERIFY(!controller.isRunning());

        const auto r = finished.first().first().value<PreflightReport>();
        const qint64 total = mail.size();
        QCOMPARE(total, 32);
        QCOMPARE(r.messages, total);
        qint64 bytes = 0;
        for (const QByteArray &m : mail)
            bytes += test::MailFactory::toCrlf(m).size();
        QCOMPARE(r.totalBytes, bytes);
        QCOMPARE(r.withoutMessageId, 3);
        QCOMPARE(r.duplicates, 2);
        QCOMPARE(r.duplicateGroups, 2);
        QCOMPARE(r.datesToRescue, 4);
        QCOMPARE(r.datesUnrescuable, 1);
        QCOMPARE(r.overSizeLimit, 2);
        QCOMPARE(r.overGmailLimit, 0);
        QCOMPARE(r.headersCut, 1);
        QCOMPARE(r.unreadable, 0);
        QVERIFY(r.ledgerFound);
        QCOMPARE(r.alreadyInGmail, 2);
        QCOMPARE(r.toCopy, total - 2 - 2);
        QVERIFY(r.serverHasUidl);
        QCOMPARE(r.oldest, QDateTime(QDate(2001, 1, 1), QTime(10, 31), Qt::UTC));
        QCOMPARE(r.newest, QDateTime(QDate(2020, 6, 1), QTime(10, 50), Qt::UTC));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), total);
        QCOMPARE(progress.last().at(1).toLongLong(), total);

        // Read-only: Dovecot counted TOPs and no RETR or DELE, and the mailbox is as it was.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFile(QDir(dovecot.directory()).filePath(QStringLiteral("dovecot.log"))).size() > 0 &&
                [&] {
            QFile log(QDir(dovecot.directory()).filePath(QStringLiteral("dovecot.log")));
            return log.open(QIODevice::ReadOnly) && log.readAll().contains("top=");
            }(),
            10000);
        QFile log(QDir(dovecot.directory()).filePath(QStringLiteral("dovecot.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("top=32/"), text.right(600).constData());
        QVERIFY2(text.contains("retr=0/0"), text.right(600).constData());
        QVERIFY2(text.contains("del=0/"), text.right(600).constData());
        QCOMPARE(dovecot.messages(kUser), before);
    }

    void archiveKnownAnswers()
    {
        // An mbox on this computer: 4 messages, one without a Message-ID, one a copy, one without a
        // Date (rescued from its Received: header).
        QTemporaryDir dir(QDir(test::fixtureRoot()).filePath(QStringLiteral("preflight-XXXXXX")));
        QVERIFY(dir.isValid());
        const auto mbox = [](const QList<QByteArray> &messages) {
            QByteArray out;
            for (const QByteArray &m : messages)
                out += "From alice@example.org Sat Mar 15 10:30:00 2014\n" + m + "\n";
            return out;
        };
        test::MailFactory::Options noId = options(3);
        noId.withMessageId = false;
        test::MailFactory::Options noDate = options(4);
        noDate.withDate = false;
        const QByteArray first = test::MailFactory::message(options(1));
        QFile inbox(dir.filePath(QStringLiteral("Inbox")));
        QVERIFY(inbox.open(QIODevice::WriteOnly));
        inbox.write(mbox({first, test::MailFactory::message(noId), first, test::MailFactory::message(noDate)}));
        inbox.close();

        accounts::AccountConfig account;
        account.source = accounts::AccountConfig::Source::Archive;
        account.archivePath = inbox.fileName();
        account.id = accounts::AccountConfig::idForArchive(account.archivePath);
        PreflightController controller;
        QSignalSpy finished(&controller, &PreflightController::finished);
        QSignalSpy failed(&controller, &PreflightController::failed);
        controller.start(account, QString(), nullptr);
        QVERIFY(finished.wait(60000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
        const auto r = finished.first().first().value<PreflightReport>();
        QCOMPARE(r.source, PreflightReport::Source::Archive);
        QCOMPARE(r.messages, 4);
        QCOMPARE(r.withoutMessageId, 1);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.datesToRescue, 1);
        QCOMPARE(r.datesUnrescuable, 0);
        QVERIFY(!r.ledgerFound);
        QCOMPARE(r.toCopy, 4);
    }

    void wrongPasswordNeedsTheUser()
    {
        QString why;
        MF_REQUIRE_PART(test::DovecotFixture::available(&why), why);
        test::DovecotFixture dovecot;
        dovecot.addUser(kUser, kPassword);
        QVERIFY2(dovecot.start(&why), qPrintable(why));
        accounts::AccountConfig account;
        account.id = QStringLiteral("maria-wrong");
        account.host = dovecot.host();
        account.port = dovecot.pop3sPort();
        account.user = kUser;
        account.pinnedSha256 = dovecot.certificateSha256();
        PreflightController controller;
        QSignalSpy failed(&controller, &PreflightController::failed);
        controller.start(account, QStringLiteral("not-the-password"), nullptr);
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().value<Error>().scope, Error::Scope::Account);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
