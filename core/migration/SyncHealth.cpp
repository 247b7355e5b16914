// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/SyncHealth.h"

#include "accounts/AccountConfig.h"
#include "accounts/AccountService.h"
#include "accounts/MailboxActivity.h"

#include <algorithm>

namespace mf::migration {

namespace {

using Code = Error::Code;

HealthReason reasonForCode(Code code)
{
    switch (code) {
    case Code::AuthFailed:
    case Code::LoginRefused:
    case Code::AuthMechanismUnavailable:
    case Code::SecretNotFound: return HealthReason::PasswordChanged;
    case Code::Timeout:
    case Code::HostNotFound:
    case Code::ConnectionRefused:
    case Code::ConnectionClosed:
    case Code::NetworkError:
    case Code::TooSlow:
    case Code::MailboxInUse:
    case Code::LoginDelay:
    case Code::ServerTemporary:
    case Code::ServerPermanent:
    case Code::ProtocolViolation:
    case Code::ServerUnreliable: return HealthReason::ServerDown;
    case Code::ReauthRequired:
    case Code::ScopeNotGranted:
    case Code::ConsentDeclined:
    case Code::Unauthorized: return HealthReason::GoogleConsent;
    case Code::RateLimited:
    case Code::DailyLimitExceeded: return HealthReason::GmailQuota;
    case Code::BackendError:
    case Code::TokenRequestFailed: return HealthReason::GoogleDown;
    case Code::TlsHandshakeFailed:
    case Code::TlsRequired:
    case Code::CertificateUntrusted:
    case Code::PlaintextRefused:
    case Code::StartTlsUnavailable:
    case Code::ClientConfigMissing:
    case Code::ClientConfigInvalid:
    case Code::PermissionDenied: return HealthReason::Settings;
    default: return HealthReason::Other;
    }
}

/// The codes SyncHealth tells apart, to read back what the settings kept by name.
constexpr Code kKnownCodes[] = {
    Code::AuthFailed,
    Code::LoginRefused,
    Code::AuthMechanismUnavailable,
    Code::SecretNotFound,
    Code::Timeout,
    Code::HostNotFound,
    Code::ConnectionRefused,
    Code::ConnectionClosed,
    Code::NetworkError,
    Code::TooSlow,
    Code::MailboxInUse,
    Code::LoginDelay,
    Code::ServerTemporary,
    Code::ServerPermanent,
    Code::ProtocolViolation,
    Code::ServerUnreliable,
    Code::ReauthRequired,
    Code::ScopeNotGranted,
    Code::ConsentDeclined,
    Code::Unauthorized,
    Code::RateLimited,
    Code::DailyLimitExceeded,
    Code::BackendError,
    Code::TokenRequestFailed,
    Code::TlsHandshakeFailed,
    Code::TlsRequired,
    Code::CertificateUntrusted,
    Code::PlaintextRefused,
    Code::StartTlsUnavailable,
    Code::ClientConfigMissing,
    Code::ClientConfigInvalid,
    Code::PermissionDenied,
};

QString durationText(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    if (secs < 3600)
        return SyncHealth::tr("%n minute(s)", nullptr, int(std::max<qint64>(1, secs / 60)));
    if (secs < 48 * 3600)
        return SyncHealth::tr("%n hour(s)", nullptr, int(secs / 3600));
    return SyncHealth::tr("%n day(s)", nullptr, int(secs / 86400));
}

} // namespace

HealthFailure HealthFailure::fromError(const Error &error, const QDateTime &at)
{
    HealthFailure f;
    f.at = at;
    f.reason = reasonForCode(error.code);
    f.needsUser = error.scope == Error::Scope::Account;
    f.message = error.message;
    return f;
}

HealthFailure HealthFailure::fromRecorded(const QString &codeName, const QString &scopeName, const QString &message,
                                          const QDateTime &at)
{
    HealthFailure f;
    f.at = at;
    f.message = message;
    f.needsUser = scopeName == Error::scopeName(Error::Scope::Account);
    for (Code c : kKnownCodes) {
        if (Error::codeName(c) == codeName) {
            f.reason = reasonForCode(c);
            break;
        }
    }
    return f;
}

QString SyncHealth::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return tr("just now");
    return tr("%1 ago").arg(durationText(secs));
}

QString SyncHealth::reasonText(HealthReason reason)
{
    switch (reason) {
    case HealthReason::None: return {};
    case HealthReason::PasswordChanged: return tr("the mail server refuses the password (was it changed?)");
    case HealthReason::ServerDown: return tr("the mail server does not answer or breaks the connection");
    case HealthReason::GoogleConsent: return tr("Google's permission for Mailferry is gone");
    case HealthReason::GmailQuota: return tr("Gmail's quota is used up for now");
    case HealthReason::GoogleDown: return tr("Google does not answer");
    case HealthReason::Settings: return tr("the mailbox's settings need a change");
    case HealthReason::Other: return tr("an error");
    }
    return {};
}

QString SyncHealth::reasonAdvice(HealthReason reason)
{
    switch (reason) {
    case HealthReason::PasswordChanged: return tr("Type the mailbox's current password in its settings.");
    case HealthReason::ServerDown:
        return tr("Mailferry keeps trying; if this goes on, ask the mail provider whether the server is down.");
    case HealthReason::GoogleConsent: return tr("Sign in with Google again.");
    case HealthReason::GmailQuota: return tr("Mailferry waits for the quota and goes on by itself.");
    case HealthReason::GoogleDown: return tr("Mailferry keeps trying; check this computer's internet connection.");
    case HealthReason::Settings: return tr("Open the mailbox's settings and test the connection.");
    case HealthReason::None:
    case HealthReason::Other: return {};
    }
    return {};
}

QString SyncHealth::reasonWord(HealthReason reason)
{
    switch (reason) {
    case HealthReason::None: return QStringLiteral("none");
    case HealthReason::PasswordChanged: return QStringLiteral("password");
    case HealthReason::ServerDown: return QStringLiteral("server");
    case HealthReason::GoogleConsent: return QStringLiteral("google-consent");
    case HealthReason::GmailQuota: return QStringLiteral("quota");
    case HealthReason::GoogleDown: return QStringLiteral("google");
    case HealthReason::Settings: return QStringLiteral("settings");
    case HealthReason::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

HealthReason SyncHealth::reasonFromWord(const QString &word)
{
    for (HealthReason r :
         {HealthReason::None, HealthReason::PasswordChanged, HealthReason::ServerDown, HealthReason::GoogleConsent,
          HealthReason::GmailQuota, HealthReason::GoogleDown, HealthReason::Settings, HealthReason::Other}) {
        if (reasonWord(r) == word)
            return r;
    }
    return HealthReason::Other;
}

QString SyncHealth::stateWord(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return QStringLiteral("healthy");
    case HealthState::Late: return QStringLiteral("late");
    case HealthState::Stalled: return QStringLiteral("stalled");
    case HealthState::NeedsYou: return QStringLiteral("needs-you");
    }
    return QStringLiteral("healthy");
}

HealthVerdict SyncHealth::assess(const HealthInput &in, const QDateTime &now)
{
    HealthVerdict v;
    v.lastCheckOk = in.lastCheckOk;
    v.lastCopy = in.lastCopy;
    const std::optional<HealthFailure> &failure = in.lastFailure;
    const QString checked = tr("Last checked successfully %1.").arg(ago(in.lastCheckOk, now));
    // The episode is the last good check the trouble follows (or when watching began), so a new
    // success starts a new one; NeedsYou and Stalled are told apart so that a stall that then
    // needs the user is told once more.
    const QDateTime base = in.lastCheckOk.isValid() ? in.lastCheckOk : in.watchingSince;
    const QString baseWord = base.isValid() ? base.toUTC().toString(Qt::ISODate) : QStringLiteral("start");

    if (failure && failure->needsUser) {
        v.state = HealthState::NeedsYou;
        v.reason = failure->reason;
        const QString why = failure->reason == HealthReason::Other && !failure->message.isEmpty() ? failure->message
                                                                                                  : reasonText(failure->reason);
        v.text = tr("Stopped: %1. %2").arg(why, checked);
        v.advice = reasonAdvice(failure->reason);
        if (v.advice.isEmpty())
            v.advice = failure->message;
        v.episode = QStringLiteral("needs-you@") + baseWord;
        v.notify = v.episode != in.notifiedEpisode;
        return v;
    }
    if (!in.continuous || !base.isValid()) {
        v.text = in.lastCheckOk.isValid() ? checked : QString();
        return v;
    }
    const qint64 intervalSecs = std::max<qint64>(60, in.interval.count() / 1000);
    const qint64 quiet = base.secsTo(now);
    if (quiet > qint64(kStallFactor) * intervalSecs) {
        v.state = HealthState::Stalled;
        v.reason = failure ? failure->reason : HealthReason::None;
        const QString since = in.lastCheckOk.isValid() ? tr("No successful check for %1").arg(durationText(quiet))
                                                       : tr("No successful check yet, for %1").arg(durationText(quiet));
        if (failure) {
            const QString why = failure->reason == HealthReason::Other && !failure->message.isEmpty()
                ? failure->message
                : reasonText(failure->reason);
            v.text = tr("%1: %2.").arg(since, why);
            v.advice = reasonAdvice(failure->reason);
        } else {
            v.text = tr("%1 (it should check every %2).").arg(since, durationText(intervalSecs));
            v.advice = tr("Check that Mailferry is running and that this computer is online.");
        }
        v.episode = QStringLiteral("stalled@") + baseWord;
        v.notify = v.episode != in.notifiedEpisode;
        return v;
    }
    if (double(quiet) > kLateFactor * double(intervalSecs)) {
        v.state = HealthState::Late;
        v.reason = failure ? failure->reason : HealthReason::None;
        v.text = failure ? tr("%1 Retrying: %2.").arg(checked, reasonText(failure->reason)) : checked;
        return v;
    }
    v.text = checked;
    return v;
}

HealthInput SyncHealth::inputFor(const accounts::AccountConfig &account, const accounts::MailboxActivity &activity)
{
    HealthInput in;
    in.continuous = account.options.continuous;
    in.interval = Millis(qint64(std::max(1, account.options.intervalMinutes)) * 60 * 1000);
    in.lastCheckOk = activity.lastCheckOk;
    in.lastCopy = activity.lastCopy;
    in.watchingSince = activity.failingSince;
    in.notifiedEpisode = activity.notifiedEpisode;
    if (activity.hasFailure())
        in.lastFailure =
            HealthFailure::fromRecorded(activity.failureCode, activity.failureScope, activity.failureMessage, activity.failureAt);
    return in;
}

HealthVerdict SyncHealth::forAccount(const accounts::AccountService &service, const QString &accountId, const QDateTime &now)
{
    const std::optional<accounts::AccountConfig> account = service.account(accountId);
    if (!account)
        return {};
    return assess(inputFor(*account, service.activity(accountId)), now);
}

} // namespace mf::migration
