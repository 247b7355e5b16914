// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DovecotFixture.h"

#include "MailFactory.h"
#include "TestEnv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace mf::test {
namespace {

QString findDovecot()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("dovecot"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("dovecot"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

} // namespace

DovecotFixture::DovecotFixture()
{
    QTemporaryDir tmp(fixtureRoot() + QStringLiteral("/dovecot-XXXXXX"));
    tmp.setAutoRemove(false);
    m_dir = tmp.path();
    // Dovecot's unprivileged processes (and, as root, the mail user) must reach these files.
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QDir(m_dir).mkpath(QStringLiteral("mail"));

    if (::geteuid() == 0) {
        // Dovecot refuses root for its login and internal processes and for mail access.
        const passwd *nobody = ::getpwnam("nobody");
        m_mailUid = nobody ? nobody->pw_uid : 65534;
        m_mailGid = nobody ? nobody->pw_gid : 65534;
        m_internalUser = QStringLiteral("dovecot");
        m_loginUser = QStringLiteral("dovenull");
    } else {
        const passwd *me = ::getpwuid(::geteuid());
        m_mailUid = ::geteuid();
        m_mailGid = ::getegid();
        m_internalUser = m_loginUser = QString::fromLocal8Bit(me ? me->pw_name : "nobody");
    }
    fixOwnership(m_dir + QStringLiteral("/mail"));
}

DovecotFixture::~DovecotFixture()
{
    stop();
    if (!m_dir.isEmpty() && qEnvironmentVariableIsEmpty("MAILFERRY_KEEP_FIXTURES"))
        QDir(m_dir).removeRecursively();
}

bool DovecotFixture::available(QString *why)
{
    if (!findDovecot().isEmpty())
        return true;
    if (why)
        *why = QStringLiteral("Dovecot is not installed; run scripts/install-deps.sh --test");
    return false;
}

QString DovecotFixture::maildir(const QString &user) const
{
    return m_dir + QStringLiteral("/mail/") + user + QStringLiteral("/Maildir");
}

void DovecotFixture::fixOwnership(const QString &path) const
{
    if (::geteuid() != 0)
        return;
    if (::chown(QFile::encodeName(path).constData(), m_mailUid, m_mailGid) != 0)
        qWarning("DovecotFixture: chown %s failed", qPrintable(path));
}

void DovecotFixture::addUser(const QString &name, const QString &password)
{
    m_users.append(User{name, password});
    const QString home = m_dir + QStringLiteral("/mail/") + name;
    for (const char *sub : {"", "/Maildir", "/Maildir/cur", "/Maildir/new", "/Maildir/tmp"}) {
        const QString path = home + QLatin1String(sub);
        QDir().mkpath(path);
        fixOwnership(path);
    }
    writeUsers();
}

void DovecotFixture::writeUsers()
{
    QByteArray lines;
    for (const User &u : m_users) {
        lines += QStringLiteral("%1:{PLAIN}%2:%3:%4::%5/mail/%1::\n")
                     .arg(u.name, u.password)
                     .arg(m_mailUid)
                     .arg(m_mailGid)
                     .arg(m_dir)
                     .toUtf8();
    }
    // Dovecot re-reads this file when it changes, but checks at most once a second: a user added
    // to a running server may need a moment to appear. Add users before start() where you can.
    writeFile(m_dir + QStringLiteral("/users"), lines);
}

bool DovecotFixture::makeCertificate(QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), m_dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   m_dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl could not make a certificate: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

bool DovecotFixture::writeConfig(QString *error)
{
    m_pop3Port = freePort();
    m_pop3sPort = freePort();
    while (m_pop3sPort == m_pop3Port)
        m_pop3sPort = freePort();
    if (!m_pop3Port || !m_pop3sPort) {
        if (error)
            *error = QStringLiteral("no free loopback port");
        return false;
    }
    const QString d = m_dir;
    const QString conf = QString::fromLatin1(R"(# Written by Mailferry's DovecotFixture for one test run.
protocols = pop3
listen = 127.0.0.1
base_dir = @DIR@/run
state_dir = @DIR@/state
log_path = @DIR@/dovecot.log
info_log_path = @DIR@/dovecot.log
default_internal_user = @INTERNAL@
default_login_user = @LOGIN@
first_valid_uid = 1
ssl = yes
ssl_cert = <@DIR@/cert.pem
ssl_key = <@DIR@/key.pem
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_max_userip_connections = 200
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/users
}
userdb {
  driver = passwd-file
  args = username_format=%u @DIR@/users
}
mail_location = maildir:~/Maildir
pop3_uidl_format = %08Xu%08Xv
service pop3-login {
  chroot =
  inet_listener pop3 {
    port = @POP3@
  }
  inet_listener pop3s {
    port = @POP3S@
    ssl = yes
  }
}
service anvil {
  chroot =
}
)")
                             .replace(QLatin1String("@DIR@"), d)
                             .replace(QLatin1String("@INTERNAL@"), m_internalUser)
                             .replace(QLatin1String("@LOGIN@"), m_loginUser)
                             .replace(QLatin1String("@POP3@"), QString::number(m_pop3Port))
                             .replace(QLatin1String("@POP3S@"), QString::number(m_pop3sPort));
    // Placeholders rather than QString::arg: Dovecot's own %u and %08Xu must stay as they are.
    if (!writeFile(d + QStringLiteral("/dovecot.conf"), (conf + m_extraConfig + QLatin1Char('\n')).toUtf8())) {
        if (error)
            *error = QStringLiteral("cannot write dovecot.conf");
        return false;
    }
    return true;
}

bool DovecotFixture::start(QString *error)
{
    const QString dovecot = findDovecot();
    if (dovecot.isEmpty()) {
        if (error)
            (void)available(error);
        return false;
    }
    if (!QFile::exists(m_dir + QStringLiteral("/cert.pem")) && !makeCertificate(error))
        return false;
    writeUsers();

    // A port picked as free can be taken by a parallel test before Dovecot binds it: try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!writeConfig(error))
            return false;
        QFile::remove(m_dir + QStringLiteral("/dovecot.log"));
        QProcess proc;
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start(dovecot, {QStringLiteral("-c"), m_dir + QStringLiteral("/dovecot.conf")});
        if (!proc.waitForFinished(30000) || proc.exitCode() != 0) {
            const QString out = QString::fromLocal8Bit(proc.readAll()) + logTail();
            if (out.contains(QLatin1String("in use")))
                continue;
            if (error)
                *error = QStringLiteral("dovecot did not start: ") + out;
            return false;
        }
        // The launcher returns once the master has detached; the master writes its PID and
        // starts the login processes a few milliseconds later.
        QElapsedTimer waited;
        waited.start();
        QFile pidFile(m_dir + QStringLiteral("/run/master.pid"));
        while (waited.elapsed() < 5000 && !(pidFile.exists() && pidFile.size() > 0))
            QThread::msleep(5);
        if (!pidFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("dovecot wrote no master.pid: ") + logTail();
            return false;
        }
        m_pid = pidFile.readAll().trimmed().toLongLong();
        while (waited.elapsed() < 5000) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_pop3Port);
            if (probe.waitForConnected(200) && probe.waitForReadyRead(1000) && probe.readAll().startsWith("+OK"))
                return true;
            QThread::msleep(10);
        }
        if (error)
            *error = QStringLiteral("dovecot did not greet on port %1: ").arg(m_pop3Port) + logTail();
        stop();
        return false;
    }
    if (error)
        *error = QStringLiteral("no free port pair after 5 attempts");
    return false;
}

void DovecotFixture::stop()
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGTERM);
    m_pid = 0;
}

QByteArray DovecotFixture::certificatePem() const
{
    QFile f(m_dir + QStringLiteral("/cert.pem"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray DovecotFixture::certificateSha256() const
{
    const auto certs = QSslCertificate::fromData(certificatePem(), QSsl::Pem);
    if (certs.isEmpty())
        return {};
    return certs.first().digest(QCryptographicHash::Sha256).toHex();
}

QString DovecotFixture::logTail(int lines) const
{
    QFile f(m_dir + QStringLiteral("/dovecot.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = f.readAll().split('\n');
    QStringList tail;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        tail << QString::fromUtf8(all.at(i));
    return tail.join(QLatin1Char('\n'));
}

int DovecotFixture::deliver(const QString &user, const QList<QByteArray> &messages)
{
    const QString cur = maildir(user) + QStringLiteral("/cur/");
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    int written = 0;
    for (const QByteArray &m : messages) {
        const int seq = m_sequence++;
        const qsizetype crlfSize = m.size() + m.count('\n');
        // Zero-padded so that file-name order is delivery order.
        const QString name = QStringLiteral("%1.M%2P%3.mailferry,S=%4,W=%5:2,")
                                 .arg(1600000000 + seq)
                                 .arg(seq, 6, 10, QLatin1Char('0'))
                                 .arg(QString::fromLatin1(pid))
                                 .arg(m.size())
                                 .arg(crlfSize);
        if (!writeFile(cur + name, m))
            continue;
        fixOwnership(cur + name);
        ++written;
    }
    return written;
}

qint64 DovecotFixture::deliverMixed(const QString &user, int count, quint32 seed)
{
    const QList<int> sizes = MailFactory::mixedSizes(count, seed);
    qint64 total = 0;
    QList<QByteArray> batch;
    for (int i = 0; i < count; ++i) {
        MailFactory::Options o;
        o.index = i;
        o.targetSize = sizes.at(i);
        o.seed = seed;
        batch.append(MailFactory::message(o));
        total += batch.last().size();
        if (batch.size() == 100) {
            deliver(user, batch);
            batch.clear();
        }
    }
    deliver(user, batch);
    return total;
}

int DovecotFixture::messageCount(const QString &user) const
{
    int n = 0;
    for (const char *sub : {"/cur", "/new"})
        n += int(QDir(maildir(user) + QLatin1String(sub)).entryList(QDir::Files).size());
    return n;
}

QList<QByteArray> DovecotFixture::messages(const QString &user) const
{
    QList<QByteArray> out;
    for (const char *sub : {"/cur", "/new"}) {
        QDir dir(maildir(user) + QLatin1String(sub));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out.append(f.readAll());
        }
    }
    return out;
}

} // namespace mf::test
