// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/Endpoints.h"

namespace mf::google {

Endpoints Endpoints::google()
{
    Endpoints e;
    e.authorization = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    e.token = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    e.revoke = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    e.gmailApi = QUrl(QStringLiteral("https://gmail.googleapis.com/gmail/v1/users/me"));
    e.gmailUpload = QUrl(QStringLiteral("https://gmail.googleapis.com/upload/gmail/v1/users/me"));
    return e;
}

Endpoints Endpoints::underBase(const QUrl &base)
{
    QString root = base.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    Endpoints e;
    e.authorization = QUrl(root + QStringLiteral("/o/oauth2/v2/auth"));
    e.token = QUrl(root + QStringLiteral("/token"));
    e.revoke = QUrl(root + QStringLiteral("/revoke"));
    e.gmailApi = QUrl(root + QStringLiteral("/gmail/v1/users/me"));
    e.gmailUpload = QUrl(root + QStringLiteral("/upload/gmail/v1/users/me"));
    return e;
}

Endpoints Endpoints::fromEnvironment()
{
    const QString base = qEnvironmentVariable("MAILFERRY_GOOGLE_BASE_URL").trimmed();
    if (base.isEmpty())
        return google();
    const QUrl url(base);
    if (!url.isValid() || url.host().isEmpty())
        return google();
    return underBase(url);
}

bool Endpoints::isRedirected() const
{
    return token != google().token;
}

} // namespace mf::google
