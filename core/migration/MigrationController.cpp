// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/MigrationController.h"

#include "migration/MigrationEngine.h"

#include <utility>

namespace mf::migration {

namespace {
void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<ItemEvent>();
        qRegisterMetaType<Progress>();
        qRegisterMetaType<RunSummary>();
        qRegisterMetaType<PlanPreview>();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

void MigrationController::ThreadDeleter::operator()(QThread *thread) const
{
    // qBittorrent's graceful deleter: let the thread's event loop finish, then delete it.
    thread->quit();
    thread->wait();
    delete thread;
}

MigrationController::MigrationController(QObject *parent)
    : QObject(parent)
{
    registerTypes();
}

MigrationController::~MigrationController()
{
    Q_ASSERT_X(QThread::currentThread() == thread(), Q_FUNC_INFO, "the controller must die in its own thread");
    if (MigrationEngine *engine = std::exchange(m_engine, nullptr)) {
        // The engine dies in its own thread, before that thread's event loop ends: its Pop3Client,
        // GmailClient, QNetworkAccessManager and timers belong to that thread, and what they post
        // while they are torn down (deleteLater of sockets and replies) is still delivered there.
        // cancel() first: an engine that is between passes stops cleanly (ledger closed, run lock
        // released); one in mid-pass is deleted as it stands, which the ledger is built to survive.
        // Nothing in the worker ever waits on this thread, so the blocking call cannot deadlock.
        QMetaObject::invokeMethod(
            engine,
            [engine] {
            engine->cancel();
            delete engine;
            },
            Qt::BlockingQueuedConnection);
    }
    // Waits for the worker; an engine already let go by onEngineStopped() has its deleteLater()
    // delivered in the worker before the thread ends (QThread sends deferred deletes on finish).
    m_thread.reset();
}

void MigrationController::setClock(Clock *clock)
{
    m_clock = clock;
}

void MigrationController::setStepHook(std::function<bool(JournalStep)> hook)
{
    m_stepHook = std::move(hook);
}

void MigrationController::start(const accounts::AccountConfig &account, const QString &pop3Password, const GoogleAccess &google,
                                const RunRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    if (!m_thread) {
        m_thread.reset(new QThread);
        m_thread->setObjectName(QStringLiteral("mailferry-migration"));
        m_thread->start();
    }

    EngineSetup setup;
    setup.account = account;
    setup.pop3Password = pop3Password;
    setup.google = google;
    setup.request = request;
    setup.clock = m_clock;
    setup.stepHook = m_stepHook;

    // The engine is created here but lives, works and dies in the worker thread. Its constructor
    // makes no QObject children; everything with a thread affinity is made in start(), in the worker.
    auto *engine = new MigrationEngine(std::move(setup));
    engine->moveToThread(m_thread.get());
    m_engine = engine;
    const quint64 serial = ++m_runSerial;

    connect(engine, &MigrationEngine::progressChanged, this, &MigrationController::progressChanged, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::itemFinished, this, &MigrationController::itemFinished, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::planReady, this, &MigrationController::planReady, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::runFinished, this, &MigrationController::runFinished, Qt::QueuedConnection);
    connect(
        engine, &MigrationEngine::stopped, this,
        [this, engine, serial](const RunSummary &summary) { onEngineStopped(engine, serial, summary); }, Qt::QueuedConnection);

    QMetaObject::invokeMethod(
        engine, [engine] { engine->start(); }, Qt::QueuedConnection);
}

void MigrationController::onEngineStopped(MigrationEngine *engine, quint64 serial, const RunSummary &summary)
{
    // Only the first stopped() of the current run counts. A second one from the same engine (or
    // one from an engine already let go) must not touch `engine`: it may be deleted by now, and a
    // second deleteLater() on it would free it twice in the worker thread.
    if (serial != m_runSerial || engine != m_engine)
        return;
    m_engine = nullptr;
    m_running = false;
    engine->deleteLater(); // posted to the worker thread, where it is deleted
    emit stopped(summary);
}

void MigrationController::pause()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine] { engine->pause(); }, Qt::QueuedConnection);
}

void MigrationController::resume()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine] { engine->resume(); }, Qt::QueuedConnection);
}

void MigrationController::cancel()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine] { engine->cancel(); }, Qt::QueuedConnection);
}

void MigrationController::syncNow()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine] { engine->syncNow(); }, Qt::QueuedConnection);
}

void MigrationController::retryFailed()
{
    if (MigrationEngine *engine = m_engine)
        QMetaObject::invokeMethod(
            engine, [engine] { engine->retryFailed(); }, Qt::QueuedConnection);
}

} // namespace mf::migration
