// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace mf::google::http {

/// application/x-www-form-urlencoded with every reserved character percent-encoded. QUrlQuery
/// leaves '+' alone, which a server reads as a space: a code or token with '+' would break.
[[nodiscard]] QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

/// The most of any Google answer (upload, token, label or error body) Mailferry keeps in memory.
/// Google's real answers are a few hundred bytes; a lying or broken endpoint that sends more is cut
/// off here instead of being buffered.
inline constexpr qint64 kMaxReplyBytes = 1024 * 1024;
/// The longest wait a Retry-After may express once parsed. Anything longer is clamped to it, so a
/// wait always fits a timer (Qt timers take an int of milliseconds: about 24.8 days) and sums on it
/// never overflow.
inline constexpr std::chrono::milliseconds kMaxRetryAfter{7LL * 24 * 3600 * 1000};

/// Retry-After as delta-seconds or an HTTP date (IMF-fixdate, RFC 850 or asctime), relative to
/// `now`; nullopt when absent or unreadable. Parsed into checked types: huge numbers, dates far in
/// the future and overflowing values come back as kMaxRetryAfter, dates in the past as 0.
[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// Whether two URLs share an origin: scheme, host (case-insensitive) and port (defaults applied).
[[nodiscard]] bool sameOrigin(const QUrl &a, const QUrl &b);

/// A request to Google that follows no redirect. Google's APIs never redirect; following one would
/// carry the Authorization header, the client secret, a refresh token or the message itself to
/// whatever origin the Location names (Qt 6 follows redirects by default and copies the headers).
[[nodiscard]] QNetworkRequest request(const QUrl &url);

/// Reads a reply as it arrives, keeping at most `cap` bytes; past the cap (or as soon as the
/// Content-Length announces more) the reply is aborted, so a reply of hundreds of megabytes never
/// sits in memory. Attach right after the request is made; it lives as a child of the reply.
class CappedBody : public QObject {
    Q_OBJECT
public:
    static CappedBody *attach(QNetworkReply *reply, qint64 cap = kMaxReplyBytes);
    /// The reader attached to `reply`, or null.
    [[nodiscard]] static CappedBody *of(const QNetworkReply *reply);

    /// Everything read, including what was still buffered when the reply finished.
    [[nodiscard]] QByteArray body();
    /// The reply passed the cap and was aborted.
    [[nodiscard]] bool exceeded() const { return m_exceeded; }
    /// Bytes of the body received (at most cap + one read).
    [[nodiscard]] qint64 received() const { return m_received; }

private:
    CappedBody(QNetworkReply *reply, qint64 cap);
    void drain();
    void tooLarge(const char *why);

    QNetworkReply *m_reply;
    qint64 m_cap;
    QByteArray m_body;
    qint64 m_received = 0;
    bool m_exceeded = false;
};

/// The reply's body through its CappedBody (or read directly, capped, when none is attached).
[[nodiscard]] QByteArray cappedBody(QNetworkReply *reply);

/// The checks every Google reply passes before anything in it is believed: no redirect, no answer
/// from another origin than `requested`, no body past the cap. nullopt when it passes.
/// A redirect or a foreign origin is an Account error RedirectRefused (retrying cannot help: the
/// network or the settings send Mailferry elsewhere, the user must look); a reply too large is a
/// Session error ReplyTooLarge that is not retried inside.
[[nodiscard]] std::optional<Error> checkReply(QNetworkReply *reply, const QUrl &requested);

/// What a Google JSON error body says: {"error":{"code","message","errors":[{"reason"}],"status"}}
/// for the Gmail API, {"error":"invalid_grant","error_description":...} for OAuth.
struct GoogleErrorBody {
    QString reason;  ///< errors[0].reason, or the OAuth "error" string
    QString message; ///< error.message / error_description
    QString status;  ///< e.g. RESOURCE_EXHAUSTED
};
[[nodiscard]] GoogleErrorBody parseErrorBody(const QByteArray &body);

/// A short technical description of a failed reply for Error::detail: status, reason and message,
/// never headers or tokens.
[[nodiscard]] QString describe(int httpStatus, QNetworkReply::NetworkError networkError, const GoogleErrorBody &body,
                               const QString &networkErrorString);

} // namespace mf::google::http
