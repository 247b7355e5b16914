// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mf::ui {

class BrowserFallback;
class ClientAssistant;
class GoogleSignInFlow;
class SignInWaitDialog;

/// "Sign in with Google": opens the system browser on Google's consent page (or shows the link
/// to copy when no browser opens), shows which account is connected, explains cancel, timeout,
/// declined consent and unticked permissions in plain words with a retry. When this copy has no
/// Google client built in, the ClientAssistant guides the user to make one first.
class SignInPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    void cleanupPage() override;

    /// Starts a sign-in; with `wantLabels` it also asks for the label permission (used again by
    /// the options page when the user picks a label: then a small window with "Stop waiting"
    /// shows the wait, as this page is not on screen).
    void signIn(bool wantLabels);
    [[nodiscard]] bool isSigningIn() const;

signals:
    /// A sign-in ended; `ok` when an account is connected with every permission asked for.
    void signInDone(bool ok);

private:
    void showConnected();
    void showProblem(const Error &error);
    void updateClientState();
    /// Enter means "Sign in" until an account is connected, then "Next".
    void updateDefaultButton();

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_clientNote = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    BrowserFallback *m_fallback = nullptr;
    ClientAssistant *m_assistant = nullptr;
    GoogleSignInFlow *m_flow = nullptr;
    QPointer<SignInWaitDialog> m_waitDialog;
    bool m_wantLabels = false;
};

} // namespace mf::ui
