// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/ErrorTable.h"

#include "pop3/ReplyParsing.h"
#include "pop3/ServerText.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

// Error mapping (the engine reacts by scope):
//   -ERR [AUTH] to PASS, AUTH, APOP         Account  AuthFailed        never retried automatically
//   other -ERR to USER, PASS, AUTH, APOP    Account  LoginRefused      quotes the server; maybe not the password
//   -ERR [IN-USE] (or "locked", "in use")   Session  MailboxInUse      retryAfter 10 min
//   -ERR [LOGIN-DELAY]                      Session  LoginDelay        retryAfter = [LOGIN-DELAY n] or CAPA
//                                                                      LOGIN-DELAY (else 15 min), at most ~24 days
//   -ERR [SYS/TEMP]                         Session  ServerTemporary
//   -ERR [SYS/PERM]                         Account  ServerPermanent
//   RETR over its cap                       Item     MessageOversize   connection dropped
//   TOP over Limits::maxTopBytes            Item     ReplyTooLarge     connection dropped
//   CAPA, UIDL, LIST, a line over its cap   Session  ReplyTooLarge     connection dropped
//   status line past its deadline, or a
//   body below the minimum rate             Session  TooSlow
//   a number that does not fit              Session  ProtocolViolation
//   UIDL answered -ERR                      Account  UidlUnsupported   refuse delete mode, identify by content
//   RETR/TOP/DELE/LIST n/UIDL n -ERR        Item     NoSuchMessage / CommandFailed
//   refused / not found / drop / timeout    Session  ConnectionRefused / HostNotFound / ConnectionClosed / Timeout
//   TLS failures, untrusted certificate     Account  TlsHandshakeFailed / TlsRequired / CertificateUntrusted
//   not POP3 at all                         Account  ProtocolViolation
//   plain text without explicit consent     Account  PlaintextRefused
//   STLS refused                            Account  StartTlsUnavailable

namespace mf::pop3 {
namespace {

using namespace std::chrono_literals;

constexpr Millis inUseRetry = 10min;
constexpr Millis loginDelayFallback = 15min;
/// Server-supplied waits are clamped to what a Qt timer can run; the engine decides whether a
/// wait that long is acceptable (WaitTooLong).
constexpr Millis maxServerWait{std::numeric_limits<int>::max()};

} // namespace

ErrorTable::ErrorTable(QString server, QString host, std::optional<Millis> capaLoginDelay)
    : m_server(std::move(server))
    , m_host(std::move(host))
    , m_capaLoginDelay(capaLoginDelay)
{
}

Error ErrorTable::connectionClosed(const QString &detail) const
{
    return Error::session(
        Error::Code::ConnectionClosed,
        QCoreApplication::translate("mf::pop3::Pop3Client",
                                    "The connection to the mail server %1 was lost. Mailferry will reconnect and continue; "
                                    "nothing was deleted.")
            .arg(m_server),
        detail);
}

Error ErrorTable::notConnected() const
{
    return Error::session(
        Error::Code::ConnectionClosed,
        QCoreApplication::translate("mf::pop3::Pop3Client", "Mailferry is not connected to the mail server %1.").arg(m_server),
        QStringLiteral("command outside an open session"));
}

Error ErrorTable::fromTransport(Error::Code code, const QString &detail, bool beforeGreeting,
                                const QStringList &certificateProblems) const
{
    switch (code) {
    case Error::Code::ConnectionRefused:
        return Error::session(
            code,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The server %1 refused the connection. Check the server name and port: SSL/TLS usually "
                                        "uses port 995, STARTTLS port 110.")
                .arg(m_server),
            detail);
    case Error::Code::HostNotFound:
        return Error::session(
            code,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The server name %1 was not found. Check its spelling and your internet connection.")
                .arg(m_host),
            detail);
    case Error::Code::CertificateUntrusted: {
        const QString problems = certificateProblems.join(QLatin1Char(' '));
        return Error::account(
            code,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The identity of the server %1 could not be verified. %2 If you are sure this is your "
                                        "provider's server, you can choose to trust its certificate.")
                .arg(m_server, problems)
                .simplified(),
            detail);
    }
    case Error::Code::TlsHandshakeFailed:
        return Error::account(
            code,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "Mailferry could not set up an encrypted connection with %1. This port may not use "
                                        "SSL/TLS: try STARTTLS on port 110, or SSL/TLS on port 995.")
                .arg(m_server),
            detail);
    case Error::Code::Timeout:
        return Error::session(code,
                              QCoreApplication::translate("mf::pop3::Pop3Client",
                                                          "The server %1 did not answer in time. Mailferry will try again.")
                                  .arg(m_server),
                              detail);
    case Error::Code::ConnectionClosed:
        if (beforeGreeting)
            return Error::session(
                code,
                QCoreApplication::translate("mf::pop3::Pop3Client",
                                            "The server %1 closed the connection before greeting Mailferry. Check the port "
                                            "and security settings, or try again later.")
                    .arg(m_server),
                detail);
        return connectionClosed(detail);
    default:
        return Error::session(
            Error::Code::NetworkError,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "A network error interrupted the connection to %1. Mailferry will try again.")
                .arg(m_server),
            detail);
    }
}

Error ErrorTable::fromReply(const QByteArray &text, const QByteArray &command) const
{
    QByteArray argument;
    const QByteArray code = responseCode(text, &argument);
    const QString detail = QStringLiteral("%1: -ERR %2").arg(QString::fromLatin1(command), sanitizeServerText(text, 300));
    if (code == "AUTH")
        return Error::account(
            Error::Code::AuthFailed,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The password was not accepted. Check it, or ask your provider whether the mailbox "
                                        "needs an app password."),
            detail);
    if (code == "IN-USE")
        return Error::session(
            Error::Code::MailboxInUse,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The mailbox is in use by another program (or a session that ended recently). "
                                        "Mailferry will try again in about 10 minutes; close other mail programs meanwhile."),
            detail, inUseRetry);
    if (code == "LOGIN-DELAY") {
        // A number in the code itself ("[LOGIN-DELAY 900]", not in RFC 2449 but sent by some
        // servers) wins over CAPA's; either is clamped so that it fits a timer.
        Millis wait = m_capaLoginDelay.value_or(loginDelayFallback);
        const CheckedNumber seconds = parseDecimal(argument, std::numeric_limits<qint64>::max() / 1000);
        if (seconds.ok())
            wait = Millis(seconds.value * 1000);
        else if (seconds.status == CheckedNumber::Status::TooLarge)
            wait = maxServerWait;
        wait = std::clamp(wait, Millis(0), maxServerWait);
        // The count is a named variable: lupdate 6.4 does not finish on arithmetic in translate()'s
        // last argument.
        const int minutes = int((wait.count() + 59999) / 60000);
        return Error::session(
            Error::Code::LoginDelay,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The provider allows only a limited number of logins. Mailferry will try again in "
                                        "%n minute(s).",
                                        nullptr, minutes),
            detail, wait);
    }
    if (code == "SYS/TEMP")
        return Error::session(
            Error::Code::ServerTemporary,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The mail server has a temporary problem. Mailferry will try again later."),
            detail);
    if (code == "SYS/PERM")
        return Error::account(
            Error::Code::ServerPermanent,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The mail server reported a permanent problem with this mailbox. Contact your provider; "
                                        "its message was: %1")
                .arg(sanitizeServerText(text.mid(text.indexOf(']') + 1))),
            detail);

    const QByteArray name = commandName(command);
    if (name == "UIDL" && !command.contains(' '))
        return Error::account(
            Error::Code::UidlUnsupported,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The server %1 does not give messages a permanent identity (UIDL). Mailferry can copy "
                                        "the mail but cannot safely delete it from the server.")
                .arg(m_server),
            detail);
    if (name == "RETR" || name == "TOP" || name == "DELE" || name == "LIST" || name == "UIDL") {
        const QByteArray lower = text.toLower();
        const bool missing = lower.contains("no such") || lower.contains("no message") || lower.contains("deleted")
            || lower.contains("invalid message") || lower.contains("out of range") || lower.contains("not found");
        return Error::item(missing ? Error::Code::NoSuchMessage : Error::Code::CommandFailed,
                           missing
                               ? QCoreApplication::translate("mf::pop3::Pop3Client", "The message is no longer on the server.")
                               : QCoreApplication::translate(
                                   "mf::pop3::Pop3Client", "The server could not provide this message; it stays on the server."),
                           detail);
    }
    if (name == "QUIT")
        return Error::session(
            Error::Code::CommandFailed,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The server did not finish the session properly, so messages marked for deletion may "
                                        "still be there. Mailferry will delete them on a later run."),
            detail);
    if (name == "greeting")
        return Error::session(
            Error::Code::ServerTemporary,
            QCoreApplication::translate("mf::pop3::Pop3Client",
                                        "The server %1 refused the connection for now. Mailferry will try again later.")
                .arg(m_server),
            detail);
    return Error::session(
        Error::Code::CommandFailed,
        QCoreApplication::translate("mf::pop3::Pop3Client",
                                    "The mail server refused a command. Mailferry will reconnect and try again."),
        detail);
}

Error ErrorTable::fromLogin(const QByteArray &text, const QByteArray &command) const
{
    const QByteArray code = responseCode(text);
    if (code == "AUTH" || code == "IN-USE" || code == "LOGIN-DELAY" || code == "SYS/TEMP" || code == "SYS/PERM")
        return fromReply(text, command);
    // Without a response code, "locked" / "in use" still mean the mailbox is busy.
    const QByteArray lower = text.toLower();
    if (lower.contains("lock") || lower.contains("in use") || lower.contains("in-use")) {
        Error e = fromReply("[IN-USE] " + text, command);
        e.detail = QStringLiteral("%1: -ERR %2").arg(QString::fromLatin1(command), sanitizeServerText(text, 300));
        return e;
    }
    // Only [AUTH] says the credentials are wrong. Anything else ("-ERR message is damaged",
    // "-ERR mailbox corrupt") may be a server problem: say what the server said, and stop the
    // account without retrying, as a retry loop on a login could lock the account.
    const QString words = sanitizeServerText(code.isEmpty() ? text : text.mid(text.indexOf(']') + 1), 160);
    return Error::account(
        Error::Code::LoginRefused,
        words.isEmpty()
            ? QCoreApplication::translate("mf::pop3::Pop3Client",
                                          "The server %1 refused the login without saying why. This may not be a wrong "
                                          "password: try signing in with another mail program, or ask your provider.")
                  .arg(m_server)
            : QCoreApplication::translate("mf::pop3::Pop3Client",
                                          "The server %1 refused the login and said: \"%2\". This may not be a wrong "
                                          "password: check what the server said, or ask your provider.")
                  .arg(m_server, words),
        QStringLiteral("%1: -ERR %2").arg(QString::fromLatin1(command), sanitizeServerText(text, 300)));
}

} // namespace mf::pop3
