// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace mf::test {

/// A real POP3 server on 127.0.0.1 (plain text, free port) inside the test process, serving a
/// mailbox held in memory, with switchable quirks that each stand for a class of real servers
/// Mailferry meets at ISPs (popa3d, Courier, solid-pop3d, qmail, Exchange, broken ones).
///
/// It speaks USER/PASS, APOP, CAPA, STAT, LIST, UIDL, RETR (dot-stuffed), TOP, DELE, RSET, NOOP,
/// QUIT and Courier's UTF8, with RFC 1939 UPDATE semantics: DELE only marks, and marked messages
/// leave the mailbox only when QUIT is answered. A session that ends any other way removes nothing.
/// Message numbers are fixed at login, so a message another client removes meanwhile keeps its
/// number in this session; the next session numbers what is left from 1 again.
///
/// Everything a test needs to assert is recorded: the commands (PASS/APOP secrets redacted), the
/// login attempts with their times and answers, and the UIDLs left after each QUIT.
///
/// Lives in the thread that created it and is served by that thread's event loop; long replies
/// (endless RETR, huge listings, trickle) are produced lazily from the event loop, never blocking.
class ScriptedPop3Server : public QObject {
    Q_OBJECT
public:
    struct Quirks {
        /// UIDLs derived from content, like popa3d: the MD5 of the Message-ID header (of the whole
        /// message when it has none). Two messages with one Message-ID share one UIDL.
        bool duplicateUidls = false;
        /// UIDL answers -ERR and CAPA lacks UIDL (servers without unique ids).
        bool noUidl = false;
        /// The UIDL of message n is "n": after another client deletes, numbers and UIDLs shift.
        bool uidlFollowsNumber = false;
        /// CAPA advertises LOGIN-DELAY N; a login within N seconds of the previous successful
        /// one gets "-ERR [LOGIN-DELAY] ...". Time comes from setNowFunction(). 0 = off.
        int loginDelaySeconds = 0;
        /// CAPA advertises EXPIRE N (-1 = not advertised). With 0, every message retrieved in a
        /// session is deleted at its QUIT even without DELE (RFC 2449 "EXPIRE 0").
        int expireDays = -1;
        /// LIST (and STAT) announce sizes far from the real ones: odd numbers a tenth, even
        /// numbers ten times plus 12345 octets. RETR sends the true bytes.
        bool listSizeLies = false;
        /// RETR of this message number streams forever (0 = off).
        int endlessRetr = 0;
        /// The reply to this command ("RETR", "UIDL", "LIST", "TOP", "CAPA", "" = off) is written one
        /// byte per trickleIntervalMs (the greeting too when trickleCommand is "GREETING").
        QByteArray trickleCommand;
        int trickleIntervalMs = 1;
        /// UIDL ("UIDL") or LIST ("LIST") answers with a listing of about hugeListingBytes octets,
        /// made of invented entries, streamed as the socket drains ("" = off).
        QByteArray hugeListingCommand;
        qint64 hugeListingBytes = 300LL * 1024 * 1024;
        /// Courier: CAPA advertises "UTF8 USER"; a message whose header holds raw 8-bit bytes is
        /// served, unless the client sent UTF8, as Courier's "Cannot display Unicode content"
        /// MIME stand-in with the original attached as courierUnicodeType.
        bool courierUtf8 = false;
        QByteArray courierUnicodeType = "message/global"; ///< Courier's MIME_UNICODE_MESSAGE_TYPE default
        /// PASS answers "-ERR <text>" without [AUTH] (solid-pop3d: "message is damaged") for
        /// the first passErrCount logins (-1 = always); empty = off.
        QByteArray passErrText;
        int passErrCount = -1;
        /// The first inUseCount logins with the right password get "-ERR [IN-USE] ...".
        int inUseCount = 0;
        /// After this many RETRs in one session the connection is closed at the next RETR, without
        /// an answer (-1 = off), in at most dropTimes sessions (-1 = all).
        int dropAfterRetrs = -1;
        int dropTimes = 1;
        bool pipelining = true;
        bool capa = true;
        /// The greeting carries an APOP timestamp ("<...>"); without it APOP is refused.
        bool apopTimestamp = true;
    };

    /// One login attempt as the server saw it.
    struct Login {
        qint64 atMs = 0;    ///< from the now function
        QByteArray command; ///< "PASS" or "APOP"
        bool accepted = false;
        QByteArray reply; ///< the status line sent
    };

    /// One mailbox message.
    struct Message {
        quint64 id = 0;  ///< stable, assigned by addMessage()
        QByteArray raw;  ///< CRLF form, as RETR sends it (before dot-stuffing)
        QByteArray uidl; ///< explicit UIDL, or empty for the default one
    };

    explicit ScriptedPop3Server(QObject *parent = nullptr);
    ~ScriptedPop3Server() override;

    /// Listens on 127.0.0.1 at a free port.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }

    void setCredentials(const QString &user, const QString &password);
    void setQuirks(const Quirks &quirks) { m_quirks = quirks; }
    [[nodiscard]] Quirks &quirks() { return m_quirks; }
    /// Milliseconds since some epoch, for LOGIN-DELAY and the login log (default: wall clock).
    void setNowFunction(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }

    // --- the mailbox -------------------------------------------------------------------------
    /// Adds a message (LF or CRLF; stored as CRLF). `uidl` empty = the server's own UIDL
    /// ("SP" + a serial number, stable for the message's life). Returns the message's id.
    quint64 addMessage(const QByteArray &raw, const QByteArray &uidl = {});
    /// Another client (or the server itself) removes these messages now, between sessions.
    void removeMessages(const QList<quint64> &ids);
    /// Removes the first `count` messages (the oldest), as another client would.
    void removeOldest(int count);
    [[nodiscard]] QList<Message> messages() const { return m_messages; }
    [[nodiscard]] QList<QByteArray> rawMessages() const;
    [[nodiscard]] int messageCount() const { return int(m_messages.size()); }
    /// The UIDL the server gives message number `number` (1-based) of a session opened now.
    [[nodiscard]] QByteArray uidlFor(int number) const;

    // --- what happened -----------------------------------------------------------------------
    [[nodiscard]] QList<QByteArray> commands() const { return m_commands; }
    [[nodiscard]] int commandCount(const QByteArray &verb) const;
    [[nodiscard]] QList<Login> logins() const { return m_logins; }
    [[nodiscard]] int acceptedLogins() const;
    [[nodiscard]] int refusedLogins() const;
    /// The mailbox's message ids after each QUIT that reached UPDATE, in order.
    [[nodiscard]] QList<QList<quint64>> leftAfterQuit() const { return m_leftAfterQuit; }
    /// Messages removed in UPDATE states so far (by DELE or EXPIRE 0), by id.
    [[nodiscard]] QList<quint64> removedByClients() const { return m_removed; }
    [[nodiscard]] int connectionsAccepted() const { return m_connections; }
    /// The APOP timestamp of the greeting of the last connection ("<...>").
    [[nodiscard]] QByteArray lastApopTimestamp() const { return m_lastTimestamp; }

    /// Courier's stand-in for `raw` (CRLF), exactly as the courierUtf8 quirk serves it.
    [[nodiscard]] static QByteArray courierStandIn(const QByteArray &raw, const QByteArray &type = "message/global");
    /// Whether the header of `raw` holds a byte >= 0x80 (what makes Courier replace it).
    [[nodiscard]] static bool headerHas8Bit(const QByteArray &raw);
    [[nodiscard]] static QByteArray toCrlf(const QByteArray &raw);
    /// popa3d-style content UIDL (16 hex digits).
    [[nodiscard]] static QByteArray contentUidl(const QByteArray &raw);

private:
    class Session;
    friend class Session;
    void onNewConnection();
    [[nodiscard]] QByteArray defaultUidl(const Message &m) const;

    std::unique_ptr<QTcpServer> m_server;
    Quirks m_quirks;
    QString m_user = QStringLiteral("maria");
    QString m_password = QStringLiteral("secret");
    std::function<qint64()> m_now;
    QList<Message> m_messages;
    quint64 m_nextId = 1;
    QList<QByteArray> m_commands;
    QList<Login> m_logins;
    std::optional<qint64> m_lastLoginMs;
    QList<QList<quint64>> m_leftAfterQuit;
    QList<quint64> m_removed;
    int m_connections = 0;
    int m_inUseLeft = 0;
    int m_passErrLeft = 0;
    int m_dropsDone = 0;
    bool m_quirkCountersSet = false;
    QByteArray m_lastTimestamp;
    QList<QPointer<Session>> m_sessions;
};

} // namespace mf::test
