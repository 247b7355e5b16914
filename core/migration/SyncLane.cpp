// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/SyncLane.h"

#include "migration/MigrationEngine.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace mf::migration {

#ifdef Q_OS_LINUX
namespace {
constexpr int kWorkerNice = 5; ///< a third of the CPU weight of the caller's thread when both want it
}
#endif

SyncLane::SyncLane(const QString &gmailAccount, Clock *clock, const google::RateGovernor::Config &pace, QObject *parent)
    : QObject(parent)
    , m_gmailAccount(gmailAccount)
    , m_targetRate(pace.messagesPerMinute)
    , m_thread(new QThread)
    , m_governor(new google::RateGovernor(clock ? clock : Clock::system(), pace))
{
    m_thread->setObjectName(QStringLiteral("mailferry-lane"));
    // Moved before the thread runs anything: its timer (a child) moves with it.
    m_governor->moveToThread(m_thread.get());
    connect(m_governor, &google::RateGovernor::rateChanged, this, [this](double rate) {
        const bool held = m_targetRate > 0 && rate < m_targetRate - 0.5;
        if (held == m_held)
            return;
        m_held = held;
        emit quotaHeld(m_gmailAccount, held);
    });
    // The copying gives way to the caller's thread (the UI): with twenty mailboxes starting at
    // once (TLS handshakes, new ledgers), workers at the same priority keep it from the CPU for
    // tens of milliseconds. Linux ignores QThread priorities for normal threads but has a nice
    // value per thread; elsewhere QThread::LowPriority does it.
    m_thread->start(QThread::LowPriority);
#ifdef Q_OS_LINUX
    QMetaObject::invokeMethod(
        m_governor, [] { setpriority(PRIO_PROCESS, id_t(gettid()), kWorkerNice); }, Qt::QueuedConnection);
#endif
}

SyncLane::~SyncLane()
{
    // The engines still here were not released (the host is going away mid-run): cancel and
    // delete them in the worker, then the governor they refer to, then end the thread. Nothing in
    // the worker waits on this thread, so the blocking call cannot deadlock.
    const QSet<MigrationEngine *> engines = m_engines;
    google::RateGovernor *governor = m_governor;
    QMetaObject::invokeMethod(
        governor,
        [engines, governor] {
        for (MigrationEngine *engine : engines) {
            engine->cancel();
            delete engine;
        }
        delete governor;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncLane::adopt(MigrationEngine *engine)
{
    m_engines.insert(engine);
    engine->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(
        engine, [engine] { engine->start(); }, Qt::QueuedConnection);
}

void SyncLane::post(MigrationEngine *engine, std::function<void(MigrationEngine *)> call)
{
    if (!m_engines.contains(engine))
        return;
    QMetaObject::invokeMethod(
        engine, [engine, call = std::move(call)] { call(engine); }, Qt::QueuedConnection);
}

void SyncLane::release(MigrationEngine *engine)
{
    if (!m_engines.remove(engine))
        return;
    // Posted to the governor (which outlives every engine), not to the engine: the call runs even
    // if nothing else is queued for the engine, and before the teardown's.
    QMetaObject::invokeMethod(
        m_governor, [engine] { delete engine; }, Qt::QueuedConnection);
}

} // namespace mf::migration
