// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QApplication;
class QCommandLineParser;

namespace mf::ui {

class AppContext;
class Shell;

/// How the desktop app was asked to start.
struct GuiOptions {
    /// `--background`: the start-at-login entries pass it. Only the tray icon appears, and
    /// continuous sync starts for the mailboxes that have it; without a tray the accounts window
    /// opens instead, so the user is never left with an invisible program.
    bool background = false;
    /// `--client-secret FILE`: a Google client file (client_secret.json) to import before the
    /// wizard opens, as the wizard's own assistant would import it.
    QString clientSecretFile;
};

/// Adds the desktop app's own options (`--background`, `--client-secret`) to `parser`; the headless commands have
/// their own parser in app/cli.
void addGuiOptions(QCommandLineParser &parser);
/// Reads the desktop app's options back after `parser` has processed the arguments.
[[nodiscard]] GuiOptions guiOptions(const QCommandLineParser &parser);

/// Applies `options` to the context and shows the first window through `shell`. False (with a
/// plain `error`) when the app must not start, such as an unusable `--client-secret` file.
[[nodiscard]] bool startShell(Shell &shell, AppContext &context, const GuiOptions &options, QString *error);

/// Starts the desktop UI: the wizard for a first run, the accounts window for returning users,
/// the tray icon (only the tray with `options.background`). Returns the application's exit code.
int runGui(QApplication &app, const GuiOptions &options = {});

/// Loads Mailferry's and Qt's translations for the system locale (LANG/LC_ALL on Linux).
void installTranslations(QApplication &app);

} // namespace mf::ui
