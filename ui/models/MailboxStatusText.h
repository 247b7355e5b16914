// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "migration/MailboxState.h"
#include "migration/SyncHealth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mf::ui {

/// The words the accounts window and the tray say about the mailboxes a SyncHost runs: one
/// mailbox's live state ("Copying 120 of 400", "Needs you: the server refuses the password"),
/// the sum for the tray ("3 mailboxes: 2 up to date, 1 copying 120 of 400"), and a health
/// warning ("Late", "Stalled"). Pure: values in, translated words out.
class MailboxStatusText {
    Q_DECLARE_TR_FUNCTIONS(mf::ui::MailboxStatusText)
public:
    /// One mailbox's state in plain words.
    [[nodiscard]] static QString stateText(const migration::MailboxState &state);
    /// The longer explanation (the row's tooltip): the error's whole message when there is one.
    [[nodiscard]] static QString detailText(const migration::MailboxState &state);
    /// Why a mailbox needs the user, short ("the server refuses the password").
    [[nodiscard]] static QString needsYouReason(const migration::MailboxState &state);
    /// Every mailbox added up, for the tray's tooltip: "3 mailboxes: 2 up to date, 1 copying 120 of 400".
    [[nodiscard]] static QString summaryText(const QList<migration::MailboxState> &states);
    /// A warning to add to a mailbox's status when its checks are late or have stalled; empty when healthy.
    [[nodiscard]] static QString healthWarning(const migration::HealthVerdict &verdict);

    /// Messages this pass has dealt with, and all it has to deal with ("n of m").
    [[nodiscard]] static int passDone(const migration::Progress &progress);
    [[nodiscard]] static int passTotal(const migration::Progress &progress);
};

} // namespace mf::ui
