// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/SigninCommand.h"

#include "accounts/AccountService.h"
#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "cli/StopRequests.h"
#include "cli/TerminalText.h"
#include "google/ConsentLifetime.h"
#include "google/GoogleSignIn.h"
#include "google/Scopes.h"
#include "secrets/CredentialStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

#include <optional>

namespace mf::app {
namespace {

/// Asks the system to open `url` in the browser; false when it could not even try.
bool openBrowser(const QUrl &url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}

} // namespace

SigninCommand::SigninCommand(const CliOptions &options, accounts::AccountService *service, Clock *clock, QTextStream &out,
                             QTextStream &err, bool tty)
    : m_options(options)
    , m_service(service)
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
    , m_tty(tty)
{
}

int SigninCommand::run()
{
    const QString asked = m_options.value(QStringLiteral("gmail")).trimmed();
    const bool json = m_options.isSet(QStringLiteral("json"));
    const Result<google::ClientConfig> client = m_service->clientConfig(m_options.value(QStringLiteral("client-secret")));
    if (!client || !client.value().isValid()) {
        m_err << (client ? tr("No Google client is configured. Give --client-secret with the client_secret.json of your "
                              "Google Cloud project.")
                         : client.error().message)
              << '\n';
        return ExitAccount;
    }
    QNetworkAccessManager network;
    google::GoogleSignIn signIn(google::Endpoints::fromEnvironment(), &network, m_clock);
    // The label permission is asked for too (the CSV may name labels); only gmail.insert is required.
    const QStringList scopes = google::Scopes::forOptions(true);
    std::optional<Result<google::SignInResult>> result;
    QEventLoop loop;
    QObject::connect(&signIn, &google::GoogleSignIn::openBrowser, &signIn, [&](const QUrl &url) {
        const bool tryBrowser = m_tty && qEnvironmentVariableIsEmpty("MAILFERRY_NO_BROWSER");
        const bool opened = tryBrowser && openBrowser(url);
        if (json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("signin-link")},
                                               {QStringLiteral("gmail"), asked},
                                               {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                                               {QStringLiteral("browserOpened"), opened}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            m_out << (opened ? tr("Your browser should open Google's page. Sign in as %1 and allow Mailferry to add "
                                  "mail. If it did not open, open this link:")
                             : tr("Open this link in a browser on this computer, sign in as %1 and allow Mailferry to add "
                                  "mail:"))
                         .arg(terminalSafe(asked))
                  << '\n'
                  << url.toString(QUrl::FullyEncoded) << '\n'
                  << tr("Waiting for Google (Ctrl+C to stop)…") << '\n';
        }
        m_out.flush();
    });
    QObject::connect(&signIn, &google::GoogleSignIn::finished, &signIn, [&](const Result<google::SignInResult> &r) {
        result = r;
        loop.quit();
    });
    StopRequests stopRequests;
    QObject::connect(&stopRequests, &StopRequests::requested, &signIn, [&](int) { signIn.cancel(); });
    signIn.start(client.value(), scopes);
    if (!result)
        loop.exec();

    if (!result->ok()) {
        const Error &e = result->error();
        QString text = e.message;
        if (e.code == Error::Code::SignInCancelled)
            text = tr("Sign-in was stopped; nothing was stored.");
        else if (e.code == Error::Code::ConsentDeclined)
            text = tr("You did not allow Mailferry to add messages to Gmail; nothing was stored.");
        else if (text.isEmpty())
            text = tr("Signing in did not work (%1).").arg(Error::codeName(e.code));
        m_err << terminalSafe(text, 1000) << '\n';
        return e.code == Error::Code::SignInCancelled ? ExitCancelled : ExitAccount;
    }
    const google::SignInResult &r = result->value();
    if (!google::Scopes::contains(r.grantedScopes, google::Scopes::kGmailInsert)) {
        m_err << tr("The box \"Add emails into your Gmail mailbox\" was not ticked on Google's page. Mailferry needs it; "
                    "run signin again and tick it.")
              << '\n';
        return ExitAccount;
    }
    if (r.email.trimmed().compare(asked, Qt::CaseInsensitive) != 0) {
        m_err << tr("You signed in as %1, but asked for %2. Nothing was stored. Run 'mailferry signin --gmail %2' again "
                    "and choose %2 on Google's page.")
                     .arg(terminalSafe(r.email), terminalSafe(asked))
              << '\n';
        return ExitAccount;
    }
    Status stored = Error::internal(QString());
    bool done = false;
    QEventLoop saving;
    m_service->secrets()->write(secrets::googleRefreshTokenKey(r.email), r.refreshToken, [&](Status s) {
        stored = s;
        done = true;
        saving.quit();
    });
    if (!done)
        saving.exec();
    if (!stored) {
        m_err << tr("Signed in as %1, but the keychain refused to keep the link to Google: %2")
                     .arg(terminalSafe(r.email), terminalSafe(stored.error().message, 500))
              << '\n';
        return ExitInternal;
    }
    // When Google ends this consent (a Testing project), so that status and the app warn in time.
    m_service->recordConsent(r.email, r.consent);
    if (json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("signed-in")},
                                           {QStringLiteral("gmail"), r.email},
                                           {QStringLiteral("labels"),
                                            google::Scopes::contains(r.grantedScopes, google::Scopes::kGmailLabels)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << tr("Signed in as %1. The link to Google is kept in the keychain; 'mailferry bulk' and 'migrate --all' "
                    "use it for every mailbox that goes into %1.")
                     .arg(terminalSafe(r.email))
              << '\n';
    if (!json && r.consent.isLimited()) {
        const google::ConsentVerdict consent = google::ConsentLifetime::assess(r.consent, m_clock->now());
        m_out << consent.message << '\n' << consent.advice << '\n';
    }
    return ExitOk;
}

} // namespace mf::app
