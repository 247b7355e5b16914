// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The migration engine against servers that lie, stall or flood, and a Google that goes away.
// Every test asserts what a user needs: nothing Gmail lacks is deleted, nothing is doubled, memory
// stays bounded, the run ends, and the summary says what is left.
#include "EngineRig.h"
#include "MailFactory.h"
#include "ScriptedPop3Server.h"
#include "mail/MessageHeaders.h"
#include "store/Ledger.h"

#include <QFile>
#include <QTcpServer>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::test;
using namespace std::chrono_literals;
using migration::ItemOutcome;
using migration::RunState;

namespace {

/// A figure of this process from /proc/self/status, in MiB ("VmHWM": peak since resetPeak(),
/// "VmRSS": now).
qint64 statusMiB(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

qint64 peakRssMiB()
{
    return statusMiB("VmHWM");
}
qint64 currentRssMiB()
{
    return statusMiB("VmRSS");
}

void resetPeak()
{
    // Linux: writing 5 to clear_refs resets VmHWM to the current RSS.
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QByteArray message(int index, int size = 2048, const QByteArray &messageId = {})
{
    MailFactory::Options o;
    o.index = index;
    o.targetSize = size;
    QByteArray raw = MailFactory::message(o);
    if (!messageId.isEmpty()) {
        const QByteArray old = "Message-ID: " + MailFactory::messageIdOf(index);
        raw.replace(old, "Message-ID: " + messageId);
    }
    return ScriptedPop3Server::toCrlf(raw);
}

int count(const QList<migration::ItemEvent> &events, ItemOutcome outcome)
{
    return int(std::count_if(events.begin(), events.end(), [&](const auto &e) { return e.outcome == outcome; }));
}

} // namespace

class TestEngineHostile : public QObject {
    Q_OBJECT
    EngineRig m_rig;
    int m_serial = 0;

    struct Box {
        std::unique_ptr<ScriptedPop3Server> server;
        accounts::AccountConfig account;
        QList<QByteArray> originals;
    };

    Box box(int messages, ScriptedPop3Server::Quirks quirks = {}, int size = 2048)
    {
        Box b;
        b.server = std::make_unique<ScriptedPop3Server>();
        b.server->setQuirks(quirks);
        for (int i = 0; i < messages; ++i) {
            b.originals << message(1000 * m_serial + i, size);
            b.server->addMessage(b.originals.last());
        }
        if (!b.server->start())
            qFatal("scripted server did not start");
        b.account = m_rig.account(QStringLiteral("hostile-%1").arg(++m_serial), b.server->port(), QStringLiteral("maria"));
        return b;
    }

    EngineRig::Run run(const Box &b, const migration::RunRequest &request = {}, ManualClock *clock = nullptr,
                       int timeoutMs = 120000)
    {
        return m_rig.run(b.account, QStringLiteral("secret"), request, clock, timeoutMs);
    }

    static QList<QByteArray> left(const Box &b) { return b.server->rawMessages(); }

    int reportMails() const
    {
        int n = 0;
        for (const auto &m : const_cast<EngineRig &>(m_rig).google().messages())
            n += mail::MessageHeaders::parse(m.raw).messageId().startsWith("<report-") ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_rig.start(&error), qPrintable(error));
    }

    void init() { m_rig.google().clearMessages(); }

    void duplicateUidlsNeverDeleteWhatGmailLacks()
    {
        // popa3d-style: two different messages share one UIDL. Both must reach Gmail, and the
        // server must not remove either on the strength of that UIDL.
        Box b = box(0);
        for (int i = 0; i < 6; ++i) {
            b.originals << message(500 + i, 1500 + 100 * i);
            b.server->addMessage(b.originals.last(), i < 2 ? "SHARED" : QByteArray("U") + QByteArray::number(i));
        }
        b.account.options.afterCopy = migration::AfterCopy::Delete;
        const auto first = run(b);
        QVERIFY2(first.stopped, qPrintable(describe(first)));
        QCOMPARE(first.summary.state, RunState::Finished);
        QCOMPARE(first.summary.failed, 0);
        QVERIFY2(auditRun(b.originals, m_rig.gmailRaw(), left(b)).isEmpty(),
                 qPrintable(auditRun(b.originals, m_rig.gmailRaw(), left(b))));
        QCOMPARE(m_rig.gmailRaw().size(), 6);
        QCOMPARE(first.summary.unreliableIds, 2);
        // The four with their own UIDL left the server; the two that share one stayed.
        QCOMPARE(b.server->messageCount(), 2);

        const auto second = run(b);
        QVERIFY2(second.stopped, qPrintable(describe(second)));
        QCOMPARE(second.summary.copied, 0);
        QCOMPARE(second.summary.failed, 0);
        QCOMPARE(second.summary.alreadyDone, 2); // recognised by content
        QCOMPARE(m_rig.gmailRaw().size(), 6);
        QCOMPARE(b.server->messageCount(), 2);
    }

    void sizeThatContradictsListIsNeverDeleted()
    {
        // LIST lies: odd messages announce a tenth of their size, even ones ten times more.
        ScriptedPop3Server::Quirks q;
        q.listSizeLies = true;
        Box b = box(6, q, 8192);
        b.account.options.afterCopy = migration::AfterCopy::Delete;
        const auto r = run(b);
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        // Nothing Gmail lacks left the server; nothing was doubled.
        QVERIFY2(auditRun(b.originals, m_rig.gmailRaw(), left(b), /*mustBeCopied=*/false).isEmpty(),
                 qPrintable(auditRun(b.originals, m_rig.gmailRaw(), left(b), false)));
        // Far shorter than announced: failed with the reason, kept. Longer: copied, and kept too.
        QCOMPARE(count(r.events, ItemOutcome::Failed), 3);
        for (const auto &e : r.events)
            if (e.outcome == ItemOutcome::Failed)
                QVERIFY2(e.reason.contains(QStringLiteral("announced")), qPrintable(e.reason));
        QCOMPARE(m_rig.gmailRaw().size(), 3);
        QCOMPARE(b.server->messageCount(), 6);
        QVERIFY(b.server->removedByClients().isEmpty());
        QCOMPARE(r.summary.failedOutstanding, 3);
    }

    void endlessRetrIsStoppedAtTheLimit()
    {
        // A message that never ends must cost neither unbounded memory nor the run.
        ScriptedPop3Server::Quirks q;
        q.endlessRetr = 2;
        Box b = box(3, q);
        b.account.options.sizeLimitBytes = 1024 * 1024;
        resetPeak();
        const qint64 before = currentRssMiB();
        const auto r = run(b);
        const qint64 growth = peakRssMiB() - before;
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        qInfo("peak RSS growth during an endless RETR with a 1 MiB limit: %lld MiB", growth);
        const qint64 bound = qEnvironmentVariable("MAILFERRY_SANITIZER").isEmpty() ? 64 : 256;
        QVERIFY2(growth < bound, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(growth)));
        QCOMPARE(count(r.events, ItemOutcome::SkippedOversize), 1);
        QCOMPARE(m_rig.gmailRaw().size(), 2);
        QCOMPARE(r.summary.oversizeOutstanding, 1);

        // Not read again while the limit stands.
        const int retrBefore = b.server->commandCount("RETR");
        const auto again = run(b);
        QVERIFY2(again.stopped, qPrintable(describe(again)));
        QCOMPARE(b.server->commandCount("RETR"), retrBefore);
        QCOMPARE(again.plan.oversize, 1);
        QCOMPARE(again.plan.toCopy, 0);
    }

    void serverThatHangsUpEveryFewMessagesStillFinishes()
    {
        // The server hangs up at the third RETR of every session: each session moves the run on,
        // so it ends with everything copied once, not with a give-up or a loop.
        ScriptedPop3Server::Quirks q;
        q.dropAfterRetrs = 2;
        q.dropTimes = -1;
        Box b = box(7, q);
        const auto r = run(b);
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        QCOMPARE(r.summary.state, RunState::Finished);
        QCOMPARE(r.summary.copied, 7);
        QCOMPARE(r.summary.failed, 0);
        QVERIFY2(auditRun(b.originals, m_rig.gmailRaw(), left(b)).isEmpty(),
                 qPrintable(auditRun(b.originals, m_rig.gmailRaw(), left(b))));
        QVERIFY(b.server->connectionsAccepted() >= 3);
    }

    void expireZeroServerLosesNothingThatFailed()
    {
        // EXPIRE 0: the server deletes whatever was read once the session QUITs. A message that
        // failed (here: no headers, and one Gmail refuses) must not be read in a session that ends
        // with QUIT, or it is gone without a copy.
        ScriptedPop3Server::Quirks q;
        q.expireDays = 0;
        Box b = box(5, q);
        b.originals << QByteArray("\r\nno headers here\r\n");
        b.server->addMessage(b.originals.last());
        m_rig.google().failNext(1, 400, QStringLiteral("invalidArgument"));
        const auto r = run(b);
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        QCOMPARE(r.plan.serverExpireDays, std::optional<int>(0));
        QVERIFY2(auditRun(b.originals, m_rig.gmailRaw(), left(b), /*mustBeCopied=*/false).isEmpty(),
                 qPrintable(auditRun(b.originals, m_rig.gmailRaw(), left(b), false)));
        QCOMPARE(r.summary.failed, 2);
        QCOMPARE(m_rig.gmailRaw().size(), 4);
        // The two failed ones are still there to retry.
        QVERIFY(left(b).contains(b.originals.last()));
        QVERIFY(b.server->messageCount() >= 2);
    }

    void hugeListingEndsTheRunWithBoundedMemory()
    {
        ScriptedPop3Server::Quirks q;
        q.hugeListingCommand = "UIDL";
        q.hugeListingBytes = 400LL * 1024 * 1024;
        Box b = box(2, q);
        resetPeak();
        const qint64 before = currentRssMiB();
        const auto r = run(b, {}, nullptr, 240000);
        const qint64 growth = peakRssMiB() - before;
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        qInfo("peak RSS growth during a 400 MB UIDL reply: %lld MiB", growth);
        QCOMPARE(r.summary.state, RunState::Failed);
        QVERIFY(r.summary.error);
        QCOMPARE(r.summary.error->code, Error::Code::ReplyTooLarge);
        // Under AddressSanitizer its quarantine and shadow memory add to RSS: the bound is looser.
        const qint64 bound = qEnvironmentVariable("MAILFERRY_SANITIZER").isEmpty() ? 512 : 1536;
        QVERIFY2(growth < bound, qPrintable(QStringLiteral("RSS grew by %1 MiB").arg(growth)));
        QVERIFY(m_rig.gmailRaw().isEmpty());
        QCOMPARE(b.server->messageCount(), 2);
    }

    void raisedLimitCopiesWhatWasOversize()
    {
        Box b = box(0);
        for (int i = 0; i < 5; ++i) {
            b.originals << message(700 + i, i < 2 ? 200 * 1024 : 2048);
            b.server->addMessage(b.originals.last());
        }
        b.account.options.sizeLimitBytes = 100 * 1024;
        const auto first = run(b);
        QVERIFY2(first.stopped, qPrintable(describe(first)));
        QCOMPARE(first.summary.copied, 3);
        QCOMPARE(count(first.events, ItemOutcome::SkippedOversize), 2);
        QCOMPARE(first.summary.oversizeOutstanding, 2);

        const auto same = run(b);
        QCOMPARE(same.plan.oversize, 2);
        QCOMPARE(same.plan.toCopy, 0);
        QCOMPARE(same.plan.alreadyCopied, 3); // oversize ones are not "already done"
        QVERIFY(same.events.isEmpty());

        b.account.options.sizeLimitBytes = 1024 * 1024;
        const auto raised = run(b);
        QVERIFY2(raised.stopped, qPrintable(describe(raised)));
        QCOMPARE(raised.plan.toCopy, 2);
        QCOMPARE(raised.summary.copied, 2);
        QCOMPARE(raised.summary.oversizeOutstanding, 0);
        QVERIFY2(auditRun(b.originals, m_rig.gmailRaw(), left(b)).isEmpty(),
                 qPrintable(auditRun(b.originals, m_rig.gmailRaw(), left(b))));
    }

    void rerunStillCountsFailuresAndReportsThemOnce()
    {
        Box b = box(4);
        // A message without a header block: Gmail would refuse it, so it fails and stays.
        b.originals << QByteArray("\r\nthis has no headers at all\r\n");
        b.server->addMessage(b.originals.last());
        const auto first = run(b);
        QVERIFY2(first.stopped, qPrintable(describe(first)));
        QCOMPARE(first.summary.copied, 4);
        QCOMPARE(first.summary.failed, 1);
        QCOMPARE(first.summary.failedOutstanding, 1);
        QVERIFY(first.summary.reportMailSent);
        QCOMPARE(reportMails(), 1);

        // A rerun copies nothing, but must not hide what was never copied.
        const auto rerun = run(b);
        QCOMPARE(rerun.plan.alreadyCopied, 4);
        QCOMPARE(rerun.plan.failedEarlier, 1);
        QCOMPARE(rerun.plan.toCopy, 0);
        QCOMPARE(rerun.summary.failedOutstanding, 1);
        QCOMPARE(rerun.summary.alreadyDone, 4);

        // Retry failed meets the same failure: no second report mail for it.
        migration::RunRequest retry;
        retry.retryFailed = true;
        const auto retried = run(b, retry);
        QCOMPARE(retried.summary.failed, 1);
        QVERIFY(!retried.summary.reportMailSent);
        QCOMPARE(reportMails(), 1);

        // A new failure is news: reported.
        b.originals << QByteArray("\r\nanother one without headers\r\n");
        b.server->addMessage(b.originals.last());
        const auto newFailure = run(b);
        QCOMPARE(newFailure.summary.failed, 1);
        QCOMPARE(newFailure.summary.failedOutstanding, 2);
        QVERIFY(newFailure.summary.reportMailSent);
        QCOMPARE(reportMails(), 2);
    }

    void identicalMessagesAreCopiedOnceWhateverTheTiming()
    {
        // Byte-identical messages under different UIDLs: exactly one copy, every time.
        for (int round = 0; round < 3; ++round) {
            m_rig.google().clearMessages();
            Box b = box(3);
            const QByteArray same = message(990000 + round);
            for (int i = 0; i < 3; ++i) {
                b.originals << same;
                b.server->addMessage(same);
            }
            const auto r = run(b);
            QVERIFY2(r.stopped, qPrintable(describe(r)));
            QCOMPARE(r.summary.copied, 4);
            QCOMPARE(count(r.events, ItemOutcome::SkippedDuplicate), 2);
            QCOMPARE(m_rig.gmailRaw().count(same), 1);
            QCOMPARE(r.summary.possibleDuplicates, 0);
        }
    }

    void firstConnectRefusedEndsAtOnce()
    {
        // A wrong port: no minutes of silent retries. The backoff is an hour, so a retry would
        // hold the run far past this test's limit.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        accounts::AccountConfig account =
            m_rig.account(QStringLiteral("refused-%1").arg(++m_serial), port, QStringLiteral("maria"));
        account.options.retryBackoffBase = 3600s;
        const auto r = m_rig.run(account, QStringLiteral("secret"), {}, nullptr, 60000);
        QVERIFY2(r.stopped, "the run did not end on a refused first connection");
        QCOMPARE(r.summary.state, RunState::Failed);
        QVERIFY(r.summary.error);
        QCOMPARE(r.summary.error->code, Error::Code::ConnectionRefused);
    }

    void gmailUnreachableEndsTheRunWithoutReadingTheMailbox()
    {
        Box b = box(30);
        b.account.options.googleOutageLimit = 0ms;
        m_rig.google().setRefuseConnections(true);
        const auto down = run(b, {}, nullptr, 180000);
        m_rig.google().setRefuseConnections(false);
        QVERIFY2(down.stopped, "the run did not end while Gmail refused every connection");
        QCOMPARE(down.summary.state, RunState::Failed);
        QVERIFY(down.summary.error);
        QCOMPARE(down.summary.error->scope, Error::Scope::Session);
        QVERIFY2(down.summary.error->message.contains(QStringLiteral("Gmail")), qPrintable(down.summary.error->message));
        // It stopped reading the mailbox once Gmail failed: far fewer RETRs than messages.
        const int retrs = b.server->commandCount("RETR");
        qInfo("RETRs while Gmail was down: %d for 30 messages", retrs);
        QVERIFY2(retrs < 30, qPrintable(QStringLiteral("%1 RETRs").arg(retrs)));
        QCOMPARE(down.summary.copied, 0);

        // No request ever reached Gmail, so nothing may be flagged "possible duplicate" later.
        const auto back = run(b);
        QVERIFY2(back.stopped, qPrintable(describe(back)));
        QCOMPARE(back.summary.copied, 30);
        QCOMPARE(back.summary.possibleDuplicates, 0);
        QCOMPARE(count(back.events, ItemOutcome::PossibleDuplicate), 0);
        QVERIFY2(auditRun(b.originals, m_rig.gmailRaw(), left(b)).isEmpty(),
                 qPrintable(auditRun(b.originals, m_rig.gmailRaw(), left(b))));
    }

    void tokenRefusedFirstFlagsNothing()
    {
        // The token endpoint fails: no upload ever leaves. Nothing may be flagged afterwards.
        Box b = box(6);
        b.account.options.googleOutageLimit = 0ms;
        m_rig.google().failNextTokenRequests(1000, 503);
        const auto r = run(b, {}, nullptr, 180000);
        m_rig.google().failNextTokenRequests(0, 503);
        QVERIFY2(r.stopped, "the run did not end while tokens were refused");
        QCOMPARE(r.summary.copied, 0);
        const auto again = run(b);
        QVERIFY2(again.stopped, qPrintable(describe(again)));
        QCOMPARE(again.summary.copied, 6);
        QCOMPARE(again.summary.possibleDuplicates, 0);
    }

    void waitLongerThanAnHourEndsTheRunAndSaysWhen()
    {
        // A server that demands 30 days between logins: the first run works, the next one must
        // neither hang on an overflowing timer nor wait silently for a month.
        ScriptedPop3Server::Quirks q;
        q.loginDelaySeconds = 30 * 24 * 3600;
        Box b = box(2, q);
        const auto first = run(b);
        QVERIFY2(first.stopped, qPrintable(describe(first)));
        QCOMPARE(first.summary.copied, 2);
        QCOMPARE(first.plan.loginDelaySeconds, 30 * 24 * 3600);
        b.server->addMessage(message(424242));
        const auto second = run(b, {}, nullptr, 60000);
        QVERIFY2(second.stopped, "the run did not end on a 30-day LOGIN-DELAY");
        QCOMPARE(second.summary.state, RunState::Failed);
        QVERIFY(second.summary.error);
        QCOMPARE(second.summary.error->code, Error::Code::WaitTooLong);
        QVERIFY2(second.summary.error->message.contains(QStringLiteral("Try again after")),
                 qPrintable(second.summary.error->message));
    }

    void undatableMessageIsCopiedWithAReason()
    {
        // No Date and no Received: nothing to rescue it from. It is copied (Gmail will date it by
        // the copy), and the log says so instead of staying silent.
        Box b = box(1);
        MailFactory::Options o;
        o.index = 777000;
        o.withDate = false;
        b.originals << ScriptedPop3Server::toCrlf(MailFactory::message(o));
        b.server->addMessage(b.originals.last());
        const auto r = run(b);
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        QCOMPARE(r.summary.copied, 2);
        bool said = false;
        for (const auto &e : r.events)
            if (e.outcome == ItemOutcome::Copied && e.subject.contains(QStringLiteral("777000")))
                said = e.reason.contains(QStringLiteral("date"), Qt::CaseInsensitive);
        QVERIFY2(said, "the copied message without a usable date has no reason saying so");
    }

    void serverWaitIsStatedOnce()
    {
        // [IN-USE] says "in about 10 minutes": the engine waits that long (on the test clock) and
        // does not add a second, different time of its own.
        ScriptedPop3Server::Quirks q;
        q.inUseCount = 1;
        Box b = box(2, q);
        ManualClock clock;
        const auto r = run(b, {}, &clock);
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        QCOMPARE(r.summary.copied, 2);
        QVERIFY(clock.elapsed() >= 10min);
        QVERIFY(clock.elapsed() < 11min);
    }

    void lostConfirmationsAreFlaggedAndNothingElse()
    {
        // Gmail stores three uploads but the answers are lost: exactly those may be doubled and
        // are flagged; none of the others is.
        Box b = box(12);
        m_rig.google().dropNextUploads(3, FakeGoogle::Drop::AfterStoring);
        const auto r = run(b);
        QVERIFY2(r.stopped, qPrintable(describe(r)));
        QCOMPARE(r.summary.copied, 12);
        QVERIFY2(r.summary.possibleDuplicates <= 3, qPrintable(QString::number(r.summary.possibleDuplicates)));
        QHash<QByteArray, int> stored;
        for (const QByteArray &raw : m_rig.gmailRaw())
            ++stored[raw];
        int doubled = 0;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            doubled += it.value() > 1 ? 1 : 0;
        QVERIFY2(r.summary.possibleDuplicates >= doubled,
                 qPrintable(QStringLiteral("%1 doubled, %2 flagged").arg(doubled).arg(r.summary.possibleDuplicates)));
    }
};

QTEST_GUILESS_MAIN(TestEngineHostile)
#include "tst_engine_hostile.moc"
