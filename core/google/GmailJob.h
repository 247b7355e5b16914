// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "google/GmailClient.h"
#include "google/RateGovernor.h"

#include <QNetworkReply>
#include <QPointer>

#include <functional>
#include <optional>

namespace mf::google {

/// One upload or label call of GmailClient in flight: how to send its request(s), and what its
/// attempts so far have left behind. Private to GmailClient's files.
struct GmailClient::Job {
    bool paced = false;
    bool labelCall = false;
    /// Sends the (first) request of an attempt with this access token.
    std::function<QNetworkReply *(const QString &token)> send;
    /// On a 2xx answer to the first request: the follow-up request (the data of a resumable
    /// upload), or null when the first answer is already the result. When it cannot send, it
    /// returns null and says why in `refused`.
    std::function<QNetworkReply *(QNetworkReply *reply, std::optional<Error> *refused)> followUp;
    /// UploadOptions::beforeSend, emptied once called.
    std::function<void(std::function<void(bool)>)> beforeSend;
    /// Waiting for beforeSend's go(); the token to send with then.
    bool awaitingGo = false;
    QString goToken;
    std::function<void(Result<QByteArray>, int attempts, bool possiblyDuplicated)> done;
    int attempts = 0;
    /// Sticky: an attempt failed in a way that may have left the message stored in Gmail, so a
    /// later success may be a second copy.
    bool mayHaveStored = false;
    /// How many times Qt reported the whole body of the current request written (> 1: it resent it).
    int completeSends = 0;
    bool retriedAfter401 = false;
    bool followingUp = false;
    bool holdsSlot = false;
    bool waitingForSlot = false;
    bool timedOut = false;
    RateGovernor::Ticket ticket = 0;
    QPointer<QNetworkReply> reply;

    /// Whether the request in flight carries the message itself (not a label call, not the
    /// metadata-only first request of a resumable upload).
    [[nodiscard]] bool carriesMessage() const { return !labelCall && (!followUp || followingUp); }
    QPointer<Timer> backoff;
    QPointer<Timer> deadline;
};

} // namespace mf::google
