// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountsWindow.h"
#include "wizard/SetupWizard.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QAction;
class QSystemTrayIcon;

namespace mf {
class Timer;
struct Error;
} // namespace mf
namespace mf::migration {
struct MailboxState;
struct RunSummary;
} // namespace mf::migration

namespace mf::ui {

class AppContext;
class Notifier;

/// The desktop app's windows and their hand-offs: the wizard for a first run, the accounts
/// window for returning users, and the tray icon that keeps continuous sync of every mailbox
/// alive when the windows are closed. The tray's tooltip adds the mailboxes up ("3 mailboxes: 2
/// up to date, 1 copying 120 of 400"); its notifications say, once per episode, when a mailbox
/// needs the user (the others go on), when one has not checked successfully for longer than three
/// times its interval, and a day before Google's consent of a "Testing" project ends.
class Shell : public QObject {
    Q_OBJECT
public:
    /// `trayAvailable` overrides QSystemTrayIcon::isSystemTrayAvailable() (tests: the offscreen
    /// platform has no tray).
    explicit Shell(AppContext &context, QObject *parent = nullptr, std::optional<bool> trayAvailable = std::nullopt);
    ~Shell() override;

    /// Shows the first window: the wizard when no mailbox is set up, else the accounts window.
    void start();
    /// `--background` (start at login): only the tray icon, and continuous sync starts for every
    /// mailbox that has it. Without a tray the accounts window opens instead (and a log line says
    /// why); with no mailbox set up yet, the wizard opens.
    void startInBackground();
    /// Starts continuous sync for every mailbox that has it enabled, without asking anything:
    /// a missing password or Google sign-in becomes a notification. Returns the account ids
    /// started (empty when there is nothing to start).
    QStringList startContinuousSync();
    /// Looks at the health of every continuous mailbox and at Google's consent now, and notifies
    /// what became a problem (once per episode). Runs every minute of the context's clock.
    void checkHealth();
    /// "Sign in again" (from the consent warning): the accounts window and the mailbox settings'
    /// Google tab.
    void signInAgain();
    /// Opens the setup wizard (a first run, "Add a mailbox", or after `--client-secret`).
    void showWizard();
    void showAccounts();

    [[nodiscard]] SetupWizard *wizard() const { return m_wizard; }
    [[nodiscard]] AccountsWindow *accountsWindow() const { return m_accounts; }
    [[nodiscard]] QSystemTrayIcon *tray() const { return m_tray; }
    /// Every desktop notification goes through it (tests read its history).
    [[nodiscard]] Notifier *notifier() const { return m_notifier; }
    /// What the tray's tooltip says now.
    [[nodiscard]] QString trayText() const;

    /// How often health and consent are looked at.
    static constexpr std::chrono::minutes kHealthEvery{1};

private:
    void createTray(bool available);
    AccountsWindow *ensureAccountsWindow();
    void updateTray();
    void onMailboxChanged(const migration::MailboxState &state);
    void onNeedsYou(const QString &accountId, const Error &error);
    void onRunFinished(const QString &accountId, const migration::RunSummary &summary);
    void onNotificationClicked(const QString &episode);
    void handOverFromWizard(const QString &accountId);
    [[nodiscard]] QString mailboxName(const QString &accountId) const;

    AppContext &m_context;
    Notifier *m_notifier = nullptr;
    Timer *m_healthTimer = nullptr;
    QAction *m_signInAgain = nullptr;
    QAction *m_summary = nullptr; ///< the tray menu's first line: every mailbox added up
    QPointer<SetupWizard> m_wizard;
    QPointer<AccountsWindow> m_accounts;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace mf::ui
