// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/SyncHost.h"

#include "accounts/AccountService.h"
#include "common/Logging.h"
#include "migration/MigrationEngine.h"
#include "migration/SyncLane.h"

#include <QThread>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mf::migration {

namespace {
void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<ItemEvent>();
        qRegisterMetaType<Progress>();
        qRegisterMetaType<RunSummary>();
        qRegisterMetaType<PlanPreview>();
        qRegisterMetaType<MailboxState>();
        return true;
    }();
    Q_UNUSED(done);
}

/// The Google account a mailbox copies into: mailboxes with the same one share a lane.
QString gmailKey(const accounts::AccountConfig &account, const GoogleAccess &google)
{
    const QString email = google.accountEmail.isEmpty() ? account.gmailAccount : google.accountEmail;
    const QString key = email.trimmed().toLower();
    // Without an address the mailbox cannot share with anyone: a lane of its own.
    return key.isEmpty() ? QStringLiteral("mailbox:") + account.id : key;
}

/// glibc gives every thread that allocates its own malloc arena (up to eight per core, 64 MB of
/// address space each). A host starts a thread per Google account; twenty of them creating their
/// arenas at once hold the process's address-space lock long enough to stall every other thread,
/// the UI's included, for tens of milliseconds, and the arenas fragment memory. As many arenas as
/// cores is enough for threads that mostly wait on the network. A MALLOC_ARENA_MAX set by the
/// user wins.
void limitMallocArenas()
{
#if defined(__GLIBC__)
    static const bool done = [] {
        if (!qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
            mallopt(M_ARENA_MAX, std::max(2, QThread::idealThreadCount()));
        return true;
    }();
    Q_UNUSED(done);
#endif
}

bool needsUser(const std::optional<Error> &error)
{
    return error && error->scope == Error::Scope::Account;
}
} // namespace

struct SyncHost::Mailbox {
    accounts::AccountConfig account;
    QString password; ///< in memory only
    GoogleAccess google;
    RunRequest request;
    MailboxState state;
    MigrationEngine *engine = nullptr; ///< target of posted calls while set; lives in the lane's worker
    SyncLane *lane = nullptr;
    quint64 serial = 0;       ///< the current run's; reports of older runs are ignored
    bool queued = false;      ///< waits for a place (maxParallel)
    bool holdsPlace = false;  ///< counted against maxParallel (a one-time run, or a continuous first pass)
    bool passRecorded = true; ///< the current pass's end was recorded (runFinished before stopped)
    bool removeWhenStopped = false;
};

SyncHost::SyncHost(QObject *parent)
    : QObject(parent)
{
    registerTypes();
    limitMallocArenas();
}

SyncHost::~SyncHost()
{
    // Each lane cancels and deletes its engines in its worker, then ends its thread.
    const auto lanes = m_lanes;
    m_lanes.clear();
    for (SyncLane *lane : lanes)
        delete lane;
}

void SyncHost::setClock(Clock *clock)
{
    m_clock = clock;
}

void SyncHost::setStepHook(StepHook hook)
{
    m_stepHook = std::move(hook);
}

void SyncHost::setAccountService(accounts::AccountService *service)
{
    m_service = service;
}

void SyncHost::setMaxParallel(int n)
{
    m_maxParallel = std::max(0, n);
    launchQueued();
}

SyncHost::Mailbox *SyncHost::find(const QString &accountId)
{
    auto it = m_mailboxes.find(accountId);
    return it == m_mailboxes.end() ? nullptr : it->get();
}

const SyncHost::Mailbox *SyncHost::find(const QString &accountId) const
{
    auto it = m_mailboxes.constFind(accountId);
    return it == m_mailboxes.constEnd() ? nullptr : it->get();
}

bool SyncHost::add(const accounts::AccountConfig &account, const QString &pop3Password, const GoogleAccess &google)
{
    if (!account.isValid())
        return false;
    Mailbox *mailbox = find(account.id);
    if (mailbox && mailbox->state.running)
        return false;
    if (!mailbox) {
        auto created = std::make_shared<Mailbox>();
        mailbox = created.get();
        m_mailboxes.insert(account.id, created);
        m_order.append(account.id);
        mailbox->state.activity = MailboxState::Idle;
    }
    mailbox->account = account;
    mailbox->password = pop3Password;
    mailbox->google = google;
    mailbox->state.accountId = account.id;
    mailbox->state.gmailAccount = gmailKey(account, google);
    mailbox->state.continuous = account.options.continuous;
    if (mailbox->state.activity == MailboxState::Idle)
        mailbox->state.statusText = activityText(MailboxState::Idle);
    publish(*mailbox);
    return true;
}

void SyncHost::remove(const QString &accountId)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox)
        return;
    if (mailbox->state.running) {
        // Forgotten once stopped() has gone out (at once for a mailbox still queued).
        mailbox->removeWhenStopped = true;
        cancel(accountId);
        return;
    }
    m_order.removeAll(accountId);
    m_mailboxes.remove(accountId);
}

bool SyncHost::contains(const QString &accountId) const
{
    return find(accountId) != nullptr;
}

QStringList SyncHost::accountIds() const
{
    return m_order;
}

SyncLane *SyncHost::laneFor(const QString &gmailAccount, const accounts::AccountConfig &account)
{
    if (SyncLane *lane = m_lanes.value(gmailAccount))
        return lane;
    // The pace of the whole Google account, from the first of its mailboxes (the values are not
    // user settings; only tests and benchmarks change them).
    google::RateGovernor::Config pace;
    pace.messagesPerMinute = account.options.gmailMessagesPerMinute;
    pace.maxConcurrent = std::max(1, account.options.maxConcurrentUploads);
    auto *lane = new SyncLane(gmailAccount, m_clock, pace);
    connect(lane, &SyncLane::quotaHeld, this, &SyncHost::onQuota);
    m_lanes.insert(gmailAccount, lane);
    return lane;
}

void SyncHost::start(const QString &accountId, const RunRequest &request)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || mailbox->state.running)
        return;
    mailbox->request = request;
    mailbox->state.running = true;
    mailbox->state.lastError.reset();
    mailbox->queued = true;
    setActivity(*mailbox, MailboxState::Queued);
    launchQueued();
}

void SyncHost::startAll(const RunRequest &request)
{
    // Queue them all first, then launch in order: the first ones take the places.
    const int saved = m_maxParallel;
    m_maxParallel = -1; // nothing launches while queueing
    for (const QString &id : std::as_const(m_order))
        start(id, request);
    m_maxParallel = saved;
    launchQueued();
}

int SyncHost::busyCount() const
{
    int busy = 0;
    for (const auto &mailbox : m_mailboxes)
        busy += mailbox->holdsPlace ? 1 : 0;
    return busy;
}

void SyncHost::launchQueued()
{
    if (m_maxParallel < 0)
        return;
    for (const QString &id : std::as_const(m_order)) {
        if (m_maxParallel > 0 && busyCount() >= m_maxParallel)
            return;
        Mailbox *mailbox = find(id);
        if (mailbox && mailbox->queued)
            launch(*mailbox);
    }
}

void SyncHost::launch(Mailbox &mailbox)
{
    mailbox.queued = false;
    mailbox.holdsPlace = true;
    mailbox.passRecorded = false;
    const QString id = mailbox.account.id;
    SyncLane *lane = laneFor(mailbox.state.gmailAccount, mailbox.account);

    EngineSetup setup;
    setup.account = mailbox.account;
    setup.pop3Password = mailbox.password;
    setup.google = mailbox.google;
    setup.request = mailbox.request;
    mailbox.request.retryFailed = false; // once: a later start of this mailbox does not retry again
    setup.clock = m_clock;
    setup.sharedGovernor = lane->governor();
    if (m_stepHook) {
        StepHook hook = m_stepHook;
        setup.stepHook = [hook, id](JournalStep step) { return hook(id, step); };
    }

    auto *engine = new MigrationEngine(std::move(setup));
    const quint64 serial = ++m_nextSerial;
    mailbox.engine = engine;
    mailbox.lane = lane;
    mailbox.serial = serial;

    connect(
        engine, &MigrationEngine::progressChanged, this,
        [this, id, serial](const Progress &progress) { onProgress(id, serial, progress); }, Qt::QueuedConnection);
    connect(
        engine, &MigrationEngine::itemFinished, this,
        [this, id, serial](const ItemEvent &event) {
        const Mailbox *m = find(id);
        if (m && m->serial == serial)
            emit itemFinished(id, event);
        },
        Qt::QueuedConnection);
    connect(
        engine, &MigrationEngine::planReady, this,
        [this, id, serial](const PlanPreview &plan) {
        const Mailbox *m = find(id);
        if (m && m->serial == serial)
            emit planReady(id, plan);
        },
        Qt::QueuedConnection);
    connect(
        engine, &MigrationEngine::runFinished, this,
        [this, id, serial](const RunSummary &summary) { onPassEnded(id, serial, summary); }, Qt::QueuedConnection);
    connect(
        engine, &MigrationEngine::stopped, this,
        [this, id, serial](const RunSummary &summary) { onStopped(id, serial, summary); }, Qt::QueuedConnection);

    setActivity(mailbox, MailboxState::Checking);
    lane->adopt(engine);
}

void SyncHost::pause(const QString &accountId)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || !mailbox->state.running)
        return;
    if (mailbox->queued) {
        // Not launched yet: it stays out of the queue until resumed.
        mailbox->queued = false;
        setActivity(*mailbox, MailboxState::Paused);
        return;
    }
    if (mailbox->engine)
        mailbox->lane->post(mailbox->engine, [](MigrationEngine *engine) { engine->pause(); });
}

void SyncHost::resume(const QString &accountId)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || !mailbox->state.running)
        return;
    if (!mailbox->engine) {
        if (!mailbox->queued) {
            mailbox->queued = true;
            setActivity(*mailbox, MailboxState::Queued);
            launchQueued();
        }
        return;
    }
    mailbox->lane->post(mailbox->engine, [](MigrationEngine *engine) { engine->resume(); });
}

void SyncHost::syncNow(const QString &accountId)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox)
        return;
    if (!mailbox->state.running) {
        start(accountId, mailbox->request);
        return;
    }
    if (!mailbox->engine || mailbox->state.activity == MailboxState::Paused) {
        resume(accountId);
        return;
    }
    mailbox->lane->post(mailbox->engine, [](MigrationEngine *engine) { engine->syncNow(); });
}

void SyncHost::retryFailed(const QString &accountId)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox)
        return;
    if (!mailbox->state.running) {
        RunRequest request = mailbox->request;
        request.retryFailed = true;
        start(accountId, request);
        return;
    }
    if (!mailbox->engine) {
        // Queued, or paused before it was launched: its engine starts with the retry.
        mailbox->request.retryFailed = true;
        resume(accountId);
        return;
    }
    // Paused between passes, the engine's retry starts the pass itself; paused in a pass, the
    // resume goes on with it and the retry pass follows.
    const bool paused = mailbox->state.activity == MailboxState::Paused;
    mailbox->lane->post(mailbox->engine, [paused](MigrationEngine *engine) {
        engine->retryFailed();
        if (paused)
            engine->resume();
    });
}

void SyncHost::cancel(const QString &accountId)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || !mailbox->state.running)
        return;
    if (mailbox->engine) {
        mailbox->lane->post(mailbox->engine, [](MigrationEngine *engine) { engine->cancel(); });
        return;
    }
    // Queued (or paused before it was launched): nothing runs, it stops here.
    RunSummary summary;
    summary.state = RunState::Cancelled;
    onStopped(accountId, mailbox->serial, summary);
}

void SyncHost::cancelAll()
{
    for (const QString &id : QStringList(m_order))
        cancel(id);
}

MailboxState SyncHost::state(const QString &accountId) const
{
    const Mailbox *mailbox = find(accountId);
    return mailbox ? mailbox->state : MailboxState{};
}

QList<MailboxState> SyncHost::states() const
{
    QList<MailboxState> list;
    for (const QString &id : m_order)
        list.append(find(id)->state);
    return list;
}

SyncTotals SyncHost::totals() const
{
    SyncTotals totals;
    for (const auto &mailbox : m_mailboxes) {
        const MailboxState &s = mailbox->state;
        ++totals.mailboxes;
        totals.busy += s.busy() ? 1 : 0;
        totals.needsYou += s.activity == MailboxState::NeedsYou ? 1 : 0;
        totals.failed += s.activity == MailboxState::Failed ? 1 : 0;
        totals.copied += s.progress.copied;
        totals.left += s.busy() ? s.progress.left : 0;
    }
    return totals;
}

bool SyncHost::isRunning(const QString &accountId) const
{
    const Mailbox *mailbox = find(accountId);
    return mailbox && mailbox->state.running;
}

bool SyncHost::anyRunning() const
{
    return std::any_of(m_mailboxes.cbegin(), m_mailboxes.cend(), [](const auto &m) { return m->state.running; });
}

void SyncHost::onProgress(const QString &accountId, quint64 serial, const Progress &progress)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || mailbox->serial != serial || !mailbox->engine)
        return;
    mailbox->state.progress = progress;
    MailboxState::Activity activity = mailbox->state.activity;
    switch (progress.state) {
    case RunState::Idle: break;
    case RunState::Connecting:
    case RunState::Planning:
        mailbox->passRecorded = false; // a pass is under way (a new one, if the last was recorded)
        activity = MailboxState::Checking;
        break;
    case RunState::Transferring:
    case RunState::Finishing:
    case RunState::Pausing:
        activity = m_quotaHeld.contains(mailbox->state.gmailAccount) ? MailboxState::WaitingForQuota : MailboxState::Copying;
        break;
    case RunState::Paused: activity = MailboxState::Paused; break;
    case RunState::Waiting: activity = MailboxState::Waiting; break;
    case RunState::Finished: activity = mailbox->state.continuous ? MailboxState::Waiting : MailboxState::Done; break;
    case RunState::Failed: activity = MailboxState::Failed; break;
    case RunState::Cancelled: activity = MailboxState::Done; break;
    }
    setActivity(*mailbox, activity, progress.statusText);
}

void SyncHost::onQuota(const QString &gmailAccount, bool held)
{
    if (held)
        m_quotaHeld.insert(gmailAccount);
    else
        m_quotaHeld.remove(gmailAccount);
    for (const QString &id : std::as_const(m_order)) {
        Mailbox *mailbox = find(id);
        if (!mailbox || mailbox->state.gmailAccount != gmailAccount)
            continue;
        if (held && mailbox->state.activity == MailboxState::Copying)
            setActivity(*mailbox, MailboxState::WaitingForQuota,
                        tr("Gmail asked Mailferry to slow down; the mailboxes going into %1 share its quota").arg(gmailAccount));
        else if (!held && mailbox->state.activity == MailboxState::WaitingForQuota)
            setActivity(*mailbox, MailboxState::Copying, mailbox->state.progress.statusText);
    }
}

void SyncHost::onPassEnded(const QString &accountId, quint64 serial, const RunSummary &summary)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || mailbox->serial != serial)
        return;
    const QDateTime at = (m_clock ? m_clock : Clock::system())->now();
    const bool ok = summary.state == RunState::Finished && !summary.error;
    mailbox->passRecorded = true;
    if (ok) {
        mailbox->state.lastSuccessfulCheck = at;
        mailbox->state.lastError.reset();
    } else if (summary.error) {
        mailbox->state.lastError = summary.error;
    }
    const bool copied = summary.copied > 0;
    if (copied)
        mailbox->state.lastCopied = at;
    if (m_service) {
        m_service->recordCheck(accountId, at, ok, summary.error);
        if (copied)
            m_service->recordCopy(accountId, at);
    }
    // A continuous mailbox gives up its place after its first pass: later checks are small.
    const bool freed = std::exchange(mailbox->holdsPlace, false);
    if (mailbox->state.continuous && summary.state != RunState::Cancelled)
        setActivity(*mailbox, MailboxState::Waiting, mailbox->state.progress.statusText);
    emit passEnded(accountId, at, ok, summary.error, copied ? at : QDateTime());
    emit runFinished(accountId, summary);
    if (freed)
        launchQueued();
}

void SyncHost::onStopped(const QString &accountId, quint64 serial, const RunSummary &summary)
{
    Mailbox *mailbox = find(accountId);
    if (!mailbox || mailbox->serial != serial || !mailbox->state.running)
        return;
    if (MigrationEngine *engine = std::exchange(mailbox->engine, nullptr))
        mailbox->lane->release(engine);
    mailbox->queued = false;
    mailbox->holdsPlace = false;
    mailbox->state.running = false;
    ++mailbox->serial; // late reports of this run are ignored

    if (!mailbox->passRecorded && summary.state == RunState::Failed) {
        // The run stopped inside a pass (runFinished did not come): that check failed.
        const QDateTime at = (m_clock ? m_clock : Clock::system())->now();
        if (m_service)
            m_service->recordCheck(accountId, at, false, summary.error);
        emit passEnded(accountId, at, false, summary.error, QDateTime());
    }
    mailbox->passRecorded = true;

    if (summary.error)
        mailbox->state.lastError = summary.error;
    if (needsUser(summary.error)) {
        setActivity(*mailbox, MailboxState::NeedsYou, summary.error->message);
        emit needsYou(accountId, *summary.error);
    } else if (summary.state == RunState::Failed) {
        setActivity(*mailbox, MailboxState::Failed, summary.error ? summary.error->message : activityText(MailboxState::Failed));
    } else {
        setActivity(*mailbox, MailboxState::Done, runStateText(summary.state));
    }

    const bool remove = mailbox->removeWhenStopped;
    emit stopped(accountId, summary);
    if (remove) {
        m_order.removeAll(accountId);
        m_mailboxes.remove(accountId);
    }
    launchQueued();
    if (!anyRunning())
        emit allStopped();
}

void SyncHost::setActivity(Mailbox &mailbox, MailboxState::Activity activity, const QString &statusText)
{
    mailbox.state.activity = activity;
    mailbox.state.statusText = statusText.isEmpty() ? activityText(activity) : statusText;
    publish(mailbox);
}

void SyncHost::publish(const Mailbox &mailbox)
{
    emit mailboxChanged(mailbox.state);
}

} // namespace mf::migration
