// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/SignInPage.h"

#include "AppContext.h"
#include "google/Scopes.h"
#include "widgets/BrowserFallback.h"
#include "widgets/ClientAssistant.h"
#include "widgets/GoogleSignInFlow.h"
#include "widgets/SignInWaitDialog.h"
#include "wizard/SetupWizard.h"

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
    // Enter on it signs in only while it is the default (not signed in yet); afterwards the
    // wizard's Next takes Enter.
    m_signInButton->setAutoDefault(false);
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

    m_fallback = new BrowserFallback(this);

    m_clientNote = new QLabel(this);
    m_clientNote->setObjectName(QStringLiteral("clientNote"));
    m_clientNote->setWordWrap(true);
    m_clientNote->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(why);
    m_layout->addSpacing(8);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_status);
    m_layout->addWidget(m_fallback);
    // The assistant is made when it is needed (a copy without a built-in client).
    m_layout->addStretch(1);
    m_layout->addWidget(m_clientNote);

    connect(m_signInButton, &QPushButton::clicked, this, [this] { signIn(m_wantLabels); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
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
    updateDefaultButton();
    if (m_signInButton->isEnabled()) {
        m_signInButton->setFocus();
    } else if (m_assistant) {
        // The page is about to be shown: look for the downloaded client file from now on.
        m_assistant->startWatching();
        m_assistant->setFocus();
    }
}

void SignInPage::cleanupPage()
{
    if (m_flow)
        m_flow->cancel();
    if (m_assistant)
        m_assistant->stopWatching();
}

bool SignInPage::isComplete() const
{
    const SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w ? w->context() : nullptr;
    return ctx && ctx->googleAccount().isValid() && !isSigningIn();
}

void SignInPage::updateDefaultButton()
{
    // Called before completeChanged is emitted: QWizard then makes Next the default when it is
    // enabled, which takes the default away from this button.
    m_signInButton->setDefault(!isComplete() && m_signInButton->isEnabled());
}

void SignInPage::updateClientState()
{
    AppContext *ctx = setupWizardOf(this)->context();
    const bool haveClient = ctx->client().isValid();
    m_signInButton->setEnabled(haveClient && !isSigningIn());
    m_clientNote->setText(ctx->endpoints().isRedirected() ? tr("Development mode: Google's address is redirected to %1.")
                                                                .arg(ctx->endpoints().token.adjusted(QUrl::RemovePath).toString())
                                                          : QString());
    m_clientNote->setVisible(ctx->endpoints().isRedirected());
    if (!haveClient && !m_assistant) {
        m_assistant = new ClientAssistant(*ctx, this);
        // The page's own layout: the wizard may have moved it into a scroll area.
        m_layout->insertWidget(m_layout->indexOf(m_fallback) + 1, m_assistant);
        connect(m_assistant, &ClientAssistant::clientReady, this, [this] {
            updateClientState();
            m_status->setText(tr("Your Google client is ready. Now press \"Sign in with Google\"."));
            updateDefaultButton();
            m_signInButton->setFocus();
        });
    }
    if (m_assistant)
        m_assistant->setVisible(!haveClient);
}

void SignInPage::signIn(bool wantLabels)
{
    m_wantLabels = wantLabels;
    if (!m_flow) {
        m_flow = new GoogleSignInFlow(*setupWizardOf(this)->context(), this);
        connect(m_flow, &GoogleSignInFlow::waitingForBrowser, this, [this](const QUrl &url, bool opened) {
            if (opened)
                return;
            m_status->setText(tr("Waiting for you to sign in with the link below…"));
            m_fallback->showLink(url);
        });
        connect(m_flow, &GoogleSignInFlow::finished, this, [this](const Status &result) {
            m_cancelButton->hide();
            m_fallback->hide();
            m_signInButton->setEnabled(true);
            if (!result) {
                showProblem(result.error());
                updateDefaultButton();
                if (isVisible())
                    m_signInButton->setFocus();
                emit completeChanged();
                emit signInDone(false);
                return;
            }
            showConnected();
            const GoogleAccount account = setupWizardOf(this)->context()->googleAccount();
            if (m_wantLabels && !google::Scopes::contains(account.grantedScopes, google::Scopes::kGmailLabels))
                m_status->setText(m_status->text() + QStringLiteral("<br>")
                                  + tr("You did not allow labels, so your mail will go to the Inbox."));
            updateDefaultButton();
            emit completeChanged();
            // Signed in: Enter and the focus go to Next.
            if (isVisible()) {
                if (QAbstractButton *next = setupWizardOf(this)->button(QWizard::NextButton))
                    next->setFocus();
            }
            emit signInDone(true);
        });
    }
    m_signInButton->setEnabled(false);
    m_cancelButton->show();
    m_status->setText(tr("Waiting for you to finish in your browser… If it did not open, check your taskbar."));
    m_flow->start(wantLabels);
    if (!isVisible() && !m_waitDialog) {
        // Started from another page ("Allow labels…"): the wait and its way out are shown there.
        m_waitDialog = new SignInWaitDialog(m_flow, tr("Allow labels in your browser, then come back here."), window());
        m_waitDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_waitDialog->open();
    }
    updateDefaultButton();
    emit completeChanged();
    // Without a browser, the focus is on "Copy link" already.
    if (isVisible() && !m_fallback->isVisible())
        m_cancelButton->setFocus();
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
