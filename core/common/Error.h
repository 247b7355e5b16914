// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace mf {

/// One failure, as every layer of Mailferry reports it.
///
/// The scope tells the engine how to react (isync's DRV_MSG_BAD / DRV_BOX_BAD split):
///  - Item:      this one message failed; record it in the log and go on with the run.
///  - Session:   the connection or the remote service failed; reconnect with backoff.
///  - Account:   the account cannot work until the user acts (password, consent, settings); stop it.
///  - Cancelled: the user or the program asked to stop; stop quietly.
///  - Internal:  a bug or a broken local resource (disk, database); stop and report.
///
/// `message` is plain language for the user and says what to do; it is translated. `detail` is
/// the technical cause for logs and support (server reply, HTTP body). Neither may ever carry a
/// password or a token.
struct Error {
    enum class Scope { Item, Session, Account, Cancelled, Internal };

    enum class Code {
        // General and network
        Unknown,
        Cancelled,
        Internal,
        Timeout,
        HostNotFound,
        ConnectionRefused,
        ConnectionClosed,
        NetworkError,
        TlsHandshakeFailed,
        TlsRequired,          ///< the server speaks TLS where plain text was expected (or the reverse)
        CertificateUntrusted, ///< verification failed; the UI may offer to pin the fingerprint
        ProtocolViolation,    ///< the server said something that is not the protocol
        ReplyTooLarge,        ///< a reply passed the cap Mailferry puts on it (memory stays bounded)
        TooSlow,              ///< the peer trickles: a command missed its deadline or minimum rate
        WaitTooLong,          ///< the peer asked to wait longer than Mailferry will (LOGIN-DELAY, Retry-After)
        RedirectRefused,      ///< a redirect to another origin, which would carry credentials or mail away

        // POP3
        AuthFailed,
        AuthMechanismUnavailable,
        PlaintextRefused, ///< a password would cross an unencrypted connection
        StartTlsUnavailable,
        MailboxInUse,    ///< [IN-USE]
        LoginDelay,      ///< [LOGIN-DELAY]
        ServerTemporary, ///< [SYS/TEMP]
        ServerPermanent, ///< [SYS/PERM]
        NoSuchMessage,
        UidlUnsupported,
        CommandFailed,
        LoginRefused,     ///< -ERR to the login without [AUTH]: the server's own words, maybe not the password
        ServerUnreliable, ///< the server's listing contradicts what it said before (UIDLs reused or moved)
        SizeMismatch,     ///< the octets received differ from what LIST announced, beyond tolerance
        StandInMessage,   ///< the server sent its own stand-in instead of the message (e.g. no UTF8)

        // Google sign-in and tokens
        ClientConfigMissing,
        ClientConfigInvalid,
        SignInCancelled,
        SignInTimedOut,
        ConsentDeclined,
        ScopeNotGranted,
        StateMismatch,
        ReauthRequired, ///< invalid_grant: consent is gone, the user must sign in again
        TokenRequestFailed,

        // Gmail API
        RateLimited, ///< 429 / userRateLimitExceeded / rateLimitExceeded
        DailyLimitExceeded,
        BackendError,     ///< 5xx / backendError
        Unauthorized,     ///< 401 after one refresh
        PermissionDenied, ///< 403 other than rate limits: scope missing, API disabled
        InvalidMessage,   ///< 400 for this message
        MessageTooLarge,
        BlockedAttachment, ///< 400 "Invalid attachment": Gmail blocks a file type the message carries

        // Messages and the local store
        MessageOversize, ///< over the user's size limit
        MessageMalformed,
        StorageFailed,
        AlreadyRunning, ///< another run holds the lock for this mailbox

        // Keychain
        KeychainUnavailable,
        SecretNotFound,
        KeychainAccessDenied,
        SecretTooLong, ///< more bytes than every system keychain keeps whole
    };

    Scope scope = Scope::Internal;
    Code code = Code::Unknown;
    QString message;
    QString detail;
    bool retryable = false;
    std::optional<std::chrono::milliseconds> retryAfter;
    /// The failed request may still have taken effect on the other side (an upload that Gmail may
    /// have stored before the connection broke or it answered 5xx). False means it certainly did
    /// not: it never left, or the peer refused it outright. The engine flags "possible duplicate"
    /// only when this is true.
    bool mayHaveTakenEffect = false;

    [[nodiscard]] static Error item(Code code, QString message, QString detail = {});
    [[nodiscard]] static Error session(Code code, QString message, QString detail = {},
                                       std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    [[nodiscard]] static Error account(Code code, QString message, QString detail = {});
    [[nodiscard]] static Error cancelled(QString detail = {});
    [[nodiscard]] static Error internal(QString message, QString detail = {});

    /// "message (detail)" for logs and the CSV; never contains secrets because neither part may.
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static QString scopeName(Scope scope);
    [[nodiscard]] static QString codeName(Code code);
};

} // namespace mf
