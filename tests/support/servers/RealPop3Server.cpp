// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RealPop3Server.h"

#include "InetdAcceptor.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

namespace mf::test {

namespace {

// The private user database. popa3d and solid-pop3d drop privileges to their own users; the
// mailbox belongs to maria. The password hash is SHA-512 crypt of password() (a test password).
constexpr uint kMariaUid = 60002;
const char kPasswd[] = "root:x:0:0:root:/root:/bin/sh\n"
                       "popa3d:x:60001:60001::/nonexistent:/usr/sbin/nologin\n"
                       "maria:x:60002:60002::@HOME@:/bin/sh\n"
                       "spop3d:x:60003:60003::/nonexistent:/usr/sbin/nologin\n";
const char kShadow[] =
    "root:*:19000:0:99999:7:::\n"
    "popa3d:*:19000:0:99999:7:::\n"
    "maria:$6$mailferrysalt$9XSZ0gNhypRcQIY4e8uW7NXM9swLNIh9EYwjVjmUnDeLsuRNQnff6p.UPWLZ45doyoHxY03oIjyYzD7sp16sE1:19000:0:99999:7:::\n"
    "spop3d:*:19000:0:99999:7:::\n";
const char kGroup[] = "root:x:0:\nmail:x:8:\npopa3d:x:60001:\nmaria:x:60002:\nspop3d:x:60003:\n";
const char kPam[] = "auth required pam_unix.so\naccount required pam_unix.so\nsession required pam_permit.so\n";

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    return perms ? f.setPermissions(perms) : true;
}

QString libraryPath(const QString &root)
{
    return root + QStringLiteral("/usr/lib/x86_64-linux-gnu:") + root + QStringLiteral("/lib/x86_64-linux-gnu");
}

/// Whether an mbox body line needs (or, with one '>' less, had) mboxrd quoting: ">*From ".
bool isFromLine(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == '>')
        ++i;
    return line.mid(i).startsWith("From ");
}

/// mboxrd: a "From " line before each message, body lines matching ">*From " get one more '>',
/// a blank line after each message.
QByteArray toMbox(const QList<QByteArray> &messages)
{
    QByteArray out;
    for (QByteArray m : messages) {
        out += "From MAILER-DAEMON Sat Mar 15 10:30:00 2014\n";
        if (!m.endsWith('\n'))
            m += '\n';
        m.chop(1);
        for (const QByteArray &line : m.split('\n'))
            out += (isFromLine(line) ? ">" : "") + line + '\n';
        out += '\n';
    }
    return out;
}

} // namespace

RealPop3Server::RealPop3Server(Kind kind)
    : m_kind(kind)
{
}

RealPop3Server::~RealPop3Server()
{
    stop();
}

std::unique_ptr<RealPop3Server> RealPop3Server::create(Kind kind)
{
    return std::unique_ptr<RealPop3Server>(new RealPop3Server(kind));
}

QList<RealPop3Server::Kind> RealPop3Server::allKinds()
{
    return {Kind::Popa3d, Kind::MailutilsPop3d, Kind::Courier, Kind::SolidPop3d};
}

QString RealPop3Server::cacheDir()
{
    const QString env = qEnvironmentVariable("MAILFERRY_TEST_SERVERS_DIR");
    return env.isEmpty() ? QStringLiteral("/var/cache/mailferry-test-servers") : env;
}

QString RealPop3Server::name() const
{
    switch (m_kind) {
    case Kind::Popa3d: return QStringLiteral("popa3d");
    case Kind::MailutilsPop3d: return QStringLiteral("mailutils-pop3d");
    case Kind::Courier: return QStringLiteral("courier-pop");
    case Kind::SolidPop3d: return QStringLiteral("solid-pop3d");
    }
    return {};
}

RealPop3Server::Traits RealPop3Server::traits() const
{
    Traits t;
    switch (m_kind) {
    case Kind::Popa3d: t.contentUidls = true; break;
    case Kind::MailutilsPop3d:
        t.addedHeaders = {"X-UIDL"};
        t.mailboxHeaders = {"X-UIDL", "X-IMAPbase", "X-UID", "Status"};
        break;
    case Kind::Courier: break;
    case Kind::SolidPop3d: t.retrAddsSeparatorLine = true; break;
    }
    return t;
}

QString RealPop3Server::root() const
{
    return cacheDir() + QStringLiteral("/root/") + name();
}

QString RealPop3Server::binary() const
{
    switch (m_kind) {
    case Kind::Popa3d: return root() + QStringLiteral("/usr/sbin/popa3d");
    case Kind::MailutilsPop3d: return root() + QStringLiteral("/usr/sbin/pop3d");
    case Kind::Courier: return root() + QStringLiteral("/usr/lib/courier/courier/courierpop3login");
    case Kind::SolidPop3d: return root() + QStringLiteral("/usr/sbin/solid-pop3d");
    }
    return {};
}

bool RealPop3Server::available(QString *why) const
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!QFileInfo(binary()).isExecutable())
        return no(QStringLiteral("%1 is not unpacked at %2: run scripts/fetch-test-servers.sh").arg(name(), binary()));
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return no(QStringLiteral("%1 needs unshare (util-linux) for its private user database").arg(name()));
    if (::geteuid() != 0)
        return no(QStringLiteral("%1 runs in a private mount namespace with its own users, which needs root").arg(name()));
    return true;
}

bool RealPop3Server::writeFiles(QString *error)
{
    QDir d(m_dir);
    const QString home = m_dir + QStringLiteral("/home/maria");
    for (const char *sub :
         {"etc/pam.d", "etc/courier", "mail", "home/maria/Maildir/cur", "home/maria/Maildir/new", "home/maria/Maildir/tmp"})
        d.mkpath(QLatin1String(sub));
    QByteArray passwd(kPasswd);
    passwd.replace("@HOME@", home.toUtf8());
    bool ok = writeFile(m_dir + QStringLiteral("/etc/passwd"), passwd)
        && writeFile(m_dir + QStringLiteral("/etc/shadow"), kShadow, QFile::ReadOwner | QFile::WriteOwner)
        && writeFile(m_dir + QStringLiteral("/etc/group"), kGroup);
    for (const char *service : {"popa3d", "solid-pop3d", "pop3", "mailutils", "other"})
        ok = ok && writeFile(m_dir + QStringLiteral("/etc/pam.d/") + QLatin1String(service), kPam);
    // the mail spool: dot-locks are made next to the mbox by the user itself
    ok = ok && ::chmod(QFile::encodeName(m_dir + QStringLiteral("/mail")).constData(), 01777) == 0;
    if (m_kind == Kind::Courier) {
        ok = ok
            && writeFile(m_dir + QStringLiteral("/etc/courier/authdaemonrc"),
                         "authmodulelist=\"authpam\"\ndaemons=1\nauthdaemonvar=/run/courier/authdaemon\n"
                         "DEBUG_LOGIN=0\nDEFAULTOPTIONS=\"\"\nLOGGEROPTS=\"\"\n");
        int i = 0;
        for (const QByteArray &m : std::as_const(m_messages)) {
            const QString file = QStringLiteral("%1/Maildir/cur/%2.M%3P1.mailferry:2,").arg(home).arg(1400000000 + i).arg(i);
            ++i;
            ok = ok && writeFile(file, m);
        }
    } else {
        ok = ok && writeFile(m_dir + QStringLiteral("/mail/maria"), toMbox(m_messages), QFile::ReadOwner | QFile::WriteOwner);
    }
    if (m_kind == Kind::MailutilsPop3d)
        ok = ok
            && writeFile(m_dir + QStringLiteral("/mailutils.conf"),
                         "mailbox {\n  mailbox-pattern \"mbox:///var/mail/${user}\";\n};\n");
    ok = ok && writeFile(m_dir + QStringLiteral("/connection.sh"), script().toUtf8());
    // everything the user owns
    const QByteArray chown = "chown -R " + QByteArray::number(kMariaUid) + ':' + QByteArray::number(kMariaUid) + ' ';
    ok = ok
        && ::system((chown + QFile::encodeName(home) + ' ' + QFile::encodeName(m_dir + QStringLiteral("/mail/"))
                     + (m_kind == Kind::Courier ? "" : "maria"))
                        .constData())
            == 0;
    if (!ok && error)
        *error = QStringLiteral("could not write the %1 fixture in %2").arg(name(), m_dir);
    return ok;
}

QString RealPop3Server::script() const
{
    const QString r = root();
    const QString d = m_dir;
    QString s = QStringLiteral("set -e\n");
    if (m_kind == Kind::Courier) {
        // authlib's socket, its modules and Courier's configuration are at compiled-in paths that
        // do not exist here: overlay them (read-only) over /etc and /usr/lib, a tmpfs on /run.
        s += QStringLiteral("mount -t overlay overlay -o lowerdir=%1/etc:%2/etc:/etc /etc\n").arg(d, r);
        s += QStringLiteral("mount -t overlay overlay -o lowerdir=%1/usr/lib:/usr/lib /usr/lib\n").arg(r);
        s += QStringLiteral("mount -t tmpfs none /run\nmkdir -p /run/courier/authdaemon\n");
        s += QStringLiteral("export LD_LIBRARY_PATH=%1\n").arg(libraryPath(r));
        s += QStringLiteral("(set -a; . %1/etc/courier/authdaemonrc; exec %2/usr/lib/courier/courier-authlib/authdaemond) &\n")
                 .arg(d, r);
        s += QStringLiteral(
            "i=0; while [ ! -S /run/courier/authdaemon/socket ] && [ $i -lt 200 ]; do sleep 0.01; i=$((i+1)); done\n");
        s += QStringLiteral("export TCPREMOTEIP=127.0.0.1 TCPREMOTEPORT=0 TCPLOCALIP=127.0.0.1 TCPLOCALPORT=110 POP3_PROXY=0\n");
        // not exec: the shell stays PID 1 of the namespace, so authdaemond dies with it
        s += QStringLiteral("%1 %2/usr/lib/courier/courier/courierpop3d Maildir\n").arg(binary(), r);
        return s;
    }
    for (const char *f : {"passwd", "shadow", "group"})
        s += QStringLiteral("mount --bind %1/etc/%2 /etc/%2\n").arg(d, QLatin1String(f));
    s += QStringLiteral("mount --bind %1/etc/pam.d /etc/pam.d\n").arg(d);
    s += QStringLiteral("mount --bind %1/mail /var/mail\n").arg(d);
    s += QStringLiteral("export LD_LIBRARY_PATH=%1\n").arg(libraryPath(r));
    switch (m_kind) {
    case Kind::Popa3d:
        // popa3d chroots into /var/lib/popa3d as its own user before it reads anything
        s += QStringLiteral("mount -t tmpfs none /var/lib\nmkdir /var/lib/popa3d\nexec %1\n").arg(binary());
        break;
    case Kind::MailutilsPop3d: s += QStringLiteral("exec %1 --inetd --config-file=%2/mailutils.conf\n").arg(binary(), d); break;
    case Kind::SolidPop3d:
        // with a home directory it reads bulletins, and a missing bulletin directory is fatal
        s += QStringLiteral("mount -t tmpfs none /var/lib\nmkdir -p /var/lib/solid-pop3d/bulletins\nexec %1\n").arg(binary());
        break;
    case Kind::Courier: break;
    }
    return s;
}

bool RealPop3Server::start(QString *error)
{
    QString why;
    if (!available(&why)) {
        if (error)
            *error = why;
        return false;
    }
    QDir base(fixtureRoot());
    const QString dirName =
        QStringLiteral("%1-%2-%3").arg(name()).arg(QCoreApplication::applicationPid()).arg(quintptr(this), 0, 16);
    base.mkpath(dirName);
    m_dir = base.absoluteFilePath(dirName);
    ::chmod(QFile::encodeName(m_dir).constData(), 0755);
    if (!writeFiles(error))
        return false;
    // a private mount namespace, and a private PID namespace whose end kills what it started
    m_acceptor = std::make_unique<InetdAcceptor>(QStandardPaths::findExecutable(QStringLiteral("unshare")),
                                                 QStringList{QStringLiteral("--kill-child"), QStringLiteral("-m"),
                                                             QStringLiteral("-p"), QStringLiteral("-f"), QStringLiteral("sh"),
                                                             m_dir + QStringLiteral("/connection.sh")},
                                                 m_dir + QStringLiteral("/stderr.log"));
    if (!m_acceptor->start()) {
        if (error)
            *error = QStringLiteral("no free loopback port for %1").arg(name());
        return false;
    }
    return true;
}

void RealPop3Server::stop()
{
    if (m_acceptor)
        m_acceptor->stopAll();
    m_acceptor.reset();
}

quint16 RealPop3Server::port() const
{
    return m_acceptor ? m_acceptor->serverPort() : 0;
}

QList<QByteArray> RealPop3Server::messagesLeft() const
{
    QList<QByteArray> out;
    if (m_kind == Kind::Courier) {
        for (const char *sub : {"cur", "new"}) {
            QDir dir(m_dir + QStringLiteral("/home/maria/Maildir/") + QLatin1String(sub));
            for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
                QFile file(dir.absoluteFilePath(f));
                if (file.open(QIODevice::ReadOnly))
                    out.append(file.readAll());
            }
        }
        return out;
    }
    QFile f(m_dir + QStringLiteral("/mail/maria"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray mbox = f.readAll();
    QByteArray current;
    bool inMessage = false;
    const QList<QByteArray> lines = mbox.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const bool atStart = line.startsWith("From ") && (i == 0 || lines.at(i - 1).isEmpty());
        if (atStart) {
            if (inMessage) {
                current.chop(1); // the blank separator line
                out.append(current);
            }
            current.clear();
            inMessage = true;
            continue;
        }
        if (i == lines.size() - 1 && line.isEmpty())
            break;
        current += (line.startsWith('>') && isFromLine(line) ? line.mid(1) : line) + '\n';
    }
    if (inMessage) {
        if (current.endsWith("\n\n"))
            current.chop(1);
        out.append(current);
    }
    return out;
}

QByteArray RealPop3Server::withoutServerChanges(QByteArray message) const
{
    const Traits t = traits();
    const bool crlf = message.contains("\r\n");
    const QByteArray eol = crlf ? "\r\n" : "\n";
    const qsizetype headerEnd = message.indexOf(eol + eol);
    if (headerEnd >= 0) {
        // every header line with its line end; the blank line and the body follow untouched
        const QByteArray header = message.left(headerEnd + eol.size());
        QByteArray kept;
        qsizetype pos = 0;
        while (pos < header.size()) {
            const qsizetype next = header.indexOf(eol, pos) + eol.size();
            const QByteArray line = header.mid(pos, next - pos);
            pos = next;
            const QByteArray name = line.left(line.indexOf(':')).toLower();
            auto isName = [&](const QByteArray &h) { return h.toLower() == name; };
            if (std::none_of(t.addedHeaders.begin(), t.addedHeaders.end(), isName)
                && std::none_of(t.mailboxHeaders.begin(), t.mailboxHeaders.end(), isName))
                kept += line;
        }
        message = kept + message.mid(headerEnd + eol.size());
    }
    if (t.retrAddsSeparatorLine && crlf && message.endsWith("\r\n\r\n"))
        message.chop(2);
    return message;
}

QString RealPop3Server::logTail(int lines) const
{
    QFile f(m_dir + QStringLiteral("/stderr.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace mf::test
