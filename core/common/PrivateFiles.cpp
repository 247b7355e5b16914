// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/PrivateFiles.h"

#include "common/SettingsKeys.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <aclapi.h>
#include <sddl.h>
#include <string>
#include <windows.h>
#endif

namespace mf::privatefiles {
namespace {

constexpr QFileDevice::Permissions kDirPerms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions kFilePerms =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

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

#ifdef Q_OS_WIN
/// The SID of the user this process runs as, e.g. "S-1-5-21-...-1001"; empty if it cannot be read.
QString currentUserSid()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), Qt::Uninitialized);
    QString sid;
    if (size > 0 && ::GetTokenInformation(token, TokenUser, buffer.data(), size, &size)) {
        LPWSTR text = nullptr;
        if (::ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(buffer.data())->User.Sid, &text)) {
            sid = QString::fromWCharArray(text);
            ::LocalFree(text);
        }
    }
    ::CloseHandle(token);
    return sid;
}

/// Replaces the access list of `path` with privateDirectorySddl() for the current user.
bool restrictToUser(const QString &path)
{
    const QString sid = currentUserSid();
    if (sid.isEmpty())
        return false;
    const std::wstring sddl = privateDirectorySddl(sid).toStdWString();
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1, &descriptor, nullptr))
        return false;
    BOOL present = FALSE;
    BOOL defaulted = FALSE;
    PACL dacl = nullptr;
    bool ok = ::GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted) && present;
    if (ok) {
        std::wstring native = QDir::toNativeSeparators(path).toStdWString();
        ok = ::SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                     DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION, nullptr, nullptr, dacl,
                                     nullptr)
            == ERROR_SUCCESS;
    }
    ::LocalFree(descriptor);
    return ok;
}
#endif

} // namespace

QString privateDirectorySddl(const QString &userSid)
{
    return QStringLiteral("D:P(A;OICI;FA;;;%1)(A;OICI;FA;;;SY)").arg(userSid);
}

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
    const bool created = !dir.exists();
    if (created && !dir.mkpath(QStringLiteral(".")))
        return false;
#if defined(Q_OS_UNIX)
    Q_UNUSED(created);
    return chmodExact(dir.absolutePath(), 0700);
#elif defined(Q_OS_WIN)
    Q_UNUSED(kDirPerms);
    return !created || restrictToUser(dir.absolutePath());
#else
    Q_UNUSED(kDirPerms);
    Q_UNUSED(created);
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
    QDirIterator it(dirPath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
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
