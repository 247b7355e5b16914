// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "migration/JournalStep.h"
#include "migration/JournalWriter.h"
#include "migration/MigrationTypes.h"
#include "migration/ProgressMeter.h"
#include "migration/SessionPlanner.h"
#include "migration/source/MessageSource.h"
#include "store/LedgerTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace mf::google {
class GmailClient;
class NestedLabels;
class RateGovernor;
class TokenManager;
} // namespace mf::google
namespace mf::store {
class Ledger;
class RunLock;
} // namespace mf::store

namespace mf::migration {

class ArchiveCatalog;

/// Everything one engine needs; the controller fills it in the UI thread and hands it over.
struct EngineSetup {
    accounts::AccountConfig account;
    QString pop3Password; ///< in memory only, never logged; unused for a local archive
    GoogleAccess google;
    RunRequest request;
    Clock *clock = nullptr;
    /// Crash harness (isync style): called at every journal step; false = stop dead right there.
    JournalWriter::StepHook stepHook;
    QString ledgerPath; ///< empty: account.ledgerPath()
    QString lockPath;   ///< empty: account.lockPath()
    /// The pace of the Gmail account this mailbox goes into, shared with every other mailbox that
    /// goes into the same account (the SyncHost owns it, in the same worker thread). Null: the
    /// engine's Gmail client paces itself alone.
    google::RateGovernor *sharedGovernor = nullptr;
};

/// Moves one POP3 mailbox or one local archive into Gmail, exactly once. Lives in its own worker
/// thread; everything in it is event-driven (no blocking waits), and everything it learns goes
/// out through signals.
///
/// Where the mail comes from is a MessageSource (source/): a Pop3Source per POP3 session, or an
/// ArchiveSource over the pass's ArchiveCatalog (scanned once a pass). The text below speaks of
/// POP3; an archive is a source whose ids never change, that never deletes (the engine asks
/// canDelete()) and whose messages may carry a folder (a nested label) and read/flagged marks.
///
/// One pass = a series of POP3 sessions. Each session: connect, UIDL + LIST, plan against the
/// ledger, then fetch up to `batchSize` messages (RETR pipelined, bounded by bytes in flight)
/// and QUIT; after a short pause the next session replans from the ledger, so message numbers
/// never outlive their session. Uploads are a pipeline of their own that runs across sessions:
/// while Gmail is still taking one batch, the next session already fetches the next, so the
/// pause between sessions never leaves Gmail idle.
///
/// The journal (store::Ledger) is written in group commits: "uploading" for every message the
/// pipeline has just fetched, in one durable transaction, before any of them is sent; "copied +
/// Gmail id" for every upload Gmail has just confirmed, in one transaction, before any DELE.
/// A DELE goes out in the session that fetched the message when it is still open; otherwise
/// the next session sends it (a copied message is planned as "delete only"). "Deleted" is
/// recorded after the server acknowledged QUIT.
///
/// Errors are handled by scope: an Item error is recorded and the run goes on; a Session error
/// ends the session and reconnects with backoff (honouring Retry-After / LOGIN-DELAY) once the
/// uploads in flight have landed; an Account error (password, consent) stops the run with a
/// plain message, without retrying.
///
/// The engine is a state machine of two enums (see MigrationEngine.cpp for what waits for what):
/// RunPhase, where the run stands (in a pass, pausing, paused, stopped), and SessionPhase, where
/// the POP3 side stands; a third, Retry, says which side owes a retry after a failure. Its parts,
/// each testable alone: SessionPlanner (what a session does), MessagePreparation (what a message
/// is), JournalWriter (the ledger's group commits and the crash harness), ProgressMeter.
class MigrationEngine : public QObject {
    Q_OBJECT
public:
    explicit MigrationEngine(EngineSetup setup, QObject *parent = nullptr);
    ~MigrationEngine() override;

    // All of these must be called in the engine's thread (the controller uses invokeMethod).
    void start();
    void pause();
    void resume();
    void cancel();
    void syncNow();
    /// Tries the messages that failed again: between passes, in a pass that starts now; during a
    /// pass, in one more pass that starts as soon as this one has finished (a one-time run too,
    /// which then stops after it). A pass that fails or is cancelled leaves the retry to the next.
    void retryFailed();

signals:
    void progressChanged(const mf::migration::Progress &progress);
    void itemFinished(const mf::migration::ItemEvent &event);
    void planReady(const mf::migration::PlanPreview &plan);
    void runFinished(const mf::migration::RunSummary &summary);
    void stopped(const mf::migration::RunSummary &summary);

private:
    using WorkKind = PlannedMessage::Kind;

    /// Where the run stands.
    enum class RunPhase {
        Between,       ///< not in a pass: before the first, or waiting for the next (continuous sync)
        Running,       ///< a pass runs
        Pausing,       ///< a pass runs, pause asked: what is in flight lands, QUIT, then Paused
        Cancelling,    ///< a pass runs, cancel asked: what is in flight lands, QUIT, then Stopped
        Paused,        ///< paused inside a pass: resume() reconnects
        PausedBetween, ///< paused between passes: resume() starts the next pass
        Stopped,       ///< for good (finished, failed, cancelled): stopped() was emitted
        Crashed,       ///< the crash harness stopped it dead, as if the process had died
    };
    /// Where the POP3 side stands. Uploads run on regardless, across sessions.
    enum class SessionPhase {
        None,      ///< no session; decide() picks what comes next
        Listing,   ///< connecting, logging in, listing: only a failure ends it
        Open,      ///< planned: fetching and deleting
        Broken,    ///< the connection failed (dropped without QUIT); the commands under way fail out
        Quitting,  ///< QUIT sent: no more commands in this session
        Scheduled, ///< the next session waits for the pause (or backoff) to elapse ...
        Due,       ///< ... and then for the upload backlog to be short
    };
    /// Which side failed and owes a retry once the uploads under way have ended. Gmail wins: while
    /// it fails, nothing is fetched, and its retry round reconnects the POP3 side as well.
    enum class Retry { None, Pop3, Gmail };

    [[nodiscard]] bool inPass() const
    {
        return m_run == RunPhase::Running || m_run == RunPhase::Pausing || m_run == RunPhase::Cancelling
            || m_run == RunPhase::Paused;
    }
    [[nodiscard]] bool stopping() const { return m_run == RunPhase::Pausing || m_run == RunPhase::Cancelling; }
    [[nodiscard]] bool dead() const { return m_run == RunPhase::Stopped || m_run == RunPhase::Crashed; }
    [[nodiscard]] bool sessionUsable() const { return m_phase == SessionPhase::Listing || m_phase == SessionPhase::Open; }

    // Pass and session flow (EngineSession.cpp).
    void startPass();
    void ensureLabelThenConnect();
    void connectSession();
    [[nodiscard]] MessageSource *makeSource();
    void listThenPlan();
    void planSession(const QList<ListedMessage> &listing, bool haveUidl);
    // A local archive, one page a session (EnginePages.cpp).
    [[nodiscard]] bool loadKnownForPage(const QList<ListedMessage> &listing);
    [[nodiscard]] Result<PlanPreview> archivePreview(const SessionPlanner::Policy &policy) const;
    void turnPage();
    void ensureFolderLabels();
    void ensureFolderLabel(const QStringList &missing, int index, quint64 session);
    [[nodiscard]] QString folderLabelName(const QString &folder) const;
    /// Who the mail belongs to, for the ledger and the report mail: the address, or the archive.
    [[nodiscard]] QString sourceName() const;
    void pump();
    [[nodiscard]] bool sessionFull() const;
    void issueFetch(const WorkItem &item);
    void verifyThenDelete(const WorkItem &item);
    void issueDelete(qint64 ledgerId, int number, const ItemEvent &event);
    void maybeFinishSession();
    void finishSession();
    [[nodiscard]] bool expungesOnQuit() const;
    void afterSession();
    [[nodiscard]] bool deleteDue(const QDateTime &copiedAt) const;
    [[nodiscard]] bool deletesWanted() const;

    // Messages and uploads (EngineUploads.cpp).
    void recordOversizeByList(const WorkItem &item, const QByteArray &headers);
    /// Records the outcome of a message that could not be read whole (RETR refused, cut off at
    /// the size limit, or breaking the connection), from what the listing said about it.
    [[nodiscard]] bool recordUnread(const WorkItem &item, store::ItemStatus status, const QString &reason, Error::Code code,
                                    const QString &detail = {}, qint64 sizeSeen = 0);
    void processMessage(const WorkItem &item, QByteArray raw);
    void startUpload(const WorkItem &item, const store::ItemInfo &info, const ItemEvent &event, QByteArray bytes,
                     const QByteArray &contentKey, bool keepOnServer);
    void uploadFailed(const WorkItem &item, const store::ItemInfo &info, ItemEvent event, const UploadTicket &ticket,
                      const Error &error);
    void releaseUpload(const WorkItem &item, qint64 size, const QByteArray &contentKey);
    void remember(const QByteArray &uidl, qint64 id, store::ItemStatus status, qint64 listSize, store::ItemFlags flags = {},
                  qint64 copiedAtMs = 0, qint64 size = 0);
    [[nodiscard]] bool recordFailure(store::ItemInfo info, ItemEvent event, const WorkItem &item, store::ItemStatus status,
                                     const QString &reason, Error::Code code, const QString &detail = {});
    [[nodiscard]] QStringList labelIds() const;
    /// labelIds() adjusted by what the source knows of this message (its folder, its flags).
    [[nodiscard]] QStringList labelIdsFor(const QByteArray &uidl) const;

    // Group commits: everything that became ready in one turn of the event loop goes to disk in
    // one durable transaction (an fsync each), still strictly before the step it guards.
    void scheduleFlush();
    void flushJournal();
    void flushBegins();
    void flushCopies();

    // What comes next, from wherever the engine stands; called after every event (MigrationEngine.cpp).
    void advance();
    void decide();
    void scheduleNextSession(Millis delay, const QString &statusText = {});
    void maybeConnectNext();
    void finishPass();
    void endPass(RunState state);
    void stopRun(RunState state, std::optional<Error> error);

    // Failures, counted per side: a working POP3 server says nothing about Gmail, and back
    // (EngineFailures.cpp, with the report mail a run with failures ends with).
    void sessionFailed(const Error &error);
    void googleFailed(const Error &error);
    void accountFailed(const Error &error);
    void giveUp(const Error &error);
    void retryAfterBackoff(const Error &error);
    void retryGoogleAfterBackoff(const Error &error);
    [[nodiscard]] Millis backoffFor(int failures, const Error &error) const;
    [[nodiscard]] bool waitTooLong(const Error &error);
    void sendReportThenFinish();
    void fillOutstanding();

    // Crash harness: false means "the process died here"; the caller must return at once.
    [[nodiscard]] bool step(JournalStep journalStep);
    void crash();

    // Reporting.
    void recordItem(ItemEvent event);
    void emitProgress(bool force = false);
    void setState(RunState state, const QString &statusText = {});
    [[nodiscard]] Progress &progress() { return m_meter.progress(); }

    EngineSetup m_setup;
    Clock *m_clock;
    MigrationOptions m_options;
    JournalWriter m_journal;
    ProgressMeter m_meter;

    std::unique_ptr<store::RunLock> m_lock;
    std::unique_ptr<store::Ledger> m_ledger;
    QNetworkAccessManager *m_nam = nullptr;
    google::TokenManager *m_tokens = nullptr;
    google::GmailClient *m_gmail = nullptr;
    QPointer<MessageSource> m_source;          ///< the current session's source
    bool m_canDelete = true;                   ///< false for a local archive: never deleted from
    std::shared_ptr<ArchiveCatalog> m_catalog; ///< a local archive's scan, shared by the pass's sessions
    QHash<QByteArray, SourceMarks> m_marks;    ///< folder and flags of the messages fetched and not yet settled
    std::unique_ptr<google::NestedLabels> m_folderLabels;
    bool m_folderLabelsPending = false; ///< fetching waits until the folders' labels exist
    Timer *m_waitTimer = nullptr;

    RunPhase m_run = RunPhase::Between;
    SessionPhase m_phase = SessionPhase::None;
    Retry m_retry = Retry::None;

    QString m_labelId;
    QSet<QByteArray> m_possibleDuplicates; ///< uidls whose upload ended in an unknown state
    QSet<QByteArray> m_uncertainUploads;   ///< ... because an attempt in this process failed that way (not a stop)
    std::deque<WorkItem> m_batch;
    quint64 m_session = 0;        ///< serial of the current POP3 session
    quint64 m_scheduleSerial = 0; ///< invalidates a stale pause/backoff timer
    int m_fetchesInFlight = 0;
    int m_fetchDepth = 8; ///< RETRs pipelined at once; 1 after a session broke without progress
    int m_deletesInFlight = 0;
    /// Messages fetched and not yet settled (waiting for a slot, for "uploading", uploading,
    /// waiting for "copied"), across sessions; and their bytes plus those of RETRs under way.
    int m_uploadsInFlight = 0;
    qint64 m_bytesInFlight = 0;
    QSet<QByteArray> m_inFlightUidls;                     ///< never planned again while their upload is under way
    QSet<QByteArray> m_inFlightContent;                   ///< content keys under way: an identical message waits for them
    bool m_deletesOwed = false;                           ///< a copy landed after its session ended (delete mode)
    QList<QPair<qint64, ItemEvent>> m_deletedThisSession; ///< DELE acknowledged, awaiting QUIT
    bool m_sessionProgress = false;                       ///< the session recorded an outcome: the server works
    bool m_moreWork = false;                              ///< the mailbox holds more than this session took
    bool m_haveUidl = true;
    int m_sessionFetched = 0;
    int m_sessionRetrieved = 0; ///< RETRs answered in this session
    int m_sessionInGmail = 0;   ///< ... of which Gmail holds the message (copied, or known there)
    int m_sessionFetchLimit = std::numeric_limits<int>::max();
    int m_sessionMinFetch = 0; ///< delete mode: read this much before the session may end on time
    Millis m_sessionStartedAt{0};

    // What the ledger knows, loaded once a pass and kept up to date by every commit, so that a
    // session plans without reading the whole ledger again.
    store::ResumeState m_known;
    bool m_knownLoaded = false;
    QHash<QByteArray, int> m_contentChecked;     ///< content-identified messages read in this pass
    bool m_distrustUidls = false;                ///< the server was caught reusing a UIDL in this pass
    int m_failedEarlierListed = 0;               ///< failed in earlier runs, listed again, not retried
    QHash<QByteArray, int> m_breaksWhileReading; ///< sessions that broke while this UIDL was being read

    bool m_firstPlanOfPass = true;
    bool m_everLoggedIn = false; ///< a POP3 login succeeded in this process
    bool m_avoidApop = false;    ///< the server refused APOP: log in with USER/PASS

    int m_pop3Failures = 0; ///< consecutive POP3 sessions that failed
    std::optional<Error> m_lastSessionError;
    bool m_gmailProven = false; ///< Gmail confirmed an upload since it last failed (or since the start)
    int m_googleFailures = 0;   ///< consecutive rounds of failed uploads (reset by one confirmed upload)
    std::optional<Millis> m_googleDownSince;
    std::optional<Error> m_lastGoogleError;
    Millis m_lastLoginAt{-1};
    int m_loginDelaySeconds = 0; ///< CAPA LOGIN-DELAY: logins are spaced by this much
    std::optional<int> m_expireDays;

    RunSummary m_summary;
    bool m_retryAfterPass = false; ///< "Retry failed" came during a pass: one more pass follows it
};

} // namespace mf::migration
