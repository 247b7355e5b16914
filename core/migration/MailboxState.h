// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"
#include "migration/MigrationTypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mf::migration {

/// Where one mailbox of a SyncHost stands, as the accounts window, the tray and the CLI show it.
/// A plain value: the host sends a fresh copy with every change (SyncHost::mailboxChanged).
struct MailboxState {
    enum Activity {
        Idle,            ///< added, not started (or removed from the schedule)
        Queued,          ///< started, waiting for a free place (SyncHost::maxParallel)
        Checking,        ///< connecting to the old server, listing, planning
        Copying,         ///< messages are going into Gmail (progress.copied of progress.total)
        WaitingForQuota, ///< copying, but held back by the Gmail account's quota (shared by its mailboxes)
        Waiting,         ///< between checks (continuous sync) or in a backoff after a failure
        Paused,          ///< paused by the user: resume() or syncNow() goes on
        NeedsYou,        ///< stopped until the user acts: password changed, Google consent needed
        Failed,          ///< stopped by a failure that is not the user's to fix (server gone, disk)
        Done,            ///< a one-time run finished (or was cancelled); nothing runs
    };

    QString accountId;
    QString gmailAccount; ///< the Google account it copies into (lower case); mailboxes with the same one share its quota
    Activity activity = Idle;
    Progress progress;              ///< the engine's last progress report (of the current or last pass)
    QDateTime lastSuccessfulCheck;  ///< the end of the last pass that checked the server successfully (UTC)
    QDateTime lastCopied;           ///< the end of the last pass that copied at least one message (UTC)
    std::optional<Error> lastError; ///< what stopped or last troubled it; cleared by a successful pass
    QString statusText;             ///< plain words for people, translated
    bool continuous = false;        ///< keeps checking every intervalMinutes after a pass
    bool running = false;           ///< an engine exists for it (queued, in a pass, or waiting between passes)

    /// Whether the engine is in the middle of a pass (what maxParallel counts, with Queued excluded).
    [[nodiscard]] bool busy() const { return activity == Checking || activity == Copying || activity == WaitingForQuota; }
};

/// Stable, for JSON and logs: "idle", "queued", "checking", "copying", "waiting-for-quota",
/// "waiting", "paused", "needs-you", "failed", "done".
[[nodiscard]] QString activityName(MailboxState::Activity activity);
/// Translated, for people: "Copying", "Waiting for Gmail's quota", "Needs you" ...
[[nodiscard]] QString activityText(MailboxState::Activity activity);

} // namespace mf::migration

Q_DECLARE_METATYPE(mf::migration::MailboxState)
