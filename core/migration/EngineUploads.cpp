// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A message's way through MigrationEngine: what a fetched message is (MessagePreparation), its
// upload, the journal's group commits around it (JournalWriter): "uploading" before the request
// leaves, "copied" before any DELE; and the DELE itself.
#include "migration/MigrationEngine.h"

#include "common/Logging.h"
#include "google/GmailClient.h"
#include "mail/MessageHeaders.h"
#include "migration/BlockedAttachments.h"
#include "migration/MessagePreparation.h"
#include "store/Ledger.h"

#include <algorithm>

namespace mf::migration {

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

bool MigrationEngine::recordFailure(store::ItemInfo info, ItemEvent event, const WorkItem &item, store::ItemStatus status,
                                    const QString &reason, Error::Code code, const QString &detail)
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

bool MigrationEngine::recordUnread(const WorkItem &item, store::ItemStatus status, const QString &reason, Error::Code code,
                                   const QString &detail, qint64 sizeSeen)
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
    const ItemEvent e = MessagePreparation::eventFor(item.uidl, parsed, item.listSize);
    const store::ItemInfo info = MessagePreparation::oversizeInfo(item, parsed);
    if (item.contentIdentity)
        m_contentChecked[SessionPlanner::contentKey(item.uidl, item.listSize)] += 1;
    (void)recordFailure(info, e, item, store::ItemStatus::SkippedOversize,
                        MessagePreparation::oversizeReason(item.listSize, m_options.sizeLimitBytes, m_catalog != nullptr),
                        Error::Code::MessageOversize);
}

void MigrationEngine::processMessage(const WorkItem &item, QByteArray raw)
{
    PreparedMessage prepared = MessagePreparation::inspect(item, raw, m_options.sizeLimitBytes, m_catalog != nullptr);
    progress().currentSubject = prepared.event.subject;
    const QByteArray checkedKey = SessionPlanner::contentKey(item.uidl, item.listSize);

    // Bad input is recorded with its reason and left on the server; the run goes on.
    if (prepared.refusal) {
        if (item.contentIdentity)
            m_contentChecked[checkedKey] += 1;
        (void)recordFailure(prepared.info, prepared.event, item, prepared.refusal->status, prepared.refusal->reason,
                            prepared.refusal->code);
        return;
    }

    // The second identity: the same content already in Gmail (a server whose UIDLs changed, or
    // one without UIDLs, or a UIDL that names two messages).
    if (!item.possibleDuplicate) {
        if (m_inFlightContent.contains(prepared.contentKey)) {
            // An identical message is on its way to Gmail right now. Decide after it lands: then
            // this one is recognised as already there (or, if that upload fails, copied itself),
            // whatever the timing.
            m_moreWork = true;
            return;
        }
        auto existing = m_ledger->findByIdentity(prepared.info.messageId, prepared.info.size, prepared.info.sha256);
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
                m_meter.countAlreadyThere();
                m_sessionProgress = true;
                emitProgress();
                return;
            }
            if (original.uidl != item.uidl) {
                ItemEvent event = prepared.event;
                event.gmailId = original.gmailId;
                event.outcome = ItemOutcome::SkippedDuplicate;
                event.reason = tr("Already copied to Gmail under another server id; not copied again.");
                auto recorded = m_ledger->recordDuplicate(prepared.info, original);
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

    QByteArray bytes = MessagePreparation::finish(prepared, std::move(raw), item, m_uncertainUploads.contains(item.uidl));
    startUpload(item, prepared.info, prepared.event, std::move(bytes), prepared.contentKey, prepared.keepOnServer);
}

void MigrationEngine::startUpload(const WorkItem &item, const store::ItemInfo &info, const ItemEvent &event, QByteArray bytes,
                                  const QByteArray &contentKey, bool keepOnServer)
{
    const qint64 size = bytes.size();
    ++m_uploadsInFlight;
    m_bytesInFlight += size;
    if (!item.contentIdentity && !item.uidl.isEmpty())
        m_inFlightUidls.insert(item.uidl);
    m_inFlightContent.insert(contentKey);

    google::UploadOptions options;
    options.mode = m_options.useImport ? google::UploadOptions::Import : google::UploadOptions::Insert;
    options.neverMarkSpam = m_options.neverMarkSpam;
    options.labelIds = labelIdsFor(item.uidl);
    auto ticket = std::make_shared<UploadTicket>();
    // "Uploading" goes to disk (in a group commit with whatever else is about to leave) only when
    // the request has its slot and token and is about to be sent: a message still waiting for
    // Gmail's pace has not left, and must not be flagged "possible duplicate" after a crash.
    options.beforeSend = [this, item, info, ticket](std::function<void(bool)> go) {
        if (dead()) {
            go(false);
            return;
        }
        m_journal.queueBegin(PendingBegin{item, info, ticket, std::move(go)});
        scheduleFlush();
    };
    const QByteArray sent = bytes; // shared, not copied: what a copy without blocked attachments is made from
    m_gmail->upload(std::move(bytes), options,
                    [this, item, info, event, size, ticket, contentKey, keepOnServer, sent](Result<google::UploadResult> result) {
        if (dead())
            return;
        if (!step(JournalStep::Confirmed))
            return;
        ItemEvent e = event;
        e.attempts = result ? result.value().attempts : 1;
        if (result) {
            // One confirmed upload is proof that Gmail works again.
            m_gmailProven = true;
            m_googleFailures = 0;
            m_googleDownSince.reset();
            if (!e.removedAttachments.isEmpty()) {
                ++m_summary.copiedWithoutAttachments;
                ++progress().copiedWithoutAttachments;
            }
            m_journal.queueCopy(PendingCopy{item, ticket->ledgerId, result.value().gmailId, e, size,
                                            result.value().possiblyDuplicated, keepOnServer, contentKey});
            scheduleFlush();
            return;
        }
        releaseUpload(item, size, contentKey);
        Error error = result.error();
        if (BlockedAttachments::applies(error, m_options, ticket->journaled, e)) {
            // Gmail refuses an attachment type: the original is kept on disk and recorded, then the
            // message goes again without those attachments, through the same journal steps.
            auto copy = BlockedAttachments::prepare(*m_ledger, BlockedAttachments::originalsDir(m_setup.ledgerPath),
                                                    ticket->ledgerId, info, sent, m_options, m_catalog != nullptr);
            if (copy) {
                ItemEvent copied = event;
                copied.removedAttachments = copy.value().removed;
                copied.reason =
                    copied.reason.isEmpty() ? copy.value().note : copied.reason + QLatin1Char(' ') + copy.value().note;
                store::ItemInfo copyInfo = info;
                if (copy.value().keepOnServer)
                    copyInfo.flags |= store::ItemFlag::KeepOnServer;
                startUpload(item, copyInfo, copied, copy.value().bytes, contentKey, keepOnServer || copy.value().keepOnServer);
                return;
            }
            error.detail += QStringLiteral("; no copy without it: ") + copy.error().toString();
        }
        uploadFailed(item, info, e, *ticket, error);
    });
    (void)step(JournalStep::Queued);
}

void MigrationEngine::uploadFailed(const WorkItem &item, const store::ItemInfo &info, ItemEvent e, const UploadTicket &ticket,
                                   const Error &error)
{
    if (error.scope == Error::Scope::Item) {
        m_marks.remove(item.uidl);
        e.outcome = ItemOutcome::Failed;
        e.reason = error.message;
        if (ticket.journaled) {
            const Status recorded = m_ledger->recordOutcome(ticket.ledgerId, store::ItemStatus::Failed, error);
            if (!recorded.ok()) {
                stopRun(RunState::Failed, recorded.error());
                return;
            }
            if (!item.contentIdentity)
                remember(item.uidl, ticket.ledgerId, store::ItemStatus::Failed, item.listSize);
            m_sessionProgress = true;
            recordItem(e);
        } else if (!recordFailure(info, e, item, store::ItemStatus::Failed, error.message, error.code, error.detail)) {
            return;
        }
    } else if (error.scope == Error::Scope::Cancelled) {
        // Stopping: a journaled one stays "uploading" (its request had left) and is re-uploaded
        // flagged by the next run; one that never left is simply not recorded.
    } else {
        if (ticket.journaled) {
            if (error.mayHaveTakenEffect) {
                // Gmail may have stored it: the next attempt is flagged.
                if (!item.contentIdentity) {
                    m_possibleDuplicates.insert(item.uidl);
                    m_uncertainUploads.insert(item.uidl);
                }
            } else {
                // Certainly not stored (it never left, or Gmail refused it outright).
                const Status abandoned = m_ledger->abandonUploads({ticket.ledgerId});
                if (!abandoned.ok()) {
                    stopRun(RunState::Failed, abandoned.error());
                    return;
                }
                if (!item.contentIdentity)
                    remember(item.uidl, ticket.ledgerId, store::ItemStatus::Pending, item.listSize);
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
    if (!m_journal.claimFlush())
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
        m_journal.flushStarted();
        if (!dead())
            flushJournal();
        },
        Qt::QueuedConnection);
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
    std::vector<PendingBegin> ready = m_journal.takeBegins();
    if (ready.empty())
        return;
    auto ids = m_journal.writeUploading(ready);
    if (!ids) {
        if (dead())
            return; // stopped dead after the commit: the requests never leave
        for (PendingBegin &p : ready)
            p.go(false);
        stopRun(RunState::Failed, ids.error());
        return;
    }
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
    std::vector<PendingCopy> confirmed = m_journal.takeCopies();
    if (confirmed.empty())
        return;
    // Durable before any DELE: this commit is what allows the messages to leave the server.
    const Status written = m_journal.writeCopied(confirmed);
    if (!written.ok()) {
        if (!dead())
            stopRun(RunState::Failed, written.error());
        return;
    }
    const qint64 nowMs = m_clock->now().toMSecsSinceEpoch();
    const bool deleteNow = m_options.afterCopy == AfterCopy::Delete && deletesWanted();
    for (PendingCopy &c : confirmed) {
        releaseUpload(c.item, c.size, c.contentKey);
        m_marks.remove(c.item.uidl);
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
        m_meter.copyLanded(c.size);
        recordItem(event);
        if (!deleteNow || c.keepOnServer || c.item.contentIdentity)
            continue;
        if (c.item.session == m_session && sessionUsable() && m_source) {
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
    QPointer<MessageSource> client = m_source;
    ++m_deletesInFlight;
    client->headers(item.number, [this, client, item, known, e](Result<QByteArray> headers) {
        if (dead() || client != m_source)
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
    if (!step(JournalStep::Dele))
        return;
    QPointer<MessageSource> client = m_source;
    ++m_deletesInFlight;
    client->remove(number, [this, client, ledgerId, event](Status status) {
        if (dead() || client != m_source)
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

} // namespace mf::migration
