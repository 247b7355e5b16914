// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "google/RateGovernor.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace mf::migration {

class MigrationEngine;

/// One Google account's share of a SyncHost: a worker thread that holds the engines of every
/// mailbox going into that account and the one RateGovernor they share. The lane itself lives in
/// the host's thread; it only posts to the worker and never waits on it, except when it is
/// destroyed (the engines and the governor must die in the thread they live in).
///
/// Lifetimes, all in the worker: an engine is deleted by a call posted after it stopped
/// (release()) or by the lane's teardown; the governor is deleted last, after every engine whose
/// Gmail client still refers to it. Posted calls run in order, so a release posted before the
/// teardown has run by then.
class SyncLane : public QObject {
    Q_OBJECT
public:
    SyncLane(const QString &gmailAccount, Clock *clock, const google::RateGovernor::Config &pace, QObject *parent = nullptr);
    ~SyncLane() override;

    [[nodiscard]] QString gmailAccount() const { return m_gmailAccount; }
    /// For EngineSetup::sharedGovernor only: it lives in the worker and is used there alone.
    [[nodiscard]] google::RateGovernor *governor() const { return m_governor; }

    /// Moves `engine` (created in the host's thread, signals already connected) into the worker
    /// and starts it there.
    void adopt(MigrationEngine *engine);
    /// Calls `call` on `engine` in the worker (pause, resume, syncNow, cancel).
    void post(MigrationEngine *engine, std::function<void(MigrationEngine *)> call);
    /// The engine has stopped and the host has let it go: it is deleted in the worker.
    void release(MigrationEngine *engine);
    [[nodiscard]] int engineCount() const { return int(m_engines.size()); }

signals:
    /// Gmail has slowed this account down (a 429 cut the shared pace below its target), or it has
    /// won the pace back.
    void quotaHeld(const QString &gmailAccount, bool held);

private:
    QString m_gmailAccount;
    double m_targetRate;
    std::unique_ptr<QThread> m_thread;
    google::RateGovernor *m_governor;
    QSet<MigrationEngine *> m_engines; ///< adopted and not released; used here only as targets
    bool m_held = false;
};

} // namespace mf::migration
