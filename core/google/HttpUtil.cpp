// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/HttpUtil.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

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

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mf::google::http", text);
}

std::chrono::milliseconds clampWait(qint64 ms)
{
    return std::chrono::milliseconds(std::clamp<qint64>(ms, 0, kMaxRetryAfter.count()));
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    // delta-seconds = 1*DIGIT. Accumulate with a ceiling instead of toLongLong(), so that
    // "99999999999999999999" means "a very long time", never an overflow or a parse failure.
    const bool digitsOnly = std::all_of(v.cbegin(), v.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (digitsOnly) {
        const qint64 ceiling = kMaxRetryAfter.count() / 1000;
        qint64 seconds = 0;
        for (char c : v) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > ceiling)
                return kMaxRetryAfter;
        }
        return clampWait(seconds * 1000);
    }
    if (v.startsWith('-') || v.startsWith('+'))
        return std::nullopt; // not delta-seconds, and not a date either
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT" (IMF-fixdate), "Wednesday, 21-Oct-26 07:28:00 GMT"
    // (RFC 850) or "Wed Oct 21 07:28:00 2026" (asctime).
    QString text = QString::fromLatin1(v).simplified();
    QDateTime at;
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC"))) {
        const QString base = text.left(text.size() - 4);
        // Qt's RFC 2822 parser does not take "GMT".
        at = QDateTime::fromString(base + QStringLiteral(" +0000"), Qt::RFC2822Date);
        if (!at.isValid()) {
            // RFC 850: "Wednesday, 21-Oct-26 07:28:00"; two-digit years are 20xx. The weekday is
            // dropped: Qt would check it against the year it reads as 19xx.
            const QString dateOnly = base.mid(base.indexOf(QLatin1Char(',')) + 1).trimmed();
            QDateTime rfc850 = QLocale::c().toDateTime(dateOnly, QStringLiteral("dd-MMM-yy HH:mm:ss"));
            if (rfc850.isValid()) {
                if (rfc850.date().year() < 2000)
                    rfc850 = rfc850.addYears(100);
                rfc850.setTimeZone(QTimeZone::utc());
                at = rfc850;
            }
        }
    } else {
        at = QLocale::c().toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
        if (at.isValid())
            at.setTimeZone(QTimeZone::utc());
    }
    if (!at.isValid())
        return std::nullopt;
    return clampWait(now.msecsTo(at));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    if (!a.isValid() || !b.isValid())
        return false;
    const QString scheme = a.scheme().toLower();
    if (scheme.isEmpty() || scheme != b.scheme().toLower())
        return false;
    if (a.host().isEmpty() || a.host().compare(b.host(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    return a.port(defaultPort) == b.port(defaultPort);
}

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

CappedBody::CappedBody(QNetworkReply *reply, qint64 cap)
    : QObject(reply)
    , m_reply(reply)
    , m_cap(cap)
{
    setObjectName(QStringLiteral("mfCappedBody"));
    // Back-pressure: Qt's HTTP thread stops reading the socket while this much is unread, so even a
    // flood that arrives faster than the event loop runs is not queued up in memory.
    reply->setReadBufferSize(std::min<qint64>(cap + 1, 256 * 1024));
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        bool ok = false;
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && announced > m_cap)
            tooLarge("announced");
    });
    connect(reply, &QIODevice::readyRead, this, &CappedBody::drain);
}

CappedBody *CappedBody::attach(QNetworkReply *reply, qint64 cap)
{
    if (!reply)
        return nullptr;
    if (CappedBody *existing = of(reply))
        return existing;
    return new CappedBody(reply, cap);
}

CappedBody *CappedBody::of(const QNetworkReply *reply)
{
    return reply ? reply->findChild<CappedBody *>(QStringLiteral("mfCappedBody"), Qt::FindDirectChildrenOnly) : nullptr;
}

void CappedBody::drain()
{
    if (m_exceeded || !m_reply->isOpen())
        return;
    for (;;) {
        const qint64 room = m_cap + 1 - m_received;
        const QByteArray chunk = m_reply->read(std::max<qint64>(1, std::min<qint64>(room, 64 * 1024)));
        if (chunk.isEmpty())
            return;
        m_received += chunk.size();
        if (m_received > m_cap) {
            tooLarge("read");
            return;
        }
        m_body += chunk;
    }
}

void CappedBody::tooLarge(const char *why)
{
    if (m_exceeded)
        return;
    m_exceeded = true;
    m_body.clear();
    m_body.squeeze();
    qCWarning(lcGoogle) << "reply from" << m_reply->url().host() << "passed" << m_cap << "bytes (" << why << "); aborted";
    m_reply->abort();
}

QByteArray CappedBody::body()
{
    drain();
    return m_exceeded ? QByteArray() : m_body;
}

QByteArray cappedBody(QNetworkReply *reply)
{
    if (CappedBody *capped = CappedBody::of(reply))
        return capped->body();
    if (!reply->isOpen())
        return {};
    return reply->read(kMaxReplyBytes);
}

std::optional<Error> checkReply(QNetworkReply *reply, const QUrl &requested)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    // 308 without a Location is Google's "Resume Incomplete" of a resumable upload, not a redirect.
    const bool redirect = status >= 300 && status < 400 && status != 304 && !(status == 308 && target.isEmpty());
    if (redirect || !sameOrigin(reply->url(), requested)) {
        const QUrl elsewhere = target.isEmpty() ? reply->url() : requested.resolved(target);
        Error e = Error::account(Error::Code::RedirectRefused,
                                 tr("Mailferry's connection to Google was sent to another address, so Mailferry "
                                    "stopped instead of handing over your sign-in or your mail. A proxy, security "
                                    "software or network setting may be redirecting it; check them, then try "
                                    "again."),
                                 QStringLiteral("HTTP %1 from %2 to %3://%4 (not followed)")
                                     .arg(status)
                                     .arg(requested.host(), elsewhere.scheme(), elsewhere.host()));
        e.retryable = false;
        return e;
    }
    if (CappedBody *capped = CappedBody::of(reply); capped && capped->exceeded()) {
        Error e = Error::session(
            Error::Code::ReplyTooLarge,
            tr("Google sent an answer far larger than any it should send, so Mailferry stopped "
               "reading it. It will try again later."),
            QStringLiteral("HTTP %1 reply from %2 passed %3 bytes").arg(status).arg(requested.host()).arg(kMaxReplyBytes));
        e.retryable = false;
        return e;
    }
    return std::nullopt;
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
    QString text =
        httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus) : QStringLiteral("network error %1").arg(int(networkError));
    if (!body.reason.isEmpty())
        text += QStringLiteral(" %1").arg(body.reason);
    if (!body.message.isEmpty())
        text += QStringLiteral(": %1").arg(body.message.left(300));
    else if (httpStatus <= 0 && !networkErrorString.isEmpty())
        text += QStringLiteral(": %1").arg(networkErrorString);
    return text;
}

} // namespace mf::google::http
