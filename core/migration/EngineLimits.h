// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The engine's fixed limits, shared by its source files (MigrationEngine*.cpp, Engine*.cpp).

#include "common/Clock.h"

#include <QtGlobal>

namespace mf::migration::limits {

constexpr int kMaxPipelinedFetches = 8;
constexpr int kMaxSessionFailures = 8;  ///< consecutive failed POP3 sessions before the run gives up
constexpr int kMaxBreaksPerMessage = 3; ///< sessions a message may break before it is recorded failed
constexpr int kMinGoogleRounds = 3;     ///< Gmail failure rounds before an outage may end the run
constexpr int kMaxGoogleRounds = 12;    ///< ... and after which it ends it whatever the clock says
/// The longest wait a server may impose (LOGIN-DELAY, [IN-USE], Retry-After) before Mailferry
/// gives up and says when to try again, instead of sitting silent for days.
constexpr Millis kMaxServerWait{60 * 60 * 1000};
/// Gmail's own limit for one message (the API's maxSize); a larger limit would only download
/// messages that Gmail then refuses.
constexpr qint64 kGmailMaxMessageBytes = 50LL * 1024 * 1024;
/// Gmail's pace, used to size a delete-mode session to the server's LOGIN-DELAY.
constexpr int kGmailMessagesPerSecond = 10;
/// Messages read ahead of Gmail (fetched or being fetched, not yet settled), whatever their size:
/// at Gmail's pace this is several seconds of work, enough to keep it busy; more would only hold
/// memory while the messages wait for their turn (32 MB of small messages is minutes of them).
constexpr int kMaxMessagesAhead = 64;
/// What one message costs in a session's listing: a UIDL line and a LIST line.
constexpr qint64 kListingBytesPerMessage = 40;
/// Delete mode: a session reads at least this many times what its listing cost, so that all the
/// listings of a run together stay within a twentieth of the mail.
constexpr qint64 kSessionReadsPerListing = 20;
constexpr Millis kBackoffMax{5 * 60 * 1000};
constexpr int kMaxBackoffDoublings = 8; ///< the backoff doubles at most this often before the cap
// Gmail accepts about 600 inserts per user per minute: the pace of the estimate.
constexpr double kGmailMessagesPerMinute = 600.0;

} // namespace mf::migration::limits
