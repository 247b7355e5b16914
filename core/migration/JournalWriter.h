// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "migration/JournalStep.h"
#include "migration/MigrationTypes.h"
#include "migration/SessionPlanner.h"
#include "store/Ledger.h"
#include "store/LedgerTypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace mf::migration {

/// One message the engine works on: what the planner said, and the POP3 session that listed it
/// (its `number` means nothing in any other session).
struct WorkItem : PlannedMessage {
    quint64 session = 0;
};

/// Where one upload stands in the journal; shared by its beforeSend and done callbacks.
struct UploadTicket {
    qint64 ledgerId = -1;
    bool journaled = false; ///< "uploading" is on disk: the request may leave from now on
};

/// A fetched message whose request is about to leave, waiting for its "uploading" group commit.
struct PendingBegin {
    WorkItem item;
    store::ItemInfo info;
    std::shared_ptr<UploadTicket> ticket;
    std::function<void(bool)> go; ///< lets the request leave (true) or drops it (false)
};

/// A message Gmail confirmed, waiting for its "copied" group commit.
struct PendingCopy {
    WorkItem item;
    qint64 ledgerId = -1;
    QString gmailId;
    ItemEvent event;
    qint64 size = 0;
    bool possiblyDuplicated = false;
    bool keepOnServer = false;
    QByteArray contentKey;
};

/// Writes the journal: the ledger's three durable steps, in group commits, each followed by its
/// journal step; and the crash harness at every other step.
///
/// Group commits: whatever became ready in one turn of the event loop (requests about to leave,
/// uploads Gmail confirmed) is queued here and goes to disk in one transaction (one fsync),
/// still strictly before the step it guards. The engine drains the queues (copies first: they
/// release memory and allow DELEs) and reacts to what was written.
///
/// A failed write is returned as an error (the run stops); a step the harness refuses stops the
/// writer dead: every later step() answers false, and `onStoppedDead` runs once.
class JournalWriter {
public:
    using StepHook = std::function<bool(JournalStep step)>;

    JournalWriter(StepHook hook, std::function<void()> onStoppedDead);

    /// The ledger to write to; null while there is none (a dry run without a ledger, or stopped).
    void setLedger(store::Ledger *ledger) { m_ledger = ledger; }

    /// The crash harness: true = go on; false = stop dead right here (the caller returns at once).
    [[nodiscard]] bool step(JournalStep step);
    [[nodiscard]] bool stoppedDead() const { return m_stoppedDead; }

    // The queues of the next group commit.
    void queueBegin(PendingBegin begin) { m_begins.push_back(std::move(begin)); }
    void queueCopy(PendingCopy copy) { m_copies.push_back(std::move(copy)); }
    [[nodiscard]] std::vector<PendingBegin> takeBegins();
    [[nodiscard]] std::vector<PendingCopy> takeCopies();
    /// Requests that will never leave (stopping): each is told so, none is recorded.
    void dropBegins();

    /// True if a flush is due and none was scheduled yet (the caller schedules one).
    [[nodiscard]] bool claimFlush();
    void flushStarted() { m_flushScheduled = false; }

    /// "Uploading" for every queued request, then Uploading: the ledger ids, in order.
    [[nodiscard]] Result<QList<qint64>> writeUploading(const std::vector<PendingBegin> &begins);
    /// "Copied + Gmail id" for every confirmed upload, then Copied. Durable before any DELE.
    [[nodiscard]] Status writeCopied(const std::vector<PendingCopy> &copies);
    /// "Deleted" for every DELE the server applied at QUIT, then Deleted.
    [[nodiscard]] Status writeDeleted(const QList<qint64> &ids);

private:
    [[nodiscard]] Status stepAfterWrite(JournalStep step);

    StepHook m_hook;
    std::function<void()> m_onStoppedDead;
    store::Ledger *m_ledger = nullptr;
    std::vector<PendingBegin> m_begins;
    std::vector<PendingCopy> m_copies;
    bool m_flushScheduled = false;
    bool m_stoppedDead = false;
};

} // namespace mf::migration
