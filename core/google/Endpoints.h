// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUrl>

namespace mf::google {

/// Every Google URL Mailferry talks to, in one place, so that tests and development can point the
/// whole Google side at a local server (the fake Google in tests/support/google).
///
/// Paths under a redirected base are the same as the fake's:
///   <base>/o/oauth2/v2/auth, <base>/token, <base>/revoke,
///   <base>/gmail/v1/users/me/..., <base>/upload/gmail/v1/users/me/...
struct Endpoints {
    QUrl authorization; ///< OAuth consent page (opened in the system browser)
    QUrl token;         ///< code exchange and refresh
    QUrl revoke;        ///< sign out
    QUrl gmailApi;      ///< ".../gmail/v1/users/me": labels, the JSON raw path
    QUrl gmailUpload;   ///< ".../upload/gmail/v1/users/me": media, multipart and resumable uploads

    /// Google's real endpoints.
    [[nodiscard]] static Endpoints google();
    /// All endpoints under `base` (e.g. http://127.0.0.1:PORT), with the fake's paths.
    [[nodiscard]] static Endpoints underBase(const QUrl &base);
    /// google(), unless the environment variable MAILFERRY_GOOGLE_BASE_URL names a base URL for
    /// development. Off by default: an unset or empty variable always means Google.
    [[nodiscard]] static Endpoints fromEnvironment();
    /// True when these are not Google's own endpoints (shown in the UI so nobody is fooled).
    [[nodiscard]] bool isRedirected() const;
};

} // namespace mf::google
