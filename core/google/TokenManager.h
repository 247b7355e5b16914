// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "google/ClientConfig.h"
#include "google/ConsentLifetime.h"
#include "google/Endpoints.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace mf::google {

/// Hands out Google access tokens for one account, refreshing them from the refresh token.
///
/// - Refreshes ahead of expiry (Qt NetworkAuth 6.4 never does it by itself, pitfall 6).
/// - invalidate() after a 401 makes the next accessToken() refresh; the caller retries once.
/// - invalid_grant (the 7-day expiry of "Testing" projects, revocation, a password change) is an
///   Account error ReauthRequired, "sign in again"; further calls fail the same way at once
///   instead of hammering Google. With the consent record (setConsentRecord) it tells a
///   Testing project's expiry from a withdrawal, and says how to publish the project.
/// - revoke() is sign out.
/// Token requests use our own QNetworkAccessManager, so every HTTP error reaches the caller
/// (NetworkAuth 6.4 only logs them, pitfall 4). Tokens are never logged.
class TokenManager : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<QString>)>;

    TokenManager(ClientConfig client, Endpoints endpoints, QString refreshToken, QNetworkAccessManager *network, Clock *clock,
                 QObject *parent = nullptr);
    ~TokenManager() override;

    /// A valid access token; refreshes first when there is none or it expires within the margin.
    /// Concurrent callers share one refresh. May call `done` before returning when a valid
    /// token is at hand.
    void accessToken(TokenCallback done);
    /// Seeds the access token a sign-in just returned, so the first call needs no refresh.
    void setAccessToken(const QString &token, const QDateTime &expiresAt);
    /// Forgets the access token (Gmail said 401); the next accessToken() refreshes.
    void invalidate();
    /// Signs out: revokes the refresh token at Google. Already-revoked counts as success.
    void revoke(std::function<void(Status)> done);

    /// What is known of the refresh token's lifetime (AccountService::consentRecord).
    void setConsentRecord(const ConsentRecord &record) { m_consent = record; }
    [[nodiscard]] ConsentRecord consentRecord() const { return m_consent; }
    /// Why the grant was lost, once needsReauth() (after revoke(): Revoked).
    [[nodiscard]] GrantLoss grantLoss() const { return m_loss; }

    /// Refresh this long before expiry (default 5 minutes).
    void setRefreshMargin(Millis margin) { m_margin = margin; }
    /// Deadline for one refresh request, from the injected Clock (default 60 s; 0 = none). Without
    /// it a refresh that is never answered would keep every caller waiting for ever, and each
    /// waiting upload holds a RateGovernor slot: the whole run would stall.
    void setRequestTimeout(Millis timeout) { m_requestTimeout = timeout; }
    [[nodiscard]] bool hasValidAccessToken() const;
    /// True once Google said invalid_grant, or after revoke(): only a new sign-in helps.
    [[nodiscard]] bool needsReauth() const { return m_reauth; }
    /// How many refresh requests were sent (diagnostics and tests).
    [[nodiscard]] int refreshCount() const { return m_refreshCount; }

signals:
    /// Consent is gone; the UI shows "sign in again". Emitted once.
    void reauthRequired(const mf::Error &error);
    /// A refresh answer announced when the refresh token ends (`refresh_token_expires_in`, a
    /// "Testing" project); the owner records it (AccountService::recordConsent).
    void consentAnnounced(const mf::google::ConsentRecord &record);

private:
    void startRefresh();
    void onRefreshReply(QNetworkReply *reply);
    void deliver(const Result<QString> &result);
    [[nodiscard]] Error reauthError(const QString &detail) const;
    void noteConsent(const QJsonObject &json);

    ClientConfig m_client;
    Endpoints m_endpoints;
    QString m_refreshToken;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    QString m_accessToken;
    Millis m_expiresAt{0}; ///< on m_clock->elapsed()
    Millis m_margin{5 * 60 * 1000};
    QPointer<QNetworkReply> m_reply;
    Millis m_requestTimeout{60000};
    QPointer<Timer> m_deadline;
    bool m_refreshTimedOut = false;
    std::vector<TokenCallback> m_waiting;
    bool m_reauth = false;
    QString m_reauthDetail;
    int m_refreshCount = 0;
    ConsentRecord m_consent;
    GrantLoss m_loss = GrantLoss::Revoked;
};

} // namespace mf::google
