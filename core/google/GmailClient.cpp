// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// GmailClient: building an upload's requests (multipart, media, resumable) and running its
// attempts: a RateGovernor slot, a token, beforeSend, the request, the deadline, the retries after
// RetryPolicy, and the one callback at the end. What Gmail's answers mean is in GmailClassify.cpp,
// labels in GmailLabels.cpp.
#include "google/GmailClient.h"

#include "common/Logging.h"
#include "common/ThreadCheck.h"
#include "google/GmailJob.h"
#include "google/HttpUtil.h"
#include "google/RateGovernor.h"
#include "google/TokenManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <limits>
#include <utility>

namespace mf::google {

namespace {

QByteArray labelJson(const QStringList &labelIds)
{
    QJsonArray labels;
    for (const QString &id : labelIds)
        labels.append(id);
    return QJsonDocument(QJsonObject{{QStringLiteral("labelIds"), labels}}).toJson(QJsonDocument::Compact);
}

QByteArray newBoundary(const QByteArray &raw)
{
    for (;;) {
        QByteArray b = "mailferry_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        if (!raw.contains(b))
            return b;
    }
}

} // namespace

static_assert(RetryPolicy::kLongestWait == http::kMaxRetryAfter, "a Retry-After is clamped to what the retry policy can wait");

GmailClient::GmailClient(Endpoints endpoints, TokenManager *tokens, QNetworkAccessManager *network, Clock *clock,
                         RateGovernor *governor, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_tokens(tokens)
    , m_network(network)
    , m_clock(clock)
    , m_governor(governor ? governor : new RateGovernor(clock, this))
    , m_random(RetryPolicy::systemRandom())
{
}

GmailClient::~GmailClient()
{
    cancelAll();
}

quint64 GmailClient::addJob(std::unique_ptr<Job> job)
{
    const quint64 id = m_nextJob++;
    m_jobs.emplace(id, std::move(job));
    return id;
}

void GmailClient::upload(QByteArray rawMessage, UploadOptions options, UploadCallback done)
{
    MF_ASSERT_OWN_THREAD();
    auto job = std::make_unique<Job>();
    job->paced = true;
    job->beforeSend = std::move(options.beforeSend);
    job->done = [done = std::move(done)](Result<QByteArray> body, int attempts, bool possiblyDuplicated) {
        if (!body) {
            done(body.error());
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(body.value()).object();
        const QString id = json.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            // A 2xx means Gmail most likely stored it: the engine treats a Session error as
            // "possibly landed" and flags the next upload of this message.
            Error error = Error::session(Error::Code::ProtocolViolation,
                                         tr("Gmail's answer could not be understood. Mailferry will try again."),
                                         QStringLiteral("no id in upload response (Gmail answered 2xx, so the "
                                                        "message may already be stored: possible duplicate)"));
            error.mayHaveTakenEffect = true;
            done(error);
            return;
        }
        UploadResult result;
        result.gmailId = id;
        result.attempts = attempts;
        result.possiblyDuplicated = possiblyDuplicated;
        done(result);
    };

    using P = UploadOptions::Protocol;
    P protocol = options.protocol;
    if (protocol == P::Auto)
        protocol = rawMessage.size() > m_resumableThreshold ? P::Resumable : P::Multipart;
    if (protocol == P::Media && !options.labelIds.isEmpty())
        protocol = P::Multipart; // media cannot carry labels

    const bool import = options.mode == UploadOptions::Import;
    QUrl url = m_endpoints.gmailUpload;
    url.setPath(url.path() + (import ? QStringLiteral("/messages/import") : QStringLiteral("/messages")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("uploadType"),
                       protocol == P::Resumable   ? QStringLiteral("resumable")
                           : protocol == P::Media ? QStringLiteral("media")
                                                  : QStringLiteral("multipart"));
    // Always: insert would otherwise date every message by its upload time.
    query.addQueryItem(QStringLiteral("internalDateSource"), QStringLiteral("dateHeader"));
    if (import && options.neverMarkSpam)
        query.addQueryItem(QStringLiteral("neverMarkSpam"), QStringLiteral("true"));
    url.setQuery(query);

    const QByteArray metadata = labelJson(options.labelIds);
    QNetworkAccessManager *network = m_network;
    if (protocol == P::Resumable) {
        job->send = [network, url, metadata, size = rawMessage.size()](const QString &token) {
            QNetworkRequest request = http::request(url);
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=UTF-8"));
            request.setRawHeader("X-Upload-Content-Type", "message/rfc822");
            request.setRawHeader("X-Upload-Content-Length", QByteArray::number(size));
            return network->post(request, metadata);
        };
        job->followUp = [network, raw = rawMessage, url](QNetworkReply *reply, std::optional<Error> *refused) -> QNetworkReply * {
            const QUrl session = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (!session.isValid() || reply->rawHeader("Location").isEmpty()) {
                *refused = Error::session(Error::Code::ProtocolViolation,
                                          tr("Gmail's answer could not be understood. Mailferry will try again."),
                                          QStringLiteral("resumable upload without a session URI"));
                return nullptr;
            }
            // The session URL is where the message goes: only to the origin the upload was started
            // on (Google's own https origin, or the configured base in development and tests).
            if (!http::sameOrigin(session, url)) {
                Error e = Error::account(Error::Code::RedirectRefused,
                                         tr("Gmail's answer pointed the upload to another address, so Mailferry did "
                                            "not send your message there. A proxy, security software or network "
                                            "setting may be interfering; check them, then try again."),
                                         QStringLiteral("resumable session URI on %1://%2, upload started on %3://%4")
                                             .arg(session.scheme(), session.host(), url.scheme(), url.host()));
                e.retryable = false;
                *refused = e;
                return nullptr;
            }
            QNetworkRequest request = http::request(session);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("message/rfc822"));
            return network->put(request, raw);
        };
    } else if (protocol == P::Media) {
        job->send = [network, url, raw = rawMessage](const QString &token) {
            QNetworkRequest request = http::request(url);
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("message/rfc822"));
            return network->post(request, raw);
        };
    } else {
        const QByteArray boundary = newBoundary(rawMessage);
        QByteArray body;
        body.reserve(rawMessage.size() + metadata.size() + 256);
        body += "--" + boundary + "\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n" + metadata + "\r\n";
        body += "--" + boundary + "\r\nContent-Type: message/rfc822\r\n\r\n";
        body += rawMessage;
        body += "\r\n--" + boundary + "--\r\n";
        job->send = [network, url, boundary, body = std::move(body)](const QString &token) {
            QNetworkRequest request = http::request(url);
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setHeader(QNetworkRequest::ContentTypeHeader, "multipart/related; boundary=" + boundary);
            return network->post(request, body);
        };
    }
    startAttempt(addJob(std::move(job)));
}

void GmailClient::startAttempt(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    ++job.attempts;
    job.followingUp = false;
    job.timedOut = false;
    auto withToken = [this, id] {
        m_tokens->accessToken([this, id](Result<QString> token) {
            if (m_jobs.find(id) == m_jobs.end())
                return;
            if (!token) {
                onFailure(id, token.error(), false, false);
                return;
            }
            sendWithToken(id, token.value());
        });
    };
    if (!job.paced) {
        withToken();
        return;
    }
    job.waitingForSlot = true;
    QPointer<GmailClient> self(this);
    RateGovernor *governor = m_governor;
    const RateGovernor::Ticket ticket = m_governor->acquire(
        [self, governor, id, withToken] {
        if (!self) {
            governor->release();
            return;
        }
        auto found = self->m_jobs.find(id);
        if (found == self->m_jobs.end()) {
            governor->release();
            return;
        }
        found->second->waitingForSlot = false;
        found->second->holdsSlot = true;
        withToken();
        },
        this);
    // Not through `job`: a slot granted at once, with a token refusal delivered at once (consent
    // gone), finishes and frees the job inside acquire().
    auto again = m_jobs.find(id);
    if (again != m_jobs.end() && again->second->waitingForSlot)
        again->second->ticket = ticket;
}

void GmailClient::sendWithToken(quint64 id, const QString &token)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    if (job.beforeSend) {
        // The first request of this upload would leave now: let the caller record it first.
        auto beforeSend = std::move(job.beforeSend);
        job.beforeSend = nullptr;
        job.awaitingGo = true;
        job.goToken = token;
        QPointer<GmailClient> self(this);
        beforeSend([self, id](bool proceed) {
            if (self)
                self->proceedAfterBeforeSend(id, proceed);
        });
        return;
    }
    watch(id, job.send(token));
}

void GmailClient::proceedAfterBeforeSend(quint64 id, bool proceed)
{
    MF_ASSERT_OWN_THREAD();
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->second->awaitingGo)
        return; // cancelled meanwhile, or go() called twice
    Job &job = *it->second;
    job.awaitingGo = false;
    const QString token = std::exchange(job.goToken, QString());
    if (!proceed) {
        releaseSlot(job, false);
        finish(id, Error::cancelled(QStringLiteral("upload withdrawn before it was sent")));
        return;
    }
    watch(id, job.send(token));
}

// Qt 6.4 resends a request by itself, POST included, when the connection closes under it (HTTP/1.1,
// QHttpNetworkConnectionChannel): _q_error(RemoteHostClosedError) while the channel is writing the
// request or waiting for the answer calls resendCurrentRequest() while reconnectAttempts (3 per
// channel, reset after every complete answer) last, and handleUnexpectedEOF() closes and resends
// too. Neither looks at the method in 6.4 (a methodIsIdempotent() check on the EOF path came only in
// later Qt versions, and the _q_error path has none even there), and it happens on reused keep-alive
// connections and fresh ones alike. So if Gmail stored the message and the connection died before
// the answer, the resend stores it again and we see one clean 200: a silent duplicate.
// There is no request attribute or header to turn this off (reconnectAttempts is private), and
// "Connection: close" would give up keep-alive without stopping it (the error path resends on a fresh
// connection too). HTTP/2, which Qt negotiates with Gmail over TLS by default, does not resend a
// stream that died with the connection. So we detect it instead: before a resend Qt rewinds the
// upload data and writes it again, and each time it has written the whole body it reports
// uploadProgress(total, total) (in QHttpProtocolHandler::sendRequest, before it waits for the answer,
// and queued ahead of finished()). Two complete sends on one reply mean Qt sent the message twice.
void GmailClient::watch(quint64 id, QNetworkReply *reply)
{
    Job &job = *m_jobs.at(id);
    job.reply = reply;
    job.completeSends = 0;
    http::CappedBody::attach(reply);
    if (job.carriesMessage())
        connect(reply, &QNetworkReply::uploadProgress, this,
                [this, id, reply](qint64 sent, qint64 total) { onUploadProgress(id, reply, sent, total); });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onReply(id, reply); });
    if (job.deadline)
        job.deadline->stop();
    if (m_requestTimeout.count() > 0) {
        if (!job.deadline)
            job.deadline = m_clock->createTimer(this);
        Timer *deadline = job.deadline;
        disconnect(deadline, &Timer::timeout, this, nullptr);
        connect(deadline, &Timer::timeout, this, [this, id] {
            auto found = m_jobs.find(id);
            if (found == m_jobs.end() || !found->second->reply)
                return;
            found->second->timedOut = true;
            found->second->reply->abort();
        });
        deadline->start(m_requestTimeout);
    }
}

void GmailClient::onUploadProgress(quint64 id, QNetworkReply *reply, qint64 sent, qint64 total)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->reply != reply || total <= 0 || sent != total)
        return;
    Job &job = *it->second;
    if (++job.completeSends == 2) {
        qCWarning(lcGoogle) << "Qt sent an upload a second time after the connection closed; Gmail may "
                               "store it twice, so it is flagged as a possible duplicate";
        job.mayHaveStored = true;
    }
}

void GmailClient::onReply(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->reply != reply)
        return;
    Job &job = *it->second;
    job.reply = nullptr;
    if (job.deadline)
        job.deadline->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (const std::optional<Error> untrusted = http::checkReply(reply, reply->request().url())) {
        // A redirect or a foreign origin is no answer from Gmail at all, and a 3xx is no "stored";
        // an answer too large to read may still have come after Gmail stored the message.
        if (job.carriesMessage() && untrusted->code == Error::Code::ReplyTooLarge
            && (status == 0 || (status >= 200 && status < 300) || status >= 500))
            job.mayHaveStored = true;
        onFailure(id, *untrusted, false, false);
        return;
    }
    // An aborted reply (our deadline) is closed; reading it only warns.
    const QByteArray body = http::cappedBody(reply);
    if (status >= 200 && status < 300) {
        if (job.followUp && !job.followingUp) {
            job.followingUp = true;
            std::optional<Error> refused;
            if (QNetworkReply *next = job.followUp(reply, &refused)) {
                watch(id, next);
                return;
            }
            onFailure(id,
                      refused.value_or(Error::session(Error::Code::ProtocolViolation,
                                                      tr("Gmail's answer could not be understood. Mailferry will try again."),
                                                      QStringLiteral("resumable upload without a session URI"))),
                      false, false);
            return;
        }
        releaseSlot(job, true);
        finish(id, body);
        return;
    }
    if (job.carriesMessage() && mayHaveStored(job.timedOut ? 0 : status, reply->error(), job.completeSends > 0))
        job.mayHaveStored = true;
    if (job.timedOut) {
        onFailure(id,
                  Error::session(Error::Code::Timeout, tr("Gmail stopped answering. Mailferry will try again."),
                                 QStringLiteral("no answer within %1 s").arg(m_requestTimeout.count() / 1000)),
                  false, false);
        return;
    }
    const auto retryAfter = http::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->now());
    Error error = classify(status, reply->error(), reply->errorString(), body, retryAfter);
    if (job.labelCall && error.code == Error::Code::PermissionDenied)
        error.message = tr("Gmail refused Mailferry permission to manage labels. Sign in again and allow labels, or "
                           "choose not to use a label.");
    onFailure(id, error, status == 401, error.code == Error::Code::RateLimited);
}

void GmailClient::onFailure(quint64 id, const Error &errorIn, bool unauthorized, bool rateLimited)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    Error error = errorIn;
    const bool waitTooLong = error.scope == Error::Scope::Session && error.retryAfter && *error.retryAfter > m_maxServerWait
        && error.code != Error::Code::DailyLimitExceeded;
    if (rateLimited && job.paced)
        m_governor->reportThrottled(error.retryAfter ? std::optional<Millis>(std::min(*error.retryAfter, m_maxServerWait))
                                                     : std::nullopt);
    releaseSlot(job, false);
    if (waitTooLong) {
        // Waiting hours inside one upload would hold the whole run hostage; hand the wait back.
        const qint64 minutes = (error.retryAfter->count() + 59999) / 60000;
        Error longWait = Error::session(Error::Code::WaitTooLong,
                                        tr("Gmail asked Mailferry to wait %n minute(s) before sending more. Mailferry "
                                           "stopped for now; nothing is lost. Try again after that time.",
                                           nullptr, int(std::min<qint64>(minutes, std::numeric_limits<int>::max()))),
                                        error.detail
                                            + QStringLiteral(" (Retry-After %1 s is past the %2 s Mailferry "
                                                             "waits inside one upload)")
                                                  .arg(error.retryAfter->count() / 1000)
                                                  .arg(m_maxServerWait.count() / 1000),
                                        error.retryAfter);
        longWait.retryable = false;
        finish(id, longWait);
        return;
    }

    if (unauthorized && !job.retriedAfter401) {
        // The access token died early (revoked, clock skew): refresh once and try again at once.
        job.retriedAfter401 = true;
        m_tokens->invalidate();
        qCInfo(lcGoogle) << "401 from Gmail; refreshing the token once";
        startAttempt(id);
        return;
    }
    const bool retryInside =
        error.scope == Error::Scope::Session && error.retryable && error.code != Error::Code::DailyLimitExceeded;
    if (retryInside && job.attempts < m_policy.maxAttempts) {
        const Millis delay = m_policy.delayFor(job.attempts, m_random(), error.retryAfter);
        qCInfo(lcGoogle) << "Gmail attempt" << job.attempts << "failed:" << error.detail << "- retrying in" << delay.count()
                         << "ms";
        emit retryScheduled(error, delay, job.attempts + 1);
        job.backoff = m_clock->singleShot(delay, this, [this, id] { startAttempt(id); });
        return;
    }
    if (retryInside) {
        error.detail += QStringLiteral(" (gave up after %1 attempts)").arg(job.attempts);
        if (!error.retryAfter)
            error.retryAfter = m_policy.maxDelay;
    }
    finish(id, error);
}

void GmailClient::releaseSlot(Job &job, bool success)
{
    if (!job.holdsSlot)
        return;
    job.holdsSlot = false;
    if (success)
        m_governor->reportSuccess();
    m_governor->release();
}

void GmailClient::finish(quint64 id, Result<QByteArray> result)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    if (job->deadline)
        job->deadline->deleteLater();
    if (job->backoff)
        job->backoff->stop();
    if (!result && job->mayHaveStored) {
        Error error = result.error();
        error.detail += QStringLiteral(" (an earlier attempt may have reached Gmail: possible duplicate)");
        error.mayHaveTakenEffect = !job->labelCall;
        result = error;
    }
    job->done(std::move(result), job->attempts, job->mayHaveStored);
}

void GmailClient::cancelAll()
{
    std::map<quint64, std::unique_ptr<Job>> jobs;
    jobs.swap(m_jobs);
    // Withdraw the waiting tickets first, so freeing slots below cannot grant them.
    for (auto &entry : jobs) {
        Job &job = *entry.second;
        if (job.waitingForSlot)
            m_governor->cancel(job.ticket);
        if (job.backoff)
            job.backoff->stop();
        if (job.deadline)
            job.deadline->deleteLater();
        if (job.reply) {
            if (job.carriesMessage())
                job.mayHaveStored = true;
            QNetworkReply *reply = job.reply;
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
    for (auto &entry : jobs) {
        Job &job = *entry.second;
        if (job.holdsSlot) {
            job.holdsSlot = false;
            m_governor->release();
        }
    }
    for (auto &entry : jobs) {
        Job &job = *entry.second;
        Error error = Error::cancelled(QStringLiteral("Gmail upload cancelled"));
        // Aborting a request that carried the message does not take it back from Gmail.
        error.mayHaveTakenEffect = !job.labelCall && job.mayHaveStored;
        job.done(error, job.attempts, job.mayHaveStored);
    }
}

} // namespace mf::google