// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "migration/JournalStep.h"
#include "migration/MailboxState.h"
#include "migration/MigrationTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace mf::accounts {
class AccountService;
}

namespace mf::migration {

class SyncLane;

/// What the tray shows: every mailbox of the host added up.
struct SyncTotals {
    int mailboxes = 0;
    int busy = 0;     ///< checking or copying now
    int needsYou = 0; ///< stopped until the user acts
    int failed = 0;
    int copied = 0; ///< this run, all mailboxes together
    int left = 0;   ///< still to copy in the passes under way
};

/// Runs many mailboxes at once: one MigrationEngine per mailbox, continuous sync for those that
/// have it, and one Gmail quota per Google account, shared. The GUI and the CLI drive the host,
/// never engines directly.
///
/// Threads: the host lives in the caller's thread (the UI or the CLI) and never blocks it: every
/// call is posted to a worker, every report comes back through queued signals. Mailboxes are
/// grouped by the Google account they copy into: each group (a "lane") has one worker thread,
/// holding the engines of all its mailboxes and ONE RateGovernor for that account, so three old
/// addresses going into one Gmail share one pace (15,000 units a minute, i.e. about 600 messages)
/// and one limit of uploads at once, in one thread, without locking. Mailboxes going into
/// different Google accounts run in different threads, in parallel, without slowing each other.
/// The governor gives its slots round-robin over the mailboxes that wait, so each gets its share.
///
/// A mailbox that needs the user (wrong password, Google consent gone) goes NeedsYou and says so
/// once through needsYou(); the others go on. A mailbox set to continuous sync keeps checking
/// every intervalMinutes after its passes; syncNow() checks at once.
///
/// Ids are AccountConfig::id. Calls with an id the host does not know do nothing.
class SyncHost : public QObject {
    Q_OBJECT
public:
    explicit SyncHost(QObject *parent = nullptr);
    /// Cancels every engine (what is in flight is left as the ledger allows) and ends the threads.
    /// Prefer cancelAll() and waiting for allStopped() for a clean end.
    ~SyncHost() override;

    /// Time source for every engine and governor (tests pass a ManualClock); default Clock::system().
    /// Set it before the first start().
    void setClock(Clock *clock);
    /// Crash harness: called in the mailbox's worker thread at every journal step; false makes
    /// that mailbox's engine stop dead there, as if the process had been killed.
    using StepHook = std::function<bool(const QString &accountId, JournalStep step)>;
    void setStepHook(StepHook hook);
    /// Where the end of each pass is recorded (AccountService::recordCheck/recordCopy), so that
    /// the health of continuous sync can be judged. Optional; must outlive the host.
    void setAccountService(accounts::AccountService *service);

    /// How many mailboxes may be in a pass at once (the CLI's --parallel); 0 (the default): no
    /// limit. A mailbox started beyond it is Queued until a place frees. A continuous mailbox holds
    /// its place for its first pass only; its later checks are small and not counted.
    void setMaxParallel(int n);
    [[nodiscard]] int maxParallel() const { return m_maxParallel; }

    /// Adds a mailbox, or replaces the settings and secrets of one that is not running (e.g. after
    /// the user typed a new password). The password and the refresh token stay in memory only.
    /// False when the account is not valid or the mailbox is running.
    bool add(const accounts::AccountConfig &account, const QString &pop3Password, const GoogleAccess &google);
    /// Cancels the mailbox if it runs and forgets it once its engine has stopped.
    void remove(const QString &accountId);
    [[nodiscard]] bool contains(const QString &accountId) const;
    [[nodiscard]] QStringList accountIds() const; ///< in the order they were added

    /// Starts the mailbox's run (one pass, or continuous sync when its options say so). Does
    /// nothing if it already runs.
    void start(const QString &accountId, const RunRequest &request = {});
    /// Starts every mailbox that is not running, in the order they were added.
    void startAll(const RunRequest &request = {});
    /// Pauses after what is in flight has landed (nothing is left "uploading").
    void pause(const QString &accountId);
    void resume(const QString &accountId);
    /// Checks now instead of at the end of the interval (resumes a paused mailbox too).
    void syncNow(const QString &accountId);
    /// Tries the messages that failed again ("Retry failed"): starts a run that does, or, in a run
    /// under way, a pass that does (at once between passes, else right after the current pass);
    /// resumes a paused mailbox too.
    void retryFailed(const QString &accountId);
    /// Stops the run; stopped() follows once what is in flight has landed.
    void cancel(const QString &accountId);
    void cancelAll();

    [[nodiscard]] MailboxState state(const QString &accountId) const;
    [[nodiscard]] QList<MailboxState> states() const; ///< in the order the mailboxes were added
    [[nodiscard]] SyncTotals totals() const;
    [[nodiscard]] bool isRunning(const QString &accountId) const;
    [[nodiscard]] bool anyRunning() const;

signals:
    /// Anything about the mailbox changed (activity, progress, times, error); at most a few
    /// times a second per mailbox while it copies.
    void mailboxChanged(const mf::migration::MailboxState &state);
    void itemFinished(const QString &accountId, const mf::migration::ItemEvent &event);
    void planReady(const QString &accountId, const mf::migration::PlanPreview &plan);
    /// A pass ended (continuous sync: each pass; then the mailbox waits for its next check).
    void runFinished(const QString &accountId, const mf::migration::RunSummary &summary);
    /// The pass ended: `ok` when it checked the server successfully, else `error`; `copiedAt` is
    /// valid when it copied something. For whoever records health without an AccountService.
    void passEnded(const QString &accountId, const QDateTime &checkedAt, bool ok, const std::optional<mf::Error> &error,
                   const QDateTime &copiedAt);
    /// The mailbox stopped until the user acts (once per stop): for a notification.
    void needsYou(const QString &accountId, const mf::Error &error);
    /// The mailbox's engine stopped for good (finished, failed, cancelled).
    void stopped(const QString &accountId, const mf::migration::RunSummary &summary);
    /// No mailbox runs any more (after the last stopped()).
    void allStopped();

private:
    struct Mailbox;
    Mailbox *find(const QString &accountId);
    const Mailbox *find(const QString &accountId) const;
    SyncLane *laneFor(const QString &gmailAccount, const accounts::AccountConfig &account);
    void launch(Mailbox &mailbox);
    void launchQueued();
    [[nodiscard]] int busyCount() const;
    void onProgress(const QString &accountId, quint64 serial, const Progress &progress);
    void onQuota(const QString &gmailAccount, bool held);
    void onPassEnded(const QString &accountId, quint64 serial, const RunSummary &summary);
    void onStopped(const QString &accountId, quint64 serial, const RunSummary &summary);
    void setActivity(Mailbox &mailbox, MailboxState::Activity activity, const QString &statusText = {});
    void publish(const Mailbox &mailbox);

    Clock *m_clock = nullptr;
    StepHook m_stepHook;
    accounts::AccountService *m_service = nullptr;
    int m_maxParallel = 0;
    QList<QString> m_order;
    QHash<QString, std::shared_ptr<Mailbox>> m_mailboxes;
    QHash<QString, SyncLane *> m_lanes; ///< by Google account (lower case); owned by the host
    QSet<QString> m_quotaHeld;          ///< Google accounts whose pace Gmail has cut (after a 429)
    quint64 m_nextSerial = 0;
};

} // namespace mf::migration
