// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace mf::ui {

class AppContext;
class GoogleSignInFlow;
class MailboxForm;
class OptionsForm;

/// "Edit…" in the accounts window: one mailbox's settings, the way a mail program's account
/// settings work. Tabs for the old mailbox (the wizard's MailboxForm: host, port, security, user,
/// password, "Test connection"), the options (the wizard's OptionsForm), and the Google account
/// it feeds with "Sign in again". Changed server settings or a new password are saved only after
/// a connection test with them succeeded ("Save" runs the test first when needed); the password
/// goes to the credential store, never to settings. Nothing is saved on Cancel or on a failure.
class AccountSettingsDialog : public QDialog {
    Q_OBJECT
public:
    AccountSettingsDialog(AppContext &context, const accounts::AccountConfig &account, QWidget *parent = nullptr);

    [[nodiscard]] MailboxForm *mailboxForm() const { return m_mailbox; }
    [[nodiscard]] OptionsForm *optionsForm() const { return m_options; }

    /// "Save": tests the connection first if the server settings or the password changed.
    void save();

signals:
    /// The account was saved (settings, and the password if it changed).
    void saved(const QString &accountId);

private:
    void finishSave();
    void updateButtons();
    void showGoogle();
    void signInAgain(bool wantLabels);
    void setProblem(const QString &text);

    AppContext &m_context;
    accounts::AccountConfig m_account;
    QTabWidget *m_tabs = nullptr;
    MailboxForm *m_mailbox = nullptr;
    OptionsForm *m_options = nullptr;
    QLabel *m_google = nullptr;
    QLabel *m_googleStatus = nullptr;
    QPushButton *m_signInAgain = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    GoogleSignInFlow *m_signIn = nullptr;
    bool m_saving = false; ///< "Save" is waiting for the connection test
    bool m_grantingLabels = false;
};

} // namespace mf::ui
