// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QString>

namespace mf::store {

/// Where one message stands. Stored as its integer value: never renumber.
///
/// The exactly-once order (docs/ARCHITECTURE.md, "The ledger order"): Pending -> Uploading (recorded before the
/// upload) -> Copied (committed with the Gmail id before any DELE) -> Deleted (after QUIT).
enum class ItemStatus : int {
    Pending = 0,          ///< known and still to do (new, re-queued by "Retry failed", or recovered after a crash)
    Uploading = 1,        ///< an upload was started and its outcome is not recorded yet
    Copied = 2,           ///< Gmail confirmed it; the Gmail id is recorded
    SkippedDuplicate = 3, ///< already in Gmail (same Message-ID, size and SHA-256 under another UIDL)
    SkippedOversize = 4,  ///< over the size limit; left on the server
    Failed = 5,           ///< an Item error; left on the server until "Retry failed"
    Deleted = 6,          ///< copied AND removed from the POP3 server (QUIT succeeded)
};

/// History of a message; flags are never cleared, so the log can always explain what happened.
enum class ItemFlag : int {
    None = 0,
    PossibleDuplicate = 0x1, ///< a crash left its upload in an unknown state; it was uploaded again
    DateRescued = 0x2,       ///< its Date header was missing or broken and was rebuilt from Received:
    NoUidl = 0x4,            ///< the server has no UIDL; it is identified by Message-ID + size + SHA-256
    /// Never remove it from the server: what arrived differed from what LIST announced, or the
    /// server could not name it reliably. A copy in Gmail is not proof that it was this message.
    KeepOnServer = 0x8,
};
Q_DECLARE_FLAGS(ItemFlags, ItemFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(ItemFlags)

/// Stable machine names ("copied", "skipped-duplicate", ...) used in the CLI's JSON lines.
[[nodiscard]] QString statusName(ItemStatus status);
/// Translated name for people ("Copied", "Skipped: already in Gmail", ...).
[[nodiscard]] QString statusLabel(ItemStatus status);
/// True for the statuses a run does not touch again (Failed waits for "Retry failed").
[[nodiscard]] bool isSettled(ItemStatus status);
/// True when the message is safely in Gmail, so deleting it from the server loses nothing.
[[nodiscard]] bool isInGmail(ItemStatus status);

/// What the engine knows about a fetched (or listed) message, passed in already parsed: the store
/// does not parse mail.
struct ItemInfo {
    QByteArray uidl;      ///< empty when the server has no UIDL
    qint64 size = 0;      ///< octets actually received (0 if not fetched); LIST sizes are only hints
    qint64 listSize = 0;  ///< the size LIST announced
    QByteArray messageId; ///< normalised, angle brackets kept (MessageHeaders::messageId())
    QByteArray sha256;    ///< lowercase hex of the bytes as received, before any date rescue
    QString subject;      ///< decoded
    QString from;         ///< decoded
    QString dateHeader;   ///< the Date header as text (the rescued one when rescued)
    ItemFlags flags;      ///< added to the item's flags (DateRescued; NoUidl is set automatically)
    QString note;         ///< plain words for the log, e.g. DateRescue's note; kept with the item
};

/// One row of the ledger.
struct Item {
    qint64 id = 0;
    QByteArray uidl;
    qint64 size = 0;
    qint64 listSize = 0;
    QByteArray messageId;
    QByteArray sha256;
    QString subject;
    QString from;
    QString dateHeader;
    ItemStatus status = ItemStatus::Pending;
    QString gmailId;
    int attempts = 0;
    QString lastError;       ///< plain words
    QString lastErrorCode;   ///< Error::codeName, for scripts
    QString lastErrorDetail; ///< technical detail (server reply), never a secret
    ItemFlags flags;
    QString note;
    QDateTime firstSeen; ///< UTC
    QDateTime copiedAt;  ///< invalid until copied
    QDateTime deletedAt; ///< invalid until deleted from the server
    QDateTime updatedAt;
    /// Gmail refused the message for attachment types it blocks, and a copy without them was
    /// made: the files taken out ("setup.exe, tools.zip (holds run.bat)") and where the whole
    /// original message is kept (an .eml file). Empty otherwise.
    QString removedAttachments;
    QString originalPath;
};

/// The little the planner needs per UIDL; small and flat so that 100,000 of them load fast.
struct ItemSummary {
    qint64 id = 0;
    ItemStatus status = ItemStatus::Pending;
    ItemFlags flags;
    qint64 copiedAtMs = 0; ///< milliseconds since the epoch (UTC), 0 if never copied ("delete N days after")
    qint64 size = 0;
    qint64 listSize = 0; ///< what LIST said when it was recorded: a UIDL now listed with another size is another message
};

/// Everything needed to plan a run, loaded in one query.
struct ResumeState {
    QHash<QByteArray, ItemSummary> byUidl; ///< every item that has a UIDL
    qint64 itemsWithoutUidl = 0;           ///< those are matched with Ledger::findByIdentity()
};

/// Counts per status, for the live view, the summary and the CLI's "status".
struct Summary {
    qint64 pending = 0;
    qint64 uploading = 0;
    qint64 copied = 0;
    qint64 skippedDuplicate = 0;
    qint64 skippedOversize = 0;
    qint64 failed = 0;
    qint64 deleted = 0;
    qint64 bytesCopied = 0; ///< received size of every Copied or Deleted item
    qint64 possibleDuplicates = 0;
    qint64 datesRescued = 0;

    [[nodiscard]] qint64 total() const
    {
        return pending + uploading + copied + skippedDuplicate + skippedOversize + failed + deleted;
    }
    [[nodiscard]] qint64 count(ItemStatus status) const;
};

/// Which rows the UI's table, the CSV and the report mail show.
enum class ItemFilter {
    All,
    Failures,   ///< what was left behind because of a problem: Failed and SkippedOversize
    FailedOnly, ///< exactly what "Retry failed" re-queues
};

/// The outcome of one row of the item log (one row per message and attempt).
enum class EventOutcome : int {
    Copied = 0,
    SkippedDuplicate = 1,
    SkippedOversize = 2,
    Failed = 3,
    DeletedFromServer = 4,
    PossibleDuplicate = 5, ///< written at recovery: an interrupted upload will be repeated
};

/// "copied", "skipped-duplicate", "skipped-oversize", "failed", "deleted-from-server", "possible-duplicate".
[[nodiscard]] QString outcomeName(EventOutcome outcome);

/// THE words for where a message stands, the same in every output people and scripts read: the
/// command line's live lines, `status` (text and JSON), `export-log` and the CSV's Outcome and
/// Status columns. A copy that Gmail may hold twice is "copied-possibly-twice" wherever it shows.
///   waiting, uploading, copied, copied-possibly-twice, skipped-duplicate, skipped-oversize,
///   failed, deleted-from-server, upload-interrupted (the recovery row: it is uploaded again)
[[nodiscard]] QString stateWord(ItemStatus status, ItemFlags flags = {});
/// The word for one row of the item log; `possibleDuplicate` is the item's flag.
[[nodiscard]] QString stateWord(EventOutcome outcome, bool possibleDuplicate = false);

/// One row of the append-only item log: one per message and attempt.
struct Event {
    qint64 id = 0;
    QDateTime time; ///< UTC
    QString sourceAccount;
    qint64 itemId = 0;
    QByteArray uidl;
    QByteArray messageId;
    QString subject;
    QString from;
    QString dateHeader;
    qint64 size = 0;
    EventOutcome outcome = EventOutcome::Copied;
    QString reason;    ///< plain words
    QString errorCode; ///< Error::codeName when the outcome is an error
    QString detail;    ///< technical detail, never a secret
    QString gmailId;
    int attempts = 0;
};

} // namespace mf::store
