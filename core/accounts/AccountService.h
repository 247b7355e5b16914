// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountConfig.h"
#include "accounts/MailboxActivity.h"
#include "common/Error.h"
#include "common/Result.h"
#include "google/ClientConfig.h"
#include "google/ConsentLifetime.h"
#include "google/Endpoints.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace mf {
class Clock;
}
namespace mf::secrets {
class CredentialStore;
}
namespace mf::store {
class ReadOnlyLedger;
}

namespace mf::accounts {

/// Who Mailferry is to Google for the connected account: what the engine needs to upload.
/// The refresh token is held in memory only.
struct GoogleCredentials {
    QString clientId;
    QString clientSecret;
    QString refreshToken;
    QString accountEmail;
    QUrl baseUrlOverride; ///< empty: Google's real endpoints
};

/// What the ledger of one mailbox says, for the accounts window and `mailferry status`.
struct LedgerSummary {
    bool exists = false;       ///< false: never run (no ledger yet)
    qint64 copied = 0;         ///< in Gmail thanks to Mailferry (copied, and copied then deleted)
    qint64 alreadyInGmail = 0; ///< skipped because Gmail had them already
    qint64 failed = 0;         ///< failed and still on the server
    qint64 oversize = 0;       ///< left on the server: over the size limit
    qint64 waiting = 0;        ///< known but not finished (a run that stopped half-way)
    QDateTime lastActivity;    ///< when an outcome was last recorded
    QString error;             ///< set when the ledger could not be read
};

/// The accounts of this computer and everything that belongs to them: their typed settings, their
/// secrets, the Google access they use, their ledgers (read-only, for views and exports) and
/// forgetting them. The GUI and the CLI drive this one service, so each look-up exists once.
class AccountService : public QObject {
    Q_OBJECT
public:
    /// Neither is owned; both must outlive the service.
    AccountService(QSettings *settings, secrets::CredentialStore *secrets, QObject *parent = nullptr);
    ~AccountService() override;

    [[nodiscard]] AccountStore &store() { return m_store; }
    [[nodiscard]] const AccountStore &store() const { return m_store; }
    [[nodiscard]] QList<AccountConfig> accounts() const { return m_store.accounts(); }
    [[nodiscard]] std::optional<AccountConfig> account(const QString &id) const { return m_store.account(id); }
    [[nodiscard]] QSettings *settings() const { return m_settings; }

    /// Where secrets go (the keychain, or memory for "this session only").
    [[nodiscard]] secrets::CredentialStore *secrets() const { return m_secrets; }
    void setSecrets(secrets::CredentialStore *secrets) { m_secrets = secrets; }

    // ---- Google ----------------------------------------------------------------------------

    /// The OAuth client: `clientFile` if given, else the one the user imported earlier (its path
    /// is in the settings), else the one built in. An error in plain words when none is usable.
    [[nodiscard]] Result<google::ClientConfig> clientConfig(const QString &clientFile = {}) const;
    /// The Google account an account feeds (its own, else the connected one).
    [[nodiscard]] QString googleAccountEmail(const AccountConfig *account = nullptr) const;
    /// The credentials the engine needs from what the caller holds (no look-up).
    [[nodiscard]] static GoogleCredentials credentials(const google::ClientConfig &client, const google::Endpoints &endpoints,
                                                       const QString &accountEmail, const QString &refreshToken);
    /// The credentials the engine needs: the client, the connected address, the refresh token
    /// (`refreshToken` when the caller has it already, else read from the secret store) and
    /// the endpoint redirection of tests. `done` runs later, never inside the call.
    void googleCredentials(const google::ClientConfig &client, const google::Endpoints &endpoints, const QString &accountEmail,
                           const QString &refreshToken, std::function<void(Result<GoogleCredentials>)> done);

    // ---- ledgers (read-only) ---------------------------------------------------------------

    /// The mailbox's ledger, read-only: for views, status and exports. Never creates it.
    [[nodiscard]] Result<std::unique_ptr<store::ReadOnlyLedger>> openLedger(const AccountConfig &account) const;
    [[nodiscard]] LedgerSummary ledgerSummary(const AccountConfig &account) const;

    // ---- health of continuous sync ---------------------------------------------------------
    // What the settings remember of each mailbox's checks and copies. SyncHost (or whoever ends a
    // run) calls the recording at the end of each pass; migration::SyncHealth::forAccount() turns
    // it into a verdict (this layer sits below migration, so the verdict is computed there).

    /// The end of a pass: `ok` when it checked the server successfully (clears the last failure),
    /// else the failure that ended it (`error`; without one, e.g. a cancelled pass, nothing is
    /// recorded). A ReauthRequired after the announced end of a "Testing" project's consent is
    /// kept as "consent expired".
    void recordCheck(const QString &accountId, const QDateTime &at, bool ok, const std::optional<Error> &error = std::nullopt);
    /// Messages were copied at `at` (call once per pass that copied any, with the pass's end).
    void recordCopy(const QString &accountId, const QDateTime &at);
    /// What was recorded for the mailbox.
    [[nodiscard]] MailboxActivity activity(const QString &accountId) const;
    /// Remembers that the trouble episode `episode` (HealthVerdict::episode) was notified, so it is
    /// not notified again; the next successful check starts afresh.
    void markHealthNotified(const QString &accountId, const QString &episode);

    // ---- Google consent that will expire ---------------------------------------------------

    /// Records what a token response said of the refresh token's lifetime (sign-in, or a refresh
    /// that announced it), per Google account. Never the token.
    void recordConsent(const QString &googleEmail, const google::ConsentRecord &record);
    [[nodiscard]] google::ConsentRecord consentRecord(const QString &googleEmail) const;
    /// Where the consent of `googleEmail` stands at `now`, with the words to show and whether to warn.
    [[nodiscard]] google::ConsentVerdict consent(const QString &googleEmail, const QDateTime &now) const;
    /// Remembers that the consent warning for this record was notified (once per record and state).
    void markConsentNotified(const QString &googleEmail, const google::ConsentVerdict &verdict);
    /// True when this verdict's warning was not notified yet (the tray raises it once).
    [[nodiscard]] bool consentNeedsNotice(const QString &googleEmail, const google::ConsentVerdict &verdict) const;

    // ---- forgetting ------------------------------------------------------------------------

    struct ForgetRequest {
        QStringList accountIds; ///< the accounts to forget; empty: every account
        /// Keep the ledger (the record of what was copied), so that setting up the same mailbox
        /// again does not copy everything again. The secrets and settings go anyway.
        bool keepRecord = false;
        /// Also sign out of Google: withdraw the grant (when `network` is given), delete the
        /// refresh token and the connected address.
        bool signOutOfGoogle = false;
        google::ClientConfig client;
        google::Endpoints endpoints;
        QNetworkAccessManager *network = nullptr;
        Clock *clock = nullptr;
    };
    struct ForgetResult {
        int accountsForgotten = 0;
        bool recordKept = false;
        bool googleRevokeFailed = false; ///< removed here, but Google could not be told
        QStringList problems;            ///< what could not be removed (for the log)
    };
    /// Forgets as one job: revoke at Google (if asked), delete secrets, delete the ledgers
    /// (unless keepRecord), then the settings. `done` runs later, once, with what happened.
    void forget(const ForgetRequest &request, std::function<void(ForgetResult)> done);

signals:
    /// Accounts were added, changed or forgotten.
    void accountsChanged();

private:
    QSettings *m_settings;
    secrets::CredentialStore *m_secrets;
    AccountStore m_store;
};

} // namespace mf::accounts
