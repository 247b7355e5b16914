// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace mf::ui {

/// "Start Mailferry when I log in", the way each system does it:
///  - Linux: a .desktop file in ~/.config/autostart (XDG Autostart);
///  - Windows: a value under HKCU\Software\Microsoft\Windows\CurrentVersion\Run;
///  - macOS: a LaunchAgent plist in ~/Library/LaunchAgents.
/// Every entry starts Mailferry with `--background`: only the tray icon appears and continuous
/// sync starts; nobody wants a wizard popping up at every login.
class Autostart {
public:
    /// The option the entries pass (without the dashes); main() parses it for the GUI.
    static constexpr char kBackgroundOption[] = "background";

    [[nodiscard]] static bool isEnabled();
    /// Returns false if the entry could not be written or removed.
    static bool setEnabled(bool enabled);
    /// Where the entry lives on this system (a file path, or the registry key on Windows).
    [[nodiscard]] static QString location();
    /// The command line the entry runs: the program, then `--background`.
    [[nodiscard]] static QStringList command();
};

} // namespace mf::ui
