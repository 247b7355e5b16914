// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "migration/JournalStep.h"
#include "migration/MigrationTypes.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace mf::secrets {
class CredentialStore;
}

namespace mf::migration {

class MigrationEngine;

/// Lives in the UI (or CLI) thread and owns one worker thread with one MigrationEngine in it.
/// Every call crosses the thread boundary through QMetaObject::invokeMethod; every report comes
/// back through queued signals, so the UI thread never waits on the network or the disk.
///
/// Who deletes the engine, and where: always the worker thread (it owns the engine's sockets,
/// timers and network replies, which must die in the thread they live in). During a run only the
/// controller's own thread decides that the engine may go, after it has seen the engine's stopped()
/// and forgotten it; when the controller itself is destroyed, the engine is deleted in the worker
/// while the worker's event loop still runs, and only then is the thread stopped.
class MigrationController : public QObject {
    Q_OBJECT
public:
    explicit MigrationController(QObject *parent = nullptr);
    ~MigrationController() override;

    /// Time source for the engine (tests pass a ManualClock); defaults to Clock::system().
    void setClock(Clock *clock);
    /// Step hook for the crash harness: called on the worker thread at every journal step; returning
    /// false makes the engine stop dead at that point, as if the process had been killed.
    void setStepHook(std::function<bool(JournalStep step)> hook);

    /// Starts a run for `account` with the POP3 password and Google access given (never stored here).
    /// Calls from the UI thread only.
    void start(const accounts::AccountConfig &account, const QString &pop3Password, const GoogleAccess &google,
               const RunRequest &request = {});
    void pause();
    void resume();
    void cancel();
    /// Skips the wait of continuous mode and runs now.
    void syncNow();
    /// Tries the messages that failed again: now between passes, else in one more pass right
    /// after the current one.
    void retryFailed();
    [[nodiscard]] bool isRunning() const { return m_running; }

signals:
    void progressChanged(const mf::migration::Progress &progress);
    void itemFinished(const mf::migration::ItemEvent &event);
    void planReady(const mf::migration::PlanPreview &plan);
    /// A run ended (in continuous mode, each pass ends with one of these and the engine waits).
    void runFinished(const mf::migration::RunSummary &summary);
    /// The engine stopped for good (cancelled, failed, or a one-time run finished); the thread is idle.
    void stopped(const mf::migration::RunSummary &summary);

private:
    void onEngineStopped(MigrationEngine *engine, quint64 serial, const RunSummary &summary);

    struct ThreadDeleter {
        void operator()(QThread *thread) const;
    };
    std::unique_ptr<QThread, ThreadDeleter> m_thread;
    /// The current run's engine, used here only as the target of posted calls. Not a QPointer:
    /// the engine is deleted in the worker thread, which would clear a QPointer while this thread
    /// reads it. It stays valid while set because the engine is deleted only after it is cleared
    /// (see onEngineStopped and the destructor).
    MigrationEngine *m_engine = nullptr;
    /// Counts runs, so that a late stopped() from an engine that has already been let go (an engine
    /// may report its end twice) is never taken for the current run's, even at a reused address.
    quint64 m_runSerial = 0;
    Clock *m_clock = nullptr;
    std::function<bool(JournalStep)> m_stepHook;
    bool m_running = false;
};

} // namespace mf::migration
