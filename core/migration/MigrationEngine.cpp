#include "migration/MigrationEngine.h"

#include "common/Logging.h"
#include "common/ThreadCheck.h"
#include "google/ClientConfig.h"
#include "google/Endpoints.h"
#include "google/GmailClient.h"
#include "google/RateGovernor.h"
#include "google/TokenManager.h"
#include "mail/DateRescue.h"
#include "mail/MessageHeaders.h"
#include "mail/ReportMail.h"
#include "mail/StandInDetector.h"
#include "pop3/Pop3Client.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"
#include "store/RunLock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace mf::migration {
namespace {

constexpr int kMaxPipelinedFetches = 8;
constexpr int kMaxSessionFailures = 8;       ///< consecutive failed POP3 sessions before the run gives up
constexpr int kMaxBreaksPerMessage = 3;      ///< sessions a message may break before it is recorded failed
constexpr int kMinGoogleRounds = 3;          ///< Gmail failure rounds before an outage may end the run
constexpr int kMaxGoogleRounds = 12;         ///< ... and after which it ends it whatever the clock says
/// The longest wait a server may impose (LOGIN-DELAY, [IN-USE], Retry-After) before Mailferry
/// gives up and says when to try again, instead of sitting silent for days.
constexpr Millis kMaxServerWait{60 * 60 * 1000};
/// Gmail's own limit for one message (the API's maxSize); a larger limit would only download
/// messages that Gmail then refuses.
constexpr qint64 kGmailMaxMessageBytes = 50LL * 1024 * 1024;
/// Gmail's pace, used to size a delete-mode session to the server's LOGIN-DELAY.
constexpr int kGmailMessagesPerSecond = 10;
/// What one message costs in a session's listing: a UIDL line and a LIST line.
constexpr qint64 kListingBytesPerMessage = 40;
constexpr Millis kBackoffMax{5 * 60 * 1000};
constexpr Millis kRateWindow{60 * 1000};
constexpr Millis kProgressInterval{200};
// Gmail accepts about 600 inserts per user per minute: the pace of the estimate.
constexpr double kGmailMessagesPerMinute = 600.0;

pop3::ServerSettings serverSettings(const accounts::AccountConfig &a)
{
    pop3::ServerSettings s;
    s.host = a.host;
    s.port = a.port;
    switch (a.security) {
    case accounts::AccountConfig::Security::ImplicitTls: s.security = pop3::Security::ImplicitTls; break;
    case accounts::AccountConfig::Security::StartTls: s.security = pop3::Security::StartTls; break;
    case accounts::AccountConfig::Security::PlainText: s.security = pop3::Security::PlainText; break;
    }
    s.user = a.user;
    s.allowPlaintextPassword = a.allowPlaintextPassword;
    s.pinnedSha256 = a.pinnedSha256;
    return s;
}

bool unreachable(Error::Code code)
{
    switch (code) {
    case Error::Code::ConnectionRefused:
    case Error::Code::HostNotFound:
    case Error::Code::TlsHandshakeFailed:
    case Error::Code::TlsRequired:
    case Error::Code::NetworkError:
    case Error::Code::Timeout:
        return true;
    default:
        return false;
    }
}

QString minutesText(Millis ms)
{
    return QString::number(std::max<qint64>(1, (ms.count() + 59999) / 60000));
}

ItemEvent eventFor(const QByteArray &uidl, const mail::MessageHeaders &headers, qint64 size)
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
    if (m_options.sizeLimitBytes <= 0 || m_options.sizeLimitBytes > kGmailMaxMessageBytes)
        m_options.sizeLimitBytes = kGmailMaxMessageBytes;
    if (m_setup.ledgerPath.isEmpty())
        m_setup.ledgerPath = m_setup.account.ledgerPath();
    if (m_setup.lockPath.isEmpty())
        m_setup.lockPath = m_setup.account.lockPath();
}

MigrationEngine::~MigrationEngine()
{
    // Torn down in an order that never calls back into a half-destroyed engine: callbacks that
    // run now see a stopped engine; the Gmail client answers its uploads while the engine is whole;
    // the token manager goes before the Gmail client that waits on it; the network manager, which
    // owns the replies, goes last.
    m_stopped = true;
    if (m_waitTimer)
        m_waitTimer->stop();
    delete m_pop3.data();
    for (PendingBegin &p : m_pendingBegins)
        p.go(false);
    m_pendingBegins.clear();
    if (m_gmail)
        m_gmail->cancelAll();
    delete m_tokens;
    m_tokens = nullptr;
    delete m_gmail;
    m_gmail = nullptr;
    delete m_nam;
    m_nam = nullptr;
}

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
    const QDateTime lastSuccess = m_progress.lastSuccess;
    m_progress = Progress{};
    m_progress.lastSuccess = lastSuccess;
    m_rateWindow.clear();
    m_pop3Failures = 0;
    m_googleFailures = 0;
    m_googleBroken = false;
    m_googleDownSince.reset();
    m_knownLoaded = false;
    m_failedEarlierListed = 0;
    m_contentChecked.clear();
    m_distrustUidls = false;
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
        // and say so in the log. "Uploading" is written only when its request is about to leave,
        // so this is the one case where a duplicate is possible.
        auto interrupted = m_ledger->recoverInterrupted();
        if (!interrupted) {
            stopRun(RunState::Failed, interrupted.error());
            return;
        }
        for (const auto &item : interrupted.value()) {
            if (!item.uidl.isEmpty())
                m_possibleDuplicates.insert(item.uidl);
        }
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
            if (label.error().scope == Error::Scope::Session) {
                // Nothing is fetched until Gmail answers: this is a Gmail failure, not a POP3 one.
                m_phase = SessionPhase::None;
                m_googleBroken = true;
                if (!m_googleDownSince)
                    m_googleDownSince = m_clock->elapsed();
                m_lastGoogleError = label.error();
                decide();
            } else {
                accountFailed(label.error());
            }
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
    m_sessionProgress = false;
    m_moreWork = false;
    m_sessionFetched = 0;
    m_sessionRetrieved = 0;
    m_sessionInGmail = 0;
    m_sessionFetchLimit = std::numeric_limits<int>::max();
    m_sessionStartedAt = m_clock->elapsed();
    m_batch.clear();
    m_deletedThisSession.clear();
    m_fetchesInFlight = m_deletesInFlight = 0;
    if (m_uploadsInFlight == 0)
        setState(RunState::Connecting);

    QPointer<pop3::Pop3Client> client = m_pop3;
    // Queued: the commands under way learn first why the connection ended (a RETR stopped at the
    // size limit is recorded as oversize), and only then is the session written off.
    connect(client, &pop3::Pop3Client::disconnected, this, [this, client] {
        // The server hung up while the session was open (commands under way fail on their own).
        if (client == m_pop3 && !dead() && m_phase == SessionPhase::Open)
            sessionFailed(Error::session(Error::Code::ConnectionClosed,
                                         tr("The connection to the mail server was lost.")));
    }, Qt::QueuedConnection);
    pop3::ServerSettings settings = serverSettings(m_setup.account);
    if (m_avoidApop && settings.auth == pop3::ServerSettings::Auth::Automatic)
        settings.auth = pop3::ServerSettings::Auth::UserPass;
    client->connectToServer(settings, m_setup.pop3Password, [this, client](Status status) {
        if (dead() || client != m_pop3)
            return;
        if (!status.ok()) {
            const Error &error = status.error();
            if (client->apopRefused() && !m_avoidApop && error.scope == Error::Scope::Session) {
                // The server offered APOP but refused it and hung up: the next login uses
                // USER/PASS, which the user consented to for this server anyway.
                m_avoidApop = true;
                sessionFailed(error);
                return;
            }
            if (error.scope != Error::Scope::Session) {
                accountFailed(error);
            } else if (!m_everLoggedIn && !m_options.continuous && unreachable(error.code)) {
                // The very first connection failed outright: wrong host or port, or the server is
                // down. Say so now instead of retrying for minutes in silence.
                m_phase = SessionPhase::None;
                stopRun(RunState::Failed, error);
            } else {
                sessionFailed(error);
            }
            return;
        }
        m_everLoggedIn = true;
        m_lastLoginAt = m_clock->elapsed();
        const pop3::Capabilities caps = client->capabilities();
        m_loginDelaySeconds = std::max(0, caps.loginDelaySeconds.value_or(0));
        m_expireDays = caps.expireNever ? std::nullopt : caps.expireDays;
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
                byNumber.reserve(uidls.value().size());
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
                QList<ListedMessage> listing;
                listing.reserve(list.value().size());
                for (const auto &l : list.value())
                    listing.append(ListedMessage{l.number, byNumber.value(l.number), l.size});
                planSession(listing, haveUidl);
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

void MigrationEngine::planSession(const QList<ListedMessage> &listing, bool haveUidl)
{
    setState(RunState::Planning);
    m_haveUidl = haveUidl;
    if (!haveUidl && m_options.afterCopy != AfterCopy::Keep && m_firstPlanOfPass) {
        // Without UIDLs a message cannot be named safely across sessions: never delete.
        qCWarning(lcMigration) << "server has no UIDL; delete mode disabled for this run";
    }

    if (m_ledger && !m_knownLoaded) {
        // Read once a pass; every commit after this keeps it current (remember()).
        auto state = m_ledger->loadResumeState();
        if (!state) {
            stopRun(RunState::Failed, state.error());
            return;
        }
        m_known = std::move(state).value();
        m_knownLoaded = true;
    }

    SessionPlanner::Policy policy;
    policy.sizeLimitBytes = m_options.sizeLimitBytes;
    policy.deleteDue = [this](qint64 copiedAtMs) {
        return deleteDue(copiedAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(copiedAtMs, Qt::UTC) : QDateTime());
    };
    policy.distrustUidls = m_distrustUidls;
    policy.inFlight = &m_inFlightUidls;
    policy.possibleDuplicates = &m_possibleDuplicates;
    policy.contentChecked = &m_contentChecked;
    SessionPlan plan = SessionPlanner::plan(listing, haveUidl, m_known, policy);
    PlanPreview &preview = plan.preview;
    preview.serverExpireDays = m_expireDays;
    preview.loginDelaySeconds = m_loginDelaySeconds;
    preview.estimatedDuration = Millis(
        qint64(double(preview.toCopy + preview.toCheckByContent) / kGmailMessagesPerMinute * 60000.0));
    if (!plan.ambiguousUidls.isEmpty())
        qCWarning(lcMigration) << plan.ambiguousUidls.size()
                               << "UIDLs name more than one message or contradict the ledger; those messages are"
                                  " matched by content and never deleted";

    if (m_firstPlanOfPass) {
        m_firstPlanOfPass = false;
        m_progress.total = preview.messagesOnServer;
        m_progress.alreadyDone = preview.alreadyCopied;
        m_progress.failedEarlier = preview.failedEarlier;
        m_progress.left = preview.toCopy + preview.toCheckByContent + int(plan.oversize.size());
        m_progress.bytesTotal = preview.bytesToCopy;
        m_summary.alreadyDone = preview.alreadyCopied;
        m_summary.unreliableIds = preview.unreliableIds;
        m_failedEarlierListed = preview.failedEarlier;
        emit planReady(preview);
    } else {
        m_summary.unreliableIds = std::max(m_summary.unreliableIds, preview.unreliableIds);
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

    // How much one session takes. Keep mode (and a server without UIDL, which never deletes):
    // one session for the whole run, reconnecting only after a failure; re-listing a big mailbox
    // for every few messages would cost more than the mail itself. Delete mode: sessions end
    // after batchSize messages or deleteSessionDuration, so that the server applies the DELEs
    // regularly; with LOGIN-DELAY a session takes what Gmail can take in that time.
    m_sessionMinFetch = 0;
    if (deletesWanted()) {
        const qint64 byDelay = qint64(m_loginDelaySeconds) * kGmailMessagesPerSecond;
        // Every session lists the whole mailbox again (UIDL + LIST, about 40 bytes a message):
        // a session must read at least ten times that much mail, or on a big mailbox of small
        // messages the listings cost more than the mail (measured: 2x the mailbox at 50,000).
        const qint64 averageSize = preview.messagesOnServer > 0
            ? std::max<qint64>(1, preview.bytesOnServer / preview.messagesOnServer)
            : 1;
        const qint64 byListingCost = (10 * kListingBytesPerMessage * qint64(listing.size()) + averageSize - 1) / averageSize;
        m_sessionMinFetch = int(std::clamp<qint64>(byListingCost, 0, std::numeric_limits<int>::max()));
        m_sessionFetchLimit = int(std::clamp<qint64>(
            std::max({qint64(std::max(1, m_options.batchSize)), byDelay, byListingCost}), 1,
            std::numeric_limits<int>::max()));
    }
    if (m_googleDownSince)
        m_sessionFetchLimit = 1; // Gmail has been failing: one message to see whether it is back

    for (const PlannedMessage &p : plan.oversize)
        m_batch.push_back(WorkItem{p, m_session});
    int deletesTaken = 0;
    for (const PlannedMessage &p : plan.deletes) {
        // Deletes are cheap, but a session of thousands of DELEs holds them all unapplied.
        if (deletesTaken >= std::max(1, m_options.batchSize) * 4 && m_loginDelaySeconds == 0) {
            m_moreWork = true;
            break;
        }
        m_batch.push_back(WorkItem{p, m_session});
        ++deletesTaken;
    }
    for (const PlannedMessage &p : plan.fetch)
        m_batch.push_back(WorkItem{p, m_session});
    m_sessionPlanned = true;
    setState(RunState::Transferring);
    pump();
    advance();
}

// ---------------------------------------------------------------------------------------------
// Transfer

bool MigrationEngine::sessionFull() const
{
    if (m_sessionFetched >= m_sessionFetchLimit)
        return true;
    // Delete mode: end the session in time so its DELEs take effect (never on LOGIN-DELAY servers,
    // where every login is precious).
    return deletesWanted() && m_loginDelaySeconds == 0 && m_sessionFetched >= m_sessionMinFetch
        && m_clock->elapsed() - m_sessionStartedAt >= m_options.deleteSessionDuration;
}

void MigrationEngine::pump()
{
    while (!m_batch.empty() && m_pop3 && m_phase == SessionPhase::Open && !m_sessionBroken && !m_pauseRequested
           && !m_cancelRequested && !m_crashed && !m_googleBroken) {
        const WorkItem &next = m_batch.front();
        if (next.kind != WorkKind::DeleteOnly) {
            if (next.kind == WorkKind::Fetch && sessionFull()) {
                // The rest waits for the next session, which plans again.
                m_batch.clear();
                m_moreWork = true;
                return;
            }
            if (m_fetchesInFlight >= m_fetchDepth)
                return;
            // Slow start: until Gmail has confirmed an upload (at the start, and again after it
            // failed), read no further ahead than the uploads Gmail may take at once. A Gmail that
            // is down then costs a handful of RETRs, not a pass over the whole mailbox.
            if (!m_gmailProven && m_uploadsInFlight + m_fetchesInFlight >= std::max(1, m_options.maxConcurrentUploads))
                return;
            // Bound the memory: messages fetched but not yet in Gmail. One always fits.
            const qint64 expected = std::clamp<qint64>(next.listSize, 1, m_options.sizeLimitBytes);
            if (next.kind == WorkKind::Fetch && m_bytesInFlight > 0
                && m_bytesInFlight + expected > m_options.maxBytesInFlight)
                return;
        }
        WorkItem item = next;
        m_batch.pop_front();
        if (item.kind == WorkKind::DeleteOnly) {
            verifyThenDelete(item);
        } else {
            if (item.kind == WorkKind::Fetch)
                ++m_sessionFetched;
            issueFetch(item);
        }
        if (m_crashed)
            return;
    }
}

void MigrationEngine::remember(const QByteArray &uidl, qint64 id, store::ItemStatus status, qint64 listSize,
                               store::ItemFlags flags, qint64 copiedAtMs, qint64 size)
{
    if (uidl.isEmpty())
        return;
    store::ItemSummary &s = m_known.byUidl[uidl];
    s.id = id;
    s.status = status;
    s.flags |= flags;
    if (listSize > 0)
        s.listSize = listSize;
    if (copiedAtMs > 0)
        s.copiedAtMs = copiedAtMs;
    if (size > 0)
        s.size = size;
}

bool MigrationEngine::recordFailure(store::ItemInfo info, ItemEvent event, const WorkItem &item,
                                    store::ItemStatus status, const QString &reason, Error::Code code,
                                    const QString &detail)
{
    event.outcome = status == store::ItemStatus::SkippedOversize ? ItemOutcome::SkippedOversize : ItemOutcome::Failed;
    event.reason = reason;
    if (item.contentIdentity)
        info.uidl.clear();
    auto recorded = m_ledger->recordOutcome(info, status, reason, Error::codeName(code), detail);
    if (!recorded) {
        stopRun(RunState::Failed, recorded.error());
        return false;
    }
    if (!item.contentIdentity)
        remember(item.uidl, recorded.value(), status, item.listSize, {}, 0, info.size);
    m_sessionProgress = true;
    recordItem(event);
    return true;
}

bool MigrationEngine::recordUnread(const WorkItem &item, store::ItemStatus status, const QString &reason,
                                   Error::Code code, const QString &detail, qint64 sizeSeen)
{
    // A message whose bytes never arrived whole: all that is known is what the listing said.
    store::ItemInfo info;
    info.uidl = item.uidl;
    info.listSize = item.listSize;
    info.size = sizeSeen;
    ItemEvent e;
    e.uidl = item.uidl;
    e.size = item.listSize;
    if (item.contentIdentity)
        m_contentChecked[SessionPlanner::contentKey(item.uidl, item.listSize)] += 1;
    return recordFailure(info, e, item, status, reason, code, detail);
}

void MigrationEngine::recordOversizeByList(const WorkItem &item, const QByteArray &headers)
{
    const mail::MessageHeaders parsed = mail::MessageHeaders::parse(headers);
    ItemEvent e = eventFor(item.uidl, parsed, item.listSize);
    store::ItemInfo info;
    info.uidl = item.uidl;
    info.listSize = item.listSize;
    info.messageId = parsed.messageId();
    info.subject = e.subject;
    info.from = e.from;
    info.dateHeader = e.date;
    if (item.contentIdentity)
        m_contentChecked[SessionPlanner::contentKey(item.uidl, item.listSize)] += 1;
    (void)recordFailure(info, e, item, store::ItemStatus::SkippedOversize,
                        tr("The message is %1 MB, over the %2 MB limit. It was left on the server.")
                            .arg(double(item.listSize) / (1024.0 * 1024.0), 0, 'f', 1)
                            .arg(double(m_options.sizeLimitBytes) / (1024.0 * 1024.0), 0, 'f', 1),
                        Error::Code::MessageOversize);
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
            recordOversizeByList(item, headers ? headers.value() : QByteArray());
            if (dead())
                return;
            pump();
            advance();
        });
        return;
    }

    const qint64 reserved = std::clamp<qint64>(item.listSize, 1, m_options.sizeLimitBytes);
    m_bytesInFlight += reserved;
    // The cap keeps memory bounded whatever LIST said: a message that grows past the limit while
    // it streams in is stopped there and recorded as oversize.
    client->retrieve(item.number, m_options.sizeLimitBytes, [this, client, item, reserved](Result<QByteArray> raw) {
        if (dead() || client != m_pop3)
            return;
        --m_fetchesInFlight;
        m_bytesInFlight -= reserved;
        if (!raw) {
            const Error &error = raw.error();
            if (error.scope != Error::Scope::Item) {
                // The first RETR to fail in a session is the one that was streaming. A message
                // during which the server drops the connection every time is recorded as failed
                // after a few tries, so that one bad message cannot stop the run.
                // Only a RETR that was alone on the wire can be blamed: with several pipelined, a
                // reset loses all their answers and says nothing about which one the server hated.
                if (!m_sessionBroken && m_fetchesInFlight == 0 && !item.uidl.isEmpty()
                    && error.scope == Error::Scope::Session
                    && ++m_breaksWhileReading[item.uidl] >= kMaxBreaksPerMessage) {
                    if (!recordUnread(item, store::ItemStatus::Failed,
                                      tr("The server broke the connection each time this message was read (%1). "
                                         "It was left on the server.").arg(error.message),
                                      error.code, error.detail))
                        return;
                }
                sessionFailed(error);
                return;
            }
            if (error.code == Error::Code::MessageOversize) {
                // Stopped at the limit while it streamed in (the server announced less). The
                // client drops the connection; the next session goes on without it. Its size is
                // recorded as over the limit, so it is not read again until the limit is raised.
                (void)recordUnread(item, store::ItemStatus::SkippedOversize,
                                   tr("The message is larger than the %1 MB limit (the server announced %2 MB). It "
                                      "was left on the server.")
                                       .arg(double(m_options.sizeLimitBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                                       .arg(double(item.listSize) / (1024.0 * 1024.0), 0, 'f', 1),
                                   Error::Code::MessageOversize, error.detail, m_options.sizeLimitBytes + 1);
            } else {
                // The server refused this one message (e.g. -ERR on RETR): record it and go on.
                (void)recordUnread(item, store::ItemStatus::Failed, error.message, error.code, error.detail);
            }
            if (dead())
                return;
            pump();
            advance();
            return;
        }
        if (!step("pop3.retrieved"))
            return;
        ++m_sessionRetrieved;
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
    const mail::MessageHeaders headers = mail::MessageHeaders::parse(raw);
    ItemEvent event = eventFor(item.uidl, headers, size);
    m_progress.currentSubject = event.subject;

    store::ItemInfo info;
    info.uidl = item.contentIdentity ? QByteArray() : item.uidl;
    info.listSize = item.listSize;
    info.size = size;
    info.messageId = headers.messageId();
    info.subject = event.subject;
    info.from = event.from;
    info.dateHeader = event.date;
    info.sha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
    if (item.contentIdentity)
        info.flags |= store::ItemFlag::KeepOnServer;
    const QByteArray contentKey = info.sha256 + '/' + QByteArray::number(size) + '/' + info.messageId;
    const QByteArray checkedKey = SessionPlanner::contentKey(item.uidl, item.listSize);

    auto fail = [&](store::ItemStatus status, const QString &reason, Error::Code code) {
        if (item.contentIdentity)
            m_contentChecked[checkedKey] += 1;
        (void)recordFailure(info, event, item, status, reason, code);
    };

    // Bad input is recorded with its reason and left on the server; the run goes on.
    if (size == 0 || headers.isEmpty()) {
        fail(store::ItemStatus::Failed,
             size == 0 ? tr("The message is empty. It was left on the server.")
                       : tr("The message has no readable headers, so Gmail would refuse it. It was left on the server."),
             Error::Code::MessageMalformed);
        return;
    }
    if (size > m_options.sizeLimitBytes) {
        fail(store::ItemStatus::SkippedOversize,
             tr("The message is %1 MB, over the %2 MB limit. It was left on the server.")
                 .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
                 .arg(double(m_options.sizeLimitBytes) / (1024.0 * 1024.0), 0, 'f', 1),
             Error::Code::MessageOversize);
        return;
    }
    // LIST sizes are hints (bare LF counted as one octet, and so on), but a message that arrives
    // far shorter than announced was most likely cut off: never put half a message into Gmail.
    const qint64 tolerance = std::max<qint64>(1024, item.listSize / 4);
    if (item.listSize > 0 && size < item.listSize - tolerance) {
        fail(store::ItemStatus::Failed,
             tr("The server sent %1 bytes of a message it announced as %2 bytes; it may be cut short. It was left "
                "on the server.").arg(size).arg(item.listSize),
             Error::Code::SizeMismatch);
        return;
    }
    bool keepOnServer = item.contentIdentity;
    QString sizeNote;
    if (size > item.listSize + tolerance) {
        // Copied (it is all there), but the server's description does not fit what it sent, so
        // Mailferry does not trust it enough to delete the original.
        keepOnServer = true;
        info.flags |= store::ItemFlag::KeepOnServer;
        sizeNote = tr("The server sent %1 bytes for a message it announced as %2 bytes, so the original is kept on "
                      "the server.").arg(size).arg(item.listSize);
    }
    if (const QString standIn = mail::StandInDetector::reason(raw); !standIn.isEmpty()) {
        fail(store::ItemStatus::Failed, standIn, Error::Code::StandInMessage);
        return;
    }

    // The second identity: the same content already in Gmail (a server whose UIDLs changed, or
    // one without UIDLs, or a UIDL that names two messages).
    if (!item.possibleDuplicate) {
        if (m_inFlightContent.contains(contentKey)) {
            // An identical message is on its way to Gmail right now. Decide after it lands: then
            // this one is recognised as already there (or, if that upload fails, copied itself),
            // whatever the timing.
            m_moreWork = true;
            return;
        }
        auto existing = m_ledger->findByIdentity(info.messageId, size, info.sha256);
        if (!existing) {
            stopRun(RunState::Failed, existing.error());
            return;
        }
        if (existing.value()) {
            const store::Item &original = *existing.value();
            if (item.contentIdentity) {
                // Already in Gmail: this is the same message listed again. Nothing to record.
                m_contentChecked[checkedKey] += 1;
                ++m_sessionInGmail;
                ++m_summary.alreadyDone;
                ++m_progress.alreadyDone;
                m_progress.left = std::max(0, m_progress.left - 1);
                m_sessionProgress = true;
                emitProgress();
                return;
            }
            if (original.uidl != item.uidl) {
                event.gmailId = original.gmailId;
                event.outcome = ItemOutcome::SkippedDuplicate;
                event.reason = tr("Already copied to Gmail under another server id; not copied again.");
                auto recorded = m_ledger->recordDuplicate(info, original);
                if (!recorded) {
                    stopRun(RunState::Failed, recorded.error());
                    return;
                }
                remember(item.uidl, recorded.value(), store::ItemStatus::SkippedDuplicate, item.listSize);
                ++m_sessionInGmail;
                m_sessionProgress = true;
                recordItem(event);
                return;
            }
        }
    }
    if (item.contentIdentity)
        m_contentChecked[checkedKey] += 1;

    // A missing or broken Date would make Gmail file the message under "today".
    mail::DateRescue::Result rescued = mail::DateRescue::rescue(raw);
    raw.clear();
    QStringList notes;
    if (rescued.rescued) {
        info.flags |= store::ItemFlag::DateRescued;
        info.dateHeader = QString::fromUtf8(mail::MessageHeaders::parse(rescued.bytes).value("Date"));
        event.dateRescued = true;
    }
    if (!rescued.note.isEmpty())
        notes << rescued.note; // rescued, or could not be: either way the log says so
    if (!sizeNote.isEmpty())
        notes << sizeNote;
    if (item.contentIdentity)
        notes << tr("The server's id for this message is not reliable, so it is kept on the server.");
    info.note = notes.join(QLatin1Char(' '));
    event.reason = info.note;
    if (item.possibleDuplicate) {
        info.flags |= store::ItemFlag::PossibleDuplicate;
        event.possibleDuplicate = true;
        // Say why, truthfully: an earlier attempt in this run that Gmail may have stored, or an
        // upload that was under way when Mailferry stopped.
        const QString why = m_uncertainUploads.contains(item.uidl)
            ? tr("An earlier upload of this message failed in a way that may have stored it, so it was uploaded "
                 "again; Gmail may show it twice.")
            : tr("Mailferry stopped while this message was being uploaded, so it was uploaded again; Gmail may "
                 "show it twice.");
        event.reason = event.reason.isEmpty() ? why : why + QLatin1Char(' ') + event.reason;
    }
    startUpload(item, info, event, std::move(rescued.bytes), contentKey, keepOnServer);
}

void MigrationEngine::startUpload(const WorkItem &item, const store::ItemInfo &info, const ItemEvent &event,
                                  QByteArray bytes, const QByteArray &contentKey, bool keepOnServer)
{
    const qint64 size = bytes.size();
    ++m_uploadsInFlight;
    m_bytesInFlight += size;
    if (!item.contentIdentity && !item.uidl.isEmpty())
        m_inFlightUidls.insert(item.uidl);
    m_inFlightContent.insert(contentKey);

    google::UploadOptions options;
    options.mode = m_options.useImport ? google::UploadOptions::Import : google::UploadOptions::Insert;
    options.labelIds = labelIds();
    auto ticket = std::make_shared<UploadTicket>();
    // "Uploading" goes to disk (in a group commit with whatever else is about to leave) only when
    // the request has its slot and token and is about to be sent: a message still waiting for
    // Gmail's pace has not left, and must not be flagged "possible duplicate" after a crash.
    options.beforeSend = [this, item, info, ticket](std::function<void(bool)> go) {
        if (dead()) {
            go(false);
            return;
        }
        m_pendingBegins.push_back(PendingBegin{item, info, ticket, std::move(go)});
        scheduleFlush();
    };
    m_gmail->upload(std::move(bytes), options,
                    [this, item, info, event, size, ticket, contentKey, keepOnServer](Result<google::UploadResult> result) {
        if (dead())
            return;
        if (!step("gmail.confirmed"))
            return;
        ItemEvent e = event;
        e.attempts = result ? result.value().attempts : 1;
        if (result) {
            // One confirmed upload is proof that Gmail works again.
            m_gmailProven = true;
            m_googleFailures = 0;
            m_googleDownSince.reset();
            m_pendingCopies.push_back(PendingCopy{item, ticket->ledgerId, result.value().gmailId, e, size,
                                                  result.value().possiblyDuplicated, keepOnServer, contentKey});
            scheduleFlush();
            return;
        }
        releaseUpload(item, size, contentKey);
        const Error &error = result.error();
        if (error.scope == Error::Scope::Item) {
            e.outcome = ItemOutcome::Failed;
            e.reason = error.message;
            if (ticket->journaled) {
                const Status recorded = m_ledger->recordOutcome(ticket->ledgerId, store::ItemStatus::Failed, error);
                if (!recorded.ok()) {
                    stopRun(RunState::Failed, recorded.error());
                    return;
                }
                if (!item.contentIdentity)
                    remember(item.uidl, ticket->ledgerId, store::ItemStatus::Failed, item.listSize);
                m_sessionProgress = true;
                recordItem(e);
            } else if (!recordFailure(info, e, item, store::ItemStatus::Failed, error.message, error.code, error.detail)) {
                return;
            }
        } else if (error.scope == Error::Scope::Cancelled) {
            // Stopping: a journaled one stays "uploading" (its request had left) and is re-uploaded
            // flagged by the next run; one that never left is simply not recorded.
        } else {
            if (ticket->journaled) {
                if (error.mayHaveTakenEffect) {
                    // Gmail may have stored it: the next attempt is flagged.
                    if (!item.contentIdentity) {
                        m_possibleDuplicates.insert(item.uidl);
                        m_uncertainUploads.insert(item.uidl);
                    }
                } else {
                    // Certainly not stored (it never left, or Gmail refused it outright).
                    const Status abandoned = m_ledger->abandonUploads({ticket->ledgerId});
                    if (!abandoned.ok()) {
                        stopRun(RunState::Failed, abandoned.error());
                        return;
                    }
                    if (!item.contentIdentity)
                        remember(item.uidl, ticket->ledgerId, store::ItemStatus::Pending, item.listSize);
                }
            }
            if (item.contentIdentity)
                m_contentChecked[SessionPlanner::contentKey(item.uidl, item.listSize)] -= 1; // read it again
            if (error.scope == Error::Scope::Account || error.scope == Error::Scope::Internal)
                accountFailed(error);
            else
                googleFailed(error);
            return;
        }
        pump();
        advance();
    });
    if (!m_crashed)
        (void)step("gmail.sent");
}

void MigrationEngine::releaseUpload(const WorkItem &item, qint64 size, const QByteArray &contentKey)
{
    --m_uploadsInFlight;
    m_bytesInFlight -= size;
    if (!item.contentIdentity)
        m_inFlightUidls.remove(item.uidl);
    m_inFlightContent.remove(contentKey);
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
    std::vector<PendingBegin> ready;
    ready.swap(m_pendingBegins);
    QList<store::ItemInfo> infos;
    infos.reserve(qsizetype(ready.size()));
    for (const PendingBegin &p : ready)
        infos.append(p.info);
    auto ids = m_ledger->beginUploads(infos);
    if (!ids) {
        for (PendingBegin &p : ready)
            p.go(false);
        stopRun(RunState::Failed, ids.error());
        return;
    }
    if (!step("ledger.uploading"))
        return;
    for (size_t i = 0; i < ready.size(); ++i) {
        PendingBegin &p = ready[i];
        p.ticket->ledgerId = ids.value().at(qsizetype(i));
        p.ticket->journaled = true;
        if (!p.item.contentIdentity)
            remember(p.item.uidl, p.ticket->ledgerId, store::ItemStatus::Uploading, p.item.listSize, p.info.flags);
        p.go(true);
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
    const qint64 nowMs = m_clock->now().toMSecsSinceEpoch();
    const bool deleteNow = m_options.afterCopy == AfterCopy::Delete && deletesWanted();
    for (PendingCopy &c : confirmed) {
        releaseUpload(c.item, c.size, c.contentKey);
        if (!c.item.contentIdentity)
            remember(c.item.uidl, c.ledgerId, store::ItemStatus::Copied, c.item.listSize,
                     c.keepOnServer ? store::ItemFlags(store::ItemFlag::KeepOnServer) : store::ItemFlags(), nowMs);
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
        if (c.item.session == m_session)
            ++m_sessionInGmail;
        m_summary.bytesCopied += c.size;
        m_rateWindow.emplace_back(m_clock->elapsed(), c.size);
        recordItem(event);
        if (!deleteNow || c.keepOnServer || c.item.contentIdentity)
            continue;
        if (c.item.session == m_session && m_phase == SessionPhase::Open && m_pop3 && !m_sessionBroken) {
            // Fetched in this very session: the number still names the message whose bytes Gmail
            // just confirmed.
            issueDelete(c.ledgerId, c.item.number, event);
            if (dead())
                return;
        } else {
            m_deletesOwed = true; // its session is over: the next one deletes it
        }
    }
}

void MigrationEngine::verifyThenDelete(const WorkItem &item)
{
    // A message copied in an earlier session is named only by its UIDL, and the planner already
    // checked its LIST size against the ledger. A server that reuses UIDLs can still give an old
    // UIDL to a new message of the same size; its headers tell them apart.
    auto recorded = m_ledger->item(item.ledgerId);
    if (!recorded) {
        stopRun(RunState::Failed, recorded.error());
        return;
    }
    if (!recorded.value() || !store::isInGmail(recorded.value()->status)
        || recorded.value()->flags.testFlag(store::ItemFlag::KeepOnServer))
        return;
    const store::Item known = *recorded.value();
    ItemEvent e;
    e.uidl = item.uidl;
    e.size = known.size > 0 ? known.size : item.listSize;
    e.messageId = QString::fromLatin1(known.messageId);
    e.subject = known.subject;
    e.from = known.from;
    e.date = known.dateHeader;
    if (known.messageId.isEmpty()) {
        issueDelete(item.ledgerId, item.number, e);
        return;
    }
    QPointer<pop3::Pop3Client> client = m_pop3;
    ++m_deletesInFlight;
    client->top(item.number, 0, [this, client, item, known, e](Result<QByteArray> headers) {
        if (dead() || client != m_pop3)
            return;
        --m_deletesInFlight;
        if (!headers && headers.error().scope != Error::Scope::Item) {
            sessionFailed(headers.error());
            return;
        }
        // Without TOP the size check must do; with it, the Message-ID must agree.
        const QByteArray listedId = headers ? mail::MessageHeaders::parse(headers.value()).messageId() : known.messageId;
        if (listedId != known.messageId) {
            qCWarning(lcMigration) << "UIDL" << item.uidl << "now names another message; not deleted";
            m_distrustUidls = true; // from now on this pass matches every message by content
            ++m_summary.unreliableIds;
        } else {
            issueDelete(item.ledgerId, item.number, e);
            if (dead())
                return;
        }
        pump();
        advance();
    });
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
    if (m_googleBroken) {
        // Gmail is failing: fetch nothing more. QUIT now, so the DELEs of what Gmail did confirm
        // take effect; the rest is planned again once Gmail answers.
        if (!m_batch.empty())
            m_moreWork = true;
        finishSession();
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
    if (m_uploadsInFlight > 0 && (lastDeletes || !m_haveUidl || expungesOnQuit()))
        return;
    finishSession();
}

bool MigrationEngine::expungesOnQuit() const
{
    // RFC 2449 EXPIRE 0: the server removes every message retrieved in a session when that
    // session ends with QUIT, whatever Mailferry asks.
    return m_expireDays && *m_expireDays == 0;
}

void MigrationEngine::finishSession()
{
    if (expungesOnQuit() && m_sessionInGmail < m_sessionRetrieved) {
        // Something read in this session is not in Gmail (it failed, or is still on its way): a
        // QUIT would let the server delete it. Drop the connection instead; nothing is removed.
        qCWarning(lcMigration) << "EXPIRE 0 server:" << (m_sessionRetrieved - m_sessionInGmail)
                               << "messages read in this session are not in Gmail; ending it without QUIT";
        m_deletedThisSession.clear();
        if (!m_batch.empty())
            m_moreWork = true;
        m_batch.clear();
        m_pop3->abort();
        afterSession();
        return;
    }
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
                remember(d.second.uidl, d.first, store::ItemStatus::Deleted, 0);
                ItemEvent e = d.second;
                e.outcome = ItemOutcome::DeletedFromServer;
                e.reason = tr("Removed from the old server after Gmail confirmed the copy.");
                ++m_summary.deletedFromServer;
                recordItem(e);
            }
        }
        // A failed QUIT removed nothing (RFC 1939); the copies are committed, the next session
        // deletes them again.
        if (status.ok()) {
            m_pop3Failures = 0;
            m_fetchDepth = kMaxPipelinedFetches;
        }
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
    if (m_googleBroken) {
        // Every upload of the round has ended (confirmed or failed): one retry round for all.
        if (!uploadsIdle)
            return;
        m_googleBroken = false;
        m_sessionBroken = false;
        retryGoogleAfterBackoff(m_lastGoogleError.value_or(
            Error::session(Error::Code::NetworkError, tr("Gmail could not be reached."))));
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

void MigrationEngine::scheduleNextSession(Millis delay, const QString &statusText)
{
    m_phase = SessionPhase::Scheduled;
    m_pauseElapsed = false;
    // LOGIN-DELAY (RFC 2449): the server refuses a login sooner than this after the last one.
    if (m_loginDelaySeconds > 0 && m_lastLoginAt.count() >= 0) {
        const Millis earliest = m_lastLoginAt + Millis(qint64(m_loginDelaySeconds) * 1000);
        const Millis wait = std::min(earliest - m_clock->elapsed(), kMaxServerWait);
        if (wait > delay) {
            delay = wait;
            if (statusText.isEmpty())
                setState(RunState::Waiting,
                         tr("This server allows one login every %n minute(s); the next session starts in %1 seconds.",
                            nullptr, std::max(1, (m_loginDelaySeconds + 59) / 60))
                             .arg((delay.count() + 999) / 1000));
        }
    }
    if (!statusText.isEmpty())
        setState(RunState::Waiting, statusText);
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
    if (m_cancelRequested || m_pauseRequested || m_sessionBroken || m_googleBroken) {
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    if (!m_pauseElapsed)
        return;
    // The next session fetches while the previous batch is still uploading, but only once that
    // backlog is short: memory stays bounded and the POP3 session is not held open idle.
    if (m_uploadsInFlight > 0
        && (!m_haveUidl || m_googleDownSince || m_uploadsInFlight >= std::max(1, m_options.batchSize)
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
    // One report mail per set of failures: "Retry failed" that fails the same way again, or a
    // continuous pass that meets the same stuck message, does not fill the inbox with reports.
    QCryptographicHash signature(QCryptographicHash::Sha256);
    const Status listed = m_ledger->forEachItem(store::ItemFilter::Failures, [&](const store::Item &item) {
        signature.addData(QByteArray::number(item.id) + ':' + item.lastErrorCode.toUtf8() + ';');
        return true;
    });
    const QString failures = QString::fromLatin1(signature.result().toHex());
    auto reported = m_ledger->metaValue(QStringLiteral("report_failures"));
    if (listed.ok() && reported && reported.value() == failures) {
        qCInfo(lcMigration) << "report mail skipped: the same failures were reported before";
        endPass(RunState::Finished);
        return;
    }
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
    mail::ReportMail::Facts facts;
    facts.mailbox = m_setup.account.email.isEmpty() ? m_setup.account.user : m_setup.account.email;
    facts.gmailAccount = m_setup.google.accountEmail;
    facts.copied = m_summary.copied;
    facts.skipped = m_summary.skipped;
    facts.failed = m_summary.failed;
    facts.deletedFromServer = m_summary.deletedFromServer;
    facts.possibleDuplicates = m_summary.possibleDuplicates;
    const QByteArray report = mail::ReportMail::build(facts, csv.data(), m_clock->now());
    google::UploadOptions options;
    options.mode = google::UploadOptions::Insert;
    options.labelIds = {QStringLiteral("INBOX"), QStringLiteral("UNREAD")};
    m_gmail->upload(report, options, [this, failures](Result<google::UploadResult> result) {
        if (dead())
            return;
        m_summary.reportMailSent = result.ok();
        if (!result)
            qCWarning(lcMigration) << "report mail not delivered:" << result.error().toString();
        else if (!m_ledger->setMetaValue(QStringLiteral("report_failures"), failures).ok())
            qCWarning(lcMigration) << "could not remember the report mail";
        endPass(RunState::Finished);
    });
}

void MigrationEngine::fillOutstanding()
{
    // What is left, from the ledger (the truth), not from this run's counters: a rerun that
    // copies nothing must still say that failed messages remain.
    if (!m_ledger)
        return;
    auto summary = m_ledger->summary();
    if (!summary) {
        qCWarning(lcMigration) << "summary not read:" << summary.error().toString();
        return;
    }
    const store::Summary &s = summary.value();
    // Failed messages that are still on the server: those this run met, and those listed again
    // but left alone (failed in an earlier run, not retried). One the user removed from the server
    // meanwhile is no longer "left to do".
    m_summary.failedOutstanding = m_failedEarlierListed + m_summary.failed;
    m_summary.oversizeOutstanding = int(std::min<qint64>(s.skippedOversize, std::numeric_limits<int>::max()));
    m_summary.copiedStillOnServer = m_options.afterCopy == AfterCopy::Delete && m_haveUidl
        ? int(std::min<qint64>(s.copied, std::numeric_limits<int>::max()))
        : 0;
}

void MigrationEngine::endPass(RunState state)
{
    m_inPass = false;
    m_phase = SessionPhase::None;
    m_summary.state = state;
    if (state == RunState::Finished)
        m_progress.lastSuccess = m_clock->now();
    fillOutstanding();
    m_progress.left = 0;
    m_progress.eta.reset();
    m_progress.currentSubject.clear();
    emit runFinished(m_summary);
    if (m_options.continuous && !m_cancelRequested && !m_options.dryRun) {
        // Like Gmail's old fetcher: look again in a few minutes. The ledger and lock stay open.
        QString text = tr("Next check in %1 minutes").arg(m_options.intervalMinutes);
        if (m_summary.error) {
            text = m_progress.lastSuccess.isValid()
                ? tr("%1 Next check in %2 minutes; the last successful check was at %3.")
                      .arg(m_summary.error->message)
                      .arg(m_options.intervalMinutes)
                      .arg(QLocale().toString(m_progress.lastSuccess.toLocalTime(), QLocale::ShortFormat))
                : tr("%1 Next check in %2 minutes; no check has succeeded yet.")
                      .arg(m_summary.error->message)
                      .arg(m_options.intervalMinutes);
        }
        setState(RunState::Waiting, text);
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
    // Uploads waiting for their "uploading" commit never left: nothing to record.
    for (PendingBegin &p : m_pendingBegins)
        p.go(false);
    m_pendingBegins.clear();
    m_summary.state = state;
    if (error)
        m_summary.error = error;
    if (!m_options.dryRun)
        fillOutstanding();
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
        // A session that broke before it achieved anything: read one message at a time until a
        // session ends well, so that progress is made and a message that breaks it is known.
        if (!m_sessionProgress)
            m_fetchDepth = 1;
        if (!m_batch.empty())
            m_moreWork = true;
        m_batch.clear();
        // Drop the POP3 connection without QUIT: the server then removes nothing (RFC 1939).
        // Copies already committed stay committed; their DELE is simply repeated next session.
        if (m_pop3 && m_phase == SessionPhase::Open)
            m_pop3->abort();
    }
    // Uploads already under way finish and commit; once nothing is in flight, back off.
    advance();
}

void MigrationEngine::googleFailed(const Error &error)
{
    // Gmail failed after its own retries. The POP3 side may be fine, but fetching more while
    // Gmail cannot take it would only read the mailbox again and again: stop fetching, let the
    // uploads under way end, then retry one round after a backoff.
    if (!m_googleBroken)
        qCInfo(lcMigration) << "Gmail failed:" << error.toString();
    m_googleBroken = true;
    m_gmailProven = false;
    m_lastGoogleError = error;
    if (!m_googleDownSince)
        m_googleDownSince = m_clock->elapsed();
    advance();
}

void MigrationEngine::giveUp(const Error &error)
{
    // A one-time run ends here (the CLI exits 4); continuous sync records the failure for this
    // pass and looks again at its next interval.
    if (m_options.continuous) {
        m_summary.error = error;
        endPass(RunState::Failed);
    } else {
        stopRun(RunState::Failed, error);
    }
}

void MigrationEngine::accountFailed(const Error &error)
{
    qCWarning(lcMigration) << "account stopped:" << error.toString();
    stopRun(RunState::Failed, error);
}

Millis MigrationEngine::backoffFor(int failures, const Error &error) const
{
    // Truncated exponential backoff with jitter; the server's own hint wins when it gives one.
    const int shift = std::clamp(failures - 1, 0, 8);
    Millis delay = std::min<Millis>(kBackoffMax, Millis(m_options.retryBackoffBase.count() << shift));
    delay = Millis(qint64(double(delay.count()) * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble())));
    // The server's own hint wins when it gives one: it says when it will accept us, and the
    // status text repeats its words, so waiting longer would contradict them.
    if (error.retryAfter)
        delay = std::clamp(*error.retryAfter, Millis(0), kMaxServerWait);
    return delay;
}

bool MigrationEngine::waitTooLong(const Error &error)
{
    if (!error.retryAfter || *error.retryAfter <= kMaxServerWait)
        return false;
    const QDateTime when = m_clock->now().addMSecs(error.retryAfter->count());
    Error tooLong = Error::session(
        Error::Code::WaitTooLong,
        tr("%1 The server asks Mailferry to wait %2 minutes, longer than it waits unattended. Try again after %3.")
            .arg(error.message, minutesText(*error.retryAfter),
                 QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)),
        error.detail, error.retryAfter);
    giveUp(tooLong);
    return true;
}

void MigrationEngine::retryAfterBackoff(const Error &error)
{
    // A session that recorded outcomes proved that the server works; only failures in a row count.
    if (m_sessionProgress)
        m_pop3Failures = 0;
    ++m_pop3Failures;
    if (waitTooLong(error))
        return;
    // A server that floods or breaks the protocol does not heal in a few minutes: after a second
    // try, stop and say so, instead of reading hundreds of megabytes again and again.
    const bool broken = error.code == Error::Code::ReplyTooLarge || error.code == Error::Code::ProtocolViolation;
    if (m_pop3Failures > kMaxSessionFailures || (broken && m_pop3Failures >= 2)) {
        giveUp(error);
        return;
    }
    const Millis delay = backoffFor(m_pop3Failures, error);
    // One statement of when: the server's message already says it when the server set the wait.
    const QString text = error.retryAfter
        ? tr("%1 (Attempt %2 of %3.)").arg(error.message).arg(m_pop3Failures + 1).arg(kMaxSessionFailures + 1)
        : tr("%1 Trying again in %2 seconds (attempt %3 of %4).")
              .arg(error.message)
              .arg((delay.count() + 999) / 1000)
              .arg(m_pop3Failures + 1)
              .arg(kMaxSessionFailures + 1);
    scheduleNextSession(delay, text);
}

void MigrationEngine::retryGoogleAfterBackoff(const Error &error)
{
    ++m_googleFailures;
    if (waitTooLong(error))
        return;
    const Millis down = m_clock->elapsed() - m_googleDownSince.value_or(m_clock->elapsed());
    if ((m_googleFailures >= kMinGoogleRounds && down >= m_options.googleOutageLimit)
        || m_googleFailures > kMaxGoogleRounds) {
        // Gmail has been failing for minutes: a one-time run ends (exit 4 on the command line) and
        // says what to do; continuous sync waits for its next check.
        Error outage = Error::session(
            error.code,
            tr("Gmail could not take messages for %1 minutes (%2). Nothing more was read from the mail server; "
               "run Mailferry again later to go on where it stopped.")
                .arg(minutesText(down), error.message),
            error.detail, error.retryAfter);
        giveUp(outage);
        return;
    }
    const Millis delay = backoffFor(m_googleFailures, error);
    scheduleNextSession(delay, tr("Gmail is not taking messages now (%1). Trying again in %2 seconds (attempt %3).")
                                   .arg(error.message)
                                   .arg((delay.count() + 999) / 1000)
                                   .arg(m_googleFailures + 1));
}

// ---------------------------------------------------------------------------------------------
// Crash harness

bool MigrationEngine::step(const char *name)
{
    if (m_crashed || m_stopped)
        return false;
    if (!m_setup.stepHook || m_setup.stepHook(QString::fromLatin1(name)))
        return true;
    crash();
    return false;
}

void MigrationEngine::crash()
{
    if (m_stopped)
        return; // already stopped (and said so): a second stopped() would free the engine twice
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
