#include "wizard/SignInPage.h"

#include "AppContext.h"
#include "common/Logging.h"
#include "common/SettingsKeys.h"
#include "google/GoogleSignIn.h"
#include "google/Scopes.h"
#include "secrets/CredentialStore.h"
#include "widgets/GoogleSignInFlow.h"
#include "wizard/SetupWizard.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mf::ui {

SignInPage::SignInPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Sign in with Google"));
    setSubTitle(tr("Your browser opens on Google's page. Choose the Gmail account that should receive your old mail "
                   "and allow Mailferry to add messages to it."));

    auto *why = new QLabel(tr("Mailferry asks only for permission to <b>add</b> messages to your Gmail. It cannot read, "
                              "change or delete anything that is already there."),
                           this);
    why->setWordWrap(true);
    why->setTextFormat(Qt::RichText);

    m_signInButton = new QPushButton(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")), tr("&Sign in with Google"), this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in with Google"));
    m_signInButton->setAccessibleDescription(tr("Opens Google's sign-in page in your web browser"));
    m_signInButton->setMinimumHeight(40);
    m_cancelButton = new QPushButton(tr("Stop &waiting"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelButton->setAccessibleName(tr("Stop waiting for the browser"));
    m_cancelButton->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_clientNote = new QLabel(this);
    m_clientNote->setObjectName(QStringLiteral("clientNote"));
    m_clientNote->setWordWrap(true);
    m_importButton = new QPushButton(tr("&Use my own Google Cloud client (client_secret.json)…"), this);
    m_importButton->setObjectName(QStringLiteral("importClientButton"));
    m_importButton->setAccessibleName(tr("Import a client_secret.json file"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_clientNote);
    layout->addWidget(m_importButton, 0, Qt::AlignLeft);

    connect(m_signInButton, &QPushButton::clicked, this, [this] { signIn(m_wantLabels); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    connect(m_importButton, &QPushButton::clicked, this, &SignInPage::importClientFile);
}

bool SignInPage::isSigningIn() const
{
    return m_flow && m_flow->isRunning();
}

void SignInPage::initializePage()
{
    updateClientState();
    AppContext *ctx = setupWizardOf(this)->context();
    if (ctx->googleAccount().isValid())
        showConnected();
    m_signInButton->setFocus();
}

void SignInPage::cleanupPage()
{
    if (m_flow)
        m_flow->cancel();
}

bool SignInPage::isComplete() const
{
    const SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w ? w->context() : nullptr;
    return ctx && ctx->googleAccount().isValid() && !isSigningIn();
}

void SignInPage::updateClientState()
{
    AppContext *ctx = setupWizardOf(this)->context();
    const bool haveClient = ctx->client().isValid();
    m_signInButton->setEnabled(haveClient && !isSigningIn());
    if (haveClient) {
        m_clientNote->setText(ctx->endpoints().isRedirected()
                                  ? tr("Development mode: Google's address is redirected to %1.")
                                        .arg(ctx->endpoints().token.adjusted(QUrl::RemovePath).toString())
                                  : QString());
        m_clientNote->setVisible(ctx->endpoints().isRedirected());
    } else {
        m_clientNote->setText(tr("This copy of Mailferry has no Google client built in. Create a \"Desktop app\" client "
                                 "in your own Google Cloud project, download its client_secret.json and choose it here."));
        m_clientNote->show();
    }
}

void SignInPage::importClientFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose your client_secret.json"), QString(),
                                                      tr("Google client file (*.json)"));
    if (file.isEmpty())
        return;
    auto config = google::ClientConfig::fromJsonFile(file);
    if (!config) {
        showProblem(config.error());
        return;
    }
    AppContext *ctx = setupWizardOf(this)->context();
    ctx->setClient(config.value());
    // The path only: the file is the user's and stays where they keep it.
    ctx->settings()->setValue(QString::fromLatin1(keys::kGoogleClientFile), file);
    m_status->setText(tr("Your Google client is ready. Now sign in."));
    updateClientState();
}

void SignInPage::signIn(bool wantLabels)
{
    m_wantLabels = wantLabels;
    if (!m_flow) {
        m_flow = new GoogleSignInFlow(*setupWizardOf(this)->context(), this);
        connect(m_flow, &GoogleSignInFlow::finished, this, [this](const Status &result) {
            m_cancelButton->hide();
            m_signInButton->setEnabled(true);
            if (!result) {
                showProblem(result.error());
                emit completeChanged();
                emit signInDone(false);
                return;
            }
            showConnected();
            const GoogleAccount account = setupWizardOf(this)->context()->googleAccount();
            if (m_wantLabels && !google::Scopes::contains(account.grantedScopes, google::Scopes::kGmailLabels))
                m_status->setText(m_status->text() + QStringLiteral("<br>")
                                  + tr("You did not allow labels, so your mail will go to the Inbox."));
            emit completeChanged();
            emit signInDone(true);
        });
    }
    m_signInButton->setEnabled(false);
    m_cancelButton->show();
    m_status->setText(tr("Waiting for you to finish in your browser… If it did not open, check your taskbar."));
    m_flow->start(wantLabels);
    emit completeChanged();
}

void SignInPage::showConnected()
{
    AppContext *ctx = setupWizardOf(this)->context();
    m_status->setText(tr("<b>Connected:</b> %1").arg(ctx->googleAccount().email.toHtmlEscaped()));
    m_signInButton->setText(tr("&Sign in with another account"));
}

void SignInPage::showProblem(const Error &error)
{
    const QString text = GoogleSignInFlow::explain(error);
    m_status->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()));
    m_status->setAccessibleDescription(text);
}

} // namespace mf::ui
