// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mf::accounts {

class TypedSettings;

/// What the settings remember of one mailbox's checks and copies, for the health of continuous
/// sync (migration::SyncHealth) and `mailferry status`. Stored under "accounts/<id>/status/".
struct MailboxActivity {
    QDateTime lastCheckOk;   ///< the last pass that checked the server successfully
    QDateTime lastCopy;      ///< the last pass that copied something
    QDateTime failureAt;     ///< the last failed check after lastCheckOk; invalid: none
    QDateTime failingSince;  ///< the first failed check after lastCheckOk; invalid: none
    QString failureCode;     ///< Error::codeName of that failure
    QString failureScope;    ///< Error::scopeName of that failure
    QString failureMessage;  ///< its plain message, as shown then
    QString notifiedEpisode; ///< the trouble episode already notified (SyncHealth)

    [[nodiscard]] bool hasFailure() const { return failureAt.isValid(); }

    /// Reads one mailbox's record.
    [[nodiscard]] static MailboxActivity read(const TypedSettings &settings, const QString &accountId);
    /// The end of a pass: a success sets lastCheckOk and clears the failure; a failure keeps
    /// lastCheckOk and records the error (the first one of a streak also sets failingSince); no
    /// success and no error (a cancelled pass) records nothing.
    static void recordCheck(TypedSettings &settings, const QString &accountId, const QDateTime &at, bool ok,
                            const std::optional<Error> &error);
    static void recordCopy(TypedSettings &settings, const QString &accountId, const QDateTime &at);
    static void recordNotified(TypedSettings &settings, const QString &accountId, const QString &episode);
};

} // namespace mf::accounts
