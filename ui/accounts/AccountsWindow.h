// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "migration/MailboxState.h"
#include "migration/MigrationTypes.h"

#include <QMainWindow>
#include <QSet>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mf::accounts {
struct AccountConfig;
struct LedgerSummary;
} // namespace mf::accounts

namespace mf::ui {

class AppContext;
class AccountSettingsDialog;

/// For returning users: the connected Gmail and the POP3 mailboxes that feed it, each with its
/// live state (idle, checking, copying n of m, waiting for Gmail's quota, paused, needs you), a
/// warning when its checks are late or have stalled, its last copy and its last successful check;
/// for the chosen mailbox "Sync now", "Pause"/"Resume", "Edit", "View log"; and "Add a mailbox"
/// and "Remove all my data" (offer an export, revoke the Google token, delete the keychain
/// entries, the ledgers and logs). The mailboxes run in the context's SyncHost, each on its own;
/// closing the window keeps continuous sync running in the tray.
class AccountsWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AccountsWindow(AppContext &context, QWidget *parent = nullptr);

    /// Re-reads the accounts from settings.
    void reload();
    /// Starts a run for `accountId` in the host (reads the password and token from the keychain
    /// first), or checks at once when it already runs (and resumes it when paused).
    /// With `quiet` (background start) nothing is asked: a missing password or Google sign-in
    /// emits attentionNeeded() instead of opening a dialog.
    /// With `retryFailed`, exactly the messages that failed are tried again ("Retry failed" in the log).
    void syncNow(const QString &accountId, bool quiet = false, bool retryFailed = false);
    /// "Pause" or "Resume" for one mailbox, whichever applies to its state now.
    void pauseOrResume(const QString &accountId);
    /// Selects the mailbox's row (a notification about it was clicked).
    void selectAccount(const QString &accountId);
    /// "Sign in again" with Google: the settings of the chosen mailbox (or the first), on the
    /// Google tab, with its "Sign in again" button focused.
    AccountSettingsDialog *showSignInAgain();
    /// A run this window did not start (the wizard's, kept going in the background) is shown here.
    void followRun(const QString &accountId);
    /// Removes every account, secret, ledger and log, and revokes the Google grant. `exportDir`,
    /// if given, receives one CSV per mailbox first; if that fails, nothing is removed. `done`
    /// gets success, or the plain-language problem to show. With `keepRecord` the records of what
    /// was copied stay (secrets and settings go), so setting up the same mailbox again resumes.
    void removeAllData(const QString &exportDir, std::function<void(Status)> done = {}, bool keepRecord = false);
    /// The status column's words for what a mailbox's ledger says ("Finished: 20 copied, 1 failed").
    [[nodiscard]] static QString statusText(const accounts::LedgerSummary &ledger);
    /// What the status column shows for `accountId` now (tests and screen readers).
    [[nodiscard]] QString statusOf(const QString &accountId) const;
    /// "Edit…": opens the settings dialog of `accountId` (window-modal) and returns it.
    AccountSettingsDialog *editAccount(const QString &accountId);
    /// When set, closing hides the window instead of quitting (continuous sync goes on in the tray).
    void setKeepRunningOnClose(bool keep) { m_keepRunning = keep; }

signals:
    void addMailboxRequested();
    void dataRemoved();
    /// A quiet sync could not start without the user (the tray shows it as a notification).
    void attentionNeeded(const QString &title, const QString &text);
    /// A run ended: the tray shows a notification.
    void runEnded(const QString &accountId, const mf::migration::RunSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    [[nodiscard]] QString selectedId() const;
    void updateButtons();
    void viewLog(const QString &accountId);
    void askRemoveAll();
    void onProgress(const migration::Progress &progress);
    void onMailboxChanged(const migration::MailboxState &state);
    void showRow(QTreeWidgetItem *item, const accounts::AccountConfig &account);
    [[nodiscard]] QTreeWidgetItem *rowOf(const QString &accountId) const;
    [[nodiscard]] bool followsWizardRun(const QString &accountId) const;

    AppContext &m_context;
    QLabel *m_gmail = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    /// The wizard's run this window shows (its controller, not the host), if any.
    QString m_runningId;
    /// Mailboxes to start again once their engine has stopped (their settings changed).
    QSet<QString> m_restartAfterStop;
    bool m_keepRunning = false;
};

} // namespace mf::ui
