// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountSettings.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace mf::migration {

// The user's per-account choices live with the accounts (core/accounts); the engine reads them.
using accounts::AfterCopy;
using accounts::MigrationOptions;
using accounts::Placement;

/// Where the Google side lives and who we are to it; endpoints point at Google unless a test or
/// MAILFERRY_GOOGLE_BASE_URL redirects them.
struct GoogleAccess {
    QString clientId;
    QString clientSecret; ///< a desktop client's "secret" is not confidential, but is never logged
    QString refreshToken; ///< read from the keychain by the caller; kept in memory only
    QString accountEmail;
    QUrl baseUrlOverride; ///< empty: Google's real endpoints
};

/// What to do in this run.
struct RunRequest {
    bool dryRun = false;      ///< plan only, nothing written anywhere
    bool retryFailed = false; ///< put exactly the failed items back in the queue first
};

/// The engine's state, as shown on the progress page and by the CLI.
enum class RunState {
    Idle,
    Connecting,
    Planning,
    Transferring,
    Pausing,
    Paused,
    Waiting,
    Finishing,
    Finished,
    Failed,
    Cancelled
};

/// The outcome of one message in one attempt (one row of the item log).
enum class ItemOutcome { Copied, SkippedDuplicate, SkippedOversize, Failed, DeletedFromServer, PossibleDuplicate };

struct ItemEvent {
    QDateTime time;
    QByteArray uidl;
    QString messageId;
    QString subject;
    QString from;
    QString date;
    qint64 size = 0;
    ItemOutcome outcome = ItemOutcome::Copied;
    QString reason; ///< plain words
    QString gmailId;
    int attempts = 0;
    bool possibleDuplicate = false;
    bool dateRescued = false;
    /// Gmail refused the message for an attachment type it blocks and this is the copy without
    /// it: the files taken out ("setup.exe"). Empty for every other message.
    QString removedAttachments;
};

/// Live counters for the progress view; emitted at most a few times a second.
struct Progress {
    RunState state = RunState::Idle;
    int total = 0;         ///< messages on the server this run knows about
    int copied = 0;        ///< copied this run
    int skipped = 0;       ///< duplicates and oversize, this run
    int failed = 0;        ///< failed this run
    int left = 0;          ///< still to do this run
    int alreadyDone = 0;   ///< in Gmail from earlier runs (copied, or skipped as already there)
    int failedEarlier = 0; ///< failed in earlier runs and not retried now (still on the server)
    int copiedWithoutAttachments = 0; ///< copied this run without attachments Gmail blocks (counted in copied too)
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double messagesPerMinute = 0;
    double bytesPerSecond = 0;
    std::optional<Millis> eta;
    QString currentSubject;
    QString statusText;    ///< plain words: "Waiting 30 s: Gmail asked us to slow down"
    QDateTime lastSuccess; ///< when a pass last finished (continuous mode says so through outages)
};

/// What a finished run amounts to.
struct RunSummary {
    RunState state = RunState::Finished;
    int copied = 0;
    int skipped = 0;
    int failed = 0;
    int deletedFromServer = 0;
    int possibleDuplicates = 0;
    int alreadyDone = 0; ///< in Gmail from earlier runs (copied, deleted, or skipped as already there)
    /// Messages the ledger holds as failed and not copied (this run's and earlier runs' that were
    /// not retried). A script that reruns until exit 0 must not be told "done" while these remain.
    int failedOutstanding = 0;
    /// Skipped as oversize and still over the limit (left on the server on purpose).
    int oversizeOutstanding = 0;
    /// In delete mode: copied to Gmail but not yet removed from the server (an interrupted run).
    int copiedStillOnServer = 0;
    /// Messages the server could not name reliably (a UIDL listed twice, or one whose size
    /// contradicts the ledger): identified by content, never deleted on the UIDL alone.
    int unreliableIds = 0;
    /// Copied without attachments Gmail blocks (counted in `copied` too); the originals are kept.
    int copiedWithoutAttachments = 0;
    qint64 bytesCopied = 0;
    std::optional<Error> error; ///< set when the run stopped for an account/session/internal reason
    bool reportMailSent = false;
};

/// What a dry run (or the review page) learns without copying anything.
struct PlanPreview {
    int messagesOnServer = 0;
    qint64 bytesOnServer = 0;
    int toCopy = 0; ///< not in Gmail and not yet tried: to copy now
    qint64 bytesToCopy = 0;
    /// Messages without a trustworthy UIDL (none at all, or one the server reuses): each is read
    /// and recognised by its content; those already in Gmail then count as already done.
    int toCheckByContent = 0;
    int alreadyCopied = 0; ///< in Gmail from earlier runs (copied, deleted, skipped as already there)
    int failedEarlier = 0; ///< failed before and not re-queued: left on the server (retry-failed retries them)
    int oversize = 0;      ///< over the size limit by LIST: left on the server, never counted "to copy"
    int toDeleteFromServer = 0;
    int unreliableIds = 0;       ///< UIDL listed twice or contradicting the ledger: matched by content
    Millis estimatedDuration{0}; ///< at Gmail's pace (about 600 messages a minute)
    bool serverHasUidl = true;
    /// RFC 2449 EXPIRE: the server deletes downloaded mail by itself after this many days
    /// (0 = at once, whatever "keep on server" says). Unset when the server did not advertise it.
    std::optional<int> serverExpireDays;
    /// RFC 2449 LOGIN-DELAY in seconds (0 = none): sessions are sized so logins respect it.
    int loginDelaySeconds = 0;
};

[[nodiscard]] QString outcomeName(ItemOutcome outcome); ///< stable, for CSV and JSON: "copied", "skipped-duplicate", ...
[[nodiscard]] QString runStateName(RunState state);     ///< stable, for JSON
[[nodiscard]] QString runStateText(RunState state);     ///< translated, for people

} // namespace mf::migration

Q_DECLARE_METATYPE(mf::migration::ItemEvent)
Q_DECLARE_METATYPE(mf::migration::Progress)
Q_DECLARE_METATYPE(mf::migration::RunSummary)
Q_DECLARE_METATYPE(mf::migration::PlanPreview)
