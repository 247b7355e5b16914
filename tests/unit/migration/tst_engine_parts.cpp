// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine's pure parts, each alone: the journal's steps and their order, the progress meter
// on a manual clock, and the preparation of a fetched message (checks, identity, date rescue).
#include "ManualClock.h"
#include "mail/MessageHeaders.h"
#include "migration/JournalStep.h"
#include "migration/JournalWriter.h"
#include "migration/MessagePreparation.h"
#include "migration/ProgressMeter.h"

#include <QCryptographicHash>
#include <QtTest/QtTest>

#include <vector>

using namespace mf;
using namespace mf::migration;
using namespace std::chrono_literals;
using store::ItemFlag;
using store::ItemStatus;

namespace {

PlannedMessage planned(const QByteArray &uidl, qint64 listSize)
{
    PlannedMessage p;
    p.number = 1;
    p.uidl = uidl;
    p.listSize = listSize;
    return p;
}

QByteArray message(const QByteArray &headers, const QByteArray &body = "Hello.\r\n")
{
    return headers + "\r\n" + body;
}

} // namespace

class TestEngineParts : public QObject {
    Q_OBJECT
private slots:
    // The journal: the steps in the order a message passes them; the durable ones between them.
    void journalStepsAreInJournalOrder()
    {
        const std::vector<JournalStep> order{JournalStep::Connected, JournalStep::Planned,   JournalStep::Retrieved,
                                             JournalStep::Queued,    JournalStep::Uploading, JournalStep::Confirmed,
                                             JournalStep::Copied,    JournalStep::Dele,      JournalStep::Quit,
                                             JournalStep::Deleted};
        QCOMPARE(kJournalSteps.size(), order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            QCOMPARE(kJournalSteps.at(i), order.at(i));
            if (i > 0)
                QVERIFY(kJournalSteps.at(i - 1) < kJournalSteps.at(i));
        }
        // uploading → upload → copied → DELE → QUIT → deleted
        QVERIFY(JournalStep::Uploading < JournalStep::Confirmed);
        QVERIFY(JournalStep::Confirmed < JournalStep::Copied);
        QVERIFY(JournalStep::Copied < JournalStep::Dele);
        QVERIFY(JournalStep::Dele < JournalStep::Quit);
        QVERIFY(JournalStep::Quit < JournalStep::Deleted);

        QStringList names;
        int durable = 0;
        for (const JournalStep step : kJournalSteps) {
            QVERIFY(!journalStepName(step).isEmpty());
            QVERIFY2(!names.contains(journalStepName(step)), qPrintable(journalStepName(step)));
            names << journalStepName(step);
            durable += isDurable(step) ? 1 : 0;
        }
        QCOMPARE(durable, 3);
        QVERIFY(isDurable(JournalStep::Uploading) && isDurable(JournalStep::Copied) && isDurable(JournalStep::Deleted));
        QCOMPARE(journalStepName(JournalStep::Copied), QStringLiteral("ledger.copied"));
    }

    // The crash harness: the hook sees every step; once it says stop, the writer is dead for good.
    void journalWriterStopsDeadOnce()
    {
        std::vector<JournalStep> seen;
        int deaths = 0;
        JournalWriter writer(
            [&](JournalStep step) {
            seen.push_back(step);
            return step != JournalStep::Copied;
            },
            [&] { ++deaths; });
        QVERIFY(writer.step(JournalStep::Retrieved));
        QVERIFY(writer.step(JournalStep::Uploading));
        QVERIFY(!writer.stoppedDead());
        QVERIFY(!writer.step(JournalStep::Copied));
        QVERIFY(writer.stoppedDead());
        QVERIFY(!writer.step(JournalStep::Dele)); // the hook is not asked again
        QCOMPARE(deaths, 1);
        QCOMPARE(seen.size(), size_t(3));
        QCOMPARE(seen.back(), JournalStep::Copied);

        // A flush is claimed once until it has started.
        QVERIFY(writer.claimFlush());
        QVERIFY(!writer.claimFlush());
        writer.flushStarted();
        QVERIFY(writer.claimFlush());

        // Requests dropped while stopping are each told that they never leave.
        int dropped = 0;
        writer.queueBegin(PendingBegin{{}, {}, nullptr, [&](bool go) { dropped += go ? 100 : 1; }});
        writer.queueBegin(PendingBegin{{}, {}, nullptr, [&](bool go) { dropped += go ? 100 : 1; }});
        writer.dropBegins();
        QCOMPARE(dropped, 2);
        QVERIFY(writer.takeBegins().empty());
    }

    // The progress meter: counts, the rate of the last minute, the estimate, and at most one
    // report every 200 ms unless forced.
    void progressMeterOnManualClock()
    {
        test::ManualClock clock;
        ProgressMeter meter(&clock);
        meter.progress().left = 100;
        QVERIFY(meter.update(false)); // the first report is always due
        QVERIFY(!meter.update(false));
        QVERIFY(meter.update(true));
        clock.advance(199ms);
        QVERIFY(!meter.update(false));
        clock.advance(1ms);
        QVERIFY(meter.update(false));

        // One copy a second, 1000 bytes each, for ten seconds.
        for (int i = 0; i < 10; ++i) {
            meter.copyLanded(1000);
            meter.count(ItemOutcome::Copied, 1000);
            clock.advance(1000ms);
        }
        (void)meter.update(true);
        const Progress &p = meter.progress();
        QCOMPARE(p.copied, 10);
        QCOMPARE(p.bytesDone, qint64(10000));
        QCOMPARE(p.left, 90);
        // 10 copies over the 10 s since the first: 60 a minute, 1000 bytes a second.
        QCOMPARE(p.messagesPerMinute, 60.0);
        QCOMPARE(p.bytesPerSecond, 1000.0);
        QVERIFY(p.eta);
        QCOMPARE(p.eta->count(), qint64(90) * 1000);

        meter.count(ItemOutcome::SkippedDuplicate, 5);
        meter.count(ItemOutcome::Failed, 5);
        meter.count(ItemOutcome::PossibleDuplicate, 7);
        meter.count(ItemOutcome::DeletedFromServer, 9); // counts nothing
        meter.countAlreadyThere();
        QCOMPARE(p.skipped, 1);
        QCOMPARE(p.failed, 1);
        QCOMPARE(p.copied, 11);
        QCOMPARE(p.alreadyDone, 1);
        QCOMPARE(p.left, 86);

        // Copies older than a minute leave the rate.
        clock.advance(2min);
        meter.copyLanded(1);
        clock.advance(1000ms);
        meter.copyLanded(1);
        (void)meter.update(true);
        QCOMPARE(p.messagesPerMinute, 120.0);

        // A new pass counts from zero but remembers the last success; "left" never goes negative.
        meter.progress().lastSuccess = clock.now();
        meter.passEnded();
        QCOMPARE(p.left, 0);
        QVERIFY(!p.eta);
        meter.count(ItemOutcome::Failed, 0);
        QCOMPARE(p.left, 0);
        meter.startPass();
        QCOMPARE(p.copied, 0);
        QCOMPARE(p.lastSuccess, clock.now());
        meter.setState(RunState::Paused, {});
        QCOMPARE(p.state, RunState::Paused);
        QCOMPARE(p.statusText, runStateText(RunState::Paused));
    }

    // A good message: headers, hash and identity, nothing refused, its Date left alone.
    void preparesAGoodMessage()
    {
        const QByteArray raw = message("Message-ID: <a@b>\r\nSubject: Hi\r\nFrom: Ann <ann@x.example>\r\n"
                                       "Date: Sat, 15 Mar 2014 10:30:00 +0100\r\n");
        const PlannedMessage item = planned("U1", raw.size());
        PreparedMessage p = MessagePreparation::inspect(item, raw, 1024 * 1024);
        QVERIFY(!p.refusal);
        QCOMPARE(p.info.uidl, QByteArray("U1"));
        QCOMPARE(p.info.messageId, QByteArray("<a@b>"));
        QCOMPARE(p.event.subject, QStringLiteral("Hi"));
        QCOMPARE(p.info.size, raw.size());
        const QByteArray sha = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
        QCOMPARE(p.info.sha256, sha);
        QCOMPARE(p.contentKey, sha + '/' + QByteArray::number(raw.size()) + "/<a@b>");
        QVERIFY(!p.keepOnServer);
        const QByteArray bytes = MessagePreparation::finish(p, raw, item, false);
        QCOMPARE(bytes, raw); // a good Date: byte for byte
        QVERIFY(!p.info.flags.testFlag(ItemFlag::DateRescued));
        QVERIFY(p.info.note.isEmpty());
    }

    // Refusals: empty, no headers, over the limit, cut short, a stand-in; each with its status.
    void refusesWhatMustNotBeCopied()
    {
        QCOMPARE(MessagePreparation::inspect(planned("E", 0), QByteArray(), 1000).refusal->code, Error::Code::MessageMalformed);
        const QByteArray big = message("Subject: big\r\n", QByteArray(2000, 'x'));
        const PreparedMessage over = MessagePreparation::inspect(planned("B", big.size()), big, 1000);
        QVERIFY(over.refusal);
        QCOMPARE(over.refusal->status, ItemStatus::SkippedOversize);
        QCOMPARE(over.refusal->code, Error::Code::MessageOversize);
        const QByteArray shortMail = message("Subject: cut\r\n");
        const PreparedMessage cut = MessagePreparation::inspect(planned("C", 50000), shortMail, 1024 * 1024);
        QVERIFY(cut.refusal);
        QCOMPARE(cut.refusal->code, Error::Code::SizeMismatch);
        const QByteArray standIn = message("From: Courier mail server <postmaster@localhost>\r\n"
                                           "Subject: Cannot display Unicode content\r\nMIME-Version: 1.0\r\n",
                                           "This message cannot be displayed because it contains Unicode content.\r\n");
        const PreparedMessage si = MessagePreparation::inspect(planned("S", standIn.size()), standIn, 1024 * 1024);
        QVERIFY(si.refusal);
        QCOMPARE(si.refusal->code, Error::Code::StandInMessage);
        QCOMPARE(si.refusal->status, ItemStatus::Failed);
    }

    // Copied but kept: larger than announced; an unreliable id keeps it too and loses the UIDL.
    void keepsWhatItCannotName()
    {
        const QByteArray raw = message("Message-ID: <k@b>\r\nSubject: grown\r\n", QByteArray(5000, 'y'));
        PreparedMessage grown = MessagePreparation::inspect(planned("G", 100), raw, 1024 * 1024);
        QVERIFY(!grown.refusal);
        QVERIFY(grown.keepOnServer);
        QVERIFY(grown.info.flags.testFlag(ItemFlag::KeepOnServer));
        QVERIFY(!grown.sizeNote.isEmpty());

        PlannedMessage byContent = planned("X", raw.size());
        byContent.contentIdentity = true;
        byContent.possibleDuplicate = true;
        PreparedMessage p = MessagePreparation::inspect(byContent, raw, 1024 * 1024);
        QVERIFY(p.keepOnServer);
        QVERIFY(p.info.uidl.isEmpty());
        (void)MessagePreparation::finish(p, raw, byContent, true);
        QVERIFY(p.info.flags.testFlag(ItemFlag::PossibleDuplicate));
        QVERIFY(p.event.possibleDuplicate);
        QVERIFY(!p.info.note.isEmpty());
        QVERIFY(p.event.reason.size() > p.info.note.size()); // says why it may show twice
    }

    // A broken Date is rescued from Received: and the note says so.
    void rescuesTheDate()
    {
        const QByteArray raw = message("Received: from a by b; Sat, 15 Mar 2014 10:30:00 +0100\r\n"
                                       "Message-ID: <d@b>\r\nSubject: old\r\nDate: someday\r\n");
        const PlannedMessage item = planned("D", raw.size());
        PreparedMessage p = MessagePreparation::inspect(item, raw, 1024 * 1024);
        QVERIFY(!p.refusal);
        const QByteArray bytes = MessagePreparation::finish(p, raw, item, false);
        QVERIFY(bytes != raw);
        QVERIFY(p.info.flags.testFlag(ItemFlag::DateRescued));
        QVERIFY(p.event.dateRescued);
        QVERIFY(mail::MessageHeaders::parse(bytes).date());
        QVERIFY(!p.info.note.isEmpty());
        QVERIFY(!p.info.dateHeader.isEmpty());
    }

    void describesOversizeByList()
    {
        const QByteArray headers = "Message-ID: <o@b>\r\nSubject: huge\r\nFrom: x@y\r\n\r\n";
        const PlannedMessage item = planned("O", 80LL * 1024 * 1024);
        const store::ItemInfo info = MessagePreparation::oversizeInfo(item, mail::MessageHeaders::parse(headers));
        QCOMPARE(info.uidl, QByteArray("O"));
        QCOMPARE(info.listSize, item.listSize);
        QCOMPARE(info.messageId, QByteArray("<o@b>"));
        QCOMPARE(info.subject, QStringLiteral("huge"));
        QVERIFY(MessagePreparation::oversizeReason(item.listSize, 50LL * 1024 * 1024).contains(QStringLiteral("80.0")));
    }
};

QTEST_GUILESS_MAIN(TestEngineParts)
#include "tst_engine_parts.moc"
