#include "platform/Autostart.h"

#include "common/SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace mf::ui {

namespace {
const char kEntryName[] = "app.mailferry.Mailferry";

QString program()
{
    // An AppImage runs from a temporary mount; its stable path is in $APPIMAGE.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

bool writeFile(const QString &path, const QByteArray &content)
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
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + QLatin1String(kEntryName) + QStringLiteral(".plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/")
           + QLatin1String(kEntryName) + QStringLiteral(".desktop");
#endif
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    QSettings run(location(), QSettings::NativeFormat);
    return run.contains(QStringLiteral("Mailferry"));
#else
    return QFile::exists(location());
#endif
}

bool Autostart::setEnabled(bool enabled)
{
    QSettings(QString::fromLatin1(keys::kOrganization), QString::fromLatin1(keys::kApplication))
        .setValue(QString::fromLatin1(keys::kStartAtLogin), enabled);
#if defined(Q_OS_WIN)
    QSettings run(location(), QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral("Mailferry"), QStringLiteral("\"%1\" %2")
                                                      .arg(QDir::toNativeSeparators(program()), command().at(1)));
    else
        run.remove(QStringLiteral("Mailferry"));
    run.sync();
    return run.status() == QSettings::NoError;
#elif defined(Q_OS_MACOS)
    if (!enabled)
        return !QFile::exists(location()) || QFile::remove(location());
    const QByteArray plist =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\"><dict>\n"
        "  <key>Label</key><string>" + QByteArray(kEntryName) + "</string>\n"
        "  <key>ProgramArguments</key><array><string>" + program().toHtmlEscaped().toUtf8() +
        "</string><string>" + command().at(1).toUtf8() + "</string></array>\n"
        "  <key>RunAtLoad</key><true/>\n"
        "</dict></plist>\n";
    return writeFile(location(), plist);
#else
    if (!enabled)
        return !QFile::exists(location()) || QFile::remove(location());
    QString exec = program();
    exec.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QByteArray desktop = "[Desktop Entry]\n"
                               "Type=Application\n"
                               "Name=Mailferry\n"
                               "Comment=Moves mail from POP3 mailboxes into Gmail\n"
                               "Exec=\"" + exec.toUtf8() + "\" " + command().at(1).toUtf8() + "\n"
                               "Icon=app.mailferry.Mailferry\n"
                               "Terminal=false\n"
                               "X-GNOME-Autostart-enabled=true\n";
    return writeFile(location(), desktop);
#endif
}

} // namespace mf::ui
