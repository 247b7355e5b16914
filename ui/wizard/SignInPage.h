#pragma once

#include "common/Error.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace mf::ui {

class GoogleSignInFlow;

/// "Sign in with Google": opens the system browser on Google's consent page, shows which account
/// is connected, explains cancel, timeout, declined consent and unticked permissions in plain
/// words with a retry, and imports a client_secret.json when no client is built in.
class SignInPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    void cleanupPage() override;

    /// Starts a sign-in; with `wantLabels` it also asks for the label permission (used again by
    /// the options page when the user picks a label).
    void signIn(bool wantLabels);
    [[nodiscard]] bool isSigningIn() const;

signals:
    /// A sign-in ended; `ok` when an account is connected with every permission asked for.
    void signInDone(bool ok);

private:
    void importClientFile();
    void showConnected();
    void showProblem(const Error &error);
    void updateClientState();

    QLabel *m_status = nullptr;
    QLabel *m_clientNote = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_importButton = nullptr;
    GoogleSignInFlow *m_flow = nullptr;
    bool m_wantLabels = false;
};

} // namespace mf::ui
