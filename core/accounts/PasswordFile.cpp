// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/PasswordFile.h"

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mf::accounts {
namespace {

Error refused(const QString &message)
{
    return Error::account(Error::Code::Unknown, message);
}

#ifdef Q_OS_UNIX
/// Why the opened file `fd` is not the user's alone, or empty.
QString problemOf(int fd, const QString &path)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return PasswordFile::tr("The password file %1 cannot be checked: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return PasswordFile::tr("The password file %1 is not a regular file.").arg(path);
    if (st.st_uid != ::geteuid())
        return PasswordFile::tr("The password file %1 belongs to another user; it must be yours alone.").arg(path);
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return PasswordFile::tr("The password file %1 can be read or changed by others (mode %2). Make it yours alone "
                                "with: chmod 600 %1")
            .arg(path)
            .arg(QString::number(st.st_mode & 0777, 8).rightJustified(3, QLatin1Char('0')));
    return {};
}
#endif

} // namespace

Result<PasswordList> PasswordFile::parse(const QByteArray &input)
{
    if (input.size() > kMaxBytes)
        return refused(tr("The passwords are more than %1 bytes; one line per mailbox is a few dozen.").arg(kMaxBytes));
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return refused(tr("The passwords are not UTF-8 text."));
    PasswordList list;
    QHash<QString, int> lineOf;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = i + 1;
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        qsizetype split = tab < 0 ? comma : (comma < 0 ? tab : std::min(tab, comma));
        if (split < 0)
            return refused(tr("Line %1 of the passwords has no TAB or comma between the address and the password.").arg(number));
        const QString address = line.left(split).trimmed().toLower();
        const QString password = line.mid(split + 1);
        if (!address.contains(QLatin1Char('@')) || address.contains(QLatin1Char(' ')))
            return refused(tr("Line %1 of the passwords does not start with an email address.").arg(number));
        if (password.isEmpty())
            return refused(tr("Line %1 of the passwords has an empty password.").arg(number));
        if (lineOf.contains(address))
            return refused(tr("Line %1 of the passwords names %2 again (first on line %3).")
                               .arg(number)
                               .arg(address)
                               .arg(lineOf.value(address)));
        lineOf.insert(address, number);
        list.insert(address, password);
    }
    return list;
}

QString PasswordFile::accessProblem(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return tr("The password file %1 cannot be opened: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    const QString problem = problemOf(fd, path);
    ::close(fd);
    return problem;
#else
    return tr("A password file cannot be checked for privacy on this system; give the passwords with "
              "--passwords-stdin instead.");
#endif
}

Result<PasswordList> PasswordFile::readFile(const QString &path)
{
#ifdef Q_OS_UNIX
    // Opened once and checked on the open file: no window in which another file could take its place.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return refused(tr("The password file %1 cannot be opened: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const QString problem = problemOf(fd, path);
    if (!problem.isEmpty()) {
        ::close(fd);
        return refused(problem);
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refused(tr("The password file %1 cannot be read: %2").arg(path, file.errorString()));
    }
    return readDevice(&file);
#else
    Q_UNUSED(path);
    return refused(accessProblem(path));
#endif
}

Result<PasswordList> PasswordFile::readDevice(QIODevice *device)
{
    QByteArray bytes;
    // One byte more than allowed is enough to refuse; a read of nothing is the end (or an error).
    while (bytes.size() <= kMaxBytes) {
        const QByteArray chunk = device->read(kMaxBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return parse(bytes);
}

QString PasswordFile::lookUp(const PasswordList &list, const QString &address)
{
    return list.value(address.trimmed().toLower());
}

} // namespace mf::accounts
