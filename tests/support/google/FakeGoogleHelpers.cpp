// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Helpers shared by the fake Google's files.
#include "FakeGoogleHelpers.h"

#include <QUrlQuery>

namespace mf::test::fakegoogle {

const QString kInsertScope = QStringLiteral("https://www.googleapis.com/auth/gmail.insert");
const QString kLabelsScope = QStringLiteral("https://www.googleapis.com/auth/gmail.labels");
[[maybe_unused]] const QString kModifyScope = QStringLiteral("https://www.googleapis.com/auth/gmail.modify");
[[maybe_unused]] const QString kFullScope = QStringLiteral("https://mail.google.com/");

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString statusName(int status)
{
    switch (status) {
    case 400: return QStringLiteral("INVALID_ARGUMENT");
    case 401: return QStringLiteral("UNAUTHENTICATED");
    case 403: return QStringLiteral("PERMISSION_DENIED");
    case 404: return QStringLiteral("NOT_FOUND");
    case 409: return QStringLiteral("ALREADY_EXISTS");
    case 413: return QStringLiteral("INVALID_ARGUMENT");
    case 429: return QStringLiteral("RESOURCE_EXHAUSTED");
    case 503: return QStringLiteral("UNAVAILABLE");
    default: return status >= 500 ? QStringLiteral("INTERNAL") : QStringLiteral("FAILED_PRECONDITION");
    }
}

QString defaultReason(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalidArgument");
    case 401: return QStringLiteral("authError");
    case 403: return QStringLiteral("userRateLimitExceeded");
    case 404: return QStringLiteral("notFound");
    case 429: return QStringLiteral("rateLimitExceeded");
    default: return status >= 500 ? QStringLiteral("backendError") : QStringLiteral("failedPrecondition");
    }
}

QString defaultMessage(int status, const QString &reason)
{
    if (reason == QLatin1String("rateLimitExceeded"))
        return QStringLiteral("Too many concurrent requests for user");
    if (reason == QLatin1String("userRateLimitExceeded"))
        return QStringLiteral("User-rate limit exceeded.");
    if (reason == QLatin1String("dailyLimitExceeded"))
        return QStringLiteral("Daily Limit Exceeded");
    if (reason == QLatin1String("authError"))
        return QStringLiteral("Request had invalid authentication credentials. Expected OAuth 2 access token, login "
                              "cookie or other valid authentication credential.");
    if (reason == QLatin1String("insufficientPermissions"))
        return QStringLiteral("Request had insufficient authentication scopes.");
    if (status >= 500)
        return QStringLiteral("Backend Error");
    return QStringLiteral("Invalid argument");
}

/// application/x-www-form-urlencoded, where '+' is a space.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

/// The internal date Gmail derives from the Date header, or an invalid QDateTime.
QDateTime dateFromHeader(const QByteArray &raw)
{
    int end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        end = raw.indexOf("\n\n");
    const QByteArray head = end < 0 ? raw : raw.left(end);
    const QList<QByteArray> lines = head.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.toLower().startsWith("date:"))
            continue;
        QByteArray value = line.mid(5);
        for (int j = i + 1; j < lines.size() && (lines[j].startsWith(' ') || lines[j].startsWith('\t')); ++j)
            value += ' ' + lines[j];
        QString text = QString::fromLatin1(value).simplified();
        // Drop a trailing comment such as "(UTC)" or "(PST)".
        const int paren = text.indexOf(QLatin1Char('('));
        if (paren > 0)
            text = text.left(paren).trimmed();
        QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
        if (dt.isValid())
            return dt.toUTC();
        return {};
    }
    return {};
}

bool hasInsertScope(const QStringList &scopes)
{
    return scopes.contains(kInsertScope) || scopes.contains(kModifyScope) || scopes.contains(kFullScope);
}

bool hasLabelsScope(const QStringList &scopes)
{
    return scopes.contains(kLabelsScope) || scopes.contains(kModifyScope) || scopes.contains(kFullScope);
}

} // namespace mf::test::fakegoogle
