// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "store/LedgerReader.h"
#include "store/LedgerSchema.h"
#include "store/LedgerTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace mf::store {

/// The per-mailbox ledger: the truth about every message of one (Gmail account, POP3 account)
/// pair, in one SQLite file (isync's journal, done with SQLite transactions).
///
/// Exactly-once rests on the order of its commit points, each its own durable transaction
/// (WAL with synchronous=FULL, so a commit survives a power cut):
///  1. beginUpload()   "uploading" is recorded BEFORE the upload starts;
///  2. commitCopied()  "copied + Gmail id" is recorded BEFORE any DELE is sent;
///  3. commitDeleted() "deleted" is recorded AFTER the QUIT that made the server remove it.
/// A message still "uploading" at start-up is the only one whose fate is unknowable:
/// recoverInterrupted() flags it "possible duplicate" so that the re-upload is never silent.
///
/// Every state change writes its row of the item log (the `events` table, append-only) in the
/// same transaction, so the log and the state can never disagree.
///
/// Not thread-safe and synchronous: it belongs to the thread that opened it (the migration
/// worker), and every call is a short local SQLite transaction (LedgerTransaction). One
/// connection per Ledger. Only the engine writes: views and exports open a ReadOnlyLedger.
class Ledger final : public LedgerReader {
    Q_DECLARE_TR_FUNCTIONS(mf::store::Ledger)
public:
    /// The schema version this build writes (PRAGMA user_version); older files are brought up to
    /// it by the steps in store/LedgerSchema.cpp when they are opened here.
    static constexpr int kSchemaVersion = schema::kCurrentVersion;

    ~Ledger() override;
    Ledger(const Ledger &) = delete;
    Ledger &operator=(const Ledger &) = delete;

    /// Opens (creating if needed) the ledger at `path`, creates or migrates the schema and makes
    /// the file private to the user. `clock` stamps every record (Clock::system() in production).
    /// Fails with a StorageFailed Internal error when the file cannot be opened or is not a
    /// Mailferry ledger, or was written by a newer Mailferry. An existing file that is empty (0
    /// bytes) is refused like a damaged one: a new ledger is only ever created whole (written
    /// beside the path and renamed into place), so an empty file means the records were lost, and
    /// starting afresh would copy every message again.
    [[nodiscard]] static Result<std::unique_ptr<Ledger>> open(const QString &path, Clock *clock = Clock::system());

    /// The POP3 account written into every row of the item log (e.g. "maria@isp.example").
    /// Stored in the ledger, so it is set once per ledger.
    [[nodiscard]] Status setSourceAccount(const QString &account);

    // ---- planning -------------------------------------------------------------------------

    /// Everything needed to plan a run, in one query: a summary of every item, keyed by UIDL.
    [[nodiscard]] Result<ResumeState> loadResumeState();
    /// The same for these UIDLs only (itemsWithoutUidl stays 0): what one page of a big source
    /// needs, without holding the whole ledger in memory.
    [[nodiscard]] Result<ResumeState> loadResumeState(const QList<QByteArray> &uidls);

    /// Call once at the start of a run, before planning. Items a crash left in Uploading are
    /// set back to Pending with the PossibleDuplicate flag (and a "possible-duplicate" row in
    /// the log) and returned: the engine uploads them again. Pending rather than Uploading, so
    /// that the status always says what is true now (nothing is uploading) and the flag keeps
    /// the history. Returns an empty list when there is nothing to recover.
    [[nodiscard]] Result<QList<Item>> recoverInterrupted();

    // ---- commit points (each one durable transaction) -------------------------------------

    /// Commit point 1, BEFORE the upload: upserts the item (by UIDL; by identity when the server
    /// has no UIDL), sets it Uploading, counts the attempt. Refuses (Internal error) an item that
    /// is already in Gmail, because uploading it would double it. Returns the item id.
    [[nodiscard]] Result<qint64> beginUpload(const ItemInfo &info);

    /// Commit point 1 for several messages in ONE durable transaction. Each commit costs an fsync
    /// (about 6 ms on a VM disk, so 2 per message would cap a run near 80 messages/s); recording
    /// "uploading" for the next few messages of a pipeline at once is just as safe: after a crash,
    /// those not yet sent are merely flagged "possible duplicate" and uploaded once. All or nothing.
    [[nodiscard]] Result<QList<qint64>> beginUploads(const QList<ItemInfo> &infos);

    /// Commit point 2, BEFORE any DELE: Gmail confirmed the upload with `gmailId`. Idempotent
    /// for the same id and Gmail id; refuses an item that is not Uploading or Pending.
    [[nodiscard]] Status commitCopied(qint64 id, const QString &gmailId);
    struct CopiedItem {
        qint64 id = 0;
        QString gmailId;
        /// Gmail may hold it twice: an earlier attempt of this upload failed in a way that leaves
        /// unknown whether it was stored. Sets the PossibleDuplicate flag with the commit.
        bool possibleDuplicate = false;
    };
    /// Commit point 2 for several confirmed uploads in ONE durable transaction (all or nothing).
    /// Delaying a commit is safe as long as it precedes the DELE of those messages; a crash before
    /// it leaves them Uploading, so they are re-uploaded flagged, never lost.
    [[nodiscard]] Status commitCopied(const QList<CopiedItem> &copied);

    /// Records that the item ended as SkippedDuplicate, SkippedOversize or Failed (any other
    /// status is refused), with the reason in plain words. Never overwrites an item that is
    /// already in Gmail: that would let "Retry failed" upload it twice.
    [[nodiscard]] Status recordOutcome(qint64 id, ItemStatus status, const QString &reason, const QString &errorCode = {},
                                       const QString &detail = {});
    /// As above, from an Error (its message is the reason; its code and detail are kept).
    [[nodiscard]] Status recordOutcome(qint64 id, ItemStatus status, const Error &error);
    /// For a message that never reached beginUpload (oversize by LIST, a RETR that failed, a
    /// malformed message): upserts it like beginUpload, counts the attempt, and records the
    /// outcome. Returns the item id.
    [[nodiscard]] Result<qint64> recordOutcome(const ItemInfo &info, ItemStatus status, const QString &reason,
                                               const QString &errorCode = {}, const QString &detail = {});
    [[nodiscard]] Result<qint64> recordOutcome(const ItemInfo &info, ItemStatus status, const Error &error);
    /// Records `info` as SkippedDuplicate of `original` (found by findByIdentity), with a reason
    /// that names the original and its Gmail id. Returns the new item's id.
    [[nodiscard]] Result<qint64> recordDuplicate(const ItemInfo &info, const Item &original);

    /// Commit point 3, AFTER QUIT succeeded: the server removed these messages. Only items in
    /// Gmail (Copied or SkippedDuplicate) become Deleted; already Deleted ones are left as they
    /// are (idempotent). If any id is unknown or not in Gmail, the others are still recorded and
    /// an Internal error lists the offenders: that is a bug in the caller, never to be hidden.
    [[nodiscard]] Status commitDeleted(const QList<qint64> &ids);

    /// The upload of these items never left (or Gmail refused it outright): back from Uploading
    /// to Pending, without the possible-duplicate flag and without a log row. Others are left alone.
    [[nodiscard]] Status abandonUploads(const QList<qint64> &ids);

    /// Gmail refused the message for attachment types it blocks, and a copy without them is about
    /// to be uploaded: records which files were taken out (`removed`, in plain words) and where the
    /// whole original is kept. The copy's "copied" log row then says so (removedAttachmentsNote()).
    /// `keepOnServer` adds the KeepOnServer flag: the message never leaves the POP3 server.
    /// Gmail refused the upload outright, so an Uploading item goes back to Pending (a crash before
    /// the copy's own "uploading" then repeats it without a possible-duplicate flag).
    /// One durable transaction, no log row of its own.
    [[nodiscard]] Status recordRemovedAttachments(qint64 id, const QString &removed, const QString &originalPath,
                                                  bool keepOnServer);
    /// "Copied without attachment setup.exe; original kept at /path/7-Invoice.eml."
    [[nodiscard]] static QString removedAttachmentsNote(const QString &removed, const QString &originalPath);

    /// "Retry failed": puts exactly the Failed and SkippedOversize items back to Pending (an
    /// oversize one is then measured against today's limit). Returns how many.
    [[nodiscard]] Result<int> requeueFailed();

    /// Small values kept with the ledger (metaValue() reads them).
    [[nodiscard]] Status setMetaValue(const QString &key, const QString &value);

    // Reading (summary, items, events, lookups) is LedgerReader's.

private:
    Ledger(QString path, QString connectionName, Clock *clock);

    Status createOrMigrateSchema();
    Status setPragmas();
    [[nodiscard]] qint64 nowMs() const;
    Status exec(const QString &sql, const QString &what);

    // These run inside an open LedgerTransaction.
    Result<std::optional<Item>> findForUpsert(const ItemInfo &info);
    Result<qint64> upsert(const ItemInfo &info, ItemStatus status, const QString &reason, const QString &errorCode,
                          const QString &detail);
    Status updateOutcome(qint64 id, ItemStatus status, const QString &reason, const QString &errorCode, const QString &detail,
                         const QString &gmailId = {});
    Status copyInTransaction(const CopiedItem &entry);
    Status appendEvent(const Item &item, EventOutcome outcome, const QString &reason, const QString &errorCode = {},
                       const QString &detail = {});
    Result<qint64> upsertWithOutcome(const ItemInfo &info, ItemStatus status, const QString &reason, const QString &errorCode,
                                     const QString &detail, const QString &gmailId);

    Clock *m_clock = nullptr;
};

} // namespace mf::store
