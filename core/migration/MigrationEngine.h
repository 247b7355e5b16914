#pragma once

#include "migration/AccountConfig.h"
#include "migration/MigrationController.h"
#include "migration/MigrationTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <memory>

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
    AccountConfig account;
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
/// ledger, then for up to `batchSize` messages: RETR (pipelined, bounded by bytes in flight),
/// record "uploading", upload, commit "copied + Gmail id", and only then DELE (delete modes);
/// then QUIT, and only after the server acknowledged QUIT, record "deleted". A short pause,
/// and the next session replans from the ledger, so message numbers never outlive their session.
///
/// Errors are handled by scope: an Item error is recorded and the run goes on; a Session error
/// ends the session and reconnects with backoff (honouring Retry-After / LOGIN-DELAY); an
/// Account error (password, consent) stops the run with a plain message, without retrying.
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
    enum class WorkKind { Fetch, DeleteOnly, OversizeByList };
    struct WorkItem {
        WorkKind kind = WorkKind::Fetch;
        int number = 0;
        QByteArray uidl;
        qint64 listSize = 0;
        qint64 ledgerId = -1;
        bool possibleDuplicate = false;
    };

    // Pass and session flow.
    void startPass();
    void ensureLabelThenConnect();
    void connectSession();
    void onUidl(const QList<QByteArray> &uidls, const QList<int> &numbers, bool haveUidl);
    void planSession(const QHash<int, QByteArray> &uidlByNumber, const QHash<int, qint64> &sizeByNumber, bool haveUidl);
    void pump();
    void issueFetch(const WorkItem &item);
    void processMessage(const WorkItem &item, QByteArray raw);
    void upload(const WorkItem &item, qint64 ledgerId, QByteArray bytes, const ItemEvent &event);
    void issueDelete(qint64 ledgerId, int number, const ItemEvent &event);
    void maybeFinishSession();
    void finishSession();
    void afterSession();
    void finishPass();
    void sendReportThenFinish();
    void endPass(RunState state);
    void stopRun(RunState state, std::optional<Error> error);

    // Failures.
    void sessionFailed(const Error &error);
    void accountFailed(const Error &error);
    void retryAfterBackoff(const Error &error);

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
    QSet<QByteArray> m_possibleDuplicates; ///< uidls left "uploading" by a crash
    std::deque<WorkItem> m_batch;
    int m_fetchesInFlight = 0;
    int m_uploadsInFlight = 0;
    int m_deletesInFlight = 0;
    qint64 m_bytesInFlight = 0;
    QList<QPair<qint64, ItemEvent>> m_deletedThisSession; ///< DELE acknowledged, awaiting QUIT
    bool m_sessionBroken = false;
    bool m_sessionHadWork = false;
    bool m_moreWork = false;
    bool m_firstPlanOfPass = true;
    bool m_haveUidl = true;

    bool m_pauseRequested = false;
    bool m_cancelRequested = false;
    bool m_paused = false;
    bool m_crashed = false;
    bool m_stopped = false;
    bool m_inPass = false;

    int m_consecutiveSessionFailures = 0;
    std::optional<Error> m_lastSessionError;

    RunSummary m_summary;
    Progress m_progress;
    Millis m_lastProgressEmit{-1000000};
    std::deque<std::pair<Millis, qint64>> m_rateWindow; ///< (when, bytes) of recent copies
};

} // namespace mf::migration
