// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/GoogleSignInFlow.h"

#include "AppContext.h"
#include "accounts/AccountService.h"
#include "common/Logging.h"
#include "google/GoogleSignIn.h"
#include "google/Scopes.h"
#include "secrets/CredentialStore.h"
#include "widgets/SecretSaver.h"

#include <QWidget>

namespace mf::ui {

GoogleSignInFlow::GoogleSignInFlow(AppContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{
}

void GoogleSignInFlow::cancel()
{
    if (m_signIn)
        m_signIn->cancel();
}

void GoogleSignInFlow::start(bool wantLabels)
{
    AppContext *ctx = &m_context;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
    }
    m_consentUrl = QUrl();
    m_browserOpened = false;
    const QStringList scopes = google::Scopes::forOptions(wantLabels);
    m_signIn = new google::GoogleSignIn(ctx->endpoints(), ctx->network(), ctx->clock(), this);
    connect(m_signIn, &google::GoogleSignIn::openBrowser, this, [this, ctx](const QUrl &url) {
        m_consentUrl = url;
        m_browserOpened = ctx->openUrl(url);
        emit waitingForBrowser(url, m_browserOpened);
    });
    connect(m_signIn, &google::GoogleSignIn::finished, this, [this, ctx, scopes](const Result<google::SignInResult> &result) {
        if (m_signIn)
            m_signIn->deleteLater();
        m_signIn = nullptr;
        if (!result) {
            emit finished(Status(result.error()));
            return;
        }
        const google::SignInResult &r = result.value();
        for (const QString &scope : scopes) {
            // The label permission is optional: without it, mail goes to the Inbox.
            if (!google::Scopes::contains(r.grantedScopes, scope) && scope != google::Scopes::kGmailLabels) {
                emit finished(Status(Error::account(Error::Code::ScopeNotGranted, QString())));
                return;
            }
        }
        const GoogleAccount account{r.email, r.refreshToken, r.grantedScopes};
        saveSecret(*ctx, m_dialogParent, secrets::googleRefreshTokenKey(r.email), r.refreshToken,
                   [this, ctx, account, consent = r.consent](Status saved) {
            if (saved) {
                ctx->accountService().recordConsent(account.email, consent);
                ctx->setGoogleAccount(account);
            }
            emit finished(saved);
        });
    });
    m_signIn->start(ctx->client(), scopes);
}

QString GoogleSignInFlow::explain(const Error &error)
{
    QString text;
    switch (error.code) {
    case Error::Code::SignInCancelled: text = tr("Sign-in was stopped. Press \"Sign in with Google\" to try again."); break;
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
    return text;
}

} // namespace mf::ui
