// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The POP3 side of MigrationEngine: one session connects and lists (Listing), is planned against
// the ledger (Open), fetches and deletes, and ends with QUIT (Quitting) or, broken, without it.
#include "migration/MigrationEngine.h"

#include "common/Logging.h"
#include "google/GmailClient.h"
#include "migration/EngineLimits.h"
#include "migration/source/ArchiveSource.h"
#include "migration/source/Pop3Source.h"
#include "store/Ledger.h"

#include <algorithm>
#include <limits>

namespace mf::migration {

using namespace limits;

namespace {

bool unreachable(Error::Code code)
{
    switch (code) {
    case Error::Code::ConnectionRefused:
    case Error::Code::HostNotFound:
    case Error::Code::TlsHandshakeFailed:
    case Error::Code::TlsRequired:
    case Error::Code::NetworkError:
    case Error::Code::Timeout: return true;
    default: return false;
    }
}

} // namespace

void MigrationEngine::ensureLabelThenConnect()
{
    m_phase = SessionPhase::Listing;
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
                m_retry = Retry::Gmail;
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

MessageSource *MigrationEngine::makeSource()
{
    if (m_catalog)
        return new ArchiveSource(m_catalog, this);
    pop3::ServerSettings settings = serverSettingsOf(m_setup.account);
    if (m_avoidApop && settings.auth == pop3::ServerSettings::Auth::Automatic)
        settings.auth = pop3::ServerSettings::Auth::UserPass;
    return new Pop3Source(m_clock, settings, m_setup.pop3Password, this);
}

void MigrationEngine::connectSession()
{
    if (stopping()) {
        // Stop or pause between sessions, once the uploads under way have landed.
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    if (m_source)
        m_source->deleteLater();
    m_source = makeSource();
    m_phase = SessionPhase::Listing;
    if (m_retry == Retry::Pop3)
        m_retry = Retry::None;
    ++m_session;
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
    m_folderLabelsPending = false;
    if (m_uploadsInFlight == 0)
        setState(RunState::Connecting);

    QPointer<MessageSource> client = m_source;
    // Queued: the commands under way learn first why the connection ended (a RETR stopped at the
    // size limit is recorded as oversize), and only then is the session written off.
    connect(
        client, &MessageSource::disconnected, this,
        [this, client] {
        // The server hung up while the session was open (commands under way fail on their own).
        if (client == m_source && !dead()
            && (m_phase == SessionPhase::Listing || m_phase == SessionPhase::Open || m_phase == SessionPhase::Broken))
            sessionFailed(Error::session(Error::Code::ConnectionClosed, tr("The connection to the mail server was lost.")));
        },
        Qt::QueuedConnection);
    client->open([this, client](Status status) {
        if (dead() || client != m_source)
            return;
        if (!status.ok()) {
            const Error &error = status.error();
            if (client->loginMethodRefused() && !m_avoidApop && error.scope == Error::Scope::Session) {
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
        const SourceTraits traits = client->traits();
        m_loginDelaySeconds = traits.loginDelaySeconds;
        m_expireDays = traits.expireDays;
        if (!step(JournalStep::Connected))
            return;
        if (m_catalog && !m_catalog->scanned())
            setState(RunState::Planning, tr("Reading the archive…"));
        listThenPlan();
    });
}

void MigrationEngine::listThenPlan()
{
    QPointer<MessageSource> client = m_source;
    client->list([this, client](Result<SourceListing> listing) {
        if (dead() || client != m_source)
            return;
        if (!listing) {
            // An archive that cannot be read at all stops the run; a server's failure is retried.
            if (listing.error().scope == Error::Scope::Account)
                accountFailed(listing.error());
            else
                sessionFailed(listing.error());
            return;
        }
        planSession(listing.value().messages, listing.value().stableIds);
    });
}

bool MigrationEngine::deletesWanted() const
{
    return m_canDelete && !m_options.dryRun && m_haveUidl && m_options.afterCopy != AfterCopy::Keep;
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

    if (m_catalog) {
        // A page of a local archive: what the ledger knows of this page only.
        if (!loadKnownForPage(listing))
            return;
    } else if (m_ledger && !m_knownLoaded) {
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
    if (m_catalog && m_firstPlanOfPass) {
        // The run's figures are the whole archive's, not this page's.
        auto whole = archivePreview(policy);
        if (!whole) {
            stopRun(RunState::Failed, whole.error());
            return;
        }
        plan.preview = whole.value();
    }
    PlanPreview &preview = plan.preview;
    preview.serverExpireDays = m_expireDays;
    preview.loginDelaySeconds = m_loginDelaySeconds;
    preview.estimatedDuration =
        Millis(qint64(double(preview.toCopy + preview.toCheckByContent) / kGmailMessagesPerMinute * 60000.0));
    if (!plan.ambiguousUidls.isEmpty())
        qCWarning(lcMigration) << plan.ambiguousUidls.size()
                               << "UIDLs name more than one message or contradict the ledger; those messages are"
                                  " matched by content and never deleted";

    if (m_firstPlanOfPass) {
        m_firstPlanOfPass = false;
        progress().total = preview.messagesOnServer;
        progress().alreadyDone = preview.alreadyCopied;
        progress().failedEarlier = preview.failedEarlier;
        progress().left = preview.toCopy + preview.toCheckByContent + int(plan.oversize.size());
        progress().bytesTotal = preview.bytesToCopy;
        m_summary.alreadyDone = preview.alreadyCopied;
        m_summary.unreliableIds = preview.unreliableIds;
        m_failedEarlierListed = preview.failedEarlier;
        emit planReady(preview);
    } else {
        m_summary.unreliableIds = std::max(m_summary.unreliableIds, preview.unreliableIds);
    }
    if (!step(JournalStep::Planned))
        return;

    if (m_options.dryRun) {
        // A dry run looks and touches nothing: QUIT without a single DELE.
        m_phase = SessionPhase::Quitting;
        QPointer<MessageSource> client = m_source;
        client->close([this, client](Status) {
            if (client == m_source)
                endPass(RunState::Finished);
        });
        return;
    }

    if (m_catalog) {
        const bool pageHasWork = !plan.fetch.empty() || !plan.oversize.empty();
        if (!pageHasWork && m_uploadsInFlight == 0 && m_catalog->hasNextPage()) {
            // Every message of this page is settled: on to the next, in this same session.
            turnPage();
            return;
        }
        // The page is listed again once its messages have landed (those that did not are fetched
        // again), and only then does the next one come: no message is passed over.
        if (pageHasWork || m_uploadsInFlight > 0 || m_catalog->hasNextPage())
            m_moreWork = true;
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
        // a session must read many times that much mail, or on a big mailbox of small messages
        // the listings cost more than the mail (measured: 2x the mailbox at 50,000 when sessions
        // took 250 messages, 1.12x when they read ten times their listing).
        const qint64 averageSize =
            preview.messagesOnServer > 0 ? std::max<qint64>(1, preview.bytesOnServer / preview.messagesOnServer) : 1;
        const qint64 byListingCost =
            (kSessionReadsPerListing * kListingBytesPerMessage * qint64(listing.size()) + averageSize - 1) / averageSize;
        m_sessionMinFetch = int(std::clamp<qint64>(byListingCost, 0, std::numeric_limits<int>::max()));
        m_sessionFetchLimit = int(std::clamp<qint64>(std::max({qint64(std::max(1, m_options.batchSize)), byDelay, byListingCost}),
                                                     1, std::numeric_limits<int>::max()));
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
    if (m_phase == SessionPhase::Listing)
        m_phase = SessionPhase::Open;
    setState(RunState::Transferring);
    ensureFolderLabels();
    if (dead())
        return;
    pump();
    advance();
}

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
    while (!m_batch.empty() && m_source && m_phase == SessionPhase::Open && !stopping() && !dead() && m_retry != Retry::Gmail
           && !m_folderLabelsPending) {
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
            if (next.kind == WorkKind::Fetch && m_uploadsInFlight + m_fetchesInFlight >= kMaxMessagesAhead)
                return;
            // Bound the memory: messages fetched but not yet in Gmail. One always fits.
            const qint64 expected = std::clamp<qint64>(next.listSize, 1, m_options.sizeLimitBytes);
            if (next.kind == WorkKind::Fetch && m_bytesInFlight > 0 && m_bytesInFlight + expected > m_options.maxBytesInFlight)
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
        if (dead())
            return;
    }
}

void MigrationEngine::issueFetch(const WorkItem &item)
{
    QPointer<MessageSource> client = m_source;
    ++m_fetchesInFlight;
    if (item.kind == WorkKind::OversizeByList) {
        client->headers(item.number, [this, client, item](Result<QByteArray> headers) {
            if (dead() || client != m_source)
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
    client->fetch(item.number, m_options.sizeLimitBytes, [this, client, item, reserved](Result<QByteArray> raw) {
        if (dead() || client != m_source)
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
                if (m_phase != SessionPhase::Broken && m_fetchesInFlight == 0 && !item.uidl.isEmpty()
                    && error.scope == Error::Scope::Session && ++m_breaksWhileReading[item.uidl] >= kMaxBreaksPerMessage) {
                    if (!recordUnread(item, store::ItemStatus::Failed,
                                      tr("The server broke the connection each time this message was read (%1). "
                                         "It was left on the server.")
                                          .arg(error.message),
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
        if (!step(JournalStep::Retrieved))
            return;
        // Folder and flags, where the source keeps them, travel with the message to its upload.
        if (auto marks = client->marks(item.number))
            m_marks.insert(item.uidl, std::move(*marks));
        ++m_sessionRetrieved;
        processMessage(item, std::move(raw).value());
        if (dead())
            return;
        pump();
        advance();
    });
}

void MigrationEngine::maybeFinishSession()
{
    if (!m_source || m_fetchesInFlight > 0 || m_deletesInFlight > 0)
        return;
    // Until the session has planned, only a failure ends it (the login and listing carry on).
    if (m_phase == SessionPhase::Listing)
        return;
    if (m_phase == SessionPhase::Broken) {
        // Dropped without QUIT (the server removes nothing); decide() backs off once the
        // uploads under way have landed.
        m_source->deleteLater();
        m_source = nullptr;
        m_phase = SessionPhase::None;
        decide();
        return;
    }
    if (m_retry == Retry::Gmail) {
        // Gmail is failing: fetch nothing more. QUIT now, so the DELEs of what Gmail did confirm
        // take effect; the rest is planned again once Gmail answers.
        if (!m_batch.empty())
            m_moreWork = true;
        finishSession();
        return;
    }
    if (stopping()) {
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
        m_source->abort();
        afterSession();
        return;
    }
    setState(m_run == RunPhase::Cancelling ? RunState::Finishing : progress().state);
    m_phase = SessionPhase::Quitting;
    QPointer<MessageSource> client = m_source;
    const auto deleted = m_deletedThisSession;
    m_deletedThisSession.clear();
    if (!m_batch.empty())
        m_moreWork = true;
    m_batch.clear();
    client->close([this, client, deleted](Status status) {
        if (dead() || client != m_source)
            return;
        if (!step(JournalStep::Quit))
            return;
        if (status.ok() && !deleted.isEmpty()) {
            // The server has left its UPDATE state: the DELEs took effect. Record it now, not before.
            QList<qint64> ids;
            for (const auto &d : deleted)
                ids.append(d.first);
            const Status written = m_journal.writeDeleted(ids);
            if (!written.ok()) {
                if (!dead())
                    stopRun(RunState::Failed, written.error());
                return;
            }
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
    if (m_source) {
        m_source->deleteLater();
        m_source = nullptr;
    }
    m_phase = SessionPhase::None;
    decide();
}

} // namespace mf::migration
