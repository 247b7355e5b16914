// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeGoogle, the Gmail side: the per-user quota, uploads (media, multipart, resumable, JSON) into
// the stored messages, labels, and the Gmail faults (failNext, drops, rejections, size limit).
#include "FakeGoogle.h"
#include "FakeGmailRules.h"
#include "FakeGoogleHelpers.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace mf::test {

using namespace fakegoogle;

bool FakeGoogle::chargeQuota(const QString &user, int units, int *retryAfterSeconds)
{
    if (!m_quota)
        return true;
    const qint64 now = quotaNowMs();
    auto &window = m_quotaWindow[user];
    while (!window.empty() && window.front().first <= now - 60000)
        window.pop_front();
    int used = 0;
    for (const auto &e : window)
        used += e.second;
    if (used + units > m_quotaUnits) {
        // Room returns when the oldest charges leave the window.
        int freed = 0;
        qint64 at = now;
        for (const auto &e : window) {
            freed += e.second;
            at = e.first + 60000;
            if (used - freed + units <= m_quotaUnits)
                break;
        }
        *retryAfterSeconds = int(std::max<qint64>(1, (at - now + 999) / 1000));
        return false;
    }
    window.emplace_back(now, units);
    return true;
}

FakeGoogle::Response FakeGoogle::storeMessage(const QString &user, const QString &method, const QString &uploadType,
                                              const QUrlQuery &query, const QByteArray &raw, const QStringList &labelIds)
{
    if (raw.isEmpty())
        return gmailError(400, QStringLiteral("invalidArgument"),
                          QStringLiteral("'raw' RFC822 payload message string or uploading message via /upload/* URL required"));
    if (m_maxUpload > 0 && raw.size() > m_maxUpload)
        return gmailError(413, QStringLiteral("uploadTooLarge"),
                          QStringLiteral("Request payload size exceeds the limit: 52428800 bytes."));
    if (!m_rejectMarker.isEmpty() && raw.contains(m_rejectMarker))
        return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid message"));
    if (dateFromHeader(raw).isNull() && !raw.contains(':'))
        return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid message"));
    if (!fakegmail::BlockedAttachmentRule::blockedFiles(raw).isEmpty())
        return gmailError(400, QStringLiteral("invalidArgument"), fakegmail::BlockedAttachmentRule::message());
    for (const QString &id : labelIds) {
        const bool known = std::any_of(m_labels.cbegin(), m_labels.cend(), [&](const Label &l) { return l.id == id; });
        if (!known || id == QLatin1String("SENT") || id == QLatin1String("DRAFT"))
            return gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid label: %1").arg(id));
    }
    StoredMessage m;
    m.id = QString::number(m_nextId++, 16);
    m.user = user;
    m.raw = raw;
    m.labelIds = labelIds;
    m.method = method;
    m.uploadType = uploadType;
    m.query = query;
    m.neverMarkSpam = query.queryItemValue(QStringLiteral("neverMarkSpam")) == QLatin1String("true");
    QString source = query.queryItemValue(QStringLiteral("internalDateSource"));
    if (source.isEmpty())
        source = method == QLatin1String("import") ? QStringLiteral("dateHeader") : QStringLiteral("receivedTime");
    m.internalDateSource = source;
    const QDateTime header = dateFromHeader(raw);
    if (source == QLatin1String("dateHeader") && header.isValid()) {
        m.internalDate = header;
        m.dateFromHeader = true;
    } else {
        m.internalDate = QDateTime::currentDateTimeUtc();
    }
    m_messages.append(m);
    noteStored(user);
    QJsonArray labels;
    for (const QString &l : labelIds)
        labels.append(l);
    return json(
        200, QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("threadId"), m.id}, {QStringLiteral("labelIds"), labels}});
}

FakeGoogle::Response FakeGoogle::handleGmail(const Request &r)
{
    // Which call is it?
    QString path = r.path;
    const bool upload = path.startsWith(QLatin1String("/upload/")) || path.startsWith(QLatin1String("/resumable/upload/"));
    const QString uploadType = r.query.queryItemValue(QStringLiteral("uploadType"));
    const QString uploadId = r.query.queryItemValue(QStringLiteral("upload_id"));
    const bool isImport = path.endsWith(QLatin1String("/messages/import"));
    const bool isMessages = path.endsWith(QLatin1String("/messages")) || isImport;
    const bool isLabels = path.endsWith(QLatin1String("/labels"));
    const bool resumableData = upload && !uploadId.isEmpty() && (r.method == "PUT" || r.method == "POST");
    const bool uploadCall = isMessages && r.method == "POST" && !resumableData;

    Endpoint kind = Endpoint::Other;
    if (resumableData)
        kind = Endpoint::ResumableData;
    else if (isMessages && r.method == "POST")
        kind = isImport ? Endpoint::Import : Endpoint::Insert;
    else if (isLabels)
        kind = r.method == "GET" ? Endpoint::LabelsList : Endpoint::LabelsCreate;
    m_endpointCounts[int(kind)]++;

    const int on = resumableData ? OnResumableData : isLabels ? OnLabels : OnUpload;
    if (auto hostile = hostileAnswer(r, on))
        return *hostile;

    // Injected faults come first: they stand for trouble in front of the API itself.
    if (m_resetCount > 0) {
        --m_resetCount;
        ++m_resetsDone;
        Response reset;
        reset.reset = true;
        return reset;
    }
    const bool sendsMessage = resumableData || (uploadCall && uploadType != QLatin1String("resumable"));
    const int latency = sendsMessage ? m_uploadLatency : m_otherLatency;
    if (sendsMessage && m_dropCount > 0 && m_dropWhen == Drop::BeforeStoring) {
        --m_dropCount;
        ++m_dropsDone;
        Response drop;
        drop.reset = true;
        drop.delayMs = latency;
        return drop;
    }
    const bool sendsMessageNow = resumableData || (uploadCall && uploadType != QLatin1String("resumable"));
    if (sendsMessageNow && m_failAllStatus > 0) {
        if (m_failAllAfter > 0) {
            --m_failAllAfter;
        } else {
            Response f = gmailError(m_failAllStatus, defaultReason(m_failAllStatus), QString(), -1, m_failAllRetryAfter);
            f.delayMs = sendsMessageNow ? m_uploadLatency : m_otherLatency;
            return f;
        }
    }
    if (m_fault.count > 0) {
        --m_fault.count;
        Response f = gmailError(m_fault.status, m_fault.reason, QString(), m_fault.retryAfter, m_fault.rawRetryAfter);
        f.delayMs = latency;
        return f;
    }
    if (sendsMessage && m_randomFraction > 0 && m_faultRng.generateDouble() < m_randomFraction) {
        Response f = gmailError(m_randomStatus, defaultReason(m_randomStatus), QString());
        f.delayMs = latency;
        return f;
    }

    // Authentication: the resumable session URI is itself the credential, as at Google.
    QString user;
    if (resumableData) {
        auto it = m_sessions.constFind(uploadId);
        if (it == m_sessions.constEnd())
            return gmailError(404, QStringLiteral("notFound"), QStringLiteral("Upload session not found"));
        user = it->user;
    } else {
        const QByteArray auth = r.headers.value("authorization");
        if (!auth.startsWith("Bearer "))
            return gmailError(401, QStringLiteral("authError"), QString());
        const QString token = QString::fromLatin1(auth.mid(7));
        auto it = m_accessTokens.constFind(token);
        if (it == m_accessTokens.constEnd() || it->invalidated || it->expiresAtMs <= m_uptime.elapsed())
            return gmailError(401, QStringLiteral("authError"), QString());
        const bool allowed = isLabels ? hasLabelsScope(it->scopes) : hasInsertScope(it->scopes);
        if (!allowed)
            return gmailError(403, QStringLiteral("insufficientPermissions"), QString());
        user = it->email;
    }

    // Quota, charged when the message (or the label call) arrives.
    const int units = isLabels ? (r.method == "GET" ? 1 : 5) : (sendsMessage ? 25 : 0);
    int retryAfter = -1;
    if (units > 0 && !chargeQuota(user, units, &retryAfter)) {
        noteThrottled(user, false);
        Response f = gmailError(429, QStringLiteral("rateLimitExceeded"),
                                QStringLiteral("User-rate limit exceeded. Retry after %1")
                                    .arg(QDateTime::currentDateTimeUtc().addSecs(retryAfter).toString(Qt::ISODate)),
                                m_sendRetryAfter ? retryAfter : -1);
        return f;
    }
    if (m_maxConcurrent > 0 && m_inFlight.value(user) >= m_maxConcurrent) {
        noteThrottled(user, true);
        return gmailError(429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Too many concurrent requests for user"));
    }

    Response response;
    if (isLabels && r.method == "GET") {
        QJsonArray list;
        for (const Label &l : m_labels)
            list.append(
                QJsonObject{{QStringLiteral("id"), l.id}, {QStringLiteral("name"), l.name}, {QStringLiteral("type"), l.type}});
        response = json(200, QJsonObject{{QStringLiteral("labels"), list}});
    } else if (isLabels && r.method == "POST") {
        const QString name = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("name")).toString();
        if (name.trimmed().isEmpty())
            response = gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid label name"));
        else if (std::any_of(m_labels.cbegin(), m_labels.cend(),
                             [&](const Label &l) { return l.name.compare(name, Qt::CaseInsensitive) == 0; }))
            response = gmailError(409, QStringLiteral("alreadyExists"), QStringLiteral("Label name exists or conflicts"));
        else {
            const QString id = addLabel(name);
            response = json(200,
                            QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("name"), name},
                                        {QStringLiteral("type"), QStringLiteral("user")},
                                        {QStringLiteral("labelListVisibility"), QStringLiteral("labelShow")},
                                        {QStringLiteral("messageListVisibility"), QStringLiteral("show")}});
        }
    } else if (resumableData) {
        const ResumableSession s = m_sessions.take(uploadId);
        if (s.declaredLength >= 0 && s.declaredLength != r.body.size())
            response = gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Upload length mismatch"));
        else
            response = storeMessage(s.user, s.method, QStringLiteral("resumable"), s.query, r.body, s.labelIds);
    } else if (uploadCall && upload) {
        const QString method = isImport ? QStringLiteral("import") : QStringLiteral("insert");
        const QByteArray contentType = r.headers.value("content-type");
        if (uploadType == QLatin1String("media")) {
            response = storeMessage(user, method, uploadType, r.query, r.body, {});
        } else if (uploadType == QLatin1String("multipart")) {
            int b = contentType.indexOf("boundary=");
            QByteArray boundary = b < 0 ? QByteArray() : contentType.mid(b + 9).split(';').value(0).trimmed();
            if (boundary.startsWith('"'))
                boundary = boundary.mid(1, boundary.size() - 2);
            if (!contentType.toLower().startsWith("multipart/related") || boundary.isEmpty()) {
                response = gmailError(400, QStringLiteral("badContent"),
                                      QStringLiteral("Media type '%1' is not supported.").arg(QString::fromLatin1(contentType)));
            } else {
                const QByteArray delimiter = "--" + boundary;
                QList<QByteArray> parts;
                int pos = r.body.indexOf(delimiter);
                while (pos >= 0) {
                    pos += delimiter.size();
                    if (r.body.mid(pos, 2) == "--")
                        break;
                    if (r.body.mid(pos, 2) == "\r\n")
                        pos += 2;
                    const int next = r.body.indexOf("\r\n" + delimiter, pos);
                    if (next < 0)
                        break;
                    parts << r.body.mid(pos, next - pos);
                    pos = next + 2;
                }
                auto content = [](const QByteArray &part) {
                    const int sep = part.indexOf("\r\n\r\n");
                    return sep < 0 ? QByteArray() : part.mid(sep + 4);
                };
                if (parts.size() != 2) {
                    response = gmailError(400, QStringLiteral("badContent"),
                                          QStringLiteral("Invalid multipart request with %1 mime parts.").arg(parts.size()));
                } else {
                    QStringList labelIds;
                    for (const auto &v :
                         QJsonDocument::fromJson(content(parts[0])).object().value(QStringLiteral("labelIds")).toArray())
                        labelIds << v.toString();
                    response = storeMessage(user, method, uploadType, r.query, content(parts[1]), labelIds);
                }
            }
        } else if (uploadType == QLatin1String("resumable")) {
            ResumableSession s;
            s.method = method;
            s.query = r.query;
            s.user = user;
            s.declaredLength =
                r.headers.contains("x-upload-content-length") ? r.headers.value("x-upload-content-length").toLongLong() : -1;
            if (m_maxUpload > 0 && s.declaredLength > m_maxUpload) {
                response = gmailError(413, QStringLiteral("uploadTooLarge"),
                                      QStringLiteral("Request payload size exceeds the limit: 52428800 bytes."));
            } else {
                for (const auto &v : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("labelIds")).toArray())
                    s.labelIds << v.toString();
                const QString id = newToken("ADPycd");
                m_sessions.insert(id, s);
                QUrlQuery q = r.query;
                q.addQueryItem(QStringLiteral("upload_id"), id);
                QUrl location = m_resumableBase.isEmpty() ? baseUrl() : m_resumableBase;
                location.setPath(r.path.startsWith(QLatin1String("/resumable")) ? r.path.mid(10) : r.path);
                location.setQuery(q);
                response = json(200, QJsonObject{});
                response.body.clear();
                response.headers.append(QPair<QByteArray, QByteArray>("Location", location.toEncoded()));
            }
        } else {
            response = gmailError(400, QStringLiteral("invalidArgument"), QStringLiteral("Invalid uploadType"));
        }
    } else if (uploadCall) {
        // The metadata path: {"raw": base64url, "labelIds": [...]}.
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QStringList labelIds;
        for (const auto &v : body.value(QStringLiteral("labelIds")).toArray())
            labelIds << v.toString();
        const QByteArray raw =
            QByteArray::fromBase64(body.value(QStringLiteral("raw")).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        response = storeMessage(user, isImport ? QStringLiteral("import") : QStringLiteral("insert"), QStringLiteral("json"),
                                r.query, raw, labelIds);
    } else {
        response = gmailError(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
    }

    response.delayMs = latency;
    if (sendsMessage && response.status == 200 && (m_hugeOn & OnUpload)) {
        // Stored above; the answer is garbage without end.
        response.stream = m_hugeBytes;
        response.announceStream = m_hugeAnnounce;
    } else if (isLabels && response.status == 200 && (m_hugeOn & OnLabels)) {
        response.stream = m_hugeBytes;
        response.announceStream = m_hugeAnnounce;
    }
    if (sendsMessage && response.status == 200 && m_refuseAfterUploads > 0 && --m_refuseAfterUploads == 0) {
        // The outage begins once this answer has left.
        QTimer::singleShot(0, this, [this] { refuseConnectionsFor(m_refusePeriod, m_refuseClock); });
    }
    if (sendsMessage && m_dropCount > 0 && m_dropWhen == Drop::AfterStoring && response.status == 200) {
        // Stored above; the answer is lost on the way back.
        --m_dropCount;
        ++m_dropsDone;
        response.reset = true;
    }
    if (sendsMessage) {
        noteUploadBegins(user);
        ++m_inFlight[user];
        m_peakConcurrency = std::max(m_peakConcurrency, ++m_currentConcurrency);
        QPointer<FakeGoogle> self(this);
        response.onSent = [self, user] {
            if (!self)
                return;
            --self->m_inFlight[user];
            --self->m_currentConcurrency;
        };
    }
    return response;
}

} // namespace mf::test
