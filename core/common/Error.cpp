// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Error.h"

#include <QMetaEnum>

namespace mf {

Error Error::item(Code code, QString message, QString detail)
{
    return Error{Scope::Item, code, std::move(message), std::move(detail), false, std::nullopt};
}

Error Error::session(Code code, QString message, QString detail, std::optional<std::chrono::milliseconds> retryAfter)
{
    return Error{Scope::Session, code, std::move(message), std::move(detail), true, retryAfter};
}

Error Error::account(Code code, QString message, QString detail)
{
    return Error{Scope::Account, code, std::move(message), std::move(detail), false, std::nullopt};
}

Error Error::cancelled(QString detail)
{
    return Error{Scope::Cancelled,  Code::Cancelled, QCoreApplication::translate("mf::Error", "Stopped."),
                 std::move(detail), false,           std::nullopt};
}

Error Error::internal(QString message, QString detail)
{
    return Error{Scope::Internal, Code::Internal, std::move(message), std::move(detail), false, std::nullopt};
}

QString Error::toString() const
{
    if (detail.isEmpty() || detail == message)
        return message;
    return QStringLiteral("%1 (%2)").arg(message, detail);
}

QString Error::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Item: return QStringLiteral("item");
    case Scope::Session: return QStringLiteral("session");
    case Scope::Account: return QStringLiteral("account");
    case Scope::Cancelled: return QStringLiteral("cancelled");
    case Scope::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::codeName(Code code)
{
    // A stable, machine-readable name for logs, the CSV and the CLI's JSON lines.
    switch (code) {
#define MF_CODE(c)                                                                                                               \
    case Code::c: return QStringLiteral(#c);
        MF_CODE(Unknown)
        MF_CODE(Cancelled)
        MF_CODE(Internal)
        MF_CODE(Timeout)
        MF_CODE(HostNotFound)
        MF_CODE(ConnectionRefused)
        MF_CODE(ConnectionClosed)
        MF_CODE(NetworkError)
        MF_CODE(TlsHandshakeFailed)
        MF_CODE(TlsRequired)
        MF_CODE(CertificateUntrusted)
        MF_CODE(ProtocolViolation)
        MF_CODE(ReplyTooLarge)
        MF_CODE(TooSlow)
        MF_CODE(WaitTooLong)
        MF_CODE(RedirectRefused)
        MF_CODE(AuthFailed)
        MF_CODE(AuthMechanismUnavailable)
        MF_CODE(PlaintextRefused)
        MF_CODE(StartTlsUnavailable)
        MF_CODE(MailboxInUse)
        MF_CODE(LoginDelay)
        MF_CODE(ServerTemporary)
        MF_CODE(ServerPermanent)
        MF_CODE(NoSuchMessage)
        MF_CODE(UidlUnsupported)
        MF_CODE(CommandFailed)
        MF_CODE(LoginRefused)
        MF_CODE(ServerUnreliable)
        MF_CODE(SizeMismatch)
        MF_CODE(StandInMessage)
        MF_CODE(ClientConfigMissing)
        MF_CODE(ClientConfigInvalid)
        MF_CODE(SignInCancelled)
        MF_CODE(SignInTimedOut)
        MF_CODE(ConsentDeclined)
        MF_CODE(ScopeNotGranted)
        MF_CODE(StateMismatch)
        MF_CODE(ReauthRequired)
        MF_CODE(TokenRequestFailed)
        MF_CODE(RateLimited)
        MF_CODE(DailyLimitExceeded)
        MF_CODE(BackendError)
        MF_CODE(Unauthorized)
        MF_CODE(PermissionDenied)
        MF_CODE(InvalidMessage)
        MF_CODE(MessageTooLarge)
        MF_CODE(BlockedAttachment)
        MF_CODE(MessageOversize)
        MF_CODE(MessageMalformed)
        MF_CODE(StorageFailed)
        MF_CODE(AlreadyRunning)
        MF_CODE(KeychainUnavailable)
        MF_CODE(SecretNotFound)
        MF_CODE(KeychainAccessDenied)
        MF_CODE(SecretTooLong)
#undef MF_CODE
    }
    return QStringLiteral("Unknown");
}

} // namespace mf
