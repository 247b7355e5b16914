// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppContext.h"

#include <QPointer>

#include "accounts/AccountConfig.h"
#include "accounts/AccountService.h"
#include "accounts/TypedSettings.h"
#include "common/PrivateFiles.h"
#include "migration/MigrationController.h"
#include "migration/SyncHost.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemoryCredentialStore.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>

namespace mf::ui {

AppContext::AppContext(QSettings *settings, secrets::CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_service(new accounts::AccountService(settings, keychain, this))
    , m_controller(new migration::MigrationController(this))
    , m_host(new migration::SyncHost(this))
    , m_clock(Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_endpoints(google::Endpoints::fromEnvironment())
    , m_client(google::ClientConfig::builtIn())
{
    // The settings name the mailboxes, servers and the Gmail address: private to the user (main()
    // sets umask 077 for new files; this covers a file an older version left readable).
    [[maybe_unused]] const bool privateSettings = privatefiles::protectSettingsFile(m_settings->fileName());
    if (!m_client.isValid()) {
        // A client the user imported earlier (the service knows where it is).
        if (auto imported = m_service->clientConfig())
            m_client = imported.value();
    }
    const accounts::TypedSettings typed = m_service->store().settings();
    m_google.email = typed.get(accounts::key::googleAccountEmail);
    m_google.grantedScopes = typed.get(accounts::key::googleGrantedScopes);
    // The host records each pass's check and copy (the health of continuous sync); the last run
    // is kept here as for the wizard's runs.
    m_host->setAccountService(m_service);
    connect(m_host, &migration::SyncHost::runFinished, this, [this](const QString &id, const migration::RunSummary &summary) {
        m_service->store().recordRun(id, m_clock->now(), migration::runStateName(summary.state));
    });
}

AppContext::~AppContext()
{
    // The engines go before the account service they record into.
    delete m_host;
    m_host = nullptr;
}

accounts::AccountStore &AppContext::accounts() const
{
    return m_service->store();
}

void AppContext::setClock(Clock *clock)
{
    m_clock = clock;
    m_controller->setClock(clock);
    m_host->setClock(clock);
}

secrets::CredentialStore *AppContext::secrets() const
{
    return m_sessionOnly ? static_cast<secrets::CredentialStore *>(m_memory) : m_keychain;
}

void AppContext::useSessionOnlySecrets()
{
    if (!m_memory)
        m_memory = new secrets::MemoryCredentialStore(this);
    m_sessionOnly = true;
    m_service->setSecrets(m_memory);
}

void AppContext::setGoogleAccount(const GoogleAccount &account)
{
    m_google = account;
    // Only who is connected and what was granted: the refresh token goes to the keychain.
    accounts::TypedSettings typed = m_service->store().settings();
    typed.set(accounts::key::googleAccountEmail, account.email);
    typed.set(accounts::key::googleGrantedScopes, account.grantedScopes);
    emit googleAccountChanged();
}

bool AppContext::openUrl(const QUrl &url) const
{
    if (m_opener)
        return m_opener(url);
    return QDesktopServices::openUrl(url);
}

migration::GoogleAccess AppContext::googleAccess() const
{
    const accounts::GoogleCredentials c =
        accounts::AccountService::credentials(m_client, m_endpoints, m_google.email, m_google.refreshToken);
    return migration::GoogleAccess{c.clientId, c.clientSecret, c.refreshToken, c.accountEmail, c.baseUrlOverride};
}

void AppContext::loadGoogleToken(std::function<void(bool)> done)
{
    if (m_google.isValid()) {
        done(true);
        return;
    }
    if (m_google.email.isEmpty()) {
        done(false);
        return;
    }
    m_service->googleCredentials(m_client, m_endpoints, m_google.email, QString(),
                                 [this, self = QPointer<AppContext>(this), done](Result<accounts::GoogleCredentials> c) {
        if (!self)
            return; // shutting down: nobody waits for the answer any more
        if (c)
            m_google.refreshToken = c.value().refreshToken;
        done(c.ok());
    });
}

bool AppContext::hasContinuousAccount() const
{
    const auto all = m_service->accounts();
    return std::any_of(all.begin(), all.end(), [](const accounts::AccountConfig &a) { return a.options.continuous; });
}

QStringList AppContext::continuousAccountIds() const
{
    QStringList ids;
    for (const accounts::AccountConfig &a : m_service->accounts())
        if (a.options.continuous)
            ids << a.id;
    return ids;
}

void AppContext::startSync(const QString &accountId, const migration::RunRequest &request,
                           std::function<void(StartProblem)> problem)
{
    if (m_host->isRunning(accountId)) {
        // Skips the wait of continuous mode, resumes a paused one; a retry is never dropped.
        if (request.retryFailed)
            m_host->retryFailed(accountId);
        else
            m_host->syncNow(accountId);
        return;
    }
    if (!m_service->store().account(accountId))
        return;
    loadGoogleToken([this, self = QPointer<AppContext>(this), accountId, request, problem](bool haveToken) {
        if (!self)
            return;
        if (!haveToken) {
            if (problem)
                problem(StartProblem::NotSignedIn);
            return;
        }
        if (const auto account = m_service->store().account(accountId); account && account->isArchive()) {
            startSyncWith(*account, QString(), request); // a local archive has no password
            return;
        }
        secrets()->read(secrets::pop3PasswordKey(accountId), [this, self, accountId, request, problem](Result<QString> password) {
            if (!self)
                return; // shutting down while the keychain answered
            const auto account = m_service->store().account(accountId);
            if (!account)
                return; // removed meanwhile
            if (!password) {
                if (problem)
                    problem(StartProblem::NoPassword);
                return;
            }
            startSyncWith(*account, password.value(), request);
        });
    });
}

bool AppContext::startSyncWith(const accounts::AccountConfig &account, const QString &pop3Password,
                               const migration::RunRequest &request)
{
    if (m_host->isRunning(account.id)) {
        if (request.retryFailed)
            m_host->retryFailed(account.id);
        else
            m_host->syncNow(account.id);
        return true;
    }
    if (!m_host->add(account, pop3Password, googleAccess()))
        return false;
    m_host->start(account.id, request);
    return true;
}

} // namespace mf::ui
