// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The migration engine (the real controller, its worker thread, the fake Google) against POP3
// servers other than Dovecot: popa3d unpacked from Debian, and the scripted server with the
// quirks of real ISPs. Each test asserts the bytes that reach Gmail and what is left on the
// server, in keep and delete mode; a failure names the messages lost, doubled or wrongly deleted.
#include "EngineRig.h"
#include "MailFactory.h"
#include "RealPop3Server.h"
#include "ScriptedPop3Server.h"
#include "TestEnv.h"

#include <QtTest/QtTest>

using namespace mf;
using namespace mf::test;
using migration::AfterCopy;
using migration::RunState;

Q_DECLARE_METATYPE(mf::test::RealPop3Server::Kind)

namespace {

QList<QByteArray> makeMessages(int first, int count, int size = 2500)
{
    QList<QByteArray> out;
    for (int i = first; i < first + count; ++i)
        out.append(MailFactory::message(i, size + (i % 7) * 100));
    return out;
}

QList<QByteArray> crlf(const QList<QByteArray> &lf)
{
    QList<QByteArray> out;
    for (const QByteArray &m : lf)
        out.append(MailFactory::toCrlf(m));
    return out;
}

/// The reasons the engine gave for the messages it did not copy, for failure messages.
QString notCopiedReasons(const QList<migration::ItemEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        if (e.outcome == migration::ItemOutcome::Failed || e.outcome == migration::ItemOutcome::SkippedOversize)
            out << QStringLiteral("%1 (%2): %3").arg(e.subject, migration::outcomeName(e.outcome), e.reason);
    return out.isEmpty() ? QString() : QStringLiteral(" | engine said: ") + out.join(QLatin1String("; "));
}

#define VERIFY_AUDIT_RUN(originals, gmail, left, mustCopy, run)                                                                  \
    do {                                                                                                                         \
        const QString mfProblems = auditRun((originals), (gmail), (left), (mustCopy));                                           \
        QVERIFY2(mfProblems.isEmpty(), qPrintable(mfProblems + notCopiedReasons((run).events)));                                 \
    } while (false)

#define VERIFY_FINISHED(run) QVERIFY2((run).stopped && (run).summary.state == RunState::Finished, qPrintable(describe(run)))

} // namespace

class TestEngineRealServers : public QObject {
    Q_OBJECT
private:
    EngineRig m_rig;
    int m_serial = 0;

    QString nextId(const char *what) { return QStringLiteral("%1-%2").arg(QLatin1String(what)).arg(++m_serial); }

    static void addMode()
    {
        QTest::addColumn<bool>("deleteMode");
        QTest::newRow("keep") << false;
        QTest::newRow("delete") << true;
    }

    accounts::AccountConfig scriptedAccount(const char *what, const ScriptedPop3Server &server, bool deleteMode)
    {
        auto a = m_rig.account(nextId(what), server.port(), QStringLiteral("maria"));
        a.options.afterCopy = deleteMode ? AfterCopy::Delete : AfterCopy::Keep;
        return a;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }

    void init() { m_rig.google().clearMessages(); }

    // A server without UIDL: the first run copies all; after 5 new messages arrive, a second run
    // copies exactly those 5, with 0 failed. Nothing Gmail lacks is ever deleted.
    void noUidl_data() { addMode(); }
    void noUidl()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().noUidl = true;
        QVERIFY(server.start());
        const QList<QByteArray> first = makeMessages(100, 20);
        for (const auto &m : first)
            server.addMessage(m);
        auto account = scriptedAccount("nouidl", server, deleteMode);
        account.options.batchSize = 8;

        const auto run1 = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run1);
        QVERIFY2(run1.plan.serverHasUidl == false, "the plan should say the server has no UIDL");
        VERIFY_AUDIT_RUN(crlf(first), m_rig.gmailRaw(), server.rawMessages(), true, run1);
        QCOMPARE(run1.summary.copied, 20);
        QCOMPARE(run1.summary.failed, 0);

        const QList<QByteArray> fresh = makeMessages(200, 5);
        for (const auto &m : fresh)
            server.addMessage(m);
        const auto run2 = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run2);
        VERIFY_AUDIT_RUN(crlf(first + fresh), m_rig.gmailRaw(), server.rawMessages(), true, run2);
        QVERIFY2(
            run2.summary.copied == 5,
            qPrintable(
                QStringLiteral("second run copied %1, expected the 5 new: %2").arg(run2.summary.copied).arg(describe(run2))));
        QCOMPARE(run2.summary.failed, 0);
        QCOMPARE(run2.summary.failedOutstanding, 0);
        if (!deleteMode)
            QCOMPARE(server.messageCount(), 25);
    }

    // The UIDL of message n is "n": another client deletes the 10 oldest and 10 new ones arrive,
    // so "1".."30" now name other messages. The rerun must copy the 10 new ones and never delete
    // a message Gmail lacks.
    void uidlFollowsNumber_data() { addMode(); }
    void uidlFollowsNumber()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().uidlFollowsNumber = true;
        QVERIFY(server.start());
        const QList<QByteArray> first = makeMessages(300, 30);
        for (const auto &m : first)
            server.addMessage(m);
        auto account = scriptedAccount("uidlnum", server, false);
        account.options.batchSize = 12;
        const auto run1 = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run1);
        VERIFY_AUDIT_RUN(crlf(first), m_rig.gmailRaw(), server.rawMessages(), true, run1);
        QCOMPARE(server.messageCount(), 30);

        server.removeOldest(10); // another client (a phone) deleted them
        const QList<QByteArray> fresh = makeMessages(400, 10);
        for (const auto &m : fresh)
            server.addMessage(m);
        account.options.afterCopy = deleteMode ? AfterCopy::Delete : AfterCopy::Keep;
        const auto run2 = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run2);
        const QList<QByteArray> originals = crlf(first.mid(10) + fresh);
        VERIFY_AUDIT_RUN(crlf(first + fresh), m_rig.gmailRaw(), server.rawMessages() + crlf(first.mid(0, 10)), true, run2);
        QVERIFY2(
            run2.summary.copied == 10,
            qPrintable(
                QStringLiteral("second run copied %1, expected the 10 new: %2").arg(run2.summary.copied).arg(describe(run2))));
        QCOMPARE(run2.summary.failed, 0);
        if (!deleteMode)
            QCOMPARE(server.rawMessages(), originals);
    }

    // LOGIN-DELAY 60: sessions must respect it; no login may be refused. Runs on a ManualClock
    // shared with the server, so nobody waits a real minute.
    void loginDelay_data()
    {
        QTest::addColumn<bool>("deleteMode");
        QTest::addColumn<bool>("drop");
        QTest::newRow("keep") << false << false;
        QTest::newRow("delete") << true << false;
        // the connection drops after 12 RETRs, so the engine must log in again: after the delay
        QTest::newRow("keep, dropped session") << false << true;
        QTest::newRow("delete, dropped session") << true << true;
    }
    void loginDelay()
    {
        QFETCH(bool, deleteMode);
        QFETCH(bool, drop);
        ManualClock clock;
        ScriptedPop3Server server;
        server.quirks().loginDelaySeconds = 60;
        if (drop)
            server.quirks().dropAfterRetrs = 12;
        server.setNowFunction([&clock] { return qint64(clock.elapsed().count()); });
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(500, 30);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("logindelay", server, deleteMode);
        account.options.batchSize = 10;
        const auto run = m_rig.run(account, QStringLiteral("secret"), {}, &clock);
        QStringList refused;
        for (const auto &l : server.logins())
            if (!l.accepted)
                refused << QStringLiteral("%1 at %2 ms").arg(QString::fromLatin1(l.reply)).arg(l.atMs);
        qInfo("LOGIN-DELAY 60: %d logins accepted, %d refused", server.acceptedLogins(), server.refusedLogins());
        QVERIFY2(refused.isEmpty(), qPrintable(QStringLiteral("logins refused: ") + refused.join(QLatin1String("; "))));
        VERIFY_FINISHED(run);
        QCOMPARE(run.plan.loginDelaySeconds, 60);
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), true, run);
        QCOMPARE(server.messageCount(), deleteMode ? 0 : 30);
        if (drop)
            QVERIFY2(server.acceptedLogins() >= 2, "the dropped session was never followed by another login");
        const auto logins = server.logins();
        for (qsizetype i = 1; i < logins.size(); ++i)
            QVERIFY2(logins[i].atMs - logins[i - 1].atMs >= 60000,
                     qPrintable(QStringLiteral("login %1 came %2 ms after the previous one (LOGIN-DELAY 60)")
                                    .arg(i + 1)
                                    .arg(logins[i].atMs - logins[i - 1].atMs)));
    }

    // [IN-USE] on the first two logins (a maildrop still locked after a drop): the engine waits
    // and retries, then copies everything; no message fails for it.
    void inUse_data() { addMode(); }
    void inUse()
    {
        QFETCH(bool, deleteMode);
        ManualClock clock;
        ScriptedPop3Server server;
        server.quirks().inUseCount = 2;
        server.setNowFunction([&clock] { return qint64(clock.elapsed().count()); });
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(1000, 10);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("inuse", server, deleteMode);
        const auto run = m_rig.run(account, QStringLiteral("secret"), {}, &clock);
        VERIFY_FINISHED(run);
        QCOMPARE(server.refusedLogins(), 2);
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), true, run);
        QCOMPARE(run.summary.failed, 0);
        QCOMPARE(server.messageCount(), deleteMode ? 0 : 10);
    }

    // solid-pop3d's "-ERR message is damaged" to PASS, without [AUTH]: the run stops with a
    // clear error and does not hammer the server with logins (an account could be locked).
    void passErrWithoutCode()
    {
        ManualClock clock;
        ScriptedPop3Server server;
        server.quirks().passErrText = "message is damaged";
        server.quirks().apopTimestamp = false; // like solid-pop3d's answer to PASS, not to APOP
        server.setNowFunction([&clock] { return qint64(clock.elapsed().count()); });
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(1100, 5);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("passerr", server, true);
        const auto run = m_rig.run(account, QStringLiteral("secret"), {}, &clock);
        QVERIFY2(run.stopped, "the run did not stop on a server that refuses every login");
        qInfo("PASS -ERR without [AUTH]: %d login attempts; %s", int(server.logins().size()), qPrintable(describe(run)));
        QVERIFY2(run.summary.state != RunState::Finished || run.summary.error,
                 "the run claims success although the server never let it log in");
        QCOMPARE(server.logins().first().command, QByteArray("PASS"));
        QVERIFY2(server.logins().size() <= 12,
                 qPrintable(
                     QStringLiteral("%1 login attempts: a retry loop that could lock the account").arg(server.logins().size())));
        QCOMPARE(server.messageCount(), 5);
        QVERIFY(m_rig.gmailRaw().isEmpty());
    }

    // LIST sizes that lie both ways (Exchange announces compressed sizes, qmail miscounts): a
    // message announced smaller than it is must arrive whole, byte for byte. One announced far
    // larger than what RETR sent may be taken for a cut-short message: then it must be recorded
    // as failed with that reason and left on the server (never deleted, never claimed copied).
    void listSizeLies_data() { addMode(); }
    void listSizeLies()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().listSizeLies = true; // odd numbers: a tenth; even numbers: ten times + 12345
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(1200, 10, 6000);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("listlies", server, deleteMode);
        const auto run = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run);
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), false, run);
        const QList<QByteArray> gmail = m_rig.gmailRaw();
        QStringList understatedMissing;
        for (int i = 0; i < mails.size(); i += 2) // numbers 1, 3, 5...: announced a tenth of their size
            if (!gmail.contains(MailFactory::toCrlf(mails.at(i))))
                understatedMissing << QString::fromUtf8(nameOf(mails.at(i)));
        QVERIFY2(understatedMissing.isEmpty(),
                 qPrintable(QStringLiteral("announced smaller than they are, and not copied: ")
                            + understatedMissing.join(QLatin1String(", ")) + notCopiedReasons(run.events)));
        const int overstatedCopied = int(gmail.size()) - int(mails.size() / 2);
        const int failedEvents = int(std::count_if(run.events.begin(), run.events.end(),
                                                   [](const auto &e) { return e.outcome == migration::ItemOutcome::Failed; }));
        qInfo("announced ten times their size: %d of 5 copied, %d recorded as failed", overstatedCopied, failedEvents);
        QCOMPARE(overstatedCopied + failedEvents, 5); // each one has exactly one outcome
        QCOMPARE(run.summary.failed, failedEvents);
        if (!deleteMode) {
            QCOMPARE(server.messageCount(), 10);
            return;
        }
        // Delete mode: what was copied should go; what stays must be told (not claimed "done").
        const int copiedLeft = server.messageCount() - failedEvents;
        const int told = run.summary.unreliableIds + run.summary.copiedStillOnServer;
        qInfo("delete mode: %d copied messages left on the server; summary: unreliableIds %d, copiedStillOnServer %d, "
              "deleted %d",
              copiedLeft, run.summary.unreliableIds, run.summary.copiedStillOnServer, run.summary.deletedFromServer);
        QVERIFY2(copiedLeft <= told,
                 qPrintable(QStringLiteral("%1 copied messages left on the server in delete mode and the summary does "
                                           "not say so (unreliableIds %2, copiedStillOnServer %3)")
                                .arg(copiedLeft)
                                .arg(run.summary.unreliableIds)
                                .arg(run.summary.copiedStillOnServer)));
    }

    // A RETR that never ends (a broken or hostile server): memory and time stay bounded, that
    // message is recorded with a reason and left on the server, the others are copied.
    void endlessRetr_data() { addMode(); }
    void endlessRetr()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().endlessRetr = 3;
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(1300, 6);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("endless", server, deleteMode);
        account.options.sizeLimitBytes = 4 * 1024 * 1024; // the endless reply passes it quickly
        const auto run = m_rig.run(account, QStringLiteral("secret"), {}, nullptr, 120000);
        QVERIFY2(run.stopped, "the run never stopped on a RETR that never ends");
        qInfo("endless RETR: %s%s", qPrintable(describe(run)), qPrintable(notCopiedReasons(run.events)));
        QList<QByteArray> others = crlf(mails);
        const QByteArray endless = others.takeAt(2);
        VERIFY_AUDIT_RUN(others, m_rig.gmailRaw(), server.rawMessages(), true, run);
        QVERIFY2(server.rawMessages().contains(endless), "the message whose RETR never ends was deleted");
        QVERIFY2(std::any_of(
                     run.events.begin(), run.events.end(),
                     [](const auto &e) {
            return e.outcome == migration::ItemOutcome::Failed || e.outcome == migration::ItemOutcome::SkippedOversize;
                     }),
                 "the endless message has no recorded outcome");
    }

    // A UIDL listing of 300 MB: the engine must not buffer it whole; the run ends with a clear
    // error (or copes), deletes nothing it has not copied, and puts nothing invented in Gmail.
    void hugeListing()
    {
        ScriptedPop3Server server;
        server.quirks().hugeListingCommand = "UIDL";
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(1400, 4);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("hugelist", server, true);
        const auto run = m_rig.run(account, QStringLiteral("secret"), {}, nullptr, 180000);
        QVERIFY2(run.stopped, "the run never stopped on a 300 MB UIDL listing");
        qInfo("300 MB UIDL listing: %s", qPrintable(describe(run)));
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), false, run);
        QVERIFY2(run.summary.state != RunState::Finished || run.summary.error || run.summary.copied == 4,
                 "the run claims success without copying the mailbox");
    }

    // EXPIRE 0: the server deletes what was downloaded, whatever "keep" says. The plan must tell.
    void expireZero_data() { addMode(); }
    void expireZero()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().expireDays = 0;
        QVERIFY(server.start());
        const QList<QByteArray> mails = makeMessages(600, 12);
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("expire", server, deleteMode);

        migration::RunRequest dry;
        dry.dryRun = true;
        const auto plan = m_rig.run(account, QStringLiteral("secret"), dry);
        QVERIFY2(plan.planSeen, qPrintable(describe(plan)));
        QVERIFY2(plan.plan.serverExpireDays.has_value() && *plan.plan.serverExpireDays == 0,
                 "the plan does not report the server's EXPIRE 0 (serverExpireDays)");
        QVERIFY2(server.messageCount() == 12,
                 qPrintable(QStringLiteral("a dry run made the server expire %1 messages").arg(12 - server.messageCount())));

        const auto run = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run);
        QVERIFY(run.plan.serverExpireDays.has_value() && *run.plan.serverExpireDays == 0);
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), true, run);
    }

    // Courier: a message with raw 8-bit headers is served as a "Cannot display Unicode content"
    // stand-in unless the client says UTF8. Gmail must get the original bytes, never the stand-in;
    // in delete mode nothing is deleted unless its original bytes were copied.
    void courierUtf8_data() { addMode(); }
    void courierUtf8()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().courierUtf8 = true;
        QVERIFY(server.start());
        QList<QByteArray> mails = makeMessages(700, 8);
        for (int i : {1, 4, 6})
            mails[i].replace("Subject: ",
                             "Subject: Gr\xc3\xbc\xc3\x9f"
                             "e aus M\xc3\xbcnchen ");
        for (const auto &m : mails)
            server.addMessage(m);
        auto account = scriptedAccount("courier", server, deleteMode);
        const auto run = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run);
        for (const QByteArray &g : m_rig.gmailRaw())
            QVERIFY2(!g.contains("Subject: Cannot display Unicode content"),
                     "Courier's \"Cannot display Unicode content\" stand-in reached Gmail instead of the original");
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), true, run);
        qInfo("client sent UTF8: %s", server.commandCount("UTF8") > 0 ? "yes" : "no");
    }

    // Two different messages share one UIDL (content-derived UIDLs, like popa3d's, and one
    // Message-ID on two messages): both end in Gmail exactly once; delete mode deletes nothing
    // Gmail lacks.
    void duplicateUidls_data() { addMode(); }
    void duplicateUidls()
    {
        QFETCH(bool, deleteMode);
        ScriptedPop3Server server;
        server.quirks().duplicateUidls = true;
        QVERIFY(server.start());
        QList<QByteArray> mails = makeMessages(800, 10);
        // message 5 is a different message carrying message 2's Message-ID (a resent copy, a
        // broken mailer): popa3d-style UIDLs make them one UIDL
        mails[5].replace(MailFactory::messageIdOf(805), MailFactory::messageIdOf(802));
        mails[5].replace("Subject: Test message 805", "Subject: Test message 805 (same Message-ID as 802)");
        for (const auto &m : mails)
            server.addMessage(m);
        QCOMPARE(server.uidlFor(3), server.uidlFor(6));
        auto account = scriptedAccount("dupuidl", server, deleteMode);
        const auto run = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(run);
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), true, run);
        const auto again = m_rig.run(account, QStringLiteral("secret"));
        VERIFY_FINISHED(again);
        VERIFY_AUDIT_RUN(crlf(mails), m_rig.gmailRaw(), server.rawMessages(), true, again);
        QVERIFY2(again.summary.copied == 0, qPrintable(QStringLiteral("a rerun copied again: ") + describe(again)));
    }

    // Real servers from Debian: popa3d (UIDLs from the message, so the two byte-identical copies
    // share one), GNU mailutils (adds X-UIDL to what it serves), Courier (serves a stand-in for
    // Unicode mail unless the client says UTF8; advertises LOGIN-DELAY 10), solid-pop3d (serves
    // the mbox separator line). The mailbox has a message delivered twice and two with raw UTF-8
    // headers. The distinct messages end in Gmail once each, as the server holds them; nothing
    // Gmail lacks is deleted, and what delete mode leaves is told.
    void realServer_data()
    {
        QTest::addColumn<RealPop3Server::Kind>("kind");
        QTest::addColumn<bool>("deleteMode");
        for (const auto kind : RealPop3Server::allKinds()) {
            const QString name = RealPop3Server::create(kind)->name();
            QTest::newRow(qPrintable(name + QStringLiteral(", keep"))) << kind << false;
            QTest::newRow(qPrintable(name + QStringLiteral(", delete"))) << kind << true;
        }
    }
    void realServer()
    {
        QFETCH(RealPop3Server::Kind, kind);
        QFETCH(bool, deleteMode);
        QString why;
        auto server = RealPop3Server::create(kind);
        MF_REQUIRE_PART(server->available(&why), why);
        QList<QByteArray> mails = makeMessages(900, 12);
        mails.insert(4, mails.at(3)); // delivered twice: byte-identical copies
        for (int i : {7, 10})
            mails[i].replace("Subject: ",
                             "Subject: Gr\xc3\xbc\xc3\x9f"
                             "e aus M\xc3\xbcnchen ");
        server->setMessages(mails);
        QVERIFY2(server->start(&why), qPrintable(why));
        auto account = m_rig.account(nextId("real"), server->port(), server->user());
        account.options.afterCopy = deleteMode ? AfterCopy::Delete : AfterCopy::Keep;
        const auto run = m_rig.run(account, server->password());
        if (run.summary.error && run.summary.error->toString().contains(QLatin1String("APOP:")))
            QFAIL(qPrintable(QStringLiteral("%1 refused APOP (its greeting carries a timestamp, but it keeps no APOP "
                                            "secret) and Mailferry did not fall back to USER/PASS, which %1 accepts "
                                            "with this password (tst_real_pop3_servers): %2")
                                 .arg(server->name(), describe(run))));
        VERIFY_FINISHED(run);
        QList<QByteArray> gmail;
        for (const QByteArray &g : m_rig.gmailRaw()) {
            QVERIFY2(!g.contains("Subject: Cannot display Unicode content"),
                     "Courier's \"Cannot display Unicode content\" stand-in reached Gmail instead of the original");
            gmail.append(server->withoutServerChanges(g));
        }
        QList<QByteArray> left;
        for (const QByteArray &m : server->messagesLeft())
            left.append(MailFactory::toCrlf(server->withoutServerChanges(m)));
        // mailutils writes a different X-UIDL header into each of the two deliveries, so as served
        // they are two different messages and both may be copied (byte-identical ones are copied
        // once). Take that one second copy out before the audit; every other rule still holds.
        if (server->name().startsWith(QLatin1String("mailutils"))) {
            const QByteArray twice = MailFactory::toCrlf(mails.at(3));
            if (gmail.count(twice) == 2)
                gmail.removeOne(twice);
        }
        VERIFY_AUDIT_RUN(crlf(mails), gmail, left, true, run);
        QVERIFY2(gmail.size() == 12,
                 qPrintable(QStringLiteral("Gmail holds %1 messages, expected the 12 distinct ones").arg(gmail.size())));
        qInfo("%s %s: copied %d, skipped %d, failed %d, deleted %d, left on the server %d", qPrintable(server->name()),
              deleteMode ? "delete" : "keep", run.summary.copied, run.summary.skipped, run.summary.failed,
              run.summary.deletedFromServer, int(left.size()));
        if (!deleteMode) {
            QCOMPARE(left.size(), 13);
            return;
        }
        // Delete mode: what stays must be in Gmail (audited above) and must be told to the user;
        // a message left silently would be a claim ("done") that is not true.
        QStringList leftNames;
        for (const QByteArray &m : left)
            leftNames << QString::fromUtf8(nameOf(m));
        // a skipped duplicate (its bytes are in Gmail) is told by the "skipped" count
        const int told = run.summary.unreliableIds + run.summary.copiedStillOnServer + run.summary.skipped;
        if (!left.isEmpty())
            qInfo("%s delete mode: left %s; summary: unreliableIds %d, copiedStillOnServer %d", qPrintable(server->name()),
                  qPrintable(leftNames.join(QLatin1String(", "))), run.summary.unreliableIds, run.summary.copiedStillOnServer);
        QVERIFY2(left.size() <= told,
                 qPrintable(QStringLiteral("%1 messages left on %2 in delete mode without the summary saying so "
                                           "(unreliableIds %3, copiedStillOnServer %4, skipped %5): %6")
                                .arg(left.size())
                                .arg(server->name())
                                .arg(run.summary.unreliableIds)
                                .arg(run.summary.copiedStillOnServer)
                                .arg(run.summary.skipped)
                                .arg(leftNames.join(QLatin1String(", ")))));
        QVERIFY2(left.size() <= 2,
                 qPrintable(QStringLiteral("more than the twice-delivered pair left on %1: ").arg(server->name())
                            + leftNames.join(QLatin1String(", "))));
    }
};

QTEST_GUILESS_MAIN(TestEngineRealServers)
#include "tst_engine_real_servers.moc"
