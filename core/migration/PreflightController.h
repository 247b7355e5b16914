// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Result.h"
#include "migration/PreflightReport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace mf::accounts {
class AccountService;
}

namespace mf::migration {

/// Runs a pre-flight (PreflightPop3Run, or runArchivePreflight for a local archive) in a worker
/// thread of its own, so that the caller's thread never waits: the wizard's review page and
/// `mailferry preflight` drive it alike. Calls and signals in the caller's thread only.
///
/// The record of earlier runs is read through AccountService::openLedger() (read-only; never
/// created) in the worker, only when it exists.
class PreflightController : public QObject {
    Q_OBJECT
public:
    explicit PreflightController(QObject *parent = nullptr);
    ~PreflightController() override;

    /// Time source of the POP3 session (tests pass a ManualClock); defaults to Clock::system().
    void setClock(Clock *clock) { m_clock = clock; }
    /// Starts for `account` (a POP3 mailbox or an archive); the password is for the POP3 login
    /// only and not kept. `service` must outlive the run; null: no look-up of earlier runs.
    void start(const accounts::AccountConfig &account, const QString &pop3Password, const accounts::AccountService *service);
    /// Stops; failed() follows with a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_context != nullptr; }

signals:
    /// `total` is -1 while unknown (an archive is counted as it is read).
    void progress(qint64 checked, qint64 total);
    void finished(const mf::migration::PreflightReport &report);
    void failed(const mf::Error &error);

private:
    void onDone(quint64 serial, const Result<PreflightReport> &result);

    struct ThreadDeleter {
        void operator()(QThread *thread) const;
    };
    std::unique_ptr<QThread, ThreadDeleter> m_thread;
    /// The current run's anchor in the worker thread; deleted (there) only after it is cleared
    /// here, so a posted call to it never meets a deleted object.
    QObject *m_context = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    quint64 m_serial = 0;
    Clock *m_clock = nullptr;
};

} // namespace mf::migration
