// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mf::accounts {
struct AccountConfig;
struct MailboxActivity;
class AccountService;
} // namespace mf::accounts

namespace mf::migration {

/// Why a mailbox is not checking successfully, as the user understands it.
enum class HealthReason {
    None,            ///< nothing failed since the last successful check
    PasswordChanged, ///< the POP3 server refuses the password
    ServerDown,      ///< the POP3 server does not answer or breaks the connection
    GoogleConsent,   ///< Google's permission is gone or expiring: sign in again
    GmailQuota,      ///< Gmail's quota or rate limit: it waits, nothing to do
    GoogleDown,      ///< Google does not answer
    Settings,        ///< something in the mailbox's settings must change (certificate, TLS, client)
    Other,           ///< anything else (the message says what)
};

/// The last failure of a mailbox, in the form the settings keep (no Error object survives a restart).
struct HealthFailure {
    QDateTime at;
    HealthReason reason = HealthReason::Other;
    bool needsUser = false; ///< the run stopped until the user acts (an Account-scope error)
    QString message;        ///< the Error's plain message (translated when it was recorded)

    /// Reason and needsUser from an Error's code and scope.
    [[nodiscard]] static HealthFailure fromError(const Error &error, const QDateTime &at);
    /// The same from what the settings kept (Error::codeName and Error::scopeName).
    [[nodiscard]] static HealthFailure fromRecorded(const QString &codeName, const QString &scopeName, const QString &message,
                                                    const QDateTime &at);
};

/// What SyncHealth looks at for one mailbox.
struct HealthInput {
    bool continuous = false;                  ///< health rules on lateness apply to continuous sync only
    Millis interval{10 * 60 * 1000};          ///< continuous sync's interval
    QDateTime lastCheckOk;                    ///< the last pass that checked the server successfully
    QDateTime lastCopy;                       ///< the last time a message was copied
    std::optional<HealthFailure> lastFailure; ///< the last failure after lastCheckOk (a success clears it)
    /// Since when the mailbox is expected to check (continuous sync set up or started): a mailbox
    /// that never checked successfully stalls counting from here. Invalid: from lastCheckOk only.
    QDateTime watchingSince;
    /// The episode already notified (see HealthVerdict::episode); empty when none was.
    QString notifiedEpisode;
};

/// A mailbox's health at one moment.
enum class HealthState {
    Healthy,  ///< checked within its interval (or not in continuous sync and nothing needs the user)
    Late,     ///< no successful check for longer than 1.5x the interval, not yet 3x
    Stalled,  ///< no successful check for longer than 3x the interval: warn
    NeedsYou, ///< the last failure stopped it until the user acts (password, consent, settings)
};

struct HealthVerdict {
    HealthState state = HealthState::Healthy;
    HealthReason reason = HealthReason::None;
    QString text;   ///< one line in plain words: "Last checked 3 minutes ago." / "Not checked for 45 minutes: ..."
    QString advice; ///< what to do (empty when nothing is needed)
    /// Raise a notification now: Stalled or NeedsYou, and this episode was not notified yet.
    bool notify = false;
    /// Identifies the trouble episode (the last good check it follows, and its kind), so that a
    /// notification is raised once per stall, not on every tick. Empty when Healthy or Late.
    QString episode;
    QDateTime lastCheckOk;
    QDateTime lastCopy;

    [[nodiscard]] bool isWarning() const { return state == HealthState::Stalled || state == HealthState::NeedsYou; }
};

/// The pure rules of continuous sync's health (no clock of its own: `now` is given).
class SyncHealth {
    Q_DECLARE_TR_FUNCTIONS(mf::migration::SyncHealth)
public:
    /// Late after this many intervals without a successful check.
    static constexpr double kLateFactor = 1.5;
    /// Stalled after this many.
    static constexpr int kStallFactor = 3;

    [[nodiscard]] static HealthVerdict assess(const HealthInput &input, const QDateTime &now);
    /// The input for a mailbox from its settings and what was recorded of its passes.
    [[nodiscard]] static HealthInput inputFor(const accounts::AccountConfig &account, const accounts::MailboxActivity &activity);
    /// The verdict for a mailbox from what AccountService recorded (AccountService::recordCheck).
    /// A mailbox without settings reads as Healthy with an empty text.
    [[nodiscard]] static HealthVerdict forAccount(const accounts::AccountService &service, const QString &accountId,
                                                  const QDateTime &now);
    /// The reason in plain words ("the server refuses the password").
    [[nodiscard]] static QString reasonText(HealthReason reason);
    /// What to do about a reason (empty when waiting is all it takes).
    [[nodiscard]] static QString reasonAdvice(HealthReason reason);
    /// Stable words for the settings and `--json` ("password", "server", "google-consent", ...).
    [[nodiscard]] static QString reasonWord(HealthReason reason);
    [[nodiscard]] static HealthReason reasonFromWord(const QString &word);
    [[nodiscard]] static QString stateWord(HealthState state); ///< "healthy", "late", "stalled", "needs-you"
    /// "5 minutes ago", "3 hours ago", "2 days ago", "never".
    [[nodiscard]] static QString ago(const QDateTime &then, const QDateTime &now);
};

} // namespace mf::migration
