// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/SessionPlanner.h"

#include <algorithm>
#include <limits>

namespace mf::migration {

QByteArray SessionPlanner::contentKey(const QByteArray &uidl, qint64 listSize)
{
    return uidl + '/' + QByteArray::number(listSize);
}

bool SessionPlanner::overLimitByList(qint64 listSize, qint64 sizeLimitBytes)
{
    // Compared without overflow for any size a server can announce.
    return listSize > sizeLimitBytes && listSize - sizeLimitBytes > sizeLimitBytes / 10;
}

SessionPlan SessionPlanner::plan(QList<ListedMessage> listing, bool haveUidl, const store::ResumeState &known,
                                 const Policy &policy)
{
    std::sort(listing.begin(), listing.end(), [](const ListedMessage &a, const ListedMessage &b) { return a.number < b.number; });
    SessionPlan plan;
    PlanPreview &preview = plan.preview;
    preview.serverHasUidl = haveUidl;

    // A UIDL that names two messages names neither (RFC 1939 forbids it; servers that derive
    // UIDLs from a few headers do it for identical or near-identical messages).
    QHash<QByteArray, int> uidlCount;
    if (haveUidl) {
        for (const ListedMessage &m : std::as_const(listing))
            ++uidlCount[m.uidl];
    }
    QHash<QByteArray, int> checkedLeft = policy.contentChecked ? *policy.contentChecked : QHash<QByteArray, int>();
    // LIST sizes are hints, so only a message far over the limit is skipped unread; its headers
    // still come (TOP n 0) so the log can say which message it was.
    auto planOversize = [&](PlannedMessage &item) {
        if (!overLimitByList(item.listSize, policy.sizeLimitBytes))
            return false;
        item.kind = PlannedMessage::Kind::OversizeByList;
        plan.oversize.push_back(item);
        ++preview.oversize;
        return true;
    };

    for (const ListedMessage &m : std::as_const(listing)) {
        ++preview.messagesOnServer;
        if (m.listSize > 0 && preview.bytesOnServer <= std::numeric_limits<qint64>::max() - m.listSize)
            preview.bytesOnServer += m.listSize;
        PlannedMessage item;
        item.number = m.number;
        item.uidl = m.uidl;
        item.listSize = m.listSize;

        const store::ItemSummary *summary = nullptr;
        bool trusted = haveUidl && !m.uidl.isEmpty() && !policy.distrustUidls;
        if (trusted && uidlCount.value(m.uidl) > 1) {
            trusted = false;
            plan.ambiguousUidls.insert(m.uidl);
        }
        if (trusted) {
            if (policy.inFlight && policy.inFlight->contains(m.uidl))
                continue; // fetched by an earlier session, still on its way to Gmail
            const auto it = known.byUidl.constFind(m.uidl);
            if (it != known.byUidl.cend()) {
                summary = &it.value();
                // The same UIDL with another size is another message (a server that numbers its
                // UIDLs, or reuses them): never let the old record speak for it.
                const bool recordedSize = summary->listSize > 0;
                const bool settledElsewhere = summary->status == store::ItemStatus::Deleted;
                if ((recordedSize && summary->listSize != m.listSize) || settledElsewhere) {
                    trusted = false;
                    summary = nullptr;
                    if (!settledElsewhere) {
                        ++plan.sizeContradictions;
                        plan.ambiguousUidls.insert(m.uidl);
                    }
                }
            }
        }

        if (!trusted) {
            item.contentIdentity = true;
            if (haveUidl && !m.uidl.isEmpty() && plan.ambiguousUidls.contains(m.uidl))
                ++preview.unreliableIds;
            const QByteArray key = contentKey(m.uidl, m.listSize);
            if (int &left = checkedLeft[key]; left > 0) {
                --left; // read earlier in this pass; its outcome is recorded already
                continue;
            }
            if (planOversize(item))
                continue;
            plan.fetch.push_back(item);
            ++preview.toCheckByContent;
            continue;
        }

        if (summary) {
            item.ledgerId = summary->id;
            switch (summary->status) {
            case store::ItemStatus::Copied:
                ++preview.alreadyCopied;
                if (!summary->flags.testFlag(store::ItemFlag::KeepOnServer) && policy.deleteDue
                    && policy.deleteDue(summary->copiedAtMs)) {
                    item.kind = PlannedMessage::Kind::DeleteOnly;
                    plan.deletes.push_back(item);
                    ++preview.toDeleteFromServer;
                }
                continue;
            case store::ItemStatus::SkippedDuplicate:
            case store::ItemStatus::Deleted: ++preview.alreadyCopied; continue;
            case store::ItemStatus::Failed: ++preview.failedEarlier; continue;
            case store::ItemStatus::SkippedOversize:
                // Measured by what arrived when it was tried (a RETR stopped at the limit records
                // more than the limit), not only by what LIST says now.
                if (overLimitByList(m.listSize, policy.sizeLimitBytes) || m.listSize > policy.sizeLimitBytes
                    || summary->size > policy.sizeLimitBytes) {
                    ++preview.oversize; // still over the limit: recorded already, nothing to read again
                    continue;
                }
                break; // the limit was raised: copy it now
            case store::ItemStatus::Uploading: item.possibleDuplicate = true; break;
            case store::ItemStatus::Pending:
                // Set back to Pending by crash recovery: the upload may have landed.
                if (summary->flags.testFlag(store::ItemFlag::PossibleDuplicate))
                    item.possibleDuplicate = true;
                break;
            }
        }
        if (policy.possibleDuplicates && policy.possibleDuplicates->contains(m.uidl))
            item.possibleDuplicate = true;
        if (planOversize(item))
            continue;
        plan.fetch.push_back(item);
        ++preview.toCopy;
        if (m.listSize > 0 && preview.bytesToCopy <= std::numeric_limits<qint64>::max() - m.listSize)
            preview.bytesToCopy += m.listSize;
    }
    return plan;
}

} // namespace mf::migration
