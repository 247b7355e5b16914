// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/TokenManager.h"

#include "common/Logging.h"
#include "google/HttpUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdlib>

namespace mf::google {

TokenManager::TokenManager(ClientConfig client, Endpoints endpoints, QString refreshToken, QNetworkAccessManager *network,
                           Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_endpoints(std::move(endpoints))
    , m_refreshToken(std::move(refreshToken))
    , m_network(network)
    , m_clock(clock)
{
}

TokenManager::~TokenManager()
{
    // Nobody is told anything while this object dies: a waiter may itself be half destroyed
    // (the Gmail client that owns the waiting uploads goes first at shutdown).
    m_waiting.clear();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

Error TokenManager::reauthError(const QString &detail) const
{
    if (m_loss == GrantLoss::ConsentExpired)
        return Error::account(Error::Code::ReauthRequired, ConsentLifetime::lossMessage(GrantLoss::ConsentExpired),
                              QStringLiteral("consent expired (Testing project): ") + detail);
    return Error::account(Error::Code::ReauthRequired,
                          tr("Google no longer accepts Mailferry's sign-in for this account (it expired or was "
                             "withdrawn). Sign in with Google again to continue."),
                          detail);
}

void TokenManager::noteConsent(const QJsonObject &json)
{
    if (!ConsentLifetime::refreshTokenLifetime(json))
        return;
    ConsentRecord record = ConsentLifetime::fromTokenResponse(json, m_clock->now());
    // A refresh answer gives the time left; the token was issued when the record says.
    if (m_consent.issuedAt.isValid())
        record.issuedAt = m_consent.issuedAt;
    // Google's figure is rounded to the second at each answer: a change of a minute is no news.
    if (m_consent.isLimited() && std::abs(m_consent.expiresAt.secsTo(record.expiresAt)) < 60)
        return;
    m_consent = record;
    emit consentAnnounced(record);
}

bool TokenManager::hasValidAccessToken() const
{
    return !m_accessToken.isEmpty() && m_clock->elapsed() + m_margin < m_expiresAt;
}

void TokenManager::setAccessToken(const QString &token, const QDateTime &expiresAt)
{
    m_accessToken = token;
    m_expiresAt = m_clock->elapsed() + Millis(m_clock->now().msecsTo(expiresAt));
}

void TokenManager::invalidate()
{
    m_accessToken.clear();
    m_expiresAt = Millis(0);
}

void TokenManager::accessToken(TokenCallback done)
{
    if (m_reauth) {
        done(reauthError(m_reauthDetail));
        return;
    }
    if (hasValidAccessToken()) {
        done(m_accessToken);
        return;
    }
    m_waiting.push_back(std::move(done));
    if (!m_reply)
        startRefresh();
}

void TokenManager::startRefresh()
{
    if (m_refreshToken.isEmpty()) {
        m_reauth = true;
        m_reauthDetail = QStringLiteral("no refresh token");
        deliver(reauthError(m_reauthDetail));
        return;
    }
    ++m_refreshCount;
    QNetworkRequest request = http::request(m_endpoints.token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    m_reply = m_network->post(request,
                              http::formEncode({
                                  {QStringLiteral("client_id"), m_client.clientId},
                                  {QStringLiteral("client_secret"), m_client.clientSecret},
                                  {QStringLiteral("refresh_token"), m_refreshToken},
                                  {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              }));
    QNetworkReply *reply = m_reply;
    http::CappedBody::attach(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onRefreshReply(reply); });
    m_refreshTimedOut = false;
    if (m_requestTimeout.count() > 0) {
        if (!m_deadline) {
            m_deadline = m_clock->createTimer(this);
            connect(m_deadline, &Timer::timeout, this, [this] {
                if (!m_reply)
                    return;
                m_refreshTimedOut = true;
                m_reply->abort(); // finished() follows at once and answers every caller
            });
        }
        m_deadline->start(m_requestTimeout);
    }
}

void TokenManager::onRefreshReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (m_deadline)
        m_deadline->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const std::optional<Error> untrusted = http::checkReply(reply, m_endpoints.token)) {
        // Never an access token from anywhere but the token endpoint itself.
        qCWarning(lcGoogle) << "token refresh refused:" << untrusted->detail;
        deliver(*untrusted);
        return;
    }
    // An aborted reply is closed; reading it only warns.
    const QByteArray body = http::cappedBody(reply);
    if (status == 200) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString token = json.value(QLatin1String("access_token")).toString();
        if (!token.isEmpty()) {
            m_accessToken = token;
            m_expiresAt = m_clock->elapsed() + Millis(qint64(json.value(QLatin1String("expires_in")).toInt(3600)) * 1000);
            qCDebug(lcGoogle) << "access token refreshed";
            noteConsent(json);
            deliver(m_accessToken);
            return;
        }
    }
    const http::GoogleErrorBody e = http::parseErrorBody(body);
    const QString detail = m_refreshTimedOut
        ? QStringLiteral("no answer from the token endpoint within %1 s").arg(m_requestTimeout.count() / 1000.0)
        : http::describe(status, reply->error(), e, reply->errorString());
    if (e.reason == QLatin1String("invalid_grant")) {
        // Consent is gone. Retrying cannot help; only the user can.
        m_loss = ConsentLifetime::classifyInvalidGrant(m_consent, m_clock->now(), e.message);
        m_reauth = true;
        m_reauthDetail = detail;
        m_accessToken.clear();
        const Error error = reauthError(detail);
        qCInfo(lcGoogle) << "refresh refused:" << detail;
        emit reauthRequired(error);
        deliver(error);
        return;
    }
    if (e.reason == QLatin1String("invalid_client") || e.reason == QLatin1String("unauthorized_client")) {
        deliver(Error::account(Error::Code::ClientConfigInvalid,
                               tr("Google does not recognise Mailferry's client any more. Import the "
                                  "client_secret.json of your Google Cloud project again, then sign in."),
                               detail));
        return;
    }
    // The network or Google is down: a session error, the caller backs off and tries again.
    deliver(Error::session(Error::Code::TokenRequestFailed,
                           tr("Mailferry could not reach Google to renew its access. It will try again."), detail));
}

void TokenManager::deliver(const Result<QString> &result)
{
    std::vector<TokenCallback> waiting;
    waiting.swap(m_waiting);
    for (auto &cb : waiting)
        cb(result);
}

void TokenManager::revoke(std::function<void(Status)> done)
{
    const QString token = m_refreshToken.isEmpty() ? m_accessToken : m_refreshToken;
    if (m_reply) {
        QNetworkReply *r = m_reply;
        m_reply = nullptr;
        if (m_deadline)
            m_deadline->stop();
        r->abort();
    }
    // From here on this manager is signed out, whatever Google answers.
    m_refreshToken.clear();
    m_accessToken.clear();
    m_reauth = true;
    m_loss = GrantLoss::Revoked;
    m_reauthDetail = QStringLiteral("signed out");
    deliver(reauthError(m_reauthDetail));
    if (token.isEmpty()) {
        done(Status());
        return;
    }
    QNetworkRequest request = http::request(m_endpoints.revoke);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network->post(request, http::formEncode({{QStringLiteral("token"), token}}));
    http::CappedBody::attach(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, revokeUrl = m_endpoints.revoke, done = std::move(done)] {
        reply->deleteLater();
        if (const std::optional<Error> untrusted = http::checkReply(reply, revokeUrl)) {
            done(*untrusted);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = http::cappedBody(reply);
        const http::GoogleErrorBody e = http::parseErrorBody(body);
        if (status == 200 || e.reason == QLatin1String("invalid_token")) {
            done(Status());
            return;
        }
        done(Error::session(Error::Code::TokenRequestFailed,
                            tr("Mailferry could not reach Google to withdraw its access. You can also remove it in "
                               "your Google Account under Security, Third-party access."),
                            http::describe(status, reply->error(), e, reply->errorString())));
    });
}

} // namespace mf::google
