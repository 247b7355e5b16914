// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace mf::google {

/// When Google said the consent behind a refresh token ends. Kept in the settings per Google
/// account (never the token itself, which lives in the keychain).
///
/// A Cloud project whose OAuth consent screen is in "Testing" status gets refresh tokens that
/// Google withdraws 7 days after consent; its token responses carry `refresh_token_expires_in`
/// (seconds). A published project's tokens carry no such field and do not expire on a schedule.
struct ConsentRecord {
    QDateTime issuedAt;  ///< when the refresh token was issued (UTC); invalid when not known
    QDateTime expiresAt; ///< when Google will refuse it (UTC); invalid: no end announced

    /// True when Google announced an end (a "Testing" project).
    [[nodiscard]] bool isLimited() const { return expiresAt.isValid(); }
    [[nodiscard]] bool operator==(const ConsentRecord &o) const { return issuedAt == o.issuedAt && expiresAt == o.expiresAt; }
};

/// Where a consent stands at a given moment.
enum class ConsentState {
    Unlimited,   ///< no end announced (a published project), or nothing known
    Valid,       ///< an end is announced, more than the warning time away
    ExpiresSoon, ///< within the warning time (a day): time to sign in again
    Expired,     ///< the announced end has passed: Google refuses the refresh token
};

/// What to tell the user about a consent, in plain words (translated).
struct ConsentVerdict {
    ConsentState state = ConsentState::Unlimited;
    QDateTime expiresAt; ///< as recorded (invalid for Unlimited)
    bool warn = false;   ///< ExpiresSoon or Expired: show the warning and "Sign in again"
    QString message;     ///< one sentence: what is happening ("Google's permission ends in 20 hours.")
    QString advice;      ///< what to do: sign in again, and how to publish the project
};

/// Why Google refused a refresh token with `invalid_grant`.
enum class GrantLoss {
    ConsentExpired, ///< the 7-day lifetime of a "Testing" project ran out
    Revoked,        ///< withdrawn (by the user, a password change, or unused for months)
};

/// Pure rules about how long Google's consent lasts, and the words Mailferry says about it.
class ConsentLifetime {
    Q_DECLARE_TR_FUNCTIONS(mf::google::ConsentLifetime)
public:
    /// Warn this long before the announced end (a day).
    static constexpr std::chrono::hours kWarnAhead{24};

    /// `refresh_token_expires_in` of a token response, in seconds; nullopt when absent or not a
    /// positive number (a published project).
    [[nodiscard]] static std::optional<qint64> refreshTokenLifetime(const QJsonObject &tokenResponse);
    /// The record a token response gives at `now` (the moment the response arrived): issued now,
    /// expiring `refresh_token_expires_in` later; without that field, issued now and unlimited.
    [[nodiscard]] static ConsentRecord fromTokenResponse(const QJsonObject &tokenResponse, const QDateTime &now);

    /// Where `record` stands at `now`, with the words to show.
    [[nodiscard]] static ConsentVerdict assess(const ConsentRecord &record, const QDateTime &now);

    /// What an `invalid_grant` at `now` means: the announced end has passed (or is within a few
    /// minutes, clocks differ), or Google's own description says "expired" on a limited record:
    /// ConsentExpired; otherwise Revoked.
    [[nodiscard]] static GrantLoss classifyInvalidGrant(const ConsentRecord &record, const QDateTime &now,
                                                        const QString &errorDescription = {});
    /// The user-facing explanation of a lost grant (message for an Error of code ReauthRequired).
    [[nodiscard]] static QString lossMessage(GrantLoss loss);

    /// "Sign in with Google again to continue."
    [[nodiscard]] static QString signInAgainAdvice();
    /// How to publish the Cloud project so that its consent stops expiring (the UI and the CLI
    /// show it next to a Testing-project warning).
    [[nodiscard]] static QString publishProjectAdvice();
};

} // namespace mf::google
