// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeGoogle, the OAuth side: the consent screen (scripted), the token endpoint (code exchange with
// a PKCE S256 check, refresh), revocation, and the 7-day grants of a project in "Testing" status.
#include "FakeGoogle.h"
#include "FakeGoogleHelpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace mf::test {

using namespace fakegoogle;

FakeGoogle::Response FakeGoogle::handleAuthorize(const Request &r)
{
    m_lastAuth = r.query;
    const auto q = [&](const char *key) { return r.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded); };
    auto errorPage = [](const QString &text) {
        Response resp;
        resp.status = 400;
        resp.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html; charset=UTF-8"));
        resp.body = "<html><body><h1>Error 400</h1><p>" + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
        return resp;
    };
    if (q("client_id") != m_clientId)
        return errorPage(QStringLiteral("invalid_client: The OAuth client was not found."));
    const QUrl redirect(q("redirect_uri"));
    // Google accepts any port on a loopback redirect for desktop clients, nothing else.
    if (redirect.scheme() != QLatin1String("http")
        || (redirect.host() != QLatin1String("127.0.0.1") && redirect.host() != QLatin1String("localhost")))
        return errorPage(QStringLiteral("redirect_uri_mismatch"));
    if (q("response_type") != QLatin1String("code"))
        return errorPage(QStringLiteral("unsupported_response_type"));
    const QString challenge = q("code_challenge");
    const QString method = q("code_challenge_method");
    if (!challenge.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return errorPage(QStringLiteral("invalid_request: code_challenge_method"));

    QString state = q("state");
    if (m_tamperState) {
        m_tamperState = false;
        state = QStringLiteral("forged-") + state;
    }
    QUrlQuery back;
    if (m_consent == Consent::Decline) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        QStringList granted;
        for (const QString &s : q("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (m_unticked.contains(s))
                continue;
            // Google reports "email" back under its long name.
            granted << (s == QLatin1String("email") ? QStringLiteral("https://www.googleapis.com/auth/userinfo.email") : s);
        }
        // Real codes look like "4/0AeaYSH..." and arrive percent-encoded ("4%2F0A..."), which is
        // what tripped Qt NetworkAuth 6.4 into double encoding; keep the slash so tests cover it.
        const QString code = newToken("4/0Afake");
        QString storedChallenge = challenge;
        if (m_corruptChallenge) {
            m_corruptChallenge = false;
            storedChallenge = QStringLiteral("corrupted-") + challenge;
        }
        m_codes.insert(code, PendingCode{q("client_id"), q("redirect_uri"), storedChallenge, method, granted, false});
        back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
        back.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(granted.join(QLatin1Char(' ')))));
    }
    if (!state.isEmpty())
        back.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
    QUrl target = redirect;
    target.setQuery(back.query(QUrl::FullyEncoded), QUrl::StrictMode);
    Response resp;
    resp.status = 302;
    resp.headers.append(QPair<QByteArray, QByteArray>("Location", target.toEncoded()));
    return resp;
}

QDateTime FakeGoogle::testingExpiry(const QString &refreshToken)
{
    if (!m_testingClock || refreshToken.isEmpty())
        return {};
    auto it = m_testingExpiry.find(refreshToken);
    if (it == m_testingExpiry.end())
        it = m_testingExpiry.insert(refreshToken, m_testingClock->now().addSecs(kTestingLifetimeSecs));
    return *it;
}

FakeGoogle::Response FakeGoogle::issueTokens(const QString &email, const QStringList &scopes, const QString &refreshToken,
                                             bool withRefresh)
{
    const QString access = newToken("ya29.fake-");
    m_accessTokens.insert(access, AccessToken{refreshToken, email, scopes, m_uptime.elapsed() + m_tokenLifetime * 1000LL, false});
    QJsonObject out{{QStringLiteral("access_token"), access},
                    {QStringLiteral("expires_in"), m_tokenLifetime},
                    {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    // A "Testing" project's answers say how long the refresh token has left.
    if (const QDateTime end = testingExpiry(refreshToken); end.isValid())
        out.insert(QStringLiteral("refresh_token_expires_in"), std::max<qint64>(0, m_testingClock->now().secsTo(end)));
    if (withRefresh) {
        out.insert(QStringLiteral("refresh_token"), refreshToken);
        if (scopes.contains(QStringLiteral("openid"))) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                     {QStringLiteral("kid"), QStringLiteral("fake-key")},
                                     {QStringLiteral("typ"), QStringLiteral("JWT")}};
            QJsonObject payload{{QStringLiteral("iss"), QStringLiteral("https://accounts.google.com")},
                                {QStringLiteral("aud"), m_clientId},
                                {QStringLiteral("azp"), m_clientId},
                                {QStringLiteral("sub"), QStringLiteral("1098765432101234567890")},
                                {QStringLiteral("iat"), now},
                                {QStringLiteral("exp"), now + 3600}};
            if (scopes.contains(QStringLiteral("https://www.googleapis.com/auth/userinfo.email"))
                || scopes.contains(QStringLiteral("email"))) {
                payload.insert(QStringLiteral("email"), email);
                payload.insert(QStringLiteral("email_verified"), true);
            }
            const QByteArray jwt = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + base64Url("not-a-real-signature");
            out.insert(QStringLiteral("id_token"), QString::fromLatin1(jwt));
        }
    }
    return json(200, out);
}

FakeGoogle::Response FakeGoogle::handleToken(const Request &r)
{
    auto oauthError = [](int status, const char *error, const char *description) {
        return json(status,
                    QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                {QStringLiteral("error_description"), QString::fromLatin1(description)}});
    };
    if (r.method != "POST")
        return oauthError(405, "invalid_request", "Method not allowed");
    if (m_tokenFailures > 0) {
        --m_tokenFailures;
        return oauthError(m_tokenFailureStatus, "internal_failure", "Backend Error");
    }
    const QHash<QString, QString> form = parseForm(r.body);
    if (form.value(QStringLiteral("client_id")) != m_clientId || form.value(QStringLiteral("client_secret")) != m_clientSecret)
        return oauthError(401, "invalid_client", "The OAuth client was not found.");
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        auto it = m_codes.find(code);
        if (it == m_codes.end() || it->used)
            return oauthError(400, "invalid_grant", "Malformed auth code.");
        it->used = true; // a code works once, even when the exchange then fails
        if (it->redirectUri != form.value(QStringLiteral("redirect_uri")))
            return oauthError(400, "redirect_uri_mismatch", "Bad Request");
        if (!it->challenge.isEmpty()) {
            const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
            QByteArray expected = verifier;
            if (it->method == QLatin1String("S256"))
                expected = base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
            if (verifier.isEmpty() || expected != it->challenge.toLatin1()) {
                ++m_pkceFailed;
                return oauthError(400, "invalid_grant", "Invalid code verifier.");
            }
            ++m_pkceVerified;
        }
        const QString refresh = newToken("1//fake-refresh-");
        m_grants.insert(refresh, Grant{m_email, it->scopes, false});
        return issueTokens(m_email, it->scopes, refresh, true);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = form.value(QStringLiteral("refresh_token"));
        auto it = m_grants.constFind(refresh);
        if (it == m_grants.constEnd() || it->revoked)
            return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
        if (const QDateTime end = testingExpiry(refresh); end.isValid() && m_testingClock->now() >= end)
            return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
        return issueTokens(it->email, it->scopes, refresh, false);
    }
    return oauthError(400, "unsupported_grant_type", "Invalid grant_type");
}

FakeGoogle::Response FakeGoogle::handleRevoke(const Request &r)
{
    QString token = parseForm(r.body).value(QStringLiteral("token"));
    if (token.isEmpty())
        token = r.query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    auto error = json(400,
                      QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")},
                                  {QStringLiteral("error_description"), QStringLiteral("Token expired or revoked")}});
    if (m_grants.contains(token)) {
        if (m_grants[token].revoked)
            return error;
        m_grants[token].revoked = true;
        for (auto &t : m_accessTokens)
            if (t.refreshToken == token)
                t.invalidated = true;
        ++m_revoked;
        return json(200, QJsonObject{});
    }
    auto at = m_accessTokens.find(token);
    if (at != m_accessTokens.end() && !at->invalidated) {
        // Revoking an access token revokes its whole grant, as at Google.
        if (!at->refreshToken.isEmpty() && m_grants.contains(at->refreshToken))
            m_grants[at->refreshToken].revoked = true;
        at->invalidated = true;
        ++m_revoked;
        return json(200, QJsonObject{});
    }
    return error;
}

} // namespace mf::test
