// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mf::pop3 {

/// What each POP3 failure means for Mailferry, for one server: the table from -ERR replies
/// (by RFC 2449 response code, then by command) and from transport failures to an Error whose
/// scope tells the engine how to react. The whole table is at the top of ErrorTable.cpp.
class ErrorTable {
public:
    /// `server` is "host:port" as messages show it; `capaLoginDelay` is what CAPA advertised.
    ErrorTable(QString server, QString host, std::optional<Millis> capaLoginDelay);

    /// The -ERR reply `text` (after "-ERR ") to `command` ("RETR 5", "UIDL", "greeting", ...).
    [[nodiscard]] Error fromReply(const QByteArray &text, const QByteArray &command) const;
    /// The -ERR reply to a login command (USER, PASS, AUTH, APOP): only [AUTH] says the password is
    /// wrong; a busy mailbox is Session scope; anything else is LoginRefused, quoting the server.
    [[nodiscard]] Error fromLogin(const QByteArray &text, const QByteArray &command) const;
    /// A transport failure. `beforeGreeting`: the connection ended before the server greeted us.
    [[nodiscard]] Error fromTransport(Error::Code code, const QString &detail, bool beforeGreeting,
                                      const QStringList &certificateProblems) const;
    /// The connection dropped (or a pending command's turn never came).
    [[nodiscard]] Error connectionClosed(const QString &detail) const;
    /// A command given outside an open session.
    [[nodiscard]] Error notConnected() const;

private:
    QString m_server;
    QString m_host;
    std::optional<Millis> m_capaLoginDelay;
};

} // namespace mf::pop3
