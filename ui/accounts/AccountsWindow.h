// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "migration/MigrationTypes.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mf::accounts {
struct LedgerSummary;
}

namespace mf::ui {

class AppContext;
class AccountSettingsDialog;

/// For returning users: the connected Gmail and the POP3 mailboxes that feed it, each with its
/// status and last run; "Sync now", "Edit", "View log", "Add a mailbox" and "Remove all my data"
/// (offer an export, revoke the Google token, delete the keychain entries, the ledgers and logs).
/// Closing it keeps continuous sync running in the tray.
class AccountsWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AccountsWindow(AppContext &context, QWidget *parent = nullptr);

    /// Re-reads the accounts from settings.
    void reload();
    /// Starts a run for `accountId` (reads the password and token from the keychain first).
    /// With `quiet` (background start) nothing is asked: a missing password or Google sign-in
    /// emits attentionNeeded() instead of opening a dialog.
    /// With `retryFailed`, exactly the messages that failed are tried again ("Retry failed" in the log).
    void syncNow(const QString &accountId, bool quiet = false, bool retryFailed = false);
    /// A run this window did not start (the wizard's, kept going in the background) is shown here.
    void followRun(const QString &accountId);
    /// Removes every account, secret, ledger and log, and revokes the Google grant. `exportDir`,
    /// if given, receives one CSV per mailbox first; if that fails, nothing is removed. `done`
    /// gets success, or the plain-language problem to show. With `keepRecord` the records of what
    /// was copied stay (secrets and settings go), so setting up the same mailbox again resumes.
    void removeAllData(const QString &exportDir, std::function<void(Status)> done = {}, bool keepRecord = false);
    /// The status column's words for what a mailbox's ledger says ("Finished: 20 copied, 1 failed").
    [[nodiscard]] static QString statusText(const accounts::LedgerSummary &ledger);
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

    AppContext &m_context;
    QLabel *m_gmail = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_log = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_runningId;
    bool m_keepRunning = false;
};

} // namespace mf::ui
