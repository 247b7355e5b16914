// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// GmailClient: finding or creating a user label (labels.list, labels.create).
#include "google/GmailClient.h"

#include "common/ThreadCheck.h"
#include "google/GmailJob.h"
#include "google/HttpUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace mf::google {

void GmailClient::ensureLabel(const QString &name, LabelCallback done)
{
    MF_ASSERT_OWN_THREAD();
    listLabels(name, std::move(done), true);
}

void GmailClient::listLabels(const QString &name, LabelCallback done, bool createIfMissing)
{
    auto job = std::make_unique<Job>();
    job->labelCall = true;
    QUrl url = m_endpoints.gmailApi;
    url.setPath(url.path() + QStringLiteral("/labels"));
    QNetworkAccessManager *network = m_network;
    job->send = [network, url](const QString &token) {
        QNetworkRequest request = http::request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        return network->get(request);
    };
    QPointer<GmailClient> self(this);
    job->done = [self, name, done = std::move(done), createIfMissing](Result<QByteArray> body, int, bool) {
        if (!body) {
            done(body.error());
            return;
        }
        const QJsonArray labels = QJsonDocument::fromJson(body.value()).object().value(QLatin1String("labels")).toArray();
        for (const QJsonValue &v : labels) {
            const QJsonObject l = v.toObject();
            // Gmail label names are unique regardless of case.
            if (l.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0) {
                done(l.value(QLatin1String("id")).toString());
                return;
            }
        }
        if (!createIfMissing || !self) {
            done(Error::session(Error::Code::CommandFailed, tr("Gmail could not create the label. Mailferry will try again."),
                                QStringLiteral("label %1 neither listed nor created").arg(name)));
            return;
        }
        self->createLabel(name, done);
    };
    startAttempt(addJob(std::move(job)));
}

void GmailClient::createLabel(const QString &name, LabelCallback done)
{
    auto job = std::make_unique<Job>();
    job->labelCall = true;
    QUrl url = m_endpoints.gmailApi;
    url.setPath(url.path() + QStringLiteral("/labels"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                      {QStringLiteral("labelListVisibility"), QStringLiteral("labelShow")},
                                                      {QStringLiteral("messageListVisibility"), QStringLiteral("show")}})
                                .toJson(QJsonDocument::Compact);
    QNetworkAccessManager *network = m_network;
    job->send = [network, url, body](const QString &token) {
        QNetworkRequest request = http::request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=UTF-8"));
        return network->post(request, body);
    };
    QPointer<GmailClient> self(this);
    job->done = [self, name, done](Result<QByteArray> result, int, bool) {
        if (!result) {
            // Created meanwhile (another client, another run): look it up once more, never loop.
            if (result.error().detail.contains(QLatin1String("alreadyExists")) && self) {
                self->listLabels(name, done, false);
                return;
            }
            done(result.error());
            return;
        }
        const QString id = QJsonDocument::fromJson(result.value()).object().value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            done(Error::session(Error::Code::ProtocolViolation,
                                tr("Gmail's answer could not be understood. Mailferry will try again."),
                                QStringLiteral("no id in labels.create response")));
            return;
        }
        done(id);
    };
    startAttempt(addJob(std::move(job)));
}

} // namespace mf::google

// ---------------------------------------------------------------------------------------------
// Nested labels

#include "google/GmailLabels.h"

namespace mf::google {

NestedLabels::NestedLabels(GmailClient *gmail)
    : m_gmail(gmail)
{
}

QString NestedLabels::normalized(const QString &path)
{
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        const QString s = segment.trimmed();
        if (!s.isEmpty())
            parts.append(s);
    }
    return parts.join(QLatin1Char('/'));
}

bool NestedLabels::isReservedName(const QString &name)
{
    static const QStringList reserved{
        QStringLiteral("INBOX"),   QStringLiteral("SPAM"),      QStringLiteral("TRASH"), QStringLiteral("UNREAD"),
        QStringLiteral("STARRED"), QStringLiteral("IMPORTANT"), QStringLiteral("SENT"),  QStringLiteral("DRAFT"),
        QStringLiteral("DRAFTS"),  QStringLiteral("CHAT"),      QStringLiteral("CHATS"), QStringLiteral("ALL MAIL"),
    };
    return reserved.contains(name.trimmed(), Qt::CaseInsensitive);
}

void NestedLabels::ensure(const QString &path, Callback done)
{
    const QString full = normalized(path);
    if (full.isEmpty()) {
        done(Error::item(Error::Code::CommandFailed, GmailClient::tr("A label needs a name."),
                         QStringLiteral("empty label path")));
        return;
    }
    if (const auto it = m_ids.constFind(full); it != m_ids.constEnd()) {
        done(it.value());
        return;
    }
    ensureFrom(full.split(QLatin1Char('/')), 1, std::move(done));
}

void NestedLabels::ensureFrom(QStringList segments, int level, Callback done)
{
    const QString name = QStringList(segments.mid(0, level)).join(QLatin1Char('/'));
    const bool last = level >= segments.size();
    std::weak_ptr<bool> alive = m_alive;
    auto next = [this, alive, segments, level, last, name, done](Result<QString> id) mutable {
        if (alive.expired()) {
            done(Error::cancelled(QStringLiteral("label cache gone")));
            return;
        }
        if (!id) {
            done(id.error());
            return;
        }
        m_ids.insert(name, id.value());
        if (last)
            done(id.value());
        else
            ensureFrom(std::move(segments), level + 1, std::move(done));
    };
    if (const auto it = m_ids.constFind(name); it != m_ids.constEnd()) {
        next(it.value());
        return;
    }
    if (!m_gmail) {
        done(Error::cancelled(QStringLiteral("Gmail client gone")));
        return;
    }
    m_gmail->ensureLabel(name, std::move(next));
}

} // namespace mf::google
