// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

namespace mf::google {

/// The OAuth client of a Google Cloud "Desktop app". A desktop client is a public client: Google
/// still issues a client_secret and wants it at the token endpoint, but it is not confidential
/// (PKCE protects the code). Users who bring their own Cloud project import its client_secret.json.
struct ClientConfig {
    QString clientId;
    QString clientSecret;

    /// The largest client_secret.json Mailferry reads (real ones are under 1 KiB).
    static constexpr qint64 kMaxFileBytes = 64 * 1024;

    [[nodiscard]] bool isValid() const { return !clientId.isEmpty(); }

    /// The client compiled in through the CMake cache variables MAILFERRY_GOOGLE_CLIENT_ID and
    /// MAILFERRY_GOOGLE_CLIENT_SECRET; invalid (empty) when none was given at build time.
    [[nodiscard]] static ClientConfig builtIn();
    /// Reads a client_secret.json downloaded from Google Cloud Console ("installed" format;
    /// "web" is refused with a plain explanation because its redirect rules differ). Only regular
    /// files up to kMaxFileBytes are read.
    [[nodiscard]] static Result<ClientConfig> fromJsonFile(const QString &path);
    [[nodiscard]] static Result<ClientConfig> fromJson(const QByteArray &json);
};

} // namespace mf::google
