// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountsWindow.h"
#include "wizard/SetupWizard.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QSystemTrayIcon;

namespace mf::ui {

class AppContext;

/// The desktop app's windows and their hand-offs: the wizard for a first run, the accounts
/// window for returning users, and the tray icon that keeps continuous sync alive when the
/// windows are closed and shows notifications on failure and at the end of a run.
class Shell : public QObject {
    Q_OBJECT
public:
    /// `trayAvailable` overrides QSystemTrayIcon::isSystemTrayAvailable() (tests: the offscreen
    /// platform has no tray).
    explicit Shell(AppContext &context, QObject *parent = nullptr, std::optional<bool> trayAvailable = std::nullopt);
    ~Shell() override;

    /// Shows the first window: the wizard when no mailbox is set up, else the accounts window.
    void start();
    /// `--background` (start at login): only the tray icon, and continuous sync starts for the
    /// first mailbox that has it. Without a tray the accounts window opens instead (and a log
    /// line says why); with no mailbox set up yet, the wizard opens.
    void startInBackground();
    /// Starts continuous sync for the first mailbox that has it enabled, without asking anything:
    /// a missing password or Google sign-in becomes a notification. Returns the account id, or
    /// an empty string when there is nothing to start.
    QString startContinuousSync();
    /// Opens the setup wizard (a first run, "Add a mailbox", or after `--client-secret`).
    void showWizard();
    void showAccounts();

    [[nodiscard]] SetupWizard *wizard() const { return m_wizard; }
    [[nodiscard]] AccountsWindow *accountsWindow() const { return m_accounts; }
    [[nodiscard]] QSystemTrayIcon *tray() const { return m_tray; }

private:
    void createTray(bool available);
    AccountsWindow *ensureAccountsWindow();
    void notify(const QString &title, const QString &text, bool problem);

    AppContext &m_context;
    QPointer<SetupWizard> m_wizard;
    QPointer<AccountsWindow> m_accounts;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace mf::ui
