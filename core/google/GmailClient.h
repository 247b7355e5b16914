// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/RetryPolicy.h"
#include "google/Endpoints.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace mf::google {

class RateGovernor;
class TokenManager;

/// How one message goes into Gmail.
struct UploadOptions {
    enum Mode {
        Insert, ///< like IMAP APPEND: skips most scanning (the default)
        Import, ///< scanned and classified like SMTP delivery
    };
    /// Which upload protocol to use. Auto: multipart up to the resumable threshold (5 MB),
    /// resumable above. Media sends the bare bytes and cannot carry labels (falls back to multipart).
    enum class Protocol { Auto, Multipart, Resumable, Media };

    Mode mode = Insert;
    QStringList labelIds;      ///< e.g. {"INBOX", "UNREAD"} or a user label id from ensureLabel()
    bool neverMarkSpam = true; ///< import only
    Protocol protocol = Protocol::Auto;
    /// Called exactly once per upload, at the moment its first request would leave: it holds a
    /// RateGovernor slot and a valid access token. Nothing is sent until `go(true)` is called, which
    /// may happen later (asynchronously, from the same thread), e.g. once the caller has durably
    /// recorded "uploading". `go(false)` ends the upload with a Cancelled error
    /// (mayHaveTakenEffect false) and frees the slot. Retries do not call it again. After
    /// cancelAll(), or a second time, `go` does nothing. Empty: the request leaves at once.
    std::function<void(std::function<void(bool proceed)> go)> beforeSend;
};

/// What Gmail answered.
struct UploadResult {
    QString gmailId;
    int attempts = 0; ///< HTTP attempts it took, retries included
    /// An earlier attempt failed in a way that leaves unknown whether Gmail stored it: the
    /// connection dropped or timed out after the request was sent, Gmail answered 5xx, or Qt
    /// resent the request by itself after the connection closed. The message may now be in Gmail
    /// twice; the caller must flag the item "possible duplicate".
    bool possiblyDuplicated = false;
};

/// Gmail's retries follow the one policy Mailferry uses everywhere (Retry-After is a floor under
/// the backoff); `google::RetryPolicy` stays a name for it.
using mf::RetryPolicy;

/// The Gmail API, as far as Mailferry needs it: putting messages in (insert or import) and
/// finding or creating a label. Everything it sends is paced by a RateGovernor.
///
/// Uploads always pass internalDateSource=dateHeader (insert defaults to the receive time, which
/// would date old mail "today"), and neverMarkSpam for import. Errors are classified by
/// error.errors[0].reason, not by the status alone:
///  - retried inside, with truncated exponential backoff + jitter from the injected Clock and
///    honouring Retry-After: 429, 403 rate reasons, 5xx/backendError, dropped connections;
///    after RetryPolicy::maxAttempts they are reported as Session errors (retryable);
///  - 401: the token is invalidated and the upload retried once, then Account/Unauthorized;
///  - 400 invalid / too large / a blocked attachment type: Item errors (the message is recorded and
///    the run goes on; BlockedAttachment lets the engine offer a copy without those parts);
///  - 403 insufficientPermissions and other refusals: Account/PermissionDenied;
///  - a Retry-After longer than maxServerWait(): not waited for inside; Session/WaitTooLong with
///    retryAfter set to what Gmail asked, so the caller can stop and say when to try again;
///  - a redirect (any 3xx), an answer from another origin, or a resumable session URL on another
///    origin: Account/RedirectRefused, never followed, never a success, nothing sent there;
///  - an answer larger than http::kMaxReplyBytes: aborted, Session/ReplyTooLarge, not retried.
/// A failed upload's Error::mayHaveTakenEffect is true when some attempt may have stored it (its
/// request, or part of it, left and then the connection broke, timed out or Gmail answered 5xx or
/// 2xx without an id, or Qt resent it), false when nothing left or every attempt was refused
/// outright (4xx, redirects, token refusals, connection refused, cancelled before sending).
/// An upload that may have been stored by an earlier attempt (see mayHaveStored(), and Qt's own
/// resend, detected in watch()) is never reported as a clean success: UploadResult::possiblyDuplicated.
/// Not thread-safe: create and use it in one thread (the migration worker).
class GmailClient : public QObject {
    Q_OBJECT
public:
    using UploadCallback = std::function<void(Result<UploadResult>)>;
    using LabelCallback = std::function<void(Result<QString>)>;

    /// `governor` may be shared by several clients of one mailbox; when null the client owns one.
    GmailClient(Endpoints endpoints, TokenManager *tokens, QNetworkAccessManager *network, Clock *clock,
                RateGovernor *governor = nullptr, QObject *parent = nullptr);
    ~GmailClient() override;

    /// Puts one RFC 822 message into Gmail. Several uploads may be submitted at once; the governor
    /// paces them. `done` runs exactly once (with a Cancelled error after cancelAll()).
    void upload(QByteArray rawMessage, UploadOptions options, UploadCallback done);
    /// The id of the user label `name` ("Parent/Child" for nested), creating it if needed.
    /// Needs the gmail.labels scope.
    void ensureLabel(const QString &name, LabelCallback done);
    /// Stops everything: every pending callback gets a Cancelled error.
    void cancelAll();

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    [[nodiscard]] RetryPolicy retryPolicy() const { return m_policy; }
    /// The jitter source, uniform in [0, 1); tests inject a fixed value to assert exact timings.
    void setRandomSource(RetryPolicy::RandomSource random) { m_random = std::move(random); }
    /// Messages above this size use the resumable protocol (default 5 MB, Google's advice).
    void setResumableThreshold(qint64 bytes) { m_resumableThreshold = bytes; }
    /// Per-attempt deadline, from the injected Clock (default 2 minutes; 0 = none).
    void setRequestTimeout(Millis timeout) { m_requestTimeout = timeout; }
    /// The longest Retry-After an upload waits for inside before giving up with WaitTooLong
    /// (default 1 hour).
    void setMaxServerWait(Millis wait) { m_maxServerWait = wait; }
    [[nodiscard]] Millis maxServerWait() const { return m_maxServerWait; }
    [[nodiscard]] RateGovernor *governor() const { return m_governor; }
    /// Uploads and label calls not finished yet.
    [[nodiscard]] int pendingCount() const { return int(m_jobs.size()); }

    /// Maps one Gmail reply to an Error (public for tests).
    [[nodiscard]] static Error classify(int httpStatus, QNetworkReply::NetworkError networkError,
                                        const QString &networkErrorString, const QByteArray &body,
                                        std::optional<Millis> retryAfter);
    /// Whether Google's error message is the refusal of a blocked attachment type (an .exe, or an
    /// archive holding one): the message as it is can never go in, a copy without those parts can.
    [[nodiscard]] static bool isBlockedAttachment(const QString &errorMessage);
    /// Whether a failed attempt that carried the message may nevertheless have stored it in Gmail
    /// (public for tests). `bodySent`: Qt reported the whole request body written at least once.
    [[nodiscard]] static bool mayHaveStored(int httpStatus, QNetworkReply::NetworkError networkError, bool bodySent);

signals:
    /// An attempt failed and will be retried after `delay` (for logs and the UI).
    void retryScheduled(const mf::Error &reason, mf::Millis delay, int nextAttempt);

private:
    struct Job;
    quint64 addJob(std::unique_ptr<Job> job);
    void startAttempt(quint64 id);
    void sendWithToken(quint64 id, const QString &token);
    void proceedAfterBeforeSend(quint64 id, bool proceed);
    void watch(quint64 id, QNetworkReply *reply);
    void onUploadProgress(quint64 id, QNetworkReply *reply, qint64 sent, qint64 total);
    void onReply(quint64 id, QNetworkReply *reply);
    void onFailure(quint64 id, const Error &error, bool unauthorized, bool rateLimited);
    void releaseSlot(Job &job, bool success);
    void finish(quint64 id, Result<QByteArray> result);
    void listLabels(const QString &name, LabelCallback done, bool createIfMissing);
    void createLabel(const QString &name, LabelCallback done);

    Endpoints m_endpoints;
    TokenManager *m_tokens;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    RateGovernor *m_governor;
    RetryPolicy m_policy;
    RetryPolicy::RandomSource m_random;
    qint64 m_resumableThreshold = 5 * 1024 * 1024;
    Millis m_requestTimeout{120000};
    Millis m_maxServerWait{3600 * 1000};
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    quint64 m_nextJob = 1;
};

} // namespace mf::google
