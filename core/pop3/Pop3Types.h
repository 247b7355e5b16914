#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QString>

namespace mf::pop3 {

/// How the connection is protected (RFC 8314 prefers ImplicitTls on port 995).
enum class Security {
    ImplicitTls, ///< TLS from the first byte (POP3S, usually port 995); the default
    StartTls,    ///< plain TCP, then STLS (RFC 2595) before any credential (usually port 110)
    PlainText,   ///< no encryption at all; a password is sent only if allowPlaintextPassword is set
};

/// Where and how to log in. Holds no password: the password is passed to connectToServer() only,
/// so that settings can be stored and logged without ever carrying a secret.
struct ServerSettings {
    enum class Auth {
        Automatic, ///< AUTH PLAIN (RFC 5034) when the server advertises SASL PLAIN, else USER/PASS
        UserPass,  ///< USER/PASS only
        SaslPlain, ///< AUTH PLAIN only
        Apop,      ///< APOP (MD5, broken): only on explicit request, for servers that need it
    };

    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;
    QString user;
    /// Must be set explicitly to send a password over a PlainText connection.
    bool allowPlaintextPassword = false;
    /// Lowercase hex SHA-256 of the server's DER certificate, set when the user chose "trust this
    /// server": a certificate with exactly this fingerprint is accepted even if verification fails.
    QByteArray pinnedSha256;
    Auth auth = Auth::Automatic;
};

/// Injectable timeouts; every one of them runs on the client's mf::Clock.
struct Timeouts {
    Millis connect{20000};  ///< TCP connect plus TLS handshake (implicit TLS and STLS)
    Millis greeting{20000}; ///< from connected to the server's "+OK" greeting
    Millis idle{120000};    ///< a command is outstanding and no byte arrived for this long
};

/// One line of LIST: message number and the size the server announces. Sizes are hints only
/// (servers count bare LF, compressed sizes...); trust only the octets RETR delivers.
struct ListEntry {
    int number = 0;
    qint64 size = 0;
};

/// One line of UIDL. The UIDL is kept as sent, whatever its length (RFC 1939 says at most 70
/// characters; real servers send longer ones).
struct UidlEntry {
    int number = 0;
    QByteArray uidl;
};

/// The STAT reply: number of messages and their total announced size.
struct StatInfo {
    int count = 0;
    qint64 size = 0;
};

} // namespace mf::pop3
