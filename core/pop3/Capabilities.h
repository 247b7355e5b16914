#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace mf::pop3 {

/// What the server said about itself in its CAPA reply (RFC 2449). All false when the server
/// does not know CAPA (capaSupported == false); the client then still tries USER/PASS, UIDL, TOP.
struct Capabilities {
    bool capaSupported = false; ///< the server answered CAPA with +OK
    bool uidl = false;
    bool top = false;
    bool pipelining = false;
    bool stls = false;
    bool user = false;
    bool respCodes = false;
    bool authRespCode = false;  ///< RFC 3206: [AUTH] and [SYS/*] on authentication failures
    QStringList sasl;           ///< upper-case mechanism names, e.g. "PLAIN", "LOGIN"
    std::optional<int> loginDelaySeconds;
    std::optional<int> expireDays; ///< EXPIRE n; nullopt when absent or "NEVER"
    bool expireNever = false;
    QString implementation;
    QList<QByteArray> raw;      ///< every capability line as sent, for the log and support

    /// Parses the lines of a CAPA body (without the "+OK" line and the terminating ".").
    [[nodiscard]] static Capabilities parse(const QByteArray &body);
    [[nodiscard]] bool hasSasl(const QString &mechanism) const;
};

} // namespace mf::pop3
