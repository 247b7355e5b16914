// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The real `mailferry migrate --delete` and `mailferry import` killed with SIGKILL at seeded random
// moments, then run to the end. Whatever the moment, no message may be lost (neither in Gmail nor
// on the server), and every message that really is in Gmail twice must be flagged
// "copied-possibly-twice". The counts are printed so they can be quoted; the seed is MF_KILL_SEED
// (default fixed) for a replay.
#include "ArchiveFixtures.h"
#include "CliHarness.h"
#include "MailFactory.h"
#include "TestEnv.h"
#include "accounts/AccountConfig.h"
#include "archive/MboxQuoting.h"
#include "common/Paths.h"
#include "mail/MessageHeaders.h"
#include "store/Ledger.h"

#include <QtTest/QtTest>

#include <QRandomGenerator>

using namespace mf;
using namespace mf::test;
namespace fx = mf::testsupport::archive;

class TestCliKill : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CliHarness> m_h;

    /// The Message-IDs the ledger at `path` flags "copied-possibly-twice".
    static bool flaggedInLedger(const QString &path, QSet<QByteArray> &flagged)
    {
        auto ledger = store::Ledger::open(path);
        return ledger
            && ledger.value()
                   ->forEachItem(
                       store::ItemFilter::All,
                       [&](const store::Item &item) {
            if (item.flags.testFlag(store::ItemFlag::PossibleDuplicate))
                flagged.insert(item.messageId);
            return true;
                       })
                .ok();
    }

    static quint32 seed()
    {
        return qEnvironmentVariableIsSet("MF_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("MF_KILL_SEED")) : 20261201u;
    }

private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
        m_h = std::make_unique<CliHarness>();
        QString error;
        QVERIFY2(m_h->start(&error), qPrintable(error));
    }

    void killedAtRandomThenFinished()
    {
        constexpr int kMessages = 300;
        constexpr int kKills = 12;
        QRandomGenerator rng(seed());
        const QString user = QStringLiteral("user0");
        QList<QByteArray> mail;
        QSet<QByteArray> originals;
        for (int i = 0; i < kMessages; ++i) {
            mail << MailFactory::message(1000 + i, 1500 + int(rng.bounded(3000)));
            originals.insert(mail::MessageHeaders::parse(mail.last()).messageId());
        }
        QCOMPARE(originals.size(), kMessages);
        QCOMPARE(m_h->dovecot().deliver(user, mail), kMessages);
        // A little latency so that kills land while uploads are in flight, not only between them.
        m_h->google().setLatency(4);

        const QStringList args = QStringList{QStringLiteral("migrate"), QStringLiteral("--json"), QStringLiteral("--delete"),
                                             QStringLiteral("--batch-size"), QStringLiteral("25")}
            + m_h->accountArgs(user);
        int kills = 0;
        int finishedEarly = 0;
        // A run that ends before its kill moment (little left to do) does not count as a kill.
        for (int attempt = 0; attempt < 2 * kKills && kills < kKills; ++attempt) {
            // The moment: after a random number of lines the child printed (plan, progress, items).
            const int killAfterLines = 2 + int(rng.bounded(60));
            bool killed = false;
            const auto r = m_h->run(args, user, {}, 120000, [&](QProcess &p, const QString &out) {
                if (!killed && out.count(QLatin1Char('\n')) >= killAfterLines) {
                    killed = true;
                    p.kill(); // SIGKILL: no handler, no flush, no QUIT
                }
            });
            QVERIFY2(r.finished, qPrintable(r.err));
            if (killed && r.exitStatus == QProcess::CrashExit)
                ++kills;
            else
                ++finishedEarly;
        }
        QVERIFY2(kills >= 10, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));

        m_h->google().setLatency(0);
        CliHarness::Result last;
        for (int i = 0; i < 3; ++i) {
            last = m_h->run(args, user);
            if (last.exitCode == 0)
                break;
        }
        QVERIFY2(last.exitCode == 0, qPrintable(last.out.right(2000) + last.err));

        // Count what is where.
        QHash<QByteArray, int> inGmail;
        for (const auto &m : m_h->google().messages())
            ++inGmail[mail::MessageHeaders::parse(m.raw).messageId()];
        QSet<QByteArray> onServer;
        for (const QByteArray &m : m_h->dovecot().messages(user))
            onServer.insert(mail::MessageHeaders::parse(m).messageId());

        const QString ledgerPath = m_h->dataDir() + QStringLiteral("/accounts/")
            + paths::safeFileName(accounts::AccountConfig::idForEmail(user + QStringLiteral("@isp.example")))
            + QStringLiteral("/ledger.sqlite");
        QSet<QByteArray> flagged;
        QVERIFY2(flaggedInLedger(ledgerPath, flagged), qPrintable(ledgerPath));

        int lost = 0, duplicates = 0, unflaggedDuplicates = 0, falseFlags = 0;
        for (const QByteArray &id : originals) {
            const int n = inGmail.value(id);
            if (n == 0 && !onServer.contains(id))
                ++lost;
            if (n >= 2) {
                ++duplicates;
                if (!flagged.contains(id))
                    ++unflaggedDuplicates;
            }
            if (flagged.contains(id) && n == 1)
                ++falseFlags;
        }
        qInfo("seed %u: %d messages, %d SIGKILLs (%d runs ended before their kill moment)", seed(), kMessages, kills,
              finishedEarly);
        qInfo("lost %d, real duplicates %d (unflagged %d), flagged %d, false flags %d (%.1f per kill), left on server %d", lost,
              duplicates, unflaggedDuplicates, int(flagged.size()), falseFlags, kills ? double(falseFlags) / kills : 0.0,
              int(onServer.size()));
        QCOMPARE(lost, 0);
        QCOMPARE(unflaggedDuplicates, 0);
        QCOMPARE(onServer.size(), 0); // --delete, finished: everything copied has left the server
        QCOMPARE(int(inGmail.size()), kMessages);
    }

    void importKilledAtRandomThenFinished()
    {
        // An mbox longer than one page of the scan (4,096 messages), so kills land in either page,
        // at the turn between them, and while the archive is being read.
        constexpr int kMessages = 4096 + 300;
        constexpr int kKills = 10;
        QRandomGenerator rng(seed() + 1);
        QList<QByteArray> messages;
        QSet<QByteArray> originals;
        for (int i = 0; i < kMessages; ++i) {
            messages << fx::message(QStringLiteral("kill-%1").arg(i), QByteArray::number(i) + "\nFrom the archive\n");
            originals.insert(mail::MessageHeaders::parse(messages.last()).messageId());
        }
        QCOMPARE(originals.size(), kMessages);
        const QString root = m_h->scratch() + QStringLiteral("/kill-archive");
        const QString path = root + QStringLiteral("/Inbox");
        QVERIFY(fx::writeFile(path, fx::mboxBytes(messages, archive::MboxVariant::Mboxrd)));
        const auto before = fx::treeFingerprint(root);
        m_h->google().clearMessages();
        m_h->google().setLatency(1);

        const QStringList args{QStringLiteral("import"),          QStringLiteral("--path"),  path,
                               QStringLiteral("--json"),          QStringLiteral("--gmail"), m_h->google().accountEmail(),
                               QStringLiteral("--client-secret"), m_h->clientSecretFile()};
        int kills = 0;
        int finishedEarly = 0;
        for (int attempt = 0; attempt < 2 * kKills && kills < kKills; ++attempt) {
            // The moment is counted in messages the run reported (progress lines come by time, and
            // a slower build prints more of them): each run gets some hundreds of messages further,
            // so the kills walk through the first page, the turn and the second page.
            const int killAfterItems = 1 + int(rng.bounded(1200));
            bool killed = false;
            int items = 0;
            qsizetype counted = 0; // the output is counted once, as it grows
            const auto r = m_h->run(args, {}, {}, 300000, [&](QProcess &p, const QString &out) {
                static const QLatin1String item("\"type\":\"item\"");
                for (qsizetype at = out.indexOf(item, counted); at >= 0; at = out.indexOf(item, at + item.size()))
                    ++items, counted = at + item.size();
                if (!killed && items >= killAfterItems) {
                    killed = true;
                    p.kill();
                }
            });
            QVERIFY2(r.finished, qPrintable(r.err));
            if (killed && r.exitStatus == QProcess::CrashExit)
                ++kills;
            else
                ++finishedEarly;
        }
        QVERIFY2(kills >= kKills - 4, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));
        QVERIFY2(m_h->google().messages().size() > 4096, "the kills never reached the second page");

        m_h->google().setLatency(0);
        const auto last = m_h->run(args, {}, {}, 300000);
        QVERIFY2(last.exitCode == 0, qPrintable(last.out.right(2000) + last.err));

        QHash<QByteArray, int> inGmail;
        for (const auto &m : m_h->google().messages())
            ++inGmail[mail::MessageHeaders::parse(m.raw).messageId()];
        const QString ledgerPath = m_h->dataDir() + QStringLiteral("/accounts/")
            + paths::safeFileName(accounts::AccountConfig::idForArchive(path)) + QStringLiteral("/ledger.sqlite");
        QSet<QByteArray> flagged;
        QVERIFY2(flaggedInLedger(ledgerPath, flagged), qPrintable(ledgerPath));
        int missing = 0, duplicates = 0, unflaggedDuplicates = 0;
        for (const QByteArray &id : originals) {
            const int n = inGmail.value(id);
            missing += n == 0 ? 1 : 0;
            if (n >= 2) {
                ++duplicates;
                if (!flagged.contains(id))
                    ++unflaggedDuplicates;
            }
        }
        qInfo("import, seed %u: %d messages, %d SIGKILLs (%d runs ended before their kill moment); missing %d, "
              "real duplicates %d (unflagged %d), flagged %d",
              seed() + 1, kMessages, kills, finishedEarly, missing, duplicates, unflaggedDuplicates, int(flagged.size()));
        QCOMPARE(missing, 0);
        QCOMPARE(unflaggedDuplicates, 0);
        QCOMPARE(int(inGmail.size()), kMessages);
        // The archive is as it was, and the scan's scratch file does not outlive the run.
        QCOMPARE(fx::treeFingerprint(root), before);
        QVERIFY(!QFile::exists(ledgerPath + QStringLiteral(".scan")));
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
