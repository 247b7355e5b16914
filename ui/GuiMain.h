#pragma once

class QApplication;

namespace mf::ui {

/// Starts the desktop UI: the wizard for a first run, the accounts window for returning users,
/// the tray icon. Returns the application's exit code.
int runGui(QApplication &app);

/// Loads Mailferry's and Qt's translations for the system locale (LANG/LC_ALL on Linux).
void installTranslations(QApplication &app);

} // namespace mf::ui
