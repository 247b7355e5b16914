#include "wizard/SignInPage.h"

#include "AppContext.h"
#include "common/Logging.h"
#include "common/SettingsKeys.h"
#include "google/GoogleSignIn.h"
#include "google/Scopes.h"
#include "secrets/CredentialStore.h"
#include "widgets/SecretSaver.h"
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
        if (m_signIn)
            m_signIn->cancel();
    });
    connect(m_importButton, &QPushButton::clicked, this, &SignInPage::importClientFile);
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
    if (m_signIn)
        m_signIn->cancel();
}

bool SignInPage::isComplete() const
{
    const SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w ? w->context() : nullptr;
    return ctx && ctx->googleAccount().isValid() && !m_signIn;
}

void SignInPage::updateClientState()
{
    AppContext *ctx = setupWizardOf(this)->context();
    const bool haveClient = ctx->client().isValid();
    m_signInButton->setEnabled(haveClient && !m_signIn);
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
    AppContext *ctx = setupWizardOf(this)->context();
    if (m_signIn)
        m_signIn->cancel();
    m_wantLabels = wantLabels;
    const QStringList scopes = google::Scopes::forOptions(wantLabels);
    m_signIn = new google::GoogleSignIn(ctx->endpoints(), ctx->network(), ctx->clock(), this);
    connect(m_signIn, &google::GoogleSignIn::openBrowser, this, [ctx](const QUrl &url) { ctx->openUrl(url); });
    connect(m_signIn, &google::GoogleSignIn::finished, this, [this, ctx, scopes](const Result<google::SignInResult> &result) {
        if (m_signIn)
            m_signIn->deleteLater();
        m_signIn = nullptr;
        m_cancelButton->hide();
        m_signInButton->setEnabled(true);
        if (!result) {
            showProblem(result.error());
            emit completeChanged();
            emit signInDone(false);
            return;
        }
        const google::SignInResult &r = result.value();
        for (const QString &scope : scopes) {
            if (!google::Scopes::contains(r.grantedScopes, scope) && scope != google::Scopes::kGmailLabels) {
                showProblem(Error::account(Error::Code::ScopeNotGranted, QString()));
                emit completeChanged();
                emit signInDone(false);
                return;
            }
        }
        GoogleAccount account{r.email, r.refreshToken, r.grantedScopes};
        m_status->setText(tr("Saving your sign-in in the system keychain…"));
        saveSecret(*ctx, this, secrets::googleRefreshTokenKey(r.email), r.refreshToken,
                   [this, ctx, account, scopes](Status saved) {
                       if (!saved) {
                           showProblem(saved.error());
                           emit completeChanged();
                           emit signInDone(false);
                           return;
                       }
                       ctx->setGoogleAccount(account);
                       showConnected();
                       if (m_wantLabels && !google::Scopes::contains(account.grantedScopes, google::Scopes::kGmailLabels))
                           m_status->setText(m_status->text() + QStringLiteral("<br>")
                                             + tr("You did not allow labels, so your mail will go to the Inbox."));
                       emit completeChanged();
                       emit signInDone(true);
                   });
    });
    m_signInButton->setEnabled(false);
    m_cancelButton->show();
    m_status->setText(tr("Waiting for you to finish in your browser… If it did not open, check your taskbar."));
    m_signIn->start(ctx->client(), scopes);
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
    QString text;
    switch (error.code) {
    case Error::Code::SignInCancelled:
        text = tr("Sign-in was stopped. Press \"Sign in with Google\" to try again.");
        break;
    case Error::Code::SignInTimedOut:
        text = tr("Google did not answer in time. If you closed the browser tab, press \"Sign in with Google\" "
                  "to start again.");
        break;
    case Error::Code::ConsentDeclined:
        text = tr("You did not allow Mailferry to add messages to Gmail, so it cannot copy your mail. "
                  "Press \"Sign in with Google\" and choose \"Allow\" to try again.");
        break;
    case Error::Code::ScopeNotGranted:
        text = tr("The box \"Add emails into your Gmail mailbox\" was not ticked on Google's page. Mailferry needs it "
                  "to copy your mail. Sign in again and tick it.");
        break;
    case Error::Code::ClientConfigMissing:
    case Error::Code::ClientConfigInvalid:
        text = error.message.isEmpty() ? tr("The Google client file could not be used.") : error.message;
        break;
    default:
        text = error.message.isEmpty() ? tr("Signing in did not work. Check your internet connection and try again.")
                                       : error.message;
        break;
    }
    qCInfo(lcUi) << "sign-in problem:" << Error::codeName(error.code) << error.detail;
    m_status->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()));
    m_status->setAccessibleDescription(text);
}

} // namespace mf::ui
