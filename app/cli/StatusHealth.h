// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mf::accounts {
class AccountService;
struct AccountConfig;
} // namespace mf::accounts

namespace mf::app {

/// What `mailferry status` says about a mailbox beyond its ledger: when it last checked
/// successfully and last copied, a warning when continuous sync has stalled or needs the user
/// (migration::SyncHealth), and a warning when the Google consent it uses expires within a day or
/// has expired (google::ConsentLifetime), each with what to do.
class StatusHealth {
    Q_DECLARE_TR_FUNCTIONS(mf::app::StatusHealth)
public:
    /// The lines for the text output, each ending with a newline, indented like status's rows.
    [[nodiscard]] static QString text(const accounts::AccountService &service, const accounts::AccountConfig &account,
                                      const QDateTime &now);
    /// The same for `--json`: lastCheckOk, lastCopy, health {state, reason, text, advice} and
    /// googleConsent {state, expiresAt, warn, message, advice}.
    [[nodiscard]] static QJsonObject json(const accounts::AccountService &service, const accounts::AccountConfig &account,
                                          const QDateTime &now);
    /// True when a warning line is printed (stalled, needs you, or consent about to end).
    [[nodiscard]] static bool hasWarning(const accounts::AccountService &service, const accounts::AccountConfig &account,
                                         const QDateTime &now);
};

} // namespace mf::app
