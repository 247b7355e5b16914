#include "migration/MigrationController.h"

#include "migration/MigrationEngine.h"

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
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine.data()] { engine->cancel(); }, Qt::QueuedConnection);
    m_thread.reset(); // waits for the worker; the engine is deleted in it (deleteLater on finished)
}

void MigrationController::setClock(Clock *clock)
{
    m_clock = clock;
}

void MigrationController::setStepHook(std::function<bool(const QString &)> hook)
{
    m_stepHook = std::move(hook);
}

void MigrationController::start(const AccountConfig &account, const QString &pop3Password, const GoogleAccess &google,
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

    // The engine is created here but lives, works and dies in the worker thread.
    auto *engine = new MigrationEngine(std::move(setup));
    engine->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, engine, &QObject::deleteLater);
    m_engine = engine;

    connect(engine, &MigrationEngine::progressChanged, this, &MigrationController::progressChanged, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::itemFinished, this, &MigrationController::itemFinished, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::planReady, this, &MigrationController::planReady, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::runFinished, this, &MigrationController::runFinished, Qt::QueuedConnection);
    connect(engine, &MigrationEngine::stopped, this, [this, engine](const RunSummary &summary) {
        m_running = false;
        if (m_engine == engine)
            m_engine = nullptr;
        engine->deleteLater(); // in its own thread
        emit stopped(summary);
    }, Qt::QueuedConnection);

    QMetaObject::invokeMethod(engine, [engine] { engine->start(); }, Qt::QueuedConnection);
}

void MigrationController::pause()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine.data()] { engine->pause(); }, Qt::QueuedConnection);
}

void MigrationController::resume()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine.data()] { engine->resume(); }, Qt::QueuedConnection);
}

void MigrationController::cancel()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine.data()] { engine->cancel(); }, Qt::QueuedConnection);
}

void MigrationController::syncNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, [engine = m_engine.data()] { engine->syncNow(); }, Qt::QueuedConnection);
}

} // namespace mf::migration
