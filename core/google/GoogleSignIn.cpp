// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/GoogleSignIn.h"

#include "common/Logging.h"
#include "common/ThreadCheck.h"
#include "google/HttpUtil.h"
#include "google/LoopbackReceiver.h"
#include "google/Pkce.h"
#include "google/Scopes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace mf::google {

bool SignInResult::hasScope(const QString &scope) const
{
    return Scopes::contains(grantedScopes, scope);
}

namespace {

/// The claims of a JWT (unverified: it came straight from Google's token endpoint over TLS,
/// which is what OpenID Connect allows for the code flow).
QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray json = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(json).object();
}

} // namespace

GoogleSignIn::GoogleSignIn(Endpoints endpoints, QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_network(network)
    , m_clock(clock)
{
}

GoogleSignIn::~GoogleSignIn()
{
    if (m_reply)
        m_reply->abort();
}

QUrl GoogleSignIn::redirectUri() const
{
    return m_receiver ? m_receiver->redirectUri() : QUrl();
}

void GoogleSignIn::start(const ClientConfig &client, const QStringList &scopes)
{
    MF_ASSERT_OWN_THREAD();
    if (m_running)
        cancel();
    m_running = true;
    if (!client.isValid()) {
        finish(Error::account(Error::Code::ClientConfigMissing,
                              tr("Mailferry has no Google client set up. Import the client_secret.json file of your "
                                 "Google Cloud project first."),
                              QStringLiteral("empty client id")));
        return;
    }
    m_client = client;
    m_scopes = scopes;
    m_state = pkce::newState();
    m_verifier = pkce::newVerifier();

    delete m_receiver;
    m_receiver = new LoopbackReceiver(m_clock, this);
    connect(m_receiver, &LoopbackReceiver::callbackReceived, this, &GoogleSignIn::onCallback);
    if (!m_receiver->listen(kCallbackPath)) {
        finish(Error::session(Error::Code::NetworkError,
                              tr("Mailferry could not prepare the sign-in on this computer. Check that no security "
                                 "software blocks local connections, then try again."),
                              QStringLiteral("cannot listen on 127.0.0.1")));
        return;
    }

    QUrlQuery query;
    const auto add = [&query](const QString &k, const QString &v) {
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add(QStringLiteral("client_id"), m_client.clientId);
    add(QStringLiteral("redirect_uri"), m_receiver->redirectUri().toString());
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(m_state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeS256(m_verifier)));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    // offline: we need a refresh token; consent: Google only returns one on a consent screen.
    add(QStringLiteral("access_type"), QStringLiteral("offline"));
    add(QStringLiteral("prompt"), QStringLiteral("consent"));
    QUrl url = m_endpoints.authorization;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    m_ignoredCallbacks = 0;
    m_timer = m_clock->singleShot(m_timeout, this, [this] {
        QString detail = QStringLiteral("no callback within %1 s").arg(m_timeout.count() / 1000);
        if (m_ignoredCallbacks > 0)
            detail += QStringLiteral(" (%1 callback(s) with a wrong state ignored)").arg(m_ignoredCallbacks);
        finish(Error::account(Error::Code::SignInTimedOut,
                              tr("The sign-in took too long. Click \"Sign in with Google\" to try again."), detail));
    });
    qCInfo(lcGoogle) << "sign-in started; waiting on" << m_receiver->redirectUri().toString();
    emit openBrowser(url);
}

void GoogleSignIn::cancel()
{
    if (!m_running)
        return;
    finish(Error{Error::Scope::Cancelled, Error::Code::SignInCancelled, tr("Sign-in cancelled."),
                 QStringLiteral("cancelled by the user"), false, std::nullopt});
}

void GoogleSignIn::onCallback(const QUrlQuery &query)
{
    if (!m_running)
        return;
    const auto value = [&query](const char *key) { return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); };
    // The state check comes first: anything that fails it did not come from our request. It must
    // not end the sign-in either, or any web page could cancel it by loading a forged callback:
    // answer it with a plain page and keep waiting for the real one (until the sign-in's timeout).
    if (value("state").toLatin1() != m_state) {
        ++m_ignoredCallbacks;
        qCWarning(lcGoogle) << "ignored a sign-in callback whose state does not belong to this sign-in";
        m_receiver->reject(400,
                           browserPage(tr("Not this sign-in"),
                                       tr("This answer did not belong to the sign-in Mailferry is waiting for, "
                                          "so Mailferry ignored it. Finish signing in from the window "
                                          "Mailferry opened."),
                                       false));
        return;
    }
    const QString error = value("error");
    if (error == QLatin1String("access_denied")) {
        finish(Error::account(Error::Code::ConsentDeclined,
                              tr("You did not allow Mailferry to add mail to Gmail. Mailferry cannot copy your "
                                 "messages without that permission. Sign in again when you are ready."),
                              QStringLiteral("access_denied")));
        return;
    }
    if (!error.isEmpty()) {
        finish(Error::account(Error::Code::TokenRequestFailed, tr("Google did not complete the sign-in. Please try again."),
                              error.left(200)));
        return;
    }
    // Decoded exactly once here and form-encoded once when sent: no double encoding (pitfall 2).
    const QString code = value("code");
    if (code.isEmpty()) {
        finish(Error::account(Error::Code::TokenRequestFailed, tr("Google did not complete the sign-in. Please try again."),
                              QStringLiteral("callback without code")));
        return;
    }
    QNetworkRequest request = http::request(m_endpoints.token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray body = http::formEncode({
        {QStringLiteral("code"), code},
        {QStringLiteral("client_id"), m_client.clientId},
        {QStringLiteral("client_secret"), m_client.clientSecret},
        {QStringLiteral("redirect_uri"), m_receiver->redirectUri().toString()},
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
    });
    m_reply = m_network->post(request, body);
    QNetworkReply *reply = m_reply;
    http::CappedBody::attach(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onTokenReply(reply); });
}

void GoogleSignIn::onTokenReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_running || reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const std::optional<Error> untrusted = http::checkReply(reply, m_endpoints.token)) {
        finish(*untrusted);
        return;
    }
    const QByteArray body = http::cappedBody(reply);
    if (status == 0) {
        finish(Error::session(Error::Code::NetworkError,
                              tr("Mailferry could not reach Google to finish the sign-in. Check your internet "
                                 "connection and try again."),
                              reply->errorString()));
        return;
    }
    if (status != 200) {
        const http::GoogleErrorBody e = http::parseErrorBody(body);
        const QString detail = http::describe(status, reply->error(), e, QString());
        if (e.reason == QLatin1String("invalid_client")) {
            finish(Error::account(Error::Code::ClientConfigInvalid,
                                  tr("Google does not recognise Mailferry's client. Import the client_secret.json of "
                                     "your Google Cloud project again."),
                                  detail));
            return;
        }
        finish(
            Error::account(Error::Code::TokenRequestFailed, tr("Google did not accept the sign-in. Please try again."), detail));
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    SignInResult result;
    result.accessToken = json.value(QLatin1String("access_token")).toString();
    result.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    result.expiresAt = m_clock->now().addSecs(json.value(QLatin1String("expires_in")).toInt(3600));
    result.grantedScopes = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    result.email = jwtPayload(json.value(QLatin1String("id_token")).toString()).value(QLatin1String("email")).toString();
    result.consent = ConsentLifetime::fromTokenResponse(json, m_clock->now());

    // Users may untick scopes on the consent screen; without gmail.insert nothing can work.
    if (!result.hasScope(Scopes::kGmailInsert)) {
        revokeQuietly(result.refreshToken.isEmpty() ? result.accessToken : result.refreshToken);
        finish(Error::account(Error::Code::ScopeNotGranted,
                              tr("You signed in, but did not tick \"Add emails into your Gmail mailbox\". Mailferry "
                                 "needs that permission to copy your mail. Sign in again and leave that box ticked."),
                              QStringLiteral("granted: %1").arg(result.grantedScopes.join(QLatin1Char(' ')))));
        return;
    }
    if (result.accessToken.isEmpty() || result.refreshToken.isEmpty() || result.email.isEmpty()) {
        finish(Error::account(Error::Code::TokenRequestFailed,
                              tr("Google's answer to the sign-in was incomplete. Please try again."),
                              QStringLiteral("missing %1%2%3")
                                  .arg(result.accessToken.isEmpty() ? QStringLiteral("access_token ") : QString(),
                                       result.refreshToken.isEmpty() ? QStringLiteral("refresh_token ") : QString(),
                                       result.email.isEmpty() ? QStringLiteral("email") : QString())));
        return;
    }
    qCInfo(lcGoogle) << "signed in as" << result.email << "scopes" << result.grantedScopes
                     << (result.consent.isLimited() ? "consent ends" : "consent open-ended") << result.consent.expiresAt;
    finish(std::move(result));
}

void GoogleSignIn::revokeQuietly(const QString &token)
{
    // Leave no half-useful grant behind; the answer does not matter.
    if (token.isEmpty())
        return;
    QNetworkRequest request = http::request(m_endpoints.revoke);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network->post(request, http::formEncode({{QStringLiteral("token"), token}}));
    http::CappedBody::attach(reply);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void GoogleSignIn::finish(Result<SignInResult> result)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_timer)
        m_timer->deleteLater();
    m_timer = nullptr;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    if (m_receiver) {
        if (result.ok())
            m_receiver->respond(200,
                                browserPage(tr("You are signed in"),
                                            tr("Mailferry is now connected to %1.").arg(result.value().email), true));
        else
            m_receiver->respond(result.error().code == Error::Code::StateMismatch ? 400 : 200,
                                browserPage(tr("Sign-in not completed"), result.error().message, false));
        m_receiver->close();
        m_receiver->deleteLater();
        m_receiver = nullptr;
    }
    m_verifier.clear();
    m_state.clear();
    emit finished(result);
}

} // namespace mf::google
