// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QProcess;

namespace mf::test {

class InetdAcceptor;

/// A real POP3 server from a Debian package, unpacked (never installed) by
/// scripts/fetch-test-servers.sh, run on 127.0.0.1 at a free port with a private configuration.
///
/// These servers are inetd-style: an in-process acceptor spawns the server per connection with
/// the socket as its stdin and stdout (solid-pop3d insists on a real socket there). They expect
/// system users, PAM, /var/mail and, for popa3d and solid-pop3d, their own system users; so each
/// connection runs in a private mount namespace (unshare) where the fixture's own passwd, shadow,
/// group, pam.d and mail directory are mounted over the system's. Nothing outside the fixture's
/// directory changes; dovecot-pop3d stays installed. That needs root (CI and the project's
/// machines run as root); available() says why not otherwise.
///
/// Mailboxes: popa3d, GNU mailutils and solid-pop3d read the mbox /var/mail/<user>; Courier reads
/// ~/Maildir, and logs in through its own authdaemond (authpam), started inside the namespace.
class RealPop3Server {
public:
    enum class Kind { Popa3d, MailutilsPop3d, Courier, SolidPop3d };

    /// How the server is known to change what it serves, measured against the packaged version.
    struct Traits {
        /// Header fields the server adds to what RETR sends (GNU mailutils adds X-UIDL).
        QList<QByteArray> addedHeaders;
        /// Header fields the server writes into the stored mailbox (mailutils: X-UIDL, X-IMAPbase,
        /// X-UID, Status), seen in messagesLeft().
        QList<QByteArray> mailboxHeaders;
        /// RETR includes the blank line that separates mbox messages (solid-pop3d).
        bool retrAddsSeparatorLine = false;
        /// Identical messages share one UIDL (popa3d: UIDLs are a hash of the message).
        bool contentUidls = false;
    };

    static std::unique_ptr<RealPop3Server> create(Kind kind);
    virtual ~RealPop3Server();
    RealPop3Server(const RealPop3Server &) = delete;
    RealPop3Server &operator=(const RealPop3Server &) = delete;

    [[nodiscard]] static QList<Kind> allKinds();
    /// Where fetch-test-servers.sh put the servers: $MAILFERRY_TEST_SERVERS_DIR or
    /// /var/cache/mailferry-test-servers.
    [[nodiscard]] static QString cacheDir();

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString name() const; ///< the Debian package, e.g. "popa3d"
    [[nodiscard]] Traits traits() const;
    /// Whether the unpacked binaries (and what running them needs) are there; `why` says what is missing.
    [[nodiscard]] bool available(QString *why = nullptr) const;

    /// The mailbox to serve, LF form (as an MTA stores it). Written at start(); call before it.
    void setMessages(const QList<QByteArray> &lfMessages) { m_messages = lfMessages; }
    [[nodiscard]] bool start(QString *error);
    void stop();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString user() const { return QStringLiteral("maria"); }
    [[nodiscard]] QString password() const { return QStringLiteral("secret-pw"); }
    [[nodiscard]] QString directory() const { return m_dir; }

    /// The messages the mailbox holds now, LF form, in mailbox order (mbox: "From " lines and the
    /// separating blank line removed; Maildir: cur and new in name order). Headers the server
    /// wrote into the mailbox (mailutils' X-UIDL, Status...) are left in.
    [[nodiscard]] QList<QByteArray> messagesLeft() const;
    /// `message` (CRLF as served, or LF as stored) without what this server is known to add
    /// (traits()), so it can be compared with the original.
    [[nodiscard]] QByteArray withoutServerChanges(QByteArray message) const;
    /// The last lines of what the servers wrote to stderr.
    [[nodiscard]] QString logTail(int lines = 20) const;

private:
    explicit RealPop3Server(Kind kind);
    [[nodiscard]] QString root() const;
    [[nodiscard]] QString binary() const;
    [[nodiscard]] bool writeFiles(QString *error);
    [[nodiscard]] QString script() const;

    Kind m_kind;
    QString m_dir;
    QList<QByteArray> m_messages;
    std::unique_ptr<InetdAcceptor> m_acceptor;
};

} // namespace mf::test
