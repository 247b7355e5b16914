// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

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
///
/// Three rules bound how long a server can hold a session, so that one that trickles a byte
/// every few seconds cannot keep Mailferry waiting for ever:
///  - idle: silence while a command is outstanding (each byte restarts it);
///  - replyLine: a deadline for the status line of each reply ("+OK ...", "-ERR ..."), counted
///    from the moment that reply is the next one due. Longer than idle, so a silent server is
///    still reported as silent, while a trickled line cannot last longer than this;
///  - minBodyBytesPerWindow per rateWindow: while a multi-line body streams in (RETR, UIDL...),
///    every window in which anything arrived must bring at least this many bytes. A window in
///    which nothing arrived is left to the idle rule (a server may pause to think).
/// Failing replyLine or the rate gives a Session-scope TooSlow error.
struct Timeouts {
    Millis connect{20000};    ///< TCP connect plus TLS handshake (implicit TLS and STLS)
    Millis greeting{20000};   ///< from connected to the server's "+OK" greeting
    Millis idle{120000};      ///< a command is outstanding and no byte arrived for this long
    Millis replyLine{180000}; ///< the status line of a reply must be complete within this
    Millis rateWindow{60000}; ///< the window over which a body's rate is judged
    /// 16 KiB a minute (about 270 bytes/s): far below any real link, far above a trickle.
    qint64 minBodyBytesPerWindow = 16 * 1024;
};

/// Injectable caps on what a server may make Mailferry hold in memory. Each is generous for
/// real servers and still bounds memory for a hostile or broken one. A reply that passes its
/// cap ends the connection (POP3 cannot abandon a reply half way); see Pop3Client for the error
/// each one gives.
struct Limits {
    /// A status line, the greeting, and each line of a listing (RFC 1939 says 512 octets).
    qsizetype maxLineBytes = 64 * 1024;
    /// The whole CAPA body; real servers send well under 1 KiB.
    qint64 maxCapaBytes = 16 * 1024;
    /// The whole UIDL or LIST body, and its entries: sized for a few million messages.
    qint64 maxListingBytes = 128 * 1024 * 1024;
    qsizetype maxListingEntries = 4 * 1000 * 1000;
    /// TOP (the engine reads the headers of an oversize message with it).
    qint64 maxTopBytes = 4 * 1024 * 1024;
    /// The ceiling on any RETR, whatever cap the caller asks for: above Gmail's 50 MiB limit
    /// with room for the line ends a server may add, so nothing Gmail would take is refused.
    qint64 maxMessageBytes = 64 * 1024 * 1024;
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

/// The start of a reply whose rest was read and dropped (Pop3Client::topCut): at most the bytes
/// asked for, and how many the server sent in all.
struct CutReply {
    QByteArray bytes;     ///< the first bytes of the unstuffed body, at most the cap
    qint64 sentBytes = 0; ///< every unstuffed octet the server sent
    [[nodiscard]] bool isCut() const { return sentBytes > bytes.size(); }
};

/// The STAT reply: number of messages and their total announced size.
struct StatInfo {
    int count = 0;
    qint64 size = 0;
};

} // namespace mf::pop3
