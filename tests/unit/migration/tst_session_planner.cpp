// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mail/StandInDetector.h"
#include "migration/SessionPlanner.h"

#include <QtTest/QtTest>

#include <limits>

using namespace mf;
using namespace mf::migration;
using store::ItemFlag;
using store::ItemStatus;
using Kind = PlannedMessage::Kind;

namespace {

constexpr qint64 kLimit = 50LL * 1024 * 1024;

store::ItemSummary known(qint64 id, ItemStatus status, qint64 listSize, store::ItemFlags flags = {})
{
    store::ItemSummary s;
    s.id = id;
    s.status = status;
    s.listSize = listSize;
    s.size = listSize;
    s.flags = flags;
    s.copiedAtMs = status == ItemStatus::Copied ? 1000 : 0;
    return s;
}

SessionPlanner::Policy policy(bool deleting = false)
{
    SessionPlanner::Policy p;
    p.sizeLimitBytes = kLimit;
    if (deleting)
        p.deleteDue = [](qint64) { return true; };
    return p;
}

QList<int> numbers(const std::vector<PlannedMessage> &items)
{
    QList<int> out;
    for (const auto &i : items)
        out << i.number;
    return out;
}

} // namespace

class TestSessionPlanner : public QObject {
    Q_OBJECT
private slots:
    void trustedUidlsPlanAsBefore()
    {
        store::ResumeState state;
        state.byUidl.insert("A", known(1, ItemStatus::Copied, 100));
        state.byUidl.insert("B", known(2, ItemStatus::Failed, 200));
        state.byUidl.insert("C", known(3, ItemStatus::SkippedDuplicate, 300));
        const SessionPlan plan =
            SessionPlanner::plan({{1, "A", 100}, {2, "B", 200}, {3, "C", 300}, {4, "D", 400}}, true, state, policy());
        QCOMPARE(numbers(plan.fetch), QList<int>{4});
        QCOMPARE(plan.preview.toCopy, 1);
        // "Already done" means in Gmail; a failed message is not done, and not "to copy" either.
        QCOMPARE(plan.preview.alreadyCopied, 2);
        QCOMPARE(plan.preview.failedEarlier, 1);
        QCOMPARE(plan.preview.unreliableIds, 0);
        QVERIFY(plan.deletes.empty());
    }

    void uidlListedTwiceIsMatchedByContentAndNeverDeleted()
    {
        // The ledger knows X as copied, but now two messages say they are X: neither may be
        // skipped or deleted on the UIDL alone.
        store::ResumeState state;
        state.byUidl.insert("X", known(1, ItemStatus::Copied, 100));
        const SessionPlan plan =
            SessionPlanner::plan({{1, "X", 100}, {2, "X", 120}, {3, "Y", 50}}, true, state, policy(/*deleting=*/true));
        QCOMPARE(numbers(plan.fetch), (QList<int>{1, 2, 3}));
        QVERIFY(plan.fetch[0].contentIdentity);
        QVERIFY(plan.fetch[1].contentIdentity);
        QVERIFY(!plan.fetch[2].contentIdentity);
        QVERIFY(plan.deletes.empty());
        QVERIFY(plan.ambiguousUidls.contains("X"));
        QCOMPARE(plan.preview.unreliableIds, 2);
        QCOMPARE(plan.preview.toCheckByContent, 2);
        QCOMPARE(plan.preview.toCopy, 1);
        QCOMPARE(plan.preview.alreadyCopied, 0);
    }

    void reusedUidlWithAnotherSizeIsAnotherMessage()
    {
        // A server whose UIDLs follow message numbers: "5" was a 100-byte message, now it is 180.
        store::ResumeState state;
        state.byUidl.insert("5", known(5, ItemStatus::Copied, 100));
        state.byUidl.insert("6", known(6, ItemStatus::Copied, 200));
        const SessionPlan plan = SessionPlanner::plan({{5, "5", 180}, {6, "6", 200}}, true, state, policy(true));
        QCOMPARE(numbers(plan.fetch), QList<int>{5});
        QVERIFY(plan.fetch[0].contentIdentity);
        QCOMPARE(plan.sizeContradictions, 1);
        QCOMPARE(numbers(plan.deletes), QList<int>{6}); // the one whose size still agrees
        QCOMPARE(plan.preview.alreadyCopied, 1);
    }

    void deletedButListedAgainIsCheckedByContent()
    {
        store::ResumeState state;
        state.byUidl.insert("D", known(4, ItemStatus::Deleted, 100));
        const SessionPlan plan = SessionPlanner::plan({{1, "D", 100}}, true, state, policy(true));
        QCOMPARE(numbers(plan.fetch), QList<int>{1});
        QVERIFY(plan.fetch[0].contentIdentity);
        QVERIFY(plan.deletes.empty());
    }

    void serverWithoutUidlIsCheckedNotCopiedBlindly()
    {
        const SessionPlan plan = SessionPlanner::plan({{1, {}, 10}, {2, {}, 10}, {3, {}, 20}}, false, {}, policy(true));
        QCOMPARE(plan.fetch.size(), size_t(3));
        QCOMPARE(plan.preview.toCheckByContent, 3);
        QCOMPARE(plan.preview.toCopy, 0);
        QCOMPARE(plan.preview.unreliableIds, 0); // no UIDL is not a lie
        QVERIFY(!plan.preview.serverHasUidl);
        // Read once in this pass: a later session of the pass does not read them again, even
        // when two share a size.
        QHash<QByteArray, int> checked;
        checked[SessionPlanner::contentKey({}, 10)] = 2;
        SessionPlanner::Policy p = policy();
        p.contentChecked = &checked;
        const SessionPlan later = SessionPlanner::plan({{1, {}, 10}, {2, {}, 10}, {3, {}, 20}}, false, {}, p);
        QCOMPARE(numbers(later.fetch), QList<int>{3});
    }

    void oversizeIsPlannedAgainWhenTheLimitAllows()
    {
        store::ResumeState state;
        state.byUidl.insert("BIG", known(9, ItemStatus::SkippedOversize, 30LL * 1024 * 1024));
        SessionPlanner::Policy small = policy();
        small.sizeLimitBytes = 20LL * 1024 * 1024;
        const SessionPlan still = SessionPlanner::plan({{1, "BIG", 30LL * 1024 * 1024}}, true, state, small);
        QVERIFY(still.fetch.empty());
        QVERIFY(still.oversize.empty()); // recorded already: no TOP, no second log row
        QCOMPARE(still.preview.oversize, 1);
        QCOMPARE(still.preview.toCopy, 0);
        QCOMPARE(still.preview.alreadyCopied, 0);

        const SessionPlan raised = SessionPlanner::plan({{1, "BIG", 30LL * 1024 * 1024}}, true, state, policy());
        QCOMPARE(numbers(raised.fetch), QList<int>{1});
        QCOMPARE(raised.preview.toCopy, 1);

        // LIST said little, but the message grew past the limit while it streamed in: what
        // arrived counts, so it is not read again (an endless RETR would otherwise loop).
        store::ResumeState grew;
        store::ItemSummary endless = known(10, ItemStatus::SkippedOversize, 2048);
        endless.size = kLimit + 1;
        grew.byUidl.insert("ENDLESS", endless);
        const SessionPlan again = SessionPlanner::plan({{1, "ENDLESS", 2048}}, true, grew, policy());
        QVERIFY(again.fetch.empty());
        QCOMPARE(again.preview.oversize, 1);
    }

    void newOversizeByListIsRecordedNotCopied()
    {
        const SessionPlan plan = SessionPlanner::plan({{1, "H", kLimit * 2}, {2, "S", kLimit}}, true, {}, policy());
        QCOMPARE(numbers(plan.oversize), QList<int>{1});
        QCOMPARE(plan.oversize[0].kind, Kind::OversizeByList);
        QCOMPARE(numbers(plan.fetch), QList<int>{2});
        QCOMPARE(plan.preview.toCopy, 1); // an oversize message is never counted "to copy"
        QCOMPARE(plan.preview.oversize, 1);
    }

    void keptOnServerIsNeverPlannedForDeletion()
    {
        store::ResumeState state;
        state.byUidl.insert("K", known(1, ItemStatus::Copied, 100, ItemFlag::KeepOnServer));
        state.byUidl.insert("N", known(2, ItemStatus::Copied, 100));
        const SessionPlan plan = SessionPlanner::plan({{1, "K", 100}, {2, "N", 100}}, true, state, policy(true));
        QCOMPARE(numbers(plan.deletes), QList<int>{2});
        QCOMPARE(plan.deletes[0].kind, Kind::DeleteOnly);
        QCOMPARE(plan.preview.toDeleteFromServer, 1);
    }

    void inFlightAndInterruptedUploads()
    {
        store::ResumeState state;
        state.byUidl.insert("UP", known(1, ItemStatus::Uploading, 10));
        state.byUidl.insert("PD", known(2, ItemStatus::Pending, 10, ItemFlag::PossibleDuplicate));
        state.byUidl.insert("P", known(3, ItemStatus::Pending, 10));
        const QSet<QByteArray> inFlight{"FLY"};
        const QSet<QByteArray> unknownFate{"P"};
        SessionPlanner::Policy p = policy();
        p.inFlight = &inFlight;
        p.possibleDuplicates = &unknownFate;
        const SessionPlan plan =
            SessionPlanner::plan({{1, "UP", 10}, {2, "PD", 10}, {3, "P", 10}, {4, "FLY", 10}}, true, state, p);
        QCOMPARE(numbers(plan.fetch), (QList<int>{1, 2, 3}));
        QVERIFY(plan.fetch[0].possibleDuplicate);
        QVERIFY(plan.fetch[1].possibleDuplicate);
        QVERIFY(plan.fetch[2].possibleDuplicate);
    }

    void distrustedServerMatchesEverythingByContent()
    {
        store::ResumeState state;
        state.byUidl.insert("A", known(1, ItemStatus::Copied, 100));
        SessionPlanner::Policy p = policy(true);
        p.distrustUidls = true;
        const SessionPlan plan = SessionPlanner::plan({{1, "A", 100}}, true, state, p);
        QCOMPARE(numbers(plan.fetch), QList<int>{1});
        QVERIFY(plan.fetch[0].contentIdentity);
        QVERIFY(plan.deletes.empty());
    }

    void absurdSizesDoNotOverflow()
    {
        const qint64 huge = std::numeric_limits<qint64>::max();
        const SessionPlan plan = SessionPlanner::plan({{1, "A", huge}, {2, "B", huge}, {3, "C", 5}}, true, {}, policy());
        QCOMPARE(plan.preview.oversize, 2);
        QVERIFY(plan.preview.bytesOnServer >= 0);
        QCOMPARE(plan.preview.toCopy, 1);
        QVERIFY(SessionPlanner::overLimitByList(huge, kLimit));
        QVERIFY(!SessionPlanner::overLimitByList(kLimit + kLimit / 10, kLimit));
    }

    void courierStandInIsRecognised()
    {
        const QByteArray standIn =
            "From: Mail Delivery Subsystem <MAILER-DAEMON>\r\nSubject: Cannot display Unicode content\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
            "Content-Type: text/plain\r\n\r\nThis message contains Unicode content that cannot be displayed.\r\n"
            "--b\r\nContent-Type: message/global\r\n\r\nSubject: caf\xc3\xa9\r\n\r\nhi\r\n--b--\r\n";
        QVERIFY(!mail::StandInDetector::reason(standIn).isEmpty());
        const QByteArray real = "Date: Mon, 1 Jan 2018 10:00:00 +0000\r\nMessage-ID: <a@b>\r\n"
                                "Subject: Cannot display Unicode content\r\n\r\nA real mail about the subject.\r\n";
        QVERIFY(mail::StandInDetector::reason(real).isEmpty());
        QVERIFY(mail::StandInDetector::reason("Subject: hello\r\n\r\nno date, but not a stand-in\r\n").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionPlanner)
#include "tst_session_planner.moc"
