#include "google/HttpUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace mf::google::http {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return std::chrono::milliseconds(std::max<qint64>(0, seconds) * 1000);
    // An HTTP date, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QString text = QString::fromLatin1(v);
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take.
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

GoogleErrorBody parseErrorBody(const QByteArray &body)
{
    GoogleErrorBody out;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (error.isString()) {
        out.reason = error.toString();
        out.message = root.value(QLatin1String("error_description")).toString();
        return out;
    }
    const QJsonObject e = error.toObject();
    out.message = e.value(QLatin1String("message")).toString();
    out.status = e.value(QLatin1String("status")).toString();
    const QJsonArray errors = e.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        out.reason = errors.first().toObject().value(QLatin1String("reason")).toString();
    return out;
}

QString describe(int httpStatus, QNetworkReply::NetworkError networkError, const GoogleErrorBody &body,
                 const QString &networkErrorString)
{
    QString text = httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus)
                                  : QStringLiteral("network error %1").arg(int(networkError));
    if (!body.reason.isEmpty())
        text += QStringLiteral(" %1").arg(body.reason);
    if (!body.message.isEmpty())
        text += QStringLiteral(": %1").arg(body.message.left(300));
    else if (httpStatus <= 0 && !networkErrorString.isEmpty())
        text += QStringLiteral(": %1").arg(networkErrorString);
    return text;
}

} // namespace mf::google::http
