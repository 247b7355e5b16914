#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace mf::google::http {

/// application/x-www-form-urlencoded with every reserved character percent-encoded. QUrlQuery
/// leaves '+' alone, which a server reads as a space: a code or token with '+' would break.
[[nodiscard]] QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

/// Retry-After as seconds or an HTTP date, relative to `now`; nullopt when absent or unreadable.
[[nodiscard]] std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

/// What a Google JSON error body says: {"error":{"code","message","errors":[{"reason"}],"status"}}
/// for the Gmail API, {"error":"invalid_grant","error_description":...} for OAuth.
struct GoogleErrorBody {
    QString reason;      ///< errors[0].reason, or the OAuth "error" string
    QString message;     ///< error.message / error_description
    QString status;      ///< e.g. RESOURCE_EXHAUSTED
};
[[nodiscard]] GoogleErrorBody parseErrorBody(const QByteArray &body);

/// A short technical description of a failed reply for Error::detail: status, reason and message,
/// never headers or tokens.
[[nodiscard]] QString describe(int httpStatus, QNetworkReply::NetworkError networkError, const GoogleErrorBody &body,
                               const QString &networkErrorString);

} // namespace mf::google::http
