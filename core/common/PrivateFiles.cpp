#include "common/PrivateFiles.h"

#include "common/SettingsKeys.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace mf::privatefiles {
namespace {

constexpr QFileDevice::Permissions kDirPerms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kFilePerms
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

#ifdef Q_OS_UNIX
bool chmodExact(const QString &path, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return true; // gone: nothing to protect
    if (S_ISLNK(st.st_mode))
        return true; // never follow a link out of our folders
    if ((st.st_mode & 07777) == mode)
        return true;
    return ::chmod(native.constData(), mode) == 0;
}
#endif

} // namespace

void restrictUmask()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool ensurePrivateDir(const QString &path)
{
    if (path.isEmpty())
        return false;
    QDir dir(path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return false;
#ifdef Q_OS_UNIX
    return chmodExact(dir.absolutePath(), 0700);
#else
    Q_UNUSED(kDirPerms);
    return true;
#endif
}

bool makeFilePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    return chmodExact(path, 0600);
#else
    Q_UNUSED(path);
    Q_UNUSED(kFilePerms);
    return true;
#endif
}

bool tightenTree(const QString &dirPath)
{
#ifdef Q_OS_UNIX
    if (!QFileInfo(dirPath).isDir())
        return true;
    bool ok = chmodExact(dirPath, 0700);
    QDirIterator it(dirPath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        ok = chmodExact(info.filePath(), info.isDir() ? 0700 : 0600) && ok;
    }
    return ok;
#else
    Q_UNUSED(dirPath);
    return true;
#endif
}

bool protectSettingsFile(const QString &settingsFile)
{
    if (settingsFile.isEmpty())
        return true;
    const QFileInfo info(settingsFile);
    // Only a settings file on disk (the Windows registry has nothing to chmod).
    if (!info.isAbsolute())
        return true;
    bool ok = true;
    // Only Mailferry's own folder (~/.config/Mailferry) is tightened: a settings file elsewhere
    // (macOS's shared ~/Library/Preferences, a test's file in /tmp) leaves its folder alone.
    if (QFileInfo(info.absolutePath()).fileName() == QLatin1String(keys::kOrganization))
        ok = ensurePrivateDir(info.absolutePath());
    ok = makeFilePrivate(info.absoluteFilePath()) && ok;
    return ok;
}

} // namespace mf::privatefiles
