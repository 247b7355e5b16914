// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace mf::ui::autostart {

/// The start-at-login entries of every system as pure text, so that a test on Linux checks all
/// three (ui/platform/Autostart.cpp writes the one of the running system). Each entry starts
/// `program` with `--background`.

/// The entry's name: the desktop file's and the LaunchAgent's label.
inline constexpr char kEntryName[] = "app.mailferry.Mailferry";
/// The value name under HKCU\Software\Microsoft\Windows\CurrentVersion\Run.
inline constexpr char kRunValueName[] = "Mailferry";

/// Windows, the Run value's data: the program in double quotes (a path with spaces would
/// otherwise be split at the first space, and Windows would try "C:\Program" first), then the
/// option. `program` uses native separators. Windows paths cannot contain '"'.
[[nodiscard]] QString windowsRunCommand(const QString &program);

/// macOS, a LaunchAgent property list: ProgramArguments (no shell, so no quoting beyond XML),
/// RunAtLoad, only in the graphical login session (LimitLoadToSessionType Aqua: not at an SSH
/// login), and AssociatedBundleIdentifiers, so that macOS 13 and later list it under Mailferry's
/// name and icon in System Settings > General > Login Items instead of as an unknown item.
[[nodiscard]] QByteArray launchAgentPlist(const QString &program);

/// Linux, an XDG autostart desktop entry. Exec follows the Desktop Entry Specification: the
/// program is quoted, with '"', '`', '$' and '\' escaped inside the quotes, then the string
/// escapes of the file format applied ('\' doubled again, newline as \n), and '%' doubled
/// because Exec gives it the meaning of a field code.
[[nodiscard]] QByteArray xdgAutostartEntry(const QString &program);

/// The Exec key's form of one argument (see xdgAutostartEntry()).
[[nodiscard]] QString desktopExecArgument(const QString &argument);

} // namespace mf::ui::autostart
