// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountService.h"

#include "accounts/TypedSettings.h"
#include "common/Logging.h"
#include "common/Paths.h"
#include "google/TokenManager.h"
#include "secrets/CredentialStore.h"
#include "store/ReadOnlyLedger.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTimer>

namespace mf::accounts {

AccountService::AccountService(QSettings *settings, secrets::CredentialStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_store(settings)
{
}

AccountService::~AccountService() = default;

Result<google::ClientConfig> AccountService::clientConfig(const QString &clientFile) const
{
    const QString file = clientFile.isEmpty() ? m_store.settings().get(key::googleClientFile) : clientFile;
    if (!file.isEmpty()) {
        auto imported = google::ClientConfig::fromJsonFile(file);
        if (imported && imported.value().isValid())
            return imported.value();
        if (!clientFile.isEmpty()) // one the caller named must work; a stale remembered one falls back
            return imported ? Error::internal(tr("The Google client file %1 has no client id.").arg(file)) : imported.error();
    }
    google::ClientConfig builtIn = google::ClientConfig::builtIn();
    if (!builtIn.isValid())
        return Error::internal(tr("No Google client is configured. Sign in once in the app, or give --client-secret "
                                  "with the client_secret.json of your Google Cloud project."));
    return builtIn;
}

QString AccountService::googleAccountEmail(const AccountConfig *account) const
{
    if (account && !account->gmailAccount.isEmpty())
        return account->gmailAccount;
    return m_store.settings().get(key::googleAccountEmail);
}

GoogleCredentials AccountService::credentials(const google::ClientConfig &client, const google::Endpoints &endpoints,
                                              const QString &accountEmail, const QString &refreshToken)
{
    GoogleCredentials c;
    c.clientId = client.clientId;
    c.clientSecret = client.clientSecret;
    c.accountEmail = accountEmail;
    c.refreshToken = refreshToken;
    if (endpoints.isRedirected())
        c.baseUrlOverride = endpoints.token.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
    return c;
}

void AccountService::googleCredentials(const google::ClientConfig &client, const google::Endpoints &endpoints,
                                       const QString &accountEmail, const QString &refreshToken,
                                       std::function<void(Result<GoogleCredentials>)> done)
{
    GoogleCredentials c = credentials(client, endpoints, accountEmail, refreshToken);
    const Error notSignedIn =
        Error::internal(tr("Mailferry is not signed in to Google. Open the app and sign in with Google first."));
    if (!c.refreshToken.isEmpty() || c.accountEmail.isEmpty() || !m_secrets) {
        QTimer::singleShot(0, this, [c, done, notSignedIn] {
            if (c.refreshToken.isEmpty())
                done(notSignedIn);
            else
                done(c);
        });
        return;
    }
    m_secrets->read(secrets::googleRefreshTokenKey(c.accountEmail), [c, done, notSignedIn](Result<QString> token) mutable {
        if (!token || token.value().isEmpty()) {
            done(notSignedIn);
            return;
        }
        c.refreshToken = token.value();
        done(c);
    });
}

Result<std::unique_ptr<store::ReadOnlyLedger>> AccountService::openLedger(const AccountConfig &account) const
{
    return store::ReadOnlyLedger::open(account.ledgerPath());
}

LedgerSummary AccountService::ledgerSummary(const AccountConfig &account) const
{
    LedgerSummary out;
    if (!QFile::exists(account.ledgerPath()))
        return out;
    out.exists = true;
    auto ledger = openLedger(account);
    if (!ledger) {
        out.error = ledger.error().message;
        return out;
    }
    auto summary = ledger.value()->summary();
    if (!summary) {
        out.error = summary.error().message;
        return out;
    }
    const store::Summary &s = summary.value();
    out.copied = s.copied + s.deleted;
    out.alreadyInGmail = s.skippedDuplicate;
    out.failed = s.failed;
    out.oversize = s.skippedOversize;
    out.waiting = s.pending + s.uploading;
    out.lastActivity = ledger.value()->lastActivity().valueOr(QDateTime());
    return out;
}

void AccountService::recordCheck(const QString &accountId, const QDateTime &at, bool ok, const std::optional<Error> &error)
{
    TypedSettings s = m_store.settings();
    std::optional<Error> failure = error;
    if (failure && failure->code == Error::Code::ReauthRequired) {
        // The engine may not have known when the consent ends: say "expired" when the record does.
        const std::optional<AccountConfig> account = m_store.account(accountId);
        const google::ConsentRecord record = consentRecord(googleAccountEmail(account ? &*account : nullptr));
        if (google::ConsentLifetime::classifyInvalidGrant(record, at) == google::GrantLoss::ConsentExpired)
            failure->message = google::ConsentLifetime::lossMessage(google::GrantLoss::ConsentExpired);
    }
    MailboxActivity::recordCheck(s, accountId, at, ok, failure);
    s.sync();
}

void AccountService::recordCopy(const QString &accountId, const QDateTime &at)
{
    TypedSettings s = m_store.settings();
    MailboxActivity::recordCopy(s, accountId, at);
    s.sync();
}

MailboxActivity AccountService::activity(const QString &accountId) const
{
    return MailboxActivity::read(m_store.settings(), accountId);
}

void AccountService::markHealthNotified(const QString &accountId, const QString &episode)
{
    TypedSettings s = m_store.settings();
    MailboxActivity::recordNotified(s, accountId, episode);
    s.sync();
}

void AccountService::recordConsent(const QString &googleEmail, const google::ConsentRecord &record)
{
    if (googleEmail.isEmpty())
        return;
    TypedSettings s = m_store.settings();
    if (consentRecord(googleEmail) == record)
        return;
    s.set(googleEmail, key::consentIssuedAt, record.issuedAt);
    s.set(googleEmail, key::consentExpiresAt, record.expiresAt);
    s.set(googleEmail, key::consentNotified, QString());
    s.sync();
}

google::ConsentRecord AccountService::consentRecord(const QString &googleEmail) const
{
    google::ConsentRecord r;
    if (googleEmail.isEmpty())
        return r;
    const TypedSettings s = m_store.settings();
    r.issuedAt = s.get(googleEmail, key::consentIssuedAt);
    r.expiresAt = s.get(googleEmail, key::consentExpiresAt);
    return r;
}

google::ConsentVerdict AccountService::consent(const QString &googleEmail, const QDateTime &now) const
{
    return google::ConsentLifetime::assess(consentRecord(googleEmail), now);
}

namespace {
QString consentNoticeWord(const google::ConsentVerdict &verdict)
{
    if (!verdict.warn)
        return {};
    const QString state = verdict.state == google::ConsentState::Expired ? QStringLiteral("expired") : QStringLiteral("soon");
    return state + QLatin1Char('@') + verdict.expiresAt.toUTC().toString(Qt::ISODate);
}
} // namespace

bool AccountService::consentNeedsNotice(const QString &googleEmail, const google::ConsentVerdict &verdict) const
{
    if (!verdict.warn || googleEmail.isEmpty())
        return false;
    return m_store.settings().get(googleEmail, key::consentNotified) != consentNoticeWord(verdict);
}

void AccountService::markConsentNotified(const QString &googleEmail, const google::ConsentVerdict &verdict)
{
    if (googleEmail.isEmpty())
        return;
    TypedSettings s = m_store.settings();
    s.set(googleEmail, key::consentNotified, consentNoticeWord(verdict));
    s.sync();
}

void AccountService::forget(const ForgetRequest &request, std::function<void(ForgetResult)> done)
{
    QList<AccountConfig> targets;
    for (const AccountConfig &a : m_store.accounts()) {
        if (request.accountIds.isEmpty() || request.accountIds.contains(a.id))
            targets.append(a);
    }
    // Ids named but without settings (half set up) still get their secrets and files removed.
    for (const QString &id : request.accountIds) {
        if (std::none_of(targets.begin(), targets.end(), [&](const AccountConfig &a) { return a.id == id; })) {
            AccountConfig halfSetUp;
            halfSetUp.id = id;
            targets.append(halfSetUp);
        }
    }
    auto result = std::make_shared<ForgetResult>();
    result->recordKept = request.keepRecord;
    const QString googleEmail = request.signOutOfGoogle ? googleAccountEmail() : QString();
    QPointer<AccountService> self(this);

    // 3. Files and settings, once every secret is gone.
    auto finish = [self, targets, request, result, done, googleEmail] {
        if (!self)
            return;
        for (const AccountConfig &a : targets) {
            if (!request.keepRecord) {
                if (!QDir(paths::accountDir(a.id)).removeRecursively())
                    result->problems << QStringLiteral("could not delete %1").arg(paths::accountDir(a.id));
            } else {
                QFile::remove(a.lockPath());
            }
            self->m_store.remove(a.id);
            ++result->accountsForgotten;
        }
        if (request.signOutOfGoogle) {
            TypedSettings s = self->m_store.settings();
            s.remove(key::googleAccountEmail);
            s.remove(key::googleGrantedScopes);
            if (!googleEmail.isEmpty())
                s.removeGoogleAccount(googleEmail);
            s.sync();
        }
        for (const QString &p : std::as_const(result->problems))
            qCWarning(lcStore) << "forgetting accounts:" << p;
        emit self->accountsChanged();
        done(*result);
    };
    // 2. Secrets: every POP3 password, and the Google token when signing out.
    auto removeSecrets = [self, targets, googleEmail, result, finish] {
        if (!self)
            return;
        auto pending = std::make_shared<int>(int(targets.size()) + 1);
        auto step = [pending, result, finish](Status s) {
            // No keychain on this system: nothing can be stored there, so nothing is left behind.
            if (!s && s.error().code != Error::Code::SecretNotFound && s.error().code != Error::Code::KeychainUnavailable)
                result->problems << QStringLiteral("keychain: %1").arg(s.error().toString());
            if (--*pending == 0)
                finish();
        };
        secrets::CredentialStore *store = self->m_secrets;
        if (!store) {
            QTimer::singleShot(0, self, finish);
            return;
        }
        for (const AccountConfig &a : targets)
            store->remove(secrets::pop3PasswordKey(a.id), step);
        if (googleEmail.isEmpty())
            QTimer::singleShot(0, self, [step] { step(Status{}); });
        else
            store->remove(secrets::googleRefreshTokenKey(googleEmail), step);
    };
    // 1. Withdraw the grant at Google first, while the token is still known.
    if (googleEmail.isEmpty() || !request.network || !m_secrets) {
        QTimer::singleShot(0, this, removeSecrets);
        return;
    }
    m_secrets->read(secrets::googleRefreshTokenKey(googleEmail), [self, request, result, removeSecrets](Result<QString> token) {
        if (!self)
            return;
        if (!token || token.value().isEmpty()) {
            removeSecrets();
            return;
        }
        auto *tokens = new google::TokenManager(request.client, request.endpoints, token.value(), request.network,
                                                request.clock ? request.clock : Clock::system(), self);
        tokens->revoke([tokens, result, removeSecrets](Status revoked) {
            if (!revoked) {
                qCWarning(lcStore) << "withdrawing the Google grant failed:" << revoked.error().toString();
                result->googleRevokeFailed = true;
            }
            tokens->deleteLater();
            removeSecrets();
        });
    });
}

} // namespace mf::accounts
