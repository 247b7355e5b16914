// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/StatusHealth.h"

#include "accounts/AccountService.h"
#include "cli/TerminalText.h"
#include "google/ConsentLifetime.h"
#include "migration/SyncHealth.h"

namespace mf::app {

namespace {

QString when(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return StatusHealth::tr("never");
    return QStringLiteral("%1 (%2)").arg(at.toUTC().toString(Qt::ISODate), migration::SyncHealth::ago(at, now));
}

QString consentStateWord(google::ConsentState state)
{
    switch (state) {
    case google::ConsentState::Unlimited: return QStringLiteral("unlimited");
    case google::ConsentState::Valid: return QStringLiteral("valid");
    case google::ConsentState::ExpiresSoon: return QStringLiteral("expires-soon");
    case google::ConsentState::Expired: return QStringLiteral("expired");
    }
    return QStringLiteral("unlimited");
}

// The account as status found it (it may have been named by --email and never saved).
migration::HealthVerdict healthOf(const accounts::AccountService &service, const accounts::AccountConfig &account,
                                  const QDateTime &now)
{
    return migration::SyncHealth::assess(migration::SyncHealth::inputFor(account, service.activity(account.id)), now);
}

google::ConsentVerdict consentOf(const accounts::AccountService &service, const accounts::AccountConfig &account,
                                 const QDateTime &now)
{
    return service.consent(service.googleAccountEmail(&account), now);
}

} // namespace

QString StatusHealth::text(const accounts::AccountService &service, const accounts::AccountConfig &account, const QDateTime &now)
{
    const migration::HealthVerdict health = healthOf(service, account, now);
    QString out = tr("  last checked OK: %1; last copied: %2").arg(when(health.lastCheckOk, now), when(health.lastCopy, now))
        + QLatin1Char('\n');
    if (health.isWarning()) {
        out += tr("  warning: %1").arg(terminalSafe(health.text, 400)) + QLatin1Char('\n');
        if (!health.advice.isEmpty())
            out += tr("  what to do: %1").arg(terminalSafe(health.advice, 400)) + QLatin1Char('\n');
    }
    const google::ConsentVerdict consent = consentOf(service, account, now);
    if (consent.warn) {
        out += tr("  warning: %1").arg(consent.message) + QLatin1Char('\n');
        out += tr("  what to do: %1").arg(consent.advice) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject StatusHealth::json(const accounts::AccountService &service, const accounts::AccountConfig &account,
                               const QDateTime &now)
{
    const migration::HealthVerdict health = healthOf(service, account, now);
    const google::ConsentVerdict consent = consentOf(service, account, now);
    const auto iso = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    return QJsonObject{
        {QStringLiteral("lastCheckOk"), iso(health.lastCheckOk)},
        {QStringLiteral("lastCopy"), iso(health.lastCopy)},
        {QStringLiteral("health"),
         QJsonObject{{QStringLiteral("state"), migration::SyncHealth::stateWord(health.state)},
                     {QStringLiteral("reason"), migration::SyncHealth::reasonWord(health.reason)},
                     {QStringLiteral("warn"), health.isWarning()},
                     {QStringLiteral("text"), health.text},
                     {QStringLiteral("advice"), health.advice}}},
        {QStringLiteral("googleConsent"),
         QJsonObject{{QStringLiteral("state"), consentStateWord(consent.state)},
                     {QStringLiteral("expiresAt"), iso(consent.expiresAt)},
                     {QStringLiteral("warn"), consent.warn},
                     {QStringLiteral("message"), consent.message},
                     {QStringLiteral("advice"), consent.advice}}},
    };
}

bool StatusHealth::hasWarning(const accounts::AccountService &service, const accounts::AccountConfig &account,
                              const QDateTime &now)
{
    return healthOf(service, account, now).isWarning() || consentOf(service, account, now).warn;
}

} // namespace mf::app
