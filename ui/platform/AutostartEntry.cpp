// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/AutostartEntry.h"

namespace mf::ui::autostart {
namespace {

const QString kBackground = QStringLiteral("--background");

} // namespace

QString windowsRunCommand(const QString &program)
{
    return QLatin1Char('"') + program + QStringLiteral("\" ") + kBackground;
}

QByteArray launchAgentPlist(const QString &program)
{
    const QByteArray label(kEntryName);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<plist version=\"1.0\">\n<dict>\n"
           "  <key>Label</key>\n  <string>"
        + label
        + "</string>\n"
          "  <key>ProgramArguments</key>\n  <array>\n"
          "    <string>"
        + program.toHtmlEscaped().toUtf8()
        + "</string>\n"
          "    <string>"
        + kBackground.toUtf8()
        + "</string>\n"
          "  </array>\n"
          "  <key>RunAtLoad</key>\n  <true/>\n"
          "  <key>LimitLoadToSessionType</key>\n  <string>Aqua</string>\n"
          "  <key>ProcessType</key>\n  <string>Interactive</string>\n"
          "  <key>AssociatedBundleIdentifiers</key>\n  <array>\n    <string>"
        + label
        + "</string>\n  </array>\n"
          "</dict>\n</plist>\n";
}

QString desktopExecArgument(const QString &argument)
{
    // 1. Quoting rule of Exec: inside double quotes, '"', '`', '$' and '\' get a backslash.
    QString quoted;
    quoted.reserve(argument.size() + 8);
    for (const QChar c : argument) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted.append(QLatin1Char('\\'));
        quoted.append(c);
    }
    quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
    // 2. The string escapes of the file format, which a reader undoes before the quoting rule.
    QString escaped;
    escaped.reserve(quoted.size() + 8);
    for (const QChar c : quoted) {
        if (c == QLatin1Char('\\'))
            escaped.append(QStringLiteral("\\\\"));
        else if (c == QLatin1Char('\n'))
            escaped.append(QStringLiteral("\\n"));
        else if (c == QLatin1Char('\t'))
            escaped.append(QStringLiteral("\\t"));
        else if (c == QLatin1Char('\r'))
            escaped.append(QStringLiteral("\\r"));
        else if (c == QLatin1Char('%'))
            escaped.append(QStringLiteral("%%")); // 3. not a field code
        else
            escaped.append(c);
    }
    return escaped;
}

QByteArray xdgAutostartEntry(const QString &program)
{
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Mailferry\n"
           "Comment=Moves mail from POP3 mailboxes into Gmail\n"
           "Exec="
        + desktopExecArgument(program).toUtf8() + " " + kBackground.toUtf8()
        + "\n"
          "Icon="
        + QByteArray(kEntryName)
        + "\n"
          "Terminal=false\n"
          "X-GNOME-Autostart-enabled=true\n";
}

} // namespace mf::ui::autostart
