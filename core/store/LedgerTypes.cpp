// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/LedgerTypes.h"

namespace mf::store {

QString statusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Pending: return QStringLiteral("pending");
    case ItemStatus::Uploading: return QStringLiteral("uploading");
    case ItemStatus::Copied: return QStringLiteral("copied");
    case ItemStatus::SkippedDuplicate: return QStringLiteral("skipped-duplicate");
    case ItemStatus::SkippedOversize: return QStringLiteral("skipped-oversize");
    case ItemStatus::Failed: return QStringLiteral("failed");
    case ItemStatus::Deleted: return QStringLiteral("deleted");
    }
    return QStringLiteral("pending");
}

QString statusLabel(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Pending: return QCoreApplication::translate("mf::store::Ledger", "Waiting");
    case ItemStatus::Uploading: return QCoreApplication::translate("mf::store::Ledger", "Uploading");
    case ItemStatus::Copied: return QCoreApplication::translate("mf::store::Ledger", "Copied");
    case ItemStatus::SkippedDuplicate: return QCoreApplication::translate("mf::store::Ledger", "Skipped: already in Gmail");
    case ItemStatus::SkippedOversize: return QCoreApplication::translate("mf::store::Ledger", "Skipped: too large");
    case ItemStatus::Failed: return QCoreApplication::translate("mf::store::Ledger", "Failed");
    case ItemStatus::Deleted: return QCoreApplication::translate("mf::store::Ledger", "Copied and removed from the server");
    }
    return {};
}

bool isSettled(ItemStatus status)
{
    return status == ItemStatus::Copied || status == ItemStatus::SkippedDuplicate || status == ItemStatus::SkippedOversize
        || status == ItemStatus::Deleted;
}

bool isInGmail(ItemStatus status)
{
    return status == ItemStatus::Copied || status == ItemStatus::SkippedDuplicate || status == ItemStatus::Deleted;
}

qint64 Summary::count(ItemStatus status) const
{
    switch (status) {
    case ItemStatus::Pending: return pending;
    case ItemStatus::Uploading: return uploading;
    case ItemStatus::Copied: return copied;
    case ItemStatus::SkippedDuplicate: return skippedDuplicate;
    case ItemStatus::SkippedOversize: return skippedOversize;
    case ItemStatus::Failed: return failed;
    case ItemStatus::Deleted: return deleted;
    }
    return 0;
}

QString outcomeName(EventOutcome outcome)
{
    switch (outcome) {
    case EventOutcome::Copied: return QStringLiteral("copied");
    case EventOutcome::SkippedDuplicate: return QStringLiteral("skipped-duplicate");
    case EventOutcome::SkippedOversize: return QStringLiteral("skipped-oversize");
    case EventOutcome::Failed: return QStringLiteral("failed");
    case EventOutcome::DeletedFromServer: return QStringLiteral("deleted-from-server");
    case EventOutcome::PossibleDuplicate: return QStringLiteral("possible-duplicate");
    }
    return QStringLiteral("failed");
}

QString stateWord(ItemStatus status, ItemFlags flags)
{
    const bool twice = flags.testFlag(ItemFlag::PossibleDuplicate);
    switch (status) {
    case ItemStatus::Pending: return QStringLiteral("waiting");
    case ItemStatus::Uploading: return QStringLiteral("uploading");
    case ItemStatus::Copied: return twice ? QStringLiteral("copied-possibly-twice") : QStringLiteral("copied");
    case ItemStatus::SkippedDuplicate: return QStringLiteral("skipped-duplicate");
    case ItemStatus::SkippedOversize: return QStringLiteral("skipped-oversize");
    case ItemStatus::Failed: return QStringLiteral("failed");
    // Removed from the server; whether it was copied twice shows in its "copied" row.
    case ItemStatus::Deleted: return QStringLiteral("deleted-from-server");
    }
    return QStringLiteral("waiting");
}

QString stateWord(EventOutcome outcome, bool possibleDuplicate)
{
    switch (outcome) {
    case EventOutcome::Copied: return possibleDuplicate ? QStringLiteral("copied-possibly-twice") : QStringLiteral("copied");
    case EventOutcome::SkippedDuplicate: return QStringLiteral("skipped-duplicate");
    case EventOutcome::SkippedOversize: return QStringLiteral("skipped-oversize");
    case EventOutcome::Failed: return QStringLiteral("failed");
    case EventOutcome::DeletedFromServer: return QStringLiteral("deleted-from-server");
    case EventOutcome::PossibleDuplicate: return QStringLiteral("upload-interrupted");
    }
    return QStringLiteral("failed");
}

} // namespace mf::store
