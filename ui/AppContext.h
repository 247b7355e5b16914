// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "google/ClientConfig.h"
#include "google/Endpoints.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

#include <functional>
#include <memory>

namespace mf::secrets {
class CredentialStore;
class MemoryCredentialStore;
} // namespace mf::secrets
namespace mf::accounts {
class AccountStore;
class AccountService;
struct AccountConfig;
} // namespace mf::accounts
namespace mf::migration {
class MigrationController;
class SyncHost;
struct GoogleAccess;
struct RunRequest;
} // namespace mf::migration

namespace mf::ui {

/// The Google account the user signed in with, as the UI keeps it for this session. The refresh
/// token lives here only in memory (it is written to the keychain, never to settings).
struct GoogleAccount {
    QString email;
    QString refreshToken;
    QStringList grantedScopes;
    [[nodiscard]] bool isValid() const { return !email.isEmpty() && !refreshToken.isEmpty(); }
};

/// What every window of the UI shares: the settings, the secret store, the Google endpoints and
/// client, the sync host that runs every mailbox (and the wizard's own migration controller), and
/// the clock. The app builds one with the real parts;
/// GUI tests build one pointing at Dovecot, the fake Google and a private settings file.
class AppContext : public QObject {
    Q_OBJECT
public:
    /// `settings` and `keychain` are not owned and must outlive the context.
    AppContext(QSettings *settings, secrets::CredentialStore *keychain, QObject *parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] QSettings *settings() const { return m_settings; }
    [[nodiscard]] accounts::AccountStore &accounts() const;
    /// The one account service: accounts, secrets, Google access, ledgers (read-only), forgetting.
    [[nodiscard]] accounts::AccountService &accountService() const { return *m_service; }
    /// The wizard's first run of a new mailbox (its progress page drives it).
    [[nodiscard]] migration::MigrationController *controller() const { return m_controller; }
    /// Runs every mailbox the user set up: continuous sync, "Sync now", pause, each mailbox's state.
    [[nodiscard]] migration::SyncHost *host() const { return m_host; }
    [[nodiscard]] Clock *clock() const { return m_clock; }
    /// The UI thread's network access (sign-in, sign-out).
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }
    void setClock(Clock *clock);

    /// The store secrets go to: the keychain, or memory once the user chose "this session only".
    [[nodiscard]] secrets::CredentialStore *secrets() const;
    [[nodiscard]] secrets::CredentialStore *keychain() const { return m_keychain; }
    /// Switches to the in-memory store for the rest of this session (keychain unavailable).
    void useSessionOnlySecrets();
    [[nodiscard]] bool sessionOnlySecrets() const { return m_sessionOnly; }

    [[nodiscard]] google::Endpoints endpoints() const { return m_endpoints; }
    void setEndpoints(const google::Endpoints &endpoints) { m_endpoints = endpoints; }
    /// The OAuth client: the one built in, or the one the user imported (client_secret.json).
    [[nodiscard]] google::ClientConfig client() const { return m_client; }
    void setClient(const google::ClientConfig &client) { m_client = client; }

    [[nodiscard]] GoogleAccount googleAccount() const { return m_google; }
    void setGoogleAccount(const GoogleAccount &account);

    /// Opens a URL in the system browser (QDesktopServices); tests replace it to follow the
    /// consent redirect themselves. False when no browser could be started (the caller then
    /// shows the link to copy).
    bool openUrl(const QUrl &url) const;
    void setUrlOpener(std::function<void(const QUrl &)> opener)
    {
        m_opener =
            opener
            ? [o = std::move(opener)](const QUrl &url) {
            o(url);
            return true;
            }
        : std::function<bool(const QUrl &)>();
    }
    /// An opener that can fail like a computer without a browser.
    void setFallibleUrlOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }

    /// What the engine needs to reach Gmail for the connected account (token in memory only).
    [[nodiscard]] migration::GoogleAccess googleAccess() const;

    /// Reads the Google refresh token from the store into googleAccount() when it is not in
    /// memory yet (a returning user); `done(false)` when it is gone (sign in again).
    void loadGoogleToken(std::function<void(bool)> done);

    /// Whether the user wants Mailferry to keep running in the tray when its window closes.
    [[nodiscard]] bool hasContinuousAccount() const;
    /// The mailboxes that have continuous sync switched on, in the order they were set up.
    [[nodiscard]] QStringList continuousAccountIds() const;

    /// Why a mailbox could not start without the user.
    enum class StartProblem { NotSignedIn, NoPassword };
    /// Starts `accountId` in the host: reads the Google token and the password from the store
    /// (asynchronously), adds the mailbox and starts it; "Sync now" when it already runs. When
    /// something is missing, `problem` is called instead (the caller asks or notifies).
    void startSync(const QString &accountId, const migration::RunRequest &request, std::function<void(StartProblem)> problem);
    /// Adds the mailbox to the host with this password (typed by the user, or the wizard's) and
    /// starts it. False when the host refused it (it is running).
    bool startSyncWith(const accounts::AccountConfig &account, const QString &pop3Password, const migration::RunRequest &request);

signals:
    void googleAccountChanged();

private:
    QSettings *m_settings;
    secrets::CredentialStore *m_keychain;
    secrets::MemoryCredentialStore *m_memory = nullptr;
    bool m_sessionOnly = false;
    accounts::AccountService *m_service;
    migration::MigrationController *m_controller;
    migration::SyncHost *m_host;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    google::Endpoints m_endpoints;
    google::ClientConfig m_client;
    GoogleAccount m_google;
    std::function<bool(const QUrl &)> m_opener;
};

} // namespace mf::ui
