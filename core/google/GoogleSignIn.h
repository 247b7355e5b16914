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
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QUrlQuery;

namespace mf::google {

class LoopbackReceiver;

/// What a completed sign-in hands over. The refresh token goes straight into the keychain
/// (secrets::googleRefreshTokenKey(email)); nothing here may be logged.
struct SignInResult {
    QString email; ///< from the id_token's "email" claim
    QString refreshToken;
    QString accessToken;
    QDateTime expiresAt;       ///< wall-clock expiry of accessToken (UTC, from the injected Clock)
    QStringList grantedScopes; ///< as Google reported them (the user may untick some)
    /// When the refresh token was issued and, for a "Testing" project (`refresh_token_expires_in`
    /// in the answer), when Google ends it. AccountService::recordConsent keeps it.
    ConsentRecord consent;

    [[nodiscard]] bool hasScope(const QString &scope) const;
};

/// "Sign in with Google" for a desktop app: the authorization-code flow with a loopback redirect
/// on 127.0.0.1, an explicit callback path, PKCE S256 and access_type=offline.
///
/// Mailferry does this itself instead of using QOAuth2AuthorizationCodeFlow, because Qt
/// NetworkAuth 6.4 has no PKCE, double-encodes Google's code, listens on every interface, only
/// logs token errors, seeds `state` from a clock and cannot escape its page. Token
/// requests go through our own QNetworkAccessManager; state and verifier come from
/// QRandomGenerator::system().
///
/// Usage: connect openBrowser (the UI calls QDesktopServices::openUrl) and finished, then start().
/// The listener closes after the callback, on timeout (from the injected Clock) or on cancel().
class GoogleSignIn : public QObject {
    Q_OBJECT
public:
    GoogleSignIn(Endpoints endpoints, QNetworkAccessManager *network, Clock *clock, QObject *parent = nullptr);
    ~GoogleSignIn() override;

    /// Starts a sign-in asking for `scopes` (see Scopes::forOptions). Emits openBrowser, then,
    /// exactly once, finished. Errors (all in plain words):
    ///  ClientConfigMissing, ConsentDeclined (the user said no), ScopeNotGranted (gmail.insert
    ///  was unticked), SignInTimedOut, SignInCancelled (scope Cancelled), TokenRequestFailed,
    ///  NetworkError, RedirectRefused / ReplyTooLarge (the token endpoint misbehaved).
    /// A callback whose `state` is not this sign-in's (forged by a web page, or stale) is answered
    /// with a plain page and ignored: the sign-in goes on waiting for the real one.
    void start(const ClientConfig &client, const QStringList &scopes);
    /// Abandons a running sign-in; finished() carries a Cancelled error.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// How long to wait for the browser (default 5 minutes).
    void setTimeout(Millis timeout) { m_timeout = timeout; }
    /// The redirect URI of the running sign-in (tests).
    [[nodiscard]] QUrl redirectUri() const;
    /// How many callbacks with a wrong state the running (or last) sign-in ignored.
    [[nodiscard]] int ignoredCallbacks() const { return m_ignoredCallbacks; }

    /// The callback path on 127.0.0.1.
    static inline const QString kCallbackPath = QStringLiteral("/mailferry/oauth2callback");

signals:
    /// Open this URL in the user's browser.
    void openBrowser(const QUrl &url);
    void finished(const mf::Result<mf::google::SignInResult> &result);

private:
    void onCallback(const QUrlQuery &query);
    void onTokenReply(QNetworkReply *reply);
    void finish(Result<SignInResult> result);
    void revokeQuietly(const QString &token);

    Endpoints m_endpoints;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    LoopbackReceiver *m_receiver = nullptr;
    QPointer<Timer> m_timer;
    QPointer<QNetworkReply> m_reply;
    Millis m_timeout{5 * 60 * 1000};
    ClientConfig m_client;
    QStringList m_scopes;
    QByteArray m_state;
    QByteArray m_verifier;
    bool m_running = false;
    int m_ignoredCallbacks = 0;
};

} // namespace mf::google
