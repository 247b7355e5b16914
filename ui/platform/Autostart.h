#pragma once

#include <QString>

namespace mf::ui {

/// "Start Mailferry when I log in", the way each system does it:
///  - Linux: a .desktop file in ~/.config/autostart (XDG Autostart);
///  - Windows: a value under HKCU\Software\Microsoft\Windows\CurrentVersion\Run;
///  - macOS: a LaunchAgent plist in ~/Library/LaunchAgents.
/// A returning user's Mailferry opens on the accounts window and keeps its tray icon.
class Autostart {
public:
    [[nodiscard]] static bool isEnabled();
    /// Returns false if the entry could not be written or removed.
    static bool setEnabled(bool enabled);
    /// Where the entry lives on this system (a file path, or the registry key on Windows).
    [[nodiscard]] static QString location();
};

} // namespace mf::ui
