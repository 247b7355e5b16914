// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/Autostart.h"

#include "common/SettingsKeys.h"
#include "platform/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace mf::ui {

namespace {

QString program()
{
    // An AppImage runs from a temporary mount; its stable path is in $APPIMAGE.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

[[maybe_unused]] bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(content);
    return f.commit();
}
} // namespace

QStringList Autostart::command()
{
    return {program(), QStringLiteral("--") + QLatin1String(kBackgroundOption)};
}

QString Autostart::location()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + QLatin1String(autostart::kEntryName)
        + QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
        + QLatin1String(autostart::kEntryName) + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    QSettings run(location(), QSettings::NativeFormat);
    return run.contains(QLatin1String(autostart::kRunValueName));
#else
    return QFile::exists(location());
#endif
}

// The entries' text is built by AutostartEntry (checked on Linux for every system); only where
// it goes differs here.
bool Autostart::setEnabled(bool enabled)
{
    QSettings(QString::fromLatin1(keys::kOrganization), QString::fromLatin1(keys::kApplication))
        .setValue(QString::fromLatin1(keys::kStartAtLogin), enabled);
#if defined(Q_OS_WIN)
    QSettings run(location(), QSettings::NativeFormat);
    if (enabled)
        run.setValue(QLatin1String(autostart::kRunValueName), autostart::windowsRunCommand(QDir::toNativeSeparators(program())));
    else
        run.remove(QLatin1String(autostart::kRunValueName));
    run.sync();
    return run.status() == QSettings::NoError;
#else
    if (!enabled)
        return !QFile::exists(location()) || QFile::remove(location());
#if defined(Q_OS_MACOS)
    return writeFile(location(), autostart::launchAgentPlist(program()));
#else
    return writeFile(location(), autostart::xdgAutostartEntry(program()));
#endif
#endif
}

} // namespace mf::ui
