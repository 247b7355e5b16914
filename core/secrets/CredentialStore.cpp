// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secrets/CredentialStore.h"

namespace mf::secrets {

QString pop3PasswordKey(const QString &accountId)
{
    return QStringLiteral("pop3-password/") + accountId;
}

QString googleRefreshTokenKey(const QString &email)
{
    // Gmail addresses are case-insensitive; one account must map to one entry.
    return QStringLiteral("google-refresh-token/") + email.trimmed().toLower();
}

} // namespace mf::secrets
