#include "migration/MigrationEngine.h"

#include "common/Logging.h"
#include "common/ThreadCheck.h"
#include "google/ClientConfig.h"
#include "google/Endpoints.h"
#include "google/GmailClient.h"
#include "google/RateGovernor.h"
#include "google/TokenManager.h"
#include "migration/DateRescue.h"
#include "migration/MessageHeaders.h"
#include "migration/ReportMail.h"
#include "pop3/Pop3Client.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"
#include "store/RunLock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace mf::migration {
namespace {

constexpr int kMaxPipelinedFetches = 8;
constexpr int kMaxSessionFailures = 8;       ///< consecutive failed sessions before the run gives up
constexpr Millis kBackoffMax{5 * 60 * 1000};
constexpr Millis kRateWindow{60 * 1000};
constexpr Millis kProgressInterval{200};
// Gmail accepts about 600 inserts per user per minute: the pace of the estimate.
constexpr double kGmailMessagesPerMinute = 600.0;

pop3::ServerSettings serverSettings(const AccountConfig &a)
{
    pop3::ServerSettings s;
    s.host = a.host;
    s.port = a.port;
    switch (a.security) {
    case AccountConfig::Security::ImplicitTls: s.security = pop3::Security::ImplicitTls; break;
    case AccountConfig::Security::StartTls: s.security = pop3::Security::StartTls; break;
    case AccountConfig::Security::PlainText: s.security = pop3::Security::PlainText; break;
    }
    s.user = a.user;
    s.allowPlaintextPassword = a.allowPlaintextPassword;
    s.pinnedSha256 = a.pinnedSha256;
    return s;
}

ItemEvent eventFor(const QByteArray &uidl, const MessageHeaders &headers, qint64 size)
{
    ItemEvent e;
    e.uidl = uidl;
    e.messageId = QString::fromUtf8(headers.messageId());
    e.subject = headers.subject();
    e.from = headers.from();
    e.date = QString::fromUtf8(headers.value("Date"));
    e.size = size;
    return e;
}

} // namespace

MigrationEngine::MigrationEngine(EngineSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_clock(m_setup.clock ? m_setup.clock : Clock::system())
    , m_options(m_setup.account.options)
{
    if (m_options.dryRun || m_setup.request.dryRun)
        m_options.dryRun = true;
    if (m_setup.ledgerPath.isEmpty())
        m_setup.ledgerPath = m_setup.account.ledgerPath();
    if (m_setup.lockPath.isEmpty())
        m_setup.lockPath = m_setup.account.lockPath();
}

MigrationEngine::~MigrationEngine() = default;

// ---------------------------------------------------------------------------------------------
// Control

void MigrationEngine::start()
{
    MF_ASSERT_OWN_THREAD();
    m_nam = new QNetworkAccessManager(this);
    m_waitTimer = m_clock->createTimer(this);
    connect(m_waitTimer, &Timer::timeout, this, [this] {
        if (!m_inPass && !m_stopped && !m_paused)
            startPass();
    });

    google::ClientConfig client{m_setup.google.clientId, m_setup.google.clientSecret};
    const google::Endpoints endpoints = m_setup.google.baseUrlOverride.isEmpty()
        ? google::Endpoints::fromEnvironment()
        : google::Endpoints::underBase(m_setup.google.baseUrlOverride);
    m_tokens = new google::TokenManager(client, endpoints, m_setup.google.refreshToken, m_nam, m_clock, this);
    m_gmail = new google::GmailClient(endpoints, m_tokens, m_nam, m_clock, nullptr, this);
    // Gmail's own retries follow the same base interval as reconnects (tests shorten both).
    google::RetryPolicy policy = m_gmail->retryPolicy();
    policy.initialDelay = m_options.retryBackoffBase / 2;
    policy.maxJitter = m_options.retryBackoffBase / 2;
    m_gmail->setRetryPolicy(policy);
    google::RateGovernor::Config pace;
    pace.messagesPerMinute = m_options.gmailMessagesPerMinute;
    pace.maxConcurrent = std::max(1, m_options.maxConcurrentUploads);
    m_gmail->governor()->setConfig(pace);
    startPass();
}

void MigrationEngine::pause()
{
    MF_ASSERT_OWN_THREAD();
    if (m_stopped || m_paused || m_pauseRequested)
        return;
    if (!m_inPass) {
        m_waitTimer->stop();
        m_paused = true;
        setState(RunState::Paused);
        return;
    }
    // Finish what is in flight (so nothing is left "uploading"), then QUIT and wait.
    m_pauseRequested = true;
    setState(RunState::Pausing);
    advance();
}

void MigrationEngine::resume()
{
    MF_ASSERT_OWN_THREAD();
    if (m_stopped)
        return;
    m_pauseRequested = false;
    if (!m_paused)
        return;
    m_paused = false;
    if (m_inPass)
        connectSession();
    else
        startPass();
}

void MigrationEngine::cancel()
{
    MF_ASSERT_OWN_THREAD();
    if (m_stopped)
        return;
    m_cancelRequested = true;
    m_waitTimer->stop();
    if (!m_inPass || m_paused) {
        stopRun(RunState::Cancelled, std::nullopt);
        return;
    }
    setState(RunState::Finishing, tr("Stopping after the messages in progress…"));
    advance();
}

void MigrationEngine::syncNow()
{
    MF_ASSERT_OWN_THREAD();
    if (m_stopped || m_inPass)
        return;
    m_paused = false;
    m_waitTimer->stop();
    startPass();
}

// ---------------------------------------------------------------------------------------------
// Pass

void MigrationEngine::startPass()
{
    m_inPass = true;
    m_firstPlanOfPass = true;
    m_summary = RunSummary{};
    m_progress = Progress{};
    m_rateWindow.clear();
    m_consecutiveSessionFailures = 0;
    setState(RunState::Connecting);

    if (m_options.dryRun) {
        // A dry run writes nothing; it reads the ledger only if one exists already.
        if (!m_ledger && QFile::exists(m_setup.ledgerPath)) {
            auto ledger = store::Ledger::open(m_setup.ledgerPath, m_clock);
            if (ledger)
                m_ledger = std::move(ledger).value();
        }
    } else {
        // One run per mailbox at a time: a second Mailferry (GUI or CLI) must not interleave.
        if (!m_lock) {
            auto lock = store::RunLock::acquire(m_setup.lockPath);
            if (!lock) {
                accountFailed(lock.error());
                return;
            }
            m_lock = std::move(lock).value();
        }
        if (!m_ledger) {
            auto ledger = store::Ledger::open(m_setup.ledgerPath, m_clock);
            if (!ledger) {
                stopRun(RunState::Failed, ledger.error());
                return;
            }
            m_ledger = std::move(ledger).value();
            const QString source = m_setup.account.email.isEmpty() ? m_setup.account.user : m_setup.account.email;
            if (m_ledger->sourceAccount() != source) {
                const Status named = m_ledger->setSourceAccount(source);
                if (!named.ok()) {
                    stopRun(RunState::Failed, named.error());
                    return;
                }
            }
        }
        // A message still "uploading" after a crash may or may not be in Gmail: upload it again,
        // and say so in the log. This is the one case where a duplicate is possible.
        auto interrupted = m_ledger->recoverInterrupted();
        if (!interrupted) {
            stopRun(RunState::Failed, interrupted.error());
            return;
        }
        for (const auto &item : interrupted.value())
            m_possibleDuplicates.insert(item.uidl);
        if (m_setup.request.retryFailed) {
            m_setup.request.retryFailed = false; // once, not on every continuous pass
            auto requeued = m_ledger->requeueFailed();
            if (!requeued) {
                stopRun(RunState::Failed, requeued.error());
                return;
            }
        }
    }
    ensureLabelThenConnect();
}

void MigrationEngine::ensureLabelThenConnect()
{
    m_phase = SessionPhase::Open;
    if (m_options.label.isEmpty() || !m_labelId.isEmpty() || m_options.dryRun) {
        connectSession();
        return;
    }
    m_gmail->ensureLabel(m_options.label, [this](Result<QString> label) {
        if (dead())
            return;
        if (!label) {
            if (label.error().scope == Error::Scope::Session)
                retryAfterBackoff(label.error());
            else
                accountFailed(label.error());
            return;
        }
        m_labelId = label.value();
        connectSession();
    });
}

void MigrationEngine::connectSession()
{
    if (m_cancelRequested || m_pauseRequested) {
        // Stop or pause between sessions, once the uploads under way have landed.
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    if (m_pop3)
        m_pop3->deleteLater();
    m_pop3 = new pop3::Pop3Client(m_clock, this);
    m_phase = SessionPhase::Open;
    ++m_session;
    m_sessionBroken = false;
    m_sessionPlanned = false;
    m_moreWork = false;
    m_batch.clear();
    m_deletedThisSession.clear();
    m_fetchesInFlight = m_deletesInFlight = 0;
    if (m_uploadsInFlight == 0)
        setState(RunState::Connecting);

    QPointer<pop3::Pop3Client> client = m_pop3;
    connect(client, &pop3::Pop3Client::disconnected, this, [this, client] {
        // The server hung up while the session was open (commands under way fail on their own).
        if (client == m_pop3 && !dead() && m_phase == SessionPhase::Open)
            sessionFailed(Error::session(Error::Code::ConnectionClosed,
                                         tr("The connection to the mail server was lost.")));
    });
    client->connectToServer(serverSettings(m_setup.account), m_setup.pop3Password, [this, client](Status status) {
        if (dead() || client != m_pop3)
            return;
        if (!status.ok()) {
            if (status.error().scope == Error::Scope::Session)
                sessionFailed(status.error());
            else
                accountFailed(status.error());
            return;
        }
        if (!step("pop3.connected"))
            return;
        client->uidl([this, client](Result<QList<pop3::UidlEntry>> uidls) {
            if (dead() || client != m_pop3)
                return;
            QHash<int, QByteArray> byNumber;
            bool haveUidl = true;
            if (!uidls) {
                if (uidls.error().code != Error::Code::UidlUnsupported) {
                    sessionFailed(uidls.error());
                    return;
                }
                haveUidl = false;
            } else {
                for (const auto &u : uidls.value())
                    byNumber.insert(u.number, u.uidl);
            }
            client->list([this, client, byNumber, haveUidl](Result<QList<pop3::ListEntry>> list) {
                if (dead() || client != m_pop3)
                    return;
                if (!list) {
                    sessionFailed(list.error());
                    return;
                }
                QHash<int, qint64> sizes;
                for (const auto &l : list.value())
                    sizes.insert(l.number, l.size);
                planSession(byNumber, sizes, haveUidl);
            });
        });
    });
}

bool MigrationEngine::deletesWanted() const
{
    return !m_options.dryRun && m_haveUidl && m_options.afterCopy != AfterCopy::Keep;
}

bool MigrationEngine::deleteDue(const QDateTime &copiedAt) const
{
    if (!deletesWanted())
        return false;
    if (m_options.afterCopy == AfterCopy::Delete)
        return true;
    return copiedAt.isValid() && copiedAt.addDays(m_options.deleteAfterDays) <= m_clock->now();
}

void MigrationEngine::planSession(const QHash<int, QByteArray> &uidlByNumber, const QHash<int, qint64> &sizeByNumber,
                                  bool haveUidl)
{
    setState(RunState::Planning);
    m_haveUidl = haveUidl;
    if (!haveUidl && m_options.afterCopy != AfterCopy::Keep && m_firstPlanOfPass) {
        // Without UIDLs a message cannot be named safely across sessions: never delete.
        qCWarning(lcMigration) << "server has no UIDL; delete mode disabled for this run";
    }

    store::ResumeState known;
    if (m_ledger) {
        auto state = m_ledger->loadResumeState();
        if (!state) {
            stopRun(RunState::Failed, state.error());
            return;
        }
        known = std::move(state).value();
    }

    QList<int> numbers = sizeByNumber.keys();
    std::sort(numbers.begin(), numbers.end());
    std::vector<WorkItem> fetch, deletes, oversize;
    PlanPreview preview;
    preview.serverHasUidl = haveUidl;
    for (int number : numbers) {
        const qint64 listSize = sizeByNumber.value(number);
        const QByteArray uidl = uidlByNumber.value(number);
        ++preview.messagesOnServer;
        preview.bytesOnServer += listSize;
        WorkItem item;
        item.number = number;
        item.uidl = uidl;
        item.listSize = listSize;
        if (haveUidl && m_inFlightUidls.contains(uidl))
            continue; // fetched by an earlier session, still on its way to Gmail
        if (haveUidl) {
            const auto it = known.byUidl.constFind(uidl);
            if (it != known.byUidl.cend()) {
                const store::ItemSummary &s = it.value();
                item.ledgerId = s.id;
                switch (s.status) {
                case store::ItemStatus::Copied:
                    ++preview.alreadyCopied;
                    if (deleteDue(QDateTime::fromMSecsSinceEpoch(s.copiedAtMs, Qt::UTC))) {
                        item.kind = WorkKind::DeleteOnly;
                        deletes.push_back(item);
                        ++preview.toDeleteFromServer;
                    }
                    continue;
                case store::ItemStatus::Deleted:
                case store::ItemStatus::SkippedDuplicate:
                case store::ItemStatus::SkippedOversize:
                case store::ItemStatus::Failed:
                    ++preview.alreadyCopied;
                    continue;
                case store::ItemStatus::Uploading:
                    item.possibleDuplicate = true;
                    break;
                case store::ItemStatus::Pending:
                    // Set back to Pending by crash recovery: the upload may have landed.
                    if (s.flags.testFlag(store::ItemFlag::PossibleDuplicate))
                        item.possibleDuplicate = true;
                    break;
                }
                if (m_possibleDuplicates.contains(uidl))
                    item.possibleDuplicate = true;
            }
        }
        // LIST sizes are hints, so only a message far over the limit is skipped unread; its
        // headers still come (TOP n 0) so the log can say which message it was.
        if (listSize > m_options.sizeLimitBytes + m_options.sizeLimitBytes / 10) {
            item.kind = WorkKind::OversizeByList;
            oversize.push_back(item);
            ++preview.oversize;
            continue;
        }
        fetch.push_back(item);
        ++preview.toCopy;
        preview.bytesToCopy += listSize;
    }
    preview.estimatedDuration = Millis(qint64(preview.toCopy / kGmailMessagesPerMinute * 60000.0));

    if (m_firstPlanOfPass) {
        m_firstPlanOfPass = false;
        m_progress.total = preview.messagesOnServer;
        m_progress.alreadyDone = preview.alreadyCopied;
        m_progress.left = preview.toCopy + int(oversize.size());
        m_progress.bytesTotal = preview.bytesToCopy;
        m_summary.alreadyDone = preview.alreadyCopied;
        emit planReady(preview);
    }
    if (!step("plan"))
        return;

    if (m_options.dryRun) {
        // A dry run looks and touches nothing: QUIT without a single DELE.
        m_phase = SessionPhase::Quitting;
        QPointer<pop3::Pop3Client> client = m_pop3;
        client->quit([this, client](Status) {
            if (client == m_pop3)
                endPass(RunState::Finished);
        });
        return;
    }

    // This session's batch: the oversize ones (cheap), deletes that are due, then up to batchSize
    // messages to copy. The rest waits for the next session, which replans from the ledger.
    // Without UIDLs the next session could not tell which messages this one took: one session.
    const int batchSize = haveUidl ? std::max(1, m_options.batchSize) : std::numeric_limits<int>::max();
    int taken = 0;
    for (const WorkItem &w : oversize) {
        if (taken >= batchSize) { m_moreWork = true; break; }
        m_batch.push_back(w);
        ++taken;
    }
    int deletesTaken = 0;
    for (const WorkItem &w : deletes) {
        if (deletesTaken >= batchSize * 4) { m_moreWork = true; break; }
        m_batch.push_back(w);
        ++deletesTaken;
    }
    for (const WorkItem &w : fetch) {
        if (taken >= batchSize) { m_moreWork = true; break; }
        m_batch.push_back(w);
        ++taken;
    }
    for (WorkItem &w : m_batch)
        w.session = m_session;
    m_sessionPlanned = true;
    setState(RunState::Transferring);
    pump();
    advance();
}

// ---------------------------------------------------------------------------------------------
// Transfer

void MigrationEngine::pump()
{
    while (!m_batch.empty() && m_pop3 && m_phase == SessionPhase::Open && !m_sessionBroken && !m_pauseRequested
           && !m_cancelRequested && !m_crashed) {
        const WorkItem &next = m_batch.front();
        if (next.kind == WorkKind::Fetch) {
            if (m_fetchesInFlight >= kMaxPipelinedFetches)
                return;
            // Bound the memory: messages fetched but not yet in Gmail. One always fits.
            const qint64 expected = std::max<qint64>(next.listSize, 1);
            if (m_bytesInFlight > 0 && m_bytesInFlight + expected > m_options.maxBytesInFlight)
                return;
        }
        WorkItem item = next;
        m_batch.pop_front();
        if (item.kind == WorkKind::DeleteOnly) {
            ItemEvent e;
            e.uidl = item.uidl;
            e.size = item.listSize;
            issueDelete(item.ledgerId, item.number, e);
        } else {
            issueFetch(item);
        }
        if (m_crashed)
            return;
    }
}

void MigrationEngine::issueFetch(const WorkItem &item)
{
    QPointer<pop3::Pop3Client> client = m_pop3;
    ++m_fetchesInFlight;
    if (item.kind == WorkKind::OversizeByList) {
        client->top(item.number, 0, [this, client, item](Result<QByteArray> headers) {
            if (dead() || client != m_pop3)
                return;
            --m_fetchesInFlight;
            if (!headers && headers.error().scope != Error::Scope::Item) {
                sessionFailed(headers.error());
                return;
            }
            const MessageHeaders parsed = MessageHeaders::parse(headers ? headers.value() : QByteArray());
            ItemEvent e = eventFor(item.uidl, parsed, item.listSize);
            e.outcome = ItemOutcome::SkippedOversize;
            e.reason = tr("The message is %1 MB, over the %2 MB limit. It was left on the server.")
                           .arg(double(item.listSize) / 1e6, 0, 'f', 1)
                           .arg(double(m_options.sizeLimitBytes) / 1e6, 0, 'f', 1);
            store::ItemInfo info;
            info.uidl = item.uidl;
            info.listSize = item.listSize;
            info.messageId = parsed.messageId();
            info.subject = e.subject;
            info.from = e.from;
            info.dateHeader = e.date;
            auto recorded = m_ledger->recordOutcome(info, store::ItemStatus::SkippedOversize, e.reason,
                                                    Error::codeName(Error::Code::MessageOversize));
            if (!recorded) {
                stopRun(RunState::Failed, recorded.error());
                return;
            }
            recordItem(e);
            pump();
            advance();
        });
        return;
    }

    m_bytesInFlight += std::max<qint64>(item.listSize, 1);
    client->retrieve(item.number, [this, client, item](Result<QByteArray> raw) {
        if (dead() || client != m_pop3)
            return;
        --m_fetchesInFlight;
        m_bytesInFlight -= std::max<qint64>(item.listSize, 1);
        if (!raw) {
            if (raw.error().scope != Error::Scope::Item) {
                sessionFailed(raw.error());
                return;
            }
            // The server refused this one message (e.g. -ERR on RETR): record it and go on.
            ItemEvent e;
            e.uidl = item.uidl;
            e.size = item.listSize;
            e.outcome = ItemOutcome::Failed;
            e.reason = raw.error().message;
            store::ItemInfo info;
            info.uidl = item.uidl;
            info.listSize = item.listSize;
            auto recorded = m_ledger->recordOutcome(info, store::ItemStatus::Failed, raw.error());
            if (!recorded) {
                stopRun(RunState::Failed, recorded.error());
                return;
            }
            recordItem(e);
            pump();
            advance();
            return;
        }
        if (!step("pop3.retrieved"))
            return;
        processMessage(item, std::move(raw).value());
        if (dead())
            return;
        pump();
        advance();
    });
}

void MigrationEngine::processMessage(const WorkItem &item, QByteArray raw)
{
    const qint64 size = raw.size();
    const MessageHeaders headers = MessageHeaders::parse(raw);
    ItemEvent event = eventFor(item.uidl, headers, size);
    m_progress.currentSubject = event.subject;

    store::ItemInfo info;
    info.uidl = item.uidl;
    info.listSize = item.listSize;
    info.size = size;
    info.messageId = headers.messageId();
    info.subject = event.subject;
    info.from = event.from;
    info.dateHeader = event.date;
    info.sha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
    if (!m_haveUidl)
        info.flags |= store::ItemFlag::NoUidl;

    auto failItem = [&](store::ItemStatus status, ItemOutcome outcome, const QString &reason, Error::Code code) {
        event.outcome = outcome;
        event.reason = reason;
        auto recorded = m_ledger->recordOutcome(info, status, reason, Error::codeName(code));
        if (!recorded) {
            stopRun(RunState::Failed, recorded.error());
            return;
        }
        recordItem(event);
    };

    // Bad input is recorded with its reason and left on the server; the run goes on.
    if (size == 0 || headers.isEmpty()) {
        failItem(store::ItemStatus::Failed, ItemOutcome::Failed,
                 size == 0 ? tr("The message is empty. It was left on the server.")
                           : tr("The message has no readable headers, so Gmail would refuse it. It was left on the server."),
                 Error::Code::MessageMalformed);
        return;
    }
    if (size > m_options.sizeLimitBytes) {
        failItem(store::ItemStatus::SkippedOversize, ItemOutcome::SkippedOversize,
                 tr("The message is %1 MB, over the %2 MB limit. It was left on the server.")
                     .arg(double(size) / 1e6, 0, 'f', 1)
                     .arg(double(m_options.sizeLimitBytes) / 1e6, 0, 'f', 1),
                 Error::Code::MessageOversize);
        return;
    }

    // The second identity: the same message under a new UIDL (a migrated server, or none at all).
    if (!item.possibleDuplicate) {
        auto existing = m_ledger->findByIdentity(info.messageId, size, info.sha256);
        if (!existing) {
            stopRun(RunState::Failed, existing.error());
            return;
        }
        if (existing.value() && existing.value()->uidl != item.uidl) {
            event.gmailId = existing.value()->gmailId;
            event.outcome = ItemOutcome::SkippedDuplicate;
            event.reason = tr("Already copied to Gmail under another server id; not copied again.");
            auto recorded = m_ledger->recordDuplicate(info, *existing.value());
            if (!recorded) {
                stopRun(RunState::Failed, recorded.error());
                return;
            }
            recordItem(event);
            return;
        }
    }

    // A missing or broken Date would make Gmail file the message under "today".
    DateRescue::Result rescued = DateRescue::rescue(raw);
    raw.clear();
    if (rescued.rescued) {
        info.flags |= store::ItemFlag::DateRescued;
        info.note = rescued.note;
        info.dateHeader = QString::fromUtf8(MessageHeaders::parse(rescued.bytes).value("Date"));
        event.dateRescued = true;
    }
    if (item.possibleDuplicate) {
        info.flags |= store::ItemFlag::PossibleDuplicate;
        event.possibleDuplicate = true;
    }

    if (rescued.rescued)
        event.reason = rescued.note;
    // Journal first: "uploading" goes to disk (with whatever else the pipeline fetched in this
    // turn of the event loop) before a single byte goes to Google.
    ++m_uploadsInFlight;
    m_bytesInFlight += rescued.bytes.size();
    if (!item.uidl.isEmpty())
        m_inFlightUidls.insert(item.uidl);
    m_pendingBegins.push_back(PendingUpload{item, info, std::move(rescued.bytes), event});
    scheduleFlush();
}

void MigrationEngine::releaseUpload(const WorkItem &item, qint64 size)
{
    --m_uploadsInFlight;
    m_bytesInFlight -= size;
    m_inFlightUidls.remove(item.uidl);
}

void MigrationEngine::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_flushScheduled = false;
        if (!dead())
            flushJournal();
    }, Qt::QueuedConnection);
}

void MigrationEngine::flushJournal()
{
    // Copies first: they release memory and allow DELEs.
    flushCopies();
    if (dead())
        return;
    flushBegins();
    if (dead())
        return;
    pump();
    advance();
}

void MigrationEngine::flushBegins()
{
    if (m_pendingBegins.empty())
        return;
    std::vector<PendingUpload> ready;
    ready.swap(m_pendingBegins);
    QList<store::ItemInfo> infos;
    infos.reserve(qsizetype(ready.size()));
    for (const PendingUpload &p : ready)
        infos.append(p.info);
    auto ids = m_ledger->beginUploads(infos);
    if (!ids) {
        stopRun(RunState::Failed, ids.error());
        return;
    }
    if (!step("ledger.uploading"))
        return;
    for (size_t i = 0; i < ready.size(); ++i) {
        upload(std::move(ready[i]), ids.value().at(qsizetype(i)));
        if (dead())
            return;
    }
}

void MigrationEngine::flushCopies()
{
    if (m_pendingCopies.empty())
        return;
    std::vector<PendingCopy> confirmed;
    confirmed.swap(m_pendingCopies);
    QList<store::Ledger::CopiedItem> entries;
    entries.reserve(qsizetype(confirmed.size()));
    for (const PendingCopy &c : confirmed)
        entries.append(store::Ledger::CopiedItem{c.ledgerId, c.gmailId, c.possiblyDuplicated});
    // Durable before any DELE: this commit is what allows the messages to leave the server.
    const Status committed = m_ledger->commitCopied(entries);
    if (!committed.ok()) {
        stopRun(RunState::Failed, committed.error());
        return;
    }
    if (!step("ledger.copied"))
        return;
    const bool deleteNow = m_options.afterCopy == AfterCopy::Delete && deletesWanted();
    for (PendingCopy &c : confirmed) {
        releaseUpload(c.item, c.size);
        ItemEvent event = c.event;
        if (c.possiblyDuplicated && !event.possibleDuplicate) {
            event.possibleDuplicate = true;
            event.reason = tr("The connection to Gmail broke during the upload and it was sent again; Gmail may "
                              "show it twice.");
        }
        event.outcome = event.possibleDuplicate ? ItemOutcome::PossibleDuplicate : ItemOutcome::Copied;
        event.gmailId = c.gmailId;
        if (event.possibleDuplicate && event.reason.isEmpty())
            event.reason = tr("Mailferry stopped while this message was being uploaded, so it was uploaded "
                              "again; Gmail may show it twice.");
        m_summary.bytesCopied += c.size;
        m_rateWindow.emplace_back(m_clock->elapsed(), c.size);
        recordItem(event);
        if (!deleteNow)
            continue;
        if (c.item.session == m_session && m_phase == SessionPhase::Open && m_pop3 && !m_sessionBroken) {
            issueDelete(c.ledgerId, c.item.number, event);
            if (dead())
                return;
        } else {
            m_deletesOwed = true; // its session is over: the next one deletes it
        }
    }
}

void MigrationEngine::upload(PendingUpload pending, qint64 ledgerId)
{
    google::UploadOptions options;
    options.mode = m_options.useImport ? google::UploadOptions::Import : google::UploadOptions::Insert;
    options.labelIds = labelIds();
    const qint64 size = pending.bytes.size();
    const WorkItem item = pending.item;
    const ItemEvent baseEvent = pending.event;
    m_gmail->upload(std::move(pending.bytes), options,
                    [this, item, ledgerId, size, baseEvent](Result<google::UploadResult> result) {
        if (dead())
            return;
        if (!step("gmail.confirmed"))
            return;
        ItemEvent event = baseEvent;
        event.attempts = result ? result.value().attempts : 1;
        if (result) {
            m_pendingCopies.push_back(
                PendingCopy{item, ledgerId, result.value().gmailId, event, size, result.value().possiblyDuplicated});
            scheduleFlush();
            return;
        }
        releaseUpload(item, size);
        const Error &error = result.error();
        if (error.scope == Error::Scope::Item) {
            event.outcome = ItemOutcome::Failed;
            event.reason = error.message;
            const Status recorded = m_ledger->recordOutcome(ledgerId, store::ItemStatus::Failed, error);
            if (!recorded.ok()) {
                stopRun(RunState::Failed, recorded.error());
                return;
            }
            recordItem(event);
        } else if (error.scope == Error::Scope::Cancelled) {
            // Left "uploading": the next run re-uploads it, flagged.
        } else {
            // Gmail refused for now (quota, outage) or for good (consent). The message stays
            // "uploading" in the ledger: whether an earlier attempt landed is unknown, so the
            // next attempt is flagged as a possible duplicate.
            m_possibleDuplicates.insert(item.uidl);
            if (error.scope == Error::Scope::Account || error.scope == Error::Scope::Internal)
                accountFailed(error);
            else
                sessionFailed(error);
            return;
        }
        pump();
        advance();
    });
    if (!m_crashed)
        (void)step("gmail.sent");
}

void MigrationEngine::issueDelete(qint64 ledgerId, int number, const ItemEvent &event)
{
    if (!step("pop3.dele"))
        return;
    QPointer<pop3::Pop3Client> client = m_pop3;
    ++m_deletesInFlight;
    client->dele(number, [this, client, ledgerId, event](Status status) {
        if (dead() || client != m_pop3)
            return;
        --m_deletesInFlight;
        if (status.ok()) {
            m_deletedThisSession.append({ledgerId, event});
        } else if (status.error().scope != Error::Scope::Item) {
            sessionFailed(status.error());
            return;
        }
        // A refused DELE leaves the message on the server, which is always safe; the next
        // session tries again.
        pump();
        advance();
    });
}

void MigrationEngine::advance()
{
    if (dead() || !m_inPass)
        return;
    switch (m_phase) {
    case SessionPhase::Open: maybeFinishSession(); break;
    case SessionPhase::Quitting: break; // the QUIT reply moves on
    case SessionPhase::Scheduled: maybeConnectNext(); break;
    case SessionPhase::None: decide(); break;
    }
}

void MigrationEngine::maybeFinishSession()
{
    if (!m_pop3 || m_fetchesInFlight > 0 || m_deletesInFlight > 0)
        return;
    // Until the session has planned, only a failure ends it (the login and listing carry on).
    if (!m_sessionPlanned && !m_sessionBroken)
        return;
    if (m_sessionBroken) {
        // Dropped without QUIT (the server removes nothing); decide() backs off once the
        // uploads under way have landed.
        m_pop3->deleteLater();
        m_pop3 = nullptr;
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    const bool stopping = m_pauseRequested || m_cancelRequested;
    if (stopping) {
        // Let what is in flight land, and delete it in this session, so nothing stays "uploading".
        if (m_uploadsInFlight > 0)
            return;
        finishSession();
        return;
    }
    if (!m_batch.empty())
        return; // waiting for room under the bytes-in-flight bound
    // Usually QUIT now, while the uploads go on. Wait for them only where that saves a session:
    // the last batch in delete mode (their DELEs go out here), or a server without UIDLs.
    const bool lastDeletes = !m_moreWork && m_options.afterCopy == AfterCopy::Delete && deletesWanted();
    if (m_uploadsInFlight > 0 && (lastDeletes || !m_haveUidl))
        return;
    finishSession();
}

void MigrationEngine::finishSession()
{
    setState(m_cancelRequested ? RunState::Finishing : m_progress.state);
    m_phase = SessionPhase::Quitting;
    QPointer<pop3::Pop3Client> client = m_pop3;
    const auto deleted = m_deletedThisSession;
    m_deletedThisSession.clear();
    if (!m_batch.empty())
        m_moreWork = true;
    m_batch.clear();
    client->quit([this, client, deleted](Status status) {
        if (dead() || client != m_pop3)
            return;
        if (!step("pop3.quit"))
            return;
        if (status.ok() && !deleted.isEmpty()) {
            // The server has left its UPDATE state: the DELEs took effect. Record it now, not before.
            QList<qint64> ids;
            for (const auto &d : deleted)
                ids.append(d.first);
            const Status committed = m_ledger->commitDeleted(ids);
            if (!committed.ok()) {
                stopRun(RunState::Failed, committed.error());
                return;
            }
            if (!step("ledger.deleted"))
                return;
            for (const auto &d : deleted) {
                ItemEvent e = d.second;
                e.outcome = ItemOutcome::DeletedFromServer;
                e.reason = tr("Removed from the old server after Gmail confirmed the copy.");
                ++m_summary.deletedFromServer;
                recordItem(e);
            }
        }
        // A failed QUIT removed nothing (RFC 1939); the copies are committed, the next session
        // deletes them again.
        if (status.ok())
            m_consecutiveSessionFailures = 0;
        afterSession();
    });
}

void MigrationEngine::afterSession()
{
    if (m_pop3) {
        m_pop3->deleteLater();
        m_pop3 = nullptr;
    }
    m_phase = SessionPhase::None;
    decide();
}

void MigrationEngine::decide()
{
    if (dead() || !m_inPass || m_phase != SessionPhase::None)
        return;
    const bool uploadsIdle = m_uploadsInFlight == 0;
    if (m_cancelRequested) {
        if (uploadsIdle)
            stopRun(RunState::Cancelled, std::nullopt);
        return;
    }
    if (m_pauseRequested) {
        if (uploadsIdle) {
            m_pauseRequested = false;
            m_paused = true;
            setState(RunState::Paused);
        }
        return;
    }
    if (m_sessionBroken) {
        if (!uploadsIdle)
            return;
        m_sessionBroken = false;
        retryAfterBackoff(m_lastSessionError.value_or(
            Error::session(Error::Code::ConnectionClosed, tr("The connection to the mail server was lost."))));
        return;
    }
    if (m_moreWork) {
        // A short breath between sessions, so the server is not hammered; then replan. Gmail
        // keeps taking the messages already fetched meanwhile.
        m_moreWork = false;
        scheduleNextSession(m_options.batchPause);
        return;
    }
    if (!uploadsIdle)
        return; // the last messages are still on their way to Gmail
    if (m_deletesOwed) {
        // Copies that landed after their session ended still have to leave the server.
        m_deletesOwed = false;
        scheduleNextSession(Millis(0));
        return;
    }
    finishPass();
}

void MigrationEngine::scheduleNextSession(Millis delay)
{
    m_phase = SessionPhase::Scheduled;
    m_pauseElapsed = false;
    const quint64 serial = ++m_scheduleSerial;
    m_clock->singleShot(delay, this, [this, serial] {
        if (dead() || serial != m_scheduleSerial || m_phase != SessionPhase::Scheduled)
            return;
        m_pauseElapsed = true;
        maybeConnectNext();
    });
}

void MigrationEngine::maybeConnectNext()
{
    if (dead() || m_phase != SessionPhase::Scheduled)
        return;
    if (m_cancelRequested || m_pauseRequested || m_sessionBroken) {
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    if (!m_pauseElapsed)
        return;
    // The next session fetches while the previous batch is still uploading, but only once that
    // backlog is short: memory stays bounded and the POP3 session is not held open idle.
    if (m_uploadsInFlight > 0
        && (!m_haveUidl || m_uploadsInFlight >= std::max(1, m_options.batchSize)
            || m_bytesInFlight > m_options.maxBytesInFlight / 2))
        return;
    ensureLabelThenConnect();
}

void MigrationEngine::finishPass()
{
    if (m_summary.failed > 0 && !m_options.dryRun) {
        sendReportThenFinish();
        return;
    }
    endPass(RunState::Finished);
}

void MigrationEngine::sendReportThenFinish()
{
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    store::CsvExporter::Options csvOptions;
    csvOptions.content = store::CsvExporter::Content::Items;
    csvOptions.filter = store::ItemFilter::Failures;
    auto rows = store::CsvExporter::exportTo(*m_ledger, &csv, csvOptions);
    if (!rows) {
        qCWarning(lcMigration) << "report mail not built:" << rows.error().toString();
        endPass(RunState::Finished);
        return;
    }
    const QByteArray mail = ReportMail::build(m_setup.account, m_setup.google.accountEmail, m_summary,
                                              csv.data(), m_clock->now());
    google::UploadOptions options;
    options.mode = google::UploadOptions::Insert;
    options.labelIds = {QStringLiteral("INBOX"), QStringLiteral("UNREAD")};
    m_gmail->upload(mail, options, [this](Result<google::UploadResult> result) {
        if (dead())
            return;
        m_summary.reportMailSent = result.ok();
        if (!result)
            qCWarning(lcMigration) << "report mail not delivered:" << result.error().toString();
        endPass(RunState::Finished);
    });
}

void MigrationEngine::endPass(RunState state)
{
    m_inPass = false;
    m_phase = SessionPhase::None;
    m_summary.state = state;
    m_progress.left = 0;
    m_progress.eta.reset();
    m_progress.currentSubject.clear();
    emit runFinished(m_summary);
    if (m_options.continuous && !m_cancelRequested && !m_options.dryRun) {
        // Like Gmail's old fetcher: look again in a few minutes. The ledger and lock stay open.
        setState(RunState::Waiting, tr("Next check in %1 minutes").arg(m_options.intervalMinutes));
        m_waitTimer->start(Millis(qint64(m_options.intervalMinutes) * 60 * 1000));
        return;
    }
    stopRun(state, std::nullopt);
}

void MigrationEngine::stopRun(RunState state, std::optional<Error> error)
{
    if (m_stopped || m_crashed)
        return;
    m_stopped = true;
    m_inPass = false;
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_pop3) {
        // Stopping for a failure: drop the connection without QUIT, so nothing marked is removed.
        // (A cancel or a finished run already ended its session with a proper QUIT.)
        m_pop3->abort();
        m_pop3->deleteLater();
        m_pop3 = nullptr;
    }
    if (m_gmail)
        m_gmail->cancelAll();
    m_summary.state = state;
    if (error)
        m_summary.error = error;
    m_progress.statusText = error ? error->message : QString();
    m_progress.state = state;
    emitProgress(true);
    m_ledger.reset();
    m_lock.reset();
    emit stopped(m_summary);
}

// ---------------------------------------------------------------------------------------------
// Failures

void MigrationEngine::sessionFailed(const Error &error)
{
    // Called once for the first failure and again for every callback that the broken session
    // fails afterwards; only the first error is the one worth telling the user.
    if (!m_sessionBroken) {
        qCInfo(lcMigration) << "session failed:" << error.toString();
        m_lastSessionError = error;
        m_sessionBroken = true;
        m_batch.clear();
        // Drop the POP3 connection without QUIT: the server then removes nothing (RFC 1939).
        // Copies already committed stay committed; their DELE is simply repeated next session.
        // (A QUIT already sent is left to finish: a Gmail error says nothing about POP3.)
        if (m_pop3 && m_phase == SessionPhase::Open)
            m_pop3->abort();
    }
    // Uploads already under way finish and commit; once nothing is in flight, back off.
    advance();
}

void MigrationEngine::accountFailed(const Error &error)
{
    qCWarning(lcMigration) << "account stopped:" << error.toString();
    stopRun(RunState::Failed, error);
}

void MigrationEngine::retryAfterBackoff(const Error &error)
{
    ++m_consecutiveSessionFailures;
    if (m_consecutiveSessionFailures > kMaxSessionFailures) {
        stopRun(RunState::Failed, error);
        return;
    }
    // Truncated exponential backoff with jitter; the server's own hint wins when it gives one.
    Millis delay = std::min<Millis>(kBackoffMax, Millis(m_options.retryBackoffBase.count() << std::min(m_consecutiveSessionFailures - 1, 8)));
    delay = Millis(qint64(delay.count() * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble())));
    if (error.retryAfter)
        delay = std::max(delay, *error.retryAfter);
    setState(RunState::Waiting,
             tr("%1 Trying again in %2 seconds.").arg(error.message).arg((delay.count() + 999) / 1000));
    scheduleNextSession(delay);
}

// ---------------------------------------------------------------------------------------------
// Crash harness

bool MigrationEngine::step(const char *name)
{
    if (m_crashed)
        return false;
    if (!m_setup.stepHook || m_setup.stepHook(QString::fromLatin1(name)))
        return true;
    crash();
    return false;
}

void MigrationEngine::crash()
{
    // As if the process had been killed right here: no more ledger writes, no QUIT, no goodbye.
    m_crashed = true;
    m_stopped = true;
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_pop3)
        m_pop3->abort();
    if (m_gmail)
        m_gmail->cancelAll();
    m_ledger.reset();
    m_lock.reset();
    RunSummary summary = m_summary;
    summary.state = RunState::Failed;
    summary.error = Error::internal(tr("Interrupted."), QStringLiteral("crash injected by the step hook"));
    emit stopped(summary);
}

// ---------------------------------------------------------------------------------------------
// Reporting

void MigrationEngine::recordItem(ItemEvent event)
{
    if (!event.time.isValid())
        event.time = m_clock->now();
    switch (event.outcome) {
    case ItemOutcome::Copied:
        ++m_summary.copied;
        ++m_progress.copied;
        m_progress.bytesDone += event.size;
        --m_progress.left;
        break;
    case ItemOutcome::PossibleDuplicate:
        ++m_summary.copied;
        ++m_summary.possibleDuplicates;
        ++m_progress.copied;
        m_progress.bytesDone += event.size;
        --m_progress.left;
        break;
    case ItemOutcome::SkippedDuplicate:
    case ItemOutcome::SkippedOversize:
        ++m_summary.skipped;
        ++m_progress.skipped;
        --m_progress.left;
        break;
    case ItemOutcome::Failed:
        ++m_summary.failed;
        ++m_progress.failed;
        --m_progress.left;
        break;
    case ItemOutcome::DeletedFromServer:
        break;
    }
    m_progress.left = std::max(0, m_progress.left);
    emit itemFinished(event);
    emitProgress();
}

void MigrationEngine::emitProgress(bool force)
{
    const Millis now = m_clock->elapsed();
    while (!m_rateWindow.empty() && now - m_rateWindow.front().first > kRateWindow)
        m_rateWindow.pop_front();
    if (m_rateWindow.size() >= 2) {
        const double seconds = std::max(1.0, double((now - m_rateWindow.front().first).count()) / 1000.0);
        qint64 bytes = 0;
        for (const auto &r : m_rateWindow)
            bytes += r.second;
        m_progress.messagesPerMinute = double(m_rateWindow.size()) * 60.0 / seconds;
        m_progress.bytesPerSecond = double(bytes) / seconds;
        if (m_progress.messagesPerMinute > 0)
            m_progress.eta = Millis(qint64(m_progress.left / m_progress.messagesPerMinute * 60000.0));
    }
    if (!force && now - m_lastProgressEmit < kProgressInterval)
        return;
    m_lastProgressEmit = now;
    emit progressChanged(m_progress);
}

void MigrationEngine::setState(RunState state, const QString &statusText)
{
    m_progress.state = state;
    m_progress.statusText = statusText.isEmpty() ? runStateText(state) : statusText;
    emitProgress(true);
}

QStringList MigrationEngine::labelIds() const
{
    QStringList ids;
    switch (m_options.placement) {
    case Placement::InboxUnread: ids << QStringLiteral("INBOX") << QStringLiteral("UNREAD"); break;
    case Placement::InboxRead: ids << QStringLiteral("INBOX"); break;
    case Placement::ArchiveWithLabel: break;
    }
    if (!m_labelId.isEmpty())
        ids << m_labelId;
    return ids;
}

} // namespace mf::migration
