// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "migration/MigrationTypes.h"
#include "store/LedgerTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <vector>

namespace mf::migration {

/// One line of the server's listing: the number (valid in this session only), the UIDL (empty
/// when the server has none) and the size LIST announced.
struct ListedMessage {
    int number = 0;
    QByteArray uidl;
    qint64 listSize = 0;
};

/// What a session should do with one listed message.
struct PlannedMessage {
    enum class Kind {
        Fetch,          ///< RETR it, then upload it unless its content is already in Gmail
        DeleteOnly,     ///< in Gmail already and due for removal: DELE (after checking it is the same message)
        OversizeByList, ///< far over the size limit by LIST: record it from its headers (TOP), leave it
    };
    Kind kind = Kind::Fetch;
    int number = 0;
    QByteArray uidl; ///< the server's id, as listed (also for content-identified ones, for the log)
    qint64 listSize = 0;
    qint64 ledgerId = -1; ///< the ledger row known by this UIDL, or -1
    /// The UIDL cannot name this message safely (listed twice, no UIDL at all, or its size
    /// contradicts the ledger): it is identified by Message-ID + size + SHA-256 and never deleted.
    bool contentIdentity = false;
    bool possibleDuplicate = false; ///< an earlier upload of it may have reached Gmail
};

/// The planner's answer for one session.
struct SessionPlan {
    std::vector<PlannedMessage> oversize;
    std::vector<PlannedMessage> deletes;
    std::vector<PlannedMessage> fetch;
    PlanPreview preview;
    /// UIDLs that the listing gave to more than one message, and UIDLs whose LIST size differs
    /// from the size recorded when they were copied: the server does not name messages reliably.
    QSet<QByteArray> ambiguousUidls;
    int sizeContradictions = 0;
};

/// Decides, from the server's listing and what the ledger knows, what a POP3 session does. Pure:
/// no I/O, no clock (the caller passes "is a delete due"), so every rule below has a unit test.
///
/// The rules that keep "nothing lost, nothing doubled" when a server lies:
///  - A UIDL is trusted only when it names exactly one message in the listing and, when the
///    ledger knows it, with the LIST size recorded then. Otherwise the message is identified by
///    its content, and never deleted on the strength of its UIDL.
///  - "Already done" means in Gmail (copied, deleted, skipped as a duplicate). Failed messages
///    are counted as such and left alone until "Retry failed"; oversize ones are planned again
///    once the limit allows them.
///  - A message whose upload may be under way or may have landed is re-uploaded only flagged.
class SessionPlanner {
public:
    struct Policy {
        qint64 sizeLimitBytes = 0;
        /// True when a copy made at this time (ms since the epoch, UTC) should leave the server now.
        std::function<bool(qint64 copiedAtMs)> deleteDue;
        /// Treat every UIDL as unreliable (the server was caught reusing one earlier in this run).
        bool distrustUidls = false;
        /// UIDLs whose upload is under way in this process: skipped, never planned twice.
        const QSet<QByteArray> *inFlight = nullptr;
        /// UIDLs whose earlier upload in this process ended in an unknown state.
        const QSet<QByteArray> *possibleDuplicates = nullptr;
        /// Content-identified messages already read in this pass, by "uidl/size" key and count,
        /// so that a later session of the pass does not read them again.
        const QHash<QByteArray, int> *contentChecked = nullptr;
    };

    /// `listing` in any order; the plan keeps the server's order (by number).
    [[nodiscard]] static SessionPlan plan(QList<ListedMessage> listing, bool haveUidl, const store::ResumeState &known,
                                          const Policy &policy);

    /// The key under which a content-identified message is remembered within a pass.
    [[nodiscard]] static QByteArray contentKey(const QByteArray &uidl, qint64 listSize);

    /// A LIST size that is far over the limit (sizes are hints, so a margin of 10%).
    [[nodiscard]] static bool overLimitByList(qint64 listSize, qint64 sizeLimitBytes);
};

} // namespace mf::migration
