// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// GmailClient: what Gmail's answers mean. classify() turns one failed answer (an HTTP status,
// Google's error.errors[0].reason, or a network error) into an Error whose scope tells the engine
// how to react; mayHaveStored() says whether a failed attempt may nevertheless have stored the
// message. The request and attempt machinery is in GmailClient.cpp, labels in GmailLabels.cpp.
#include "google/GmailClient.h"

#include "google/HttpUtil.h"

namespace mf::google {

bool GmailClient::isBlockedAttachment(const QString &errorMessage)
{
    // Gmail's words: "Invalid attachment. Please check https://support.google.com/mail/answer/6590."
    // (reason invalidArgument). The help page's number names the blocked file types.
    return errorMessage.contains(QLatin1String("Invalid attachment"), Qt::CaseInsensitive)
        || errorMessage.contains(QLatin1String("mail/answer/6590"));
}

Error GmailClient::classify(int httpStatus, QNetworkReply::NetworkError networkError, const QString &networkErrorString,
                            const QByteArray &body, std::optional<Millis> retryAfter)
{
    const http::GoogleErrorBody e = http::parseErrorBody(body);
    const QString detail = http::describe(httpStatus, networkError, e, networkErrorString);
    if (httpStatus <= 0) {
        switch (networkError) {
        case QNetworkReply::SslHandshakeFailedError: {
            Error err = Error::session(Error::Code::TlsHandshakeFailed,
                                       tr("Mailferry could not make a secure connection to Gmail. Check the computer's "
                                          "date and any security software, then try again."),
                                       detail);
            err.retryable = false;
            return err;
        }
        case QNetworkReply::HostNotFoundError:
            return Error::session(Error::Code::HostNotFound,
                                  tr("Mailferry cannot reach Gmail. Check your internet connection; it will try again."), detail);
        case QNetworkReply::ConnectionRefusedError:
            return Error::session(Error::Code::ConnectionRefused,
                                  tr("Mailferry cannot reach Gmail. Check your internet connection; it will try again."), detail);
        case QNetworkReply::TimeoutError:
            return Error::session(Error::Code::Timeout, tr("Gmail stopped answering. Mailferry will try again."), detail);
        default:
            return Error::session(Error::Code::ConnectionClosed,
                                  tr("The connection to Gmail was lost. Mailferry will try again."), detail);
        }
    }
    const QString &reason = e.reason;
    if (reason == QLatin1String("dailyLimitExceeded")) {
        Error err = Error::session(Error::Code::DailyLimitExceeded,
                                   tr("Gmail's daily limit for this account has been reached. Mailferry will go on "
                                      "later; nothing is lost."),
                                   detail, retryAfter ? retryAfter : std::optional<Millis>(Millis(3600 * 1000)));
        return err;
    }
    if (httpStatus == 429 || reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded")) {
        return Error::session(Error::Code::RateLimited,
                              tr("Gmail asked Mailferry to slow down. It will go on by itself shortly."), detail, retryAfter);
    }
    if (httpStatus >= 500 || reason == QLatin1String("backendError")) {
        return Error::session(Error::Code::BackendError,
                              tr("Gmail is busy or having trouble right now. Mailferry will try again."), detail, retryAfter);
    }
    if (httpStatus == 401) {
        return Error::account(Error::Code::Unauthorized,
                              tr("Gmail no longer accepts Mailferry's sign-in. Sign in with Google again."), detail);
    }
    if (httpStatus == 403) {
        return Error::account(Error::Code::PermissionDenied,
                              tr("Gmail refused Mailferry permission to add messages to this account. Sign in again "
                                 "and leave every permission Mailferry asks for ticked."),
                              detail);
    }
    if (httpStatus == 413 || reason == QLatin1String("uploadTooLarge")
        || e.message.contains(QLatin1String("too large"), Qt::CaseInsensitive)
        || e.message.contains(QLatin1String("exceeds the limit"), Qt::CaseInsensitive)) {
        return Error::item(Error::Code::MessageTooLarge,
                           tr("This message is too large for Gmail (the limit is 50 MB). It stays on the old server."), detail);
    }
    if (httpStatus == 400 && isBlockedAttachment(e.message)) {
        // Gmail refuses executables and archives that hold them, the way it does for mail sent to
        // it; nothing about the message is wrong and nothing else of the run is affected.
        return Error::item(Error::Code::BlockedAttachment,
                           tr("Gmail does not accept one of this message's attachments (a program or an archive "
                              "containing one)."),
                           detail);
    }
    if (httpStatus == 404) {
        // A lost resumable session or a hiccup in routing: starting over is safe.
        return Error::session(Error::Code::CommandFailed, tr("Gmail lost track of an upload. Mailferry will try again."), detail);
    }
    return Error::item(Error::Code::InvalidMessage,
                       tr("Gmail did not accept this message (it may be damaged or malformed). It stays on the old "
                          "server."),
                       detail);
}

bool GmailClient::mayHaveStored(int httpStatus, QNetworkReply::NetworkError networkError, bool bodySent)
{
    if (httpStatus >= 500) {
        // 5xx counts: HTTP does not promise that a server error left nothing behind. A 502/504 comes
        // from Google's front end when the backend did not answer in time and may still finish the
        // insert; a 500 backendError may come after the write. A spurious "possible duplicate" in the
        // log costs little; a silent duplicate is what the product promises never to do.
        return true;
    }
    if (httpStatus > 0) {
        // 4xx (400 invalid, 401, 403 rate or quota, 404 lost session, 413, 429) are Gmail's
        // definitive "not stored", and 2xx/3xx are not failures of the message itself.
        return false;
    }
    if (bodySent)
        return true; // the whole request left us: Gmail may have stored it before the answer was lost
    switch (networkError) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return false; // no connection to Gmail existed, nothing of the request was sent
    default:
        // Closed, reset, timed out, cancelled by our deadline...: the request may have been sent
        // without Qt reporting it (e.g. HTTP/2 or a proxy), so assume it was.
        return true;
    }
}

} // namespace mf::google
