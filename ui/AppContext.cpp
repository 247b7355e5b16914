#include "AppContext.h"

#include <QPointer>

#include "common/PrivateFiles.h"
#include "common/SettingsKeys.h"
#include "accounts/AccountConfig.h"
#include "migration/MigrationController.h"
#include "secrets/MemoryCredentialStore.h"
#include "secrets/CredentialStore.h"

#include <QDesktopServices>
#include <QNetworkAccessManager>

namespace mf::ui {

AppContext::AppContext(QSettings *settings, secrets::CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_accounts(std::make_unique<accounts::AccountStore>(settings))
    , m_controller(new migration::MigrationController(this))
    , m_clock(Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_endpoints(google::Endpoints::fromEnvironment())
    , m_client(google::ClientConfig::builtIn())
{
    // The settings name the mailboxes, servers and the Gmail address: private to the user (main()
    // sets umask 077 for new files; this covers a file an older version left readable).
    [[maybe_unused]] const bool privateSettings = privatefiles::protectSettingsFile(m_settings->fileName());
    if (!m_client.isValid()) {
        // A client the user imported earlier: the path is in settings, the file is theirs.
        const QString file = m_settings->value(QString::fromLatin1(keys::kGoogleClientFile)).toString();
        if (!file.isEmpty()) {
            auto imported = google::ClientConfig::fromJsonFile(file);
            if (imported)
                m_client = imported.value();
        }
    }
    m_google.email = m_settings->value(QString::fromLatin1(keys::kGoogleAccountEmail)).toString();
    m_google.grantedScopes = m_settings->value(QString::fromLatin1(keys::kGoogleGrantedScopes)).toStringList();
}

AppContext::~AppContext() = default;

void AppContext::setClock(Clock *clock)
{
    m_clock = clock;
    m_controller->setClock(clock);
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
}

void AppContext::setGoogleAccount(const GoogleAccount &account)
{
    m_google = account;
    // Only who is connected and what was granted: the refresh token goes to the keychain.
    m_settings->setValue(QString::fromLatin1(keys::kGoogleAccountEmail), account.email);
    m_settings->setValue(QString::fromLatin1(keys::kGoogleGrantedScopes), account.grantedScopes);
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
    migration::GoogleAccess g;
    g.clientId = m_client.clientId;
    g.clientSecret = m_client.clientSecret;
    g.refreshToken = m_google.refreshToken;
    g.accountEmail = m_google.email;
    if (m_endpoints.isRedirected())
        g.baseUrlOverride = m_endpoints.token.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    return g;
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
    secrets()->read(secrets::googleRefreshTokenKey(m_google.email),
                    [this, self = QPointer<AppContext>(this), done](Result<QString> token) {
        if (!self)
            return; // shutting down: nobody waits for the answer any more
        if (token)
            m_google.refreshToken = token.value();
        done(token.ok());
    });
}

bool AppContext::hasContinuousAccount() const
{
    const auto all = m_accounts->accounts();
    return std::any_of(all.begin(), all.end(), [](const accounts::AccountConfig &a) { return a.options.continuous; });
}

} // namespace mf::ui
