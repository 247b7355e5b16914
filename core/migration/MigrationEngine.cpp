// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The migration engine as a state machine, in the manner of isync's sync.c.
//
// What waits for what:
//  - A pass is a series of POP3 sessions; the pass ends when no session has more work and no
//    upload is under way (decide()).
//  - A session (SessionPhase) connects and lists (Listing), is planned against the ledger (Open),
//    fetches and deletes, and QUITs (Quitting) once nothing of it is in flight; the next one waits
//    for the pause or backoff (Scheduled), then for the upload backlog to be short (Due).
//  - An upload waits for its "uploading" group commit before its request leaves; a DELE waits for
//    the "copied" group commit of its message; "deleted" waits for the server's answer to QUIT.
//    The journal steps, in order: JournalStep (Retrieved … Deleted).
//  - A failure (Retry) waits for the uploads under way to end, then retries after a backoff:
//    Gmail's round before the POP3 side's, since nothing is fetched while Gmail fails.
//  - Pause and cancel (RunPhase Pausing, Cancelling) wait for what is in flight to land, so that
//    nothing is left "uploading"; then the session QUITs and the run pauses or stops.
//
// This file: control, the pass, and what comes next. EngineSession.cpp: the POP3 session.
// EngineUploads.cpp: messages, uploads and the journal. EngineFailures.cpp: failures, retries
// and the report mail.
#include "migration/MigrationEngine.h"

#include "common/Logging.h"
#include "common/ThreadCheck.h"
#include "google/ClientConfig.h"
#include "google/Endpoints.h"
#include "google/GmailClient.h"
#include "google/GmailLabels.h"
#include "google/RateGovernor.h"
#include "google/TokenManager.h"
#include "migration/EngineLimits.h"
#include "migration/source/ArchiveCatalog.h"
#include "store/Ledger.h"
#include "store/RunLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>
#include <utility>

namespace mf::migration {

using namespace limits;

MigrationEngine::MigrationEngine(EngineSetup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_clock(m_setup.clock ? m_setup.clock : Clock::system())
    , m_options(m_setup.account.options)
    , m_journal(m_setup.stepHook, [this] { crash(); })
    , m_meter(m_clock)
{
    if (m_options.dryRun || m_setup.request.dryRun)
        m_options.dryRun = true;
    if (m_options.sizeLimitBytes <= 0 || m_options.sizeLimitBytes > kGmailMaxMessageBytes)
        m_options.sizeLimitBytes = kGmailMaxMessageBytes;
    if (m_setup.ledgerPath.isEmpty())
        m_setup.ledgerPath = m_setup.account.ledgerPath();
    if (m_setup.lockPath.isEmpty())
        m_setup.lockPath = m_setup.account.lockPath();
    // Nothing in a local archive is ever deleted or changed, whatever the options say.
    m_canDelete = !m_setup.account.isArchive();
}

MigrationEngine::~MigrationEngine()
{
    // Torn down in an order that never calls back into a half-destroyed engine: callbacks that
    // run now see a stopped engine; the Gmail client answers its uploads while the engine is whole;
    // the token manager goes before the Gmail client that waits on it; the network manager, which
    // owns the replies, goes last.
    m_run = RunPhase::Stopped;
    if (m_waitTimer)
        m_waitTimer->stop();
    delete m_source.data();
    m_folderLabels.reset();
    m_journal.dropBegins();
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
        if (m_run == RunPhase::Between)
            startPass();
    });

    google::ClientConfig client{m_setup.google.clientId, m_setup.google.clientSecret};
    const google::Endpoints endpoints = m_setup.google.baseUrlOverride.isEmpty()
        ? google::Endpoints::fromEnvironment()
        : google::Endpoints::underBase(m_setup.google.baseUrlOverride);
    m_tokens = new google::TokenManager(client, endpoints, m_setup.google.refreshToken, m_nam, m_clock, this);
    m_gmail = new google::GmailClient(endpoints, m_tokens, m_nam, m_clock, m_setup.sharedGovernor, this);
    // Gmail's own retries follow the same base interval as reconnects (tests shorten both).
    google::RetryPolicy policy = m_gmail->retryPolicy();
    policy.initialDelay = m_options.retryBackoffBase / 2;
    policy.maxJitter = m_options.retryBackoffBase / 2;
    m_gmail->setRetryPolicy(policy);
    m_folderLabels = std::make_unique<google::NestedLabels>(m_gmail);
    // A shared governor is configured once by its owner, for the whole Gmail account.
    if (!m_setup.sharedGovernor) {
        google::RateGovernor::Config pace;
        pace.messagesPerMinute = m_options.gmailMessagesPerMinute;
        pace.maxConcurrent = std::max(1, m_options.maxConcurrentUploads);
        m_gmail->governor()->setConfig(pace);
    }
    startPass();
}

void MigrationEngine::pause()
{
    MF_ASSERT_OWN_THREAD();
    switch (m_run) {
    case RunPhase::Between:
        m_waitTimer->stop();
        m_run = RunPhase::PausedBetween;
        setState(RunState::Paused);
        return;
    case RunPhase::Running:
        // Finish what is in flight (so nothing is left "uploading"), then QUIT and wait.
        m_run = RunPhase::Pausing;
        setState(RunState::Pausing);
        advance();
        return;
    default: return; // already pausing or paused, cancelling (which wins), or stopped
    }
}

void MigrationEngine::resume()
{
    MF_ASSERT_OWN_THREAD();
    switch (m_run) {
    case RunPhase::Pausing: m_run = RunPhase::Running; return; // not paused yet: simply go on
    case RunPhase::Paused:
        m_run = RunPhase::Running;
        connectSession();
        return;
    case RunPhase::PausedBetween:
        m_run = RunPhase::Between;
        startPass();
        return;
    default: return;
    }
}

void MigrationEngine::cancel()
{
    MF_ASSERT_OWN_THREAD();
    if (dead())
        return;
    m_waitTimer->stop();
    if (!inPass() || m_run == RunPhase::Paused) {
        stopRun(RunState::Cancelled, std::nullopt);
        return;
    }
    m_run = RunPhase::Cancelling;
    setState(RunState::Finishing, tr("Stopping after the messages in progress…"));
    advance();
}

void MigrationEngine::syncNow()
{
    MF_ASSERT_OWN_THREAD();
    if (m_run != RunPhase::Between && m_run != RunPhase::PausedBetween)
        return;
    m_run = RunPhase::Between;
    m_waitTimer->stop();
    startPass();
}

void MigrationEngine::retryFailed()
{
    MF_ASSERT_OWN_THREAD();
    if (dead())
        return;
    // The next pass to start puts the failed messages back in the queue (once: see startPass).
    m_setup.request.retryFailed = true;
    if (!m_waitTimer)
        return; // not started yet: the first pass retries them
    if (m_run == RunPhase::Between || m_run == RunPhase::PausedBetween) {
        m_run = RunPhase::Between;
        m_waitTimer->stop();
        startPass();
        return;
    }
    // The pass under way planned its messages already: the retry takes a pass of its own.
    m_retryAfterPass = true;
}

// ---------------------------------------------------------------------------------------------
// Pass

void MigrationEngine::startPass()
{
    m_run = RunPhase::Running;
    m_firstPlanOfPass = true;
    m_summary = RunSummary{};
    m_meter.startPass();
    m_pop3Failures = 0;
    m_googleFailures = 0;
    if (m_retry == Retry::Gmail)
        m_retry = Retry::None;
    m_googleDownSince.reset();
    m_knownLoaded = false;
    m_failedEarlierListed = 0;
    m_contentChecked.clear();
    m_distrustUidls = false;
    m_marks.clear();
    // A local archive is scanned once a pass (by the pass's first session), so a continuous run
    // sees what was added to it since.
    m_catalog.reset();
    if (m_setup.account.isArchive()) {
        // The scan is kept on disk beside the ledger while the pass runs. A dry run, which writes
        // nothing of its own, keeps it in the temporary folder under a name of its own: it takes
        // no run lock, so another dry run of the same archive may be reading at the same time.
        const QString scratch = m_options.dryRun
            ? QDir::temp().filePath(QStringLiteral("mailferry-%1-%2-%3.scan")
                                        .arg(m_setup.account.id)
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
            : m_setup.ledgerPath + QStringLiteral(".scan");
        m_catalog = std::make_shared<ArchiveCatalog>(m_setup.account.archivePath, m_setup.account.archiveFolders, scratch);
    }
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
            const QString source = sourceName();
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
    m_journal.setLedger(m_ledger.get());
    ensureLabelThenConnect();
}

QString MigrationEngine::sourceName() const
{
    const accounts::AccountConfig &a = m_setup.account;
    if (a.isArchive())
        return a.archivePath;
    return a.email.isEmpty() ? a.user : a.email;
}

// ---------------------------------------------------------------------------------------------
// What comes next

void MigrationEngine::advance()
{
    if (dead() || !inPass())
        return;
    switch (m_phase) {
    case SessionPhase::Listing:
    case SessionPhase::Open:
    case SessionPhase::Broken: maybeFinishSession(); break;
    case SessionPhase::Quitting: break; // the QUIT reply moves on
    case SessionPhase::Scheduled:
    case SessionPhase::Due: maybeConnectNext(); break;
    case SessionPhase::None: decide(); break;
    }
}

void MigrationEngine::decide()
{
    if (dead() || !inPass() || m_phase != SessionPhase::None)
        return;
    const bool uploadsIdle = m_uploadsInFlight == 0;
    if (m_run == RunPhase::Cancelling) {
        if (uploadsIdle)
            stopRun(RunState::Cancelled, std::nullopt);
        return;
    }
    if (m_run == RunPhase::Pausing) {
        if (uploadsIdle) {
            m_run = RunPhase::Paused;
            setState(RunState::Paused);
        }
        return;
    }
    if (m_retry == Retry::Gmail) {
        // Every upload of the round has ended (confirmed or failed): one retry round for all.
        if (!uploadsIdle)
            return;
        m_retry = Retry::None;
        retryGoogleAfterBackoff(
            m_lastGoogleError.value_or(Error::session(Error::Code::NetworkError, tr("Gmail could not be reached."))));
        return;
    }
    if (m_retry == Retry::Pop3) {
        if (!uploadsIdle)
            return;
        m_retry = Retry::None;
        retryAfterBackoff(m_lastSessionError.value_or(
            Error::session(Error::Code::ConnectionClosed, tr("The connection to the mail server was lost."))));
        return;
    }
    if (m_moreWork) {
        // A short breath between sessions, so the server is not hammered; then replan. Gmail
        // keeps taking the messages already fetched meanwhile. A local archive needs no breath.
        m_moreWork = false;
        scheduleNextSession(m_catalog ? Millis(0) : m_options.batchPause);
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
    // LOGIN-DELAY (RFC 2449): the server refuses a login sooner than this after the last one.
    if (m_loginDelaySeconds > 0 && m_lastLoginAt.count() >= 0) {
        const Millis earliest = m_lastLoginAt + Millis(qint64(m_loginDelaySeconds) * 1000);
        const Millis wait = std::min(earliest - m_clock->elapsed(), kMaxServerWait);
        if (wait > delay) {
            delay = wait;
            if (statusText.isEmpty())
                setState(RunState::Waiting,
                         tr("This server allows one login every %n minute(s); the next session starts in %1 seconds.", nullptr,
                            std::max(1, (m_loginDelaySeconds + 59) / 60))
                             .arg((delay.count() + 999) / 1000));
        }
    }
    if (!statusText.isEmpty())
        setState(RunState::Waiting, statusText);
    const quint64 serial = ++m_scheduleSerial;
    m_clock->singleShot(delay, this, [this, serial] {
        if (dead() || serial != m_scheduleSerial || m_phase != SessionPhase::Scheduled)
            return;
        m_phase = SessionPhase::Due;
        maybeConnectNext();
    });
}

void MigrationEngine::maybeConnectNext()
{
    if (dead() || (m_phase != SessionPhase::Scheduled && m_phase != SessionPhase::Due))
        return;
    if (stopping() || m_retry != Retry::None) {
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    if (m_phase != SessionPhase::Due)
        return;
    // A local archive's next session lists its page again, to see that every message of it has
    // landed before turning to the next: it waits until nothing is on its way to Gmail.
    if (m_catalog && m_uploadsInFlight > 0)
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

void MigrationEngine::endPass(RunState state)
{
    const RunPhase was = m_run;
    // "Retry failed" asked during a pass that then finished: the retry pass follows at once. A
    // pass that failed or was cancelled (or pauses) leaves the request to the next pass.
    const bool retryNow =
        std::exchange(m_retryAfterPass, false) && state == RunState::Finished && was == RunPhase::Running && !m_options.dryRun;
    m_run = RunPhase::Between;
    m_phase = SessionPhase::None;
    m_summary.state = state;
    if (state == RunState::Finished)
        progress().lastSuccess = m_clock->now();
    fillOutstanding();
    m_meter.passEnded();
    emit runFinished(m_summary);
    if (retryNow) {
        // Queued, so that whoever follows runFinished sees the pass ended before the next begins;
        // a pause or a cancel that comes meanwhile wins.
        m_clock->singleShot(Millis(0), this, [this] {
            if (m_run == RunPhase::Between) {
                m_waitTimer->stop();
                startPass();
            }
        });
        return;
    }
    if (m_options.continuous && was != RunPhase::Cancelling && !m_options.dryRun) {
        if (was == RunPhase::Pausing) {
            // Asked to pause while the pass was ending: stay paused until resumed.
            m_run = RunPhase::PausedBetween;
            setState(RunState::Paused);
            return;
        }
        // Like Gmail's old fetcher: look again in a few minutes. The ledger and lock stay open.
        QString text = tr("Next check in %1 minutes").arg(m_options.intervalMinutes);
        if (m_summary.error) {
            text = progress().lastSuccess.isValid()
                ? tr("%1 Next check in %2 minutes; the last successful check was at %3.")
                      .arg(m_summary.error->message)
                      .arg(m_options.intervalMinutes)
                      .arg(QLocale().toString(progress().lastSuccess.toLocalTime(), QLocale::ShortFormat))
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
    if (dead())
        return;
    m_run = RunPhase::Stopped;
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_source) {
        // Stopping for a failure: drop the connection without QUIT, so nothing marked is removed.
        // (A cancel or a finished run already ended its session with a proper QUIT.)
        m_source->abort();
        m_source->deleteLater();
        m_source = nullptr;
    }
    if (m_gmail)
        m_gmail->cancelAll();
    // Uploads waiting for their "uploading" commit never left: nothing to record.
    m_journal.dropBegins();
    m_summary.state = state;
    if (error)
        m_summary.error = error;
    if (!m_options.dryRun)
        fillOutstanding();
    progress().statusText = error ? error->message : QString();
    progress().state = state;
    emitProgress(true);
    m_journal.setLedger(nullptr);
    m_ledger.reset();
    m_lock.reset();
    emit stopped(m_summary);
}

// ---------------------------------------------------------------------------------------------
// Crash harness

bool MigrationEngine::step(JournalStep journalStep)
{
    if (dead())
        return false;
    return m_journal.step(journalStep); // a refusal calls crash()
}

void MigrationEngine::crash()
{
    if (dead())
        return; // already stopped (and said so): a second stopped() would free the engine twice
    // As if the process had been killed right here: no more ledger writes, no QUIT, no goodbye.
    m_run = RunPhase::Crashed;
    if (m_waitTimer)
        m_waitTimer->stop();
    if (m_source)
        m_source->abort();
    if (m_gmail)
        m_gmail->cancelAll();
    m_journal.setLedger(nullptr);
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
    case ItemOutcome::Copied: ++m_summary.copied; break;
    case ItemOutcome::PossibleDuplicate:
        ++m_summary.copied;
        ++m_summary.possibleDuplicates;
        break;
    case ItemOutcome::SkippedDuplicate:
    case ItemOutcome::SkippedOversize: ++m_summary.skipped; break;
    case ItemOutcome::Failed: ++m_summary.failed; break;
    case ItemOutcome::DeletedFromServer: break;
    }
    m_meter.count(event.outcome, event.size);
    emit itemFinished(event);
    emitProgress();
}

void MigrationEngine::emitProgress(bool force)
{
    if (m_meter.update(force))
        emit progressChanged(m_meter.progress());
}

void MigrationEngine::setState(RunState state, const QString &statusText)
{
    m_meter.setState(state, statusText);
    emitProgress(true);
}

} // namespace mf::migration
