// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mf::test {

/// A real Dovecot POP3 server on 127.0.0.1, private to one test.
///
/// start() writes a standalone configuration into a fresh directory (a self-signed certificate
/// made for this run, a passwd-file, one Maildir per user), picks free ports at run time and
/// launches `dovecot -c`. The destructor stops it by the PID in its master.pid; it does not wait
/// for the 2-3 s shutdown. Several fixtures run side by side (ctest -j2).
///
/// Runs as root too: Dovecot's login and internal processes then use the `dovenull` and `dovecot`
/// users, and the mail belongs to `nobody`.
class DovecotFixture {
public:
    DovecotFixture();
    ~DovecotFixture();
    DovecotFixture(const DovecotFixture &) = delete;
    DovecotFixture &operator=(const DovecotFixture &) = delete;

    /// Whether a dovecot binary is installed; `why` says what to do if not.
    [[nodiscard]] static bool available(QString *why = nullptr);

    /// Starts the server with the users added so far (more can be added later). On failure,
    /// returns false and fills `error` with the reason and the tail of Dovecot's log.
    [[nodiscard]] bool start(QString *error = nullptr);
    /// Sends SIGTERM to the master process. Safe to call twice.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_pid > 0; }

    /// Extra dovecot.conf lines (e.g. "pop3_lock_session = yes"), applied at the next start().
    void setExtraConfig(const QString &lines) { m_extraConfig = lines; }

    /// Adds a POP3 user with an empty Maildir. Dovecot looks at its user list at most once a
    /// second, so add users before start() when the test needs them at once.
    void addUser(const QString &name, const QString &password);

    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 pop3Port() const { return m_pop3Port; }   ///< plain text, STLS offered
    [[nodiscard]] quint16 pop3sPort() const { return m_pop3sPort; } ///< implicit TLS
    [[nodiscard]] QByteArray certificatePem() const;
    /// SHA-256 of the DER certificate, lowercase hex without separators.
    [[nodiscard]] QByteArray certificateSha256() const;
    [[nodiscard]] QString directory() const { return m_dir; }
    [[nodiscard]] QString logTail(int lines = 20) const;

    /// Writes messages straight into the user's Maildir/cur (LF line endings, as Maildir keeps them),
    /// with S= and W= in the file names so Dovecot needs no read to size them. Fast: 2,000 mixed
    /// messages take about a second. Returns the number written.
    int deliver(const QString &user, const QList<QByteArray> &messages);
    /// Writes `count` generated messages with MailFactory::mixedSizes sizes; returns their total size.
    qint64 deliverMixed(const QString &user, int count, quint32 seed = 42);

    /// How many messages the user's Maildir holds now (cur + new).
    [[nodiscard]] int messageCount(const QString &user) const;
    /// The messages in the Maildir now, LF form, in file-name order.
    [[nodiscard]] QList<QByteArray> messages(const QString &user) const;
    /// The user's Maildir folder (for benchmarks that look at file sizes without reading mail).
    [[nodiscard]] QString maildir(const QString &user) const;

private:
    [[nodiscard]] bool writeConfig(QString *error);
    [[nodiscard]] bool makeCertificate(QString *error);
    void writeUsers();
    void fixOwnership(const QString &path) const;

    QString m_dir;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    qint64 m_pid = 0;
    struct User {
        QString name;
        QString password;
    };
    QList<User> m_users;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
    QString m_internalUser;
    QString m_loginUser;
    int m_sequence = 0;
    QString m_extraConfig;
};

} // namespace mf::test
