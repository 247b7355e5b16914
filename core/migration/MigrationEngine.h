#pragma once

#include "accounts/AccountConfig.h"
#include "migration/MigrationTypes.h"
#include "migration/SessionPlanner.h"
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

namespace mf::pop3 {
class Pop3Client;
}
namespace mf::google {
class GmailClient;
class TokenManager;
}
namespace mf::store {
class Ledger;
class RunLock;
}

namespace mf::migration {

/// Everything one engine needs; the controller fills it in the UI thread and hands it over.
struct EngineSetup {
    accounts::AccountConfig account;
    QString pop3Password;      ///< in memory only, never logged
    GoogleAccess google;
    RunRequest request;
    Clock *clock = nullptr;
    /// Crash harness (isync style): called at every journal step; false = stop dead right there.
    std::function<bool(const QString &step)> stepHook;
    QString ledgerPath;        ///< empty: account.ledgerPath()
    QString lockPath;          ///< empty: account.lockPath()
};

/// Moves one POP3 mailbox into Gmail, exactly once. Lives in its own worker thread; everything in
/// it is event-driven (no blocking waits), and everything it learns goes out through signals.
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

signals:
    void progressChanged(const mf::migration::Progress &progress);
    void itemFinished(const mf::migration::ItemEvent &event);
    void planReady(const mf::migration::PlanPreview &plan);
    void runFinished(const mf::migration::RunSummary &summary);
    void stopped(const mf::migration::RunSummary &summary);

private:
    using WorkKind = PlannedMessage::Kind;
    struct WorkItem : PlannedMessage {
        quint64 session = 0; ///< the POP3 session that listed it: `number` means nothing elsewhere
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
        std::function<void(bool)> go;
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
    /// Where the POP3 side stands. Uploads run on regardless, across sessions.
    enum class SessionPhase {
        None,      ///< no session; decide() picks what comes next
        Open,      ///< connecting or connected, fetching and deleting
        Quitting,  ///< QUIT sent: no more commands in this session
        Scheduled, ///< the next session waits for the pause (or backoff) and a short upload backlog
    };

    // Pass and session flow.
    void startPass();
    void ensureLabelThenConnect();
    void connectSession();
    void planSession(const QList<ListedMessage> &listing, bool haveUidl);
    void pump();
    [[nodiscard]] bool sessionFull() const;
    void issueFetch(const WorkItem &item);
    void recordOversizeByList(const WorkItem &item, const QByteArray &headers);
    /// Records the outcome of a message that could not be read whole (RETR refused, cut off at
    /// the size limit, or breaking the connection), from what the listing said about it.
    [[nodiscard]] bool recordUnread(const WorkItem &item, store::ItemStatus status, const QString &reason,
                                    Error::Code code, const QString &detail = {}, qint64 sizeSeen = 0);
    void processMessage(const WorkItem &item, QByteArray raw);
    void startUpload(const WorkItem &item, const store::ItemInfo &info, const ItemEvent &event, QByteArray bytes,
                     const QByteArray &contentKey, bool keepOnServer);
    void verifyThenDelete(const WorkItem &item);
    void issueDelete(qint64 ledgerId, int number, const ItemEvent &event);
    void releaseUpload(const WorkItem &item, qint64 size, const QByteArray &contentKey);
    void remember(const QByteArray &uidl, qint64 id, store::ItemStatus status, qint64 listSize,
                  store::ItemFlags flags = {}, qint64 copiedAtMs = 0, qint64 size = 0);
    [[nodiscard]] bool recordFailure(store::ItemInfo info, ItemEvent event, const WorkItem &item, store::ItemStatus status,
                                     const QString &reason, Error::Code code, const QString &detail = {});

    // Group commits: everything that became ready in one turn of the event loop goes to disk in
    // one durable transaction (an fsync each), still strictly before the step it guards.
    void scheduleFlush();
    void flushJournal();
    void flushBegins();
    void flushCopies();

    // What comes next, from wherever the engine stands; called after every event.
    void advance();
    void maybeFinishSession();
    void finishSession();
    [[nodiscard]] bool expungesOnQuit() const;
    void afterSession();
    void decide();
    void scheduleNextSession(Millis delay, const QString &statusText = {});
    void maybeConnectNext();
    void finishPass();
    void sendReportThenFinish();
    void endPass(RunState state);
    void stopRun(RunState state, std::optional<Error> error);
    void fillOutstanding();

    // Failures, counted per side: a working POP3 server says nothing about Gmail, and back.
    void sessionFailed(const Error &error);
    void googleFailed(const Error &error);
    void accountFailed(const Error &error);
    void giveUp(const Error &error);
    void retryAfterBackoff(const Error &error);
    void retryGoogleAfterBackoff(const Error &error);
    [[nodiscard]] Millis backoffFor(int failures, const Error &error) const;
    [[nodiscard]] bool waitTooLong(const Error &error);

    // Crash harness: false means "the process died here"; the caller must return at once.
    [[nodiscard]] bool step(const char *name);
    [[nodiscard]] bool dead() const { return m_crashed || m_stopped; }
    void crash();

    // Reporting.
    void recordItem(ItemEvent event);
    void emitProgress(bool force = false);
    void setState(RunState state, const QString &statusText = {});
    [[nodiscard]] QStringList labelIds() const;
    [[nodiscard]] bool deleteDue(const QDateTime &copiedAt) const;
    [[nodiscard]] bool deletesWanted() const;

    EngineSetup m_setup;
    Clock *m_clock;
    MigrationOptions m_options;

    std::unique_ptr<store::RunLock> m_lock;
    std::unique_ptr<store::Ledger> m_ledger;
    QNetworkAccessManager *m_nam = nullptr;
    google::TokenManager *m_tokens = nullptr;
    google::GmailClient *m_gmail = nullptr;
    QPointer<pop3::Pop3Client> m_pop3;
    Timer *m_waitTimer = nullptr;

    QString m_labelId;
    QSet<QByteArray> m_possibleDuplicates; ///< uidls whose upload ended in an unknown state
    QSet<QByteArray> m_uncertainUploads;   ///< ... because an attempt in this process failed that way (not a stop)
    std::deque<WorkItem> m_batch;
    SessionPhase m_phase = SessionPhase::None;
    quint64 m_session = 0;          ///< serial of the current POP3 session
    quint64 m_scheduleSerial = 0;   ///< invalidates a stale pause/backoff timer
    bool m_pauseElapsed = false;
    int m_fetchesInFlight = 0;
    int m_fetchDepth = 8;           ///< RETRs pipelined at once; 1 after a session broke without progress
    int m_deletesInFlight = 0;
    /// Messages fetched and not yet settled (waiting for a slot, for "uploading", uploading,
    /// waiting for "copied"), across sessions; and their bytes plus those of RETRs under way.
    int m_uploadsInFlight = 0;
    qint64 m_bytesInFlight = 0;
    QSet<QByteArray> m_inFlightUidls;   ///< never planned again while their upload is under way
    QSet<QByteArray> m_inFlightContent; ///< content keys under way: an identical message waits for them
    std::vector<PendingBegin> m_pendingBegins;
    std::vector<PendingCopy> m_pendingCopies;
    bool m_flushScheduled = false;
    bool m_deletesOwed = false;     ///< a copy landed after its session ended (delete mode)
    QList<QPair<qint64, ItemEvent>> m_deletedThisSession; ///< DELE acknowledged, awaiting QUIT
    bool m_sessionBroken = false;
    bool m_sessionPlanned = false; ///< the batch is known: the session may end once it is done
    bool m_sessionProgress = false; ///< the session recorded an outcome: the server works
    bool m_moreWork = false;
    bool m_haveUidl = true;
    int m_sessionFetched = 0;
    int m_sessionRetrieved = 0;     ///< RETRs answered in this session
    int m_sessionInGmail = 0;       ///< ... of which Gmail holds the message (copied, or known there)
    int m_sessionFetchLimit = std::numeric_limits<int>::max();
    int m_sessionMinFetch = 0;      ///< delete mode: read this much before the session may end on time
    Millis m_sessionStartedAt{0};

    // What the ledger knows, loaded once a pass and kept up to date by every commit, so that a
    // session plans without reading the whole ledger again.
    store::ResumeState m_known;
    bool m_knownLoaded = false;
    QHash<QByteArray, int> m_contentChecked; ///< content-identified messages read in this pass
    bool m_distrustUidls = false;           ///< the server was caught reusing a UIDL in this pass
    int m_failedEarlierListed = 0;          ///< failed in earlier runs, listed again, not retried
    QHash<QByteArray, int> m_breaksWhileReading; ///< sessions that broke while this UIDL was being read

    bool m_pauseRequested = false;
    bool m_cancelRequested = false;
    bool m_paused = false;
    bool m_crashed = false;
    bool m_stopped = false;
    bool m_inPass = false;
    bool m_firstPlanOfPass = true;
    bool m_everLoggedIn = false;    ///< a POP3 login succeeded in this process
    bool m_avoidApop = false;       ///< the server refused APOP: log in with USER/PASS

    int m_pop3Failures = 0;         ///< consecutive POP3 sessions that failed
    std::optional<Error> m_lastSessionError;
    bool m_gmailProven = false;     ///< Gmail confirmed an upload since it last failed (or since the start)
    bool m_googleBroken = false;    ///< an upload failed for a Session reason; no more fetching until it is retried
    int m_googleFailures = 0;       ///< consecutive rounds of failed uploads (reset by one confirmed upload)
    std::optional<Millis> m_googleDownSince;
    std::optional<Error> m_lastGoogleError;
    Millis m_lastLoginAt{-1};
    int m_loginDelaySeconds = 0;    ///< CAPA LOGIN-DELAY: logins are spaced by this much
    std::optional<int> m_expireDays;

    RunSummary m_summary;
    Progress m_progress;
    Millis m_lastProgressEmit{-1000000};
    std::deque<std::pair<Millis, qint64>> m_rateWindow; ///< (when, bytes) of recent copies
};

} // namespace mf::migration
