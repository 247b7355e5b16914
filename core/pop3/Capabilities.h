// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace mf::pop3 {

/// What the server said about itself in its CAPA reply (RFC 2449, RFC 6856). All false when the
/// server does not know CAPA (capaSupported == false); the client then still tries USER/PASS,
/// UIDL, TOP.
///
/// Numbers are read as checked decimals: a value too large for its field is clamped to the
/// largest one (a LOGIN-DELAY of 10^20 seconds is "very long", not undefined behaviour), and a
/// value that is not a number leaves the field unset.
struct Capabilities {
    bool capaSupported = false; ///< the server answered CAPA with +OK
    bool uidl = false;
    bool top = false;
    bool pipelining = false;
    bool stls = false;
    bool user = false;
    bool respCodes = false;
    bool authRespCode = false; ///< RFC 3206: [AUTH] and [SYS/*] on authentication failures
    bool utf8 = false;         ///< RFC 6856: the UTF8 command is available
    bool utf8User = false;     ///< "UTF8 USER": user names and passwords may be UTF-8 too
    QStringList sasl;          ///< upper-case mechanism names, e.g. "PLAIN", "LOGIN"
    /// LOGIN-DELAY n: the least number of seconds between two logins (RFC 2449 §6.8).
    std::optional<int> loginDelaySeconds;
    /// "LOGIN-DELAY n USER": before login the server announces its longest delay; the real one
    /// may be shorter for this user (the CAPA after login would say, which Mailferry does not ask).
    bool loginDelayPerUser = false;
    /// EXPIRE n: the server deletes messages n days after they were first retrieved. 0 means it
    /// deletes them at the end of the session that retrieved them. nullopt when absent or NEVER.
    std::optional<int> expireDays;
    bool expireNever = false;   ///< EXPIRE NEVER: the server keeps messages for ever
    bool expirePerUser = false; ///< "EXPIRE n USER": the policy varies by user (n is the shortest)
    QString implementation;
    QList<QByteArray> raw; ///< every capability line as sent, for the log and support

    /// Parses the lines of a CAPA body (without the "+OK" line and the terminating ".").
    [[nodiscard]] static Capabilities parse(const QByteArray &body);
    [[nodiscard]] bool hasSasl(const QString &mechanism) const;
    /// LOGIN-DELAY as a wait, clamped to what a Qt timer can run (about 24 days).
    [[nodiscard]] std::optional<Millis> loginDelay() const;
};

} // namespace mf::pop3
