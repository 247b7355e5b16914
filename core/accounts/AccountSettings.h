// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QString>

namespace mf::accounts {

/// What happens to a message on the POP3 server once Gmail holds it and the ledger says so.
enum class AfterCopy { Keep, Delete, DeleteAfterDays };

/// Where a message lands in Gmail.
enum class Placement { InboxUnread, InboxRead, ArchiveWithLabel };

/// The user's choices for one POP3 account (stored in QSettings under accounts/<id>/, never a secret).
struct MigrationOptions {
    AfterCopy afterCopy = AfterCopy::Keep;
    int deleteAfterDays = 30;
    Placement placement = Placement::InboxUnread;
    QString label; ///< Gmail label name ("Old mail/ISP"); used with ArchiveWithLabel, or added in the Inbox
    qint64 sizeLimitBytes = 50LL * 1024 * 1024; ///< Gmail's own limit is 50 MiB
    bool useImport = false;                     ///< "Let Gmail filter spam": messages.import instead of messages.insert
    /// With import: Gmail never files these messages in Spam (messages.import's neverMarkSpam).
    bool neverMarkSpam = true;
    /// Gmail refuses a message for an attachment type it blocks (a program, or an archive holding
    /// one): copy it with those attachments replaced by a note, the whole original kept as .eml in
    /// the mailbox's folder of kept originals. Off: the message stays failed and on the server.
    bool stripBlockedAttachments = true;
    /// Such copies leave the server like any other in delete mode; off, they always stay there.
    bool deleteStrippedFromServer = false;
    bool continuous = false;                    ///< keep checking every intervalMinutes
    int intervalMinutes = 10;
    int batchSize = 50;                           ///< messages per POP3 session
    Millis batchPause{3000};                      ///< pause between sessions, so the server is not hammered
    qint64 maxBytesInFlight = 32LL * 1024 * 1024; ///< fetched but not yet uploaded; at least one message always fits
    bool dryRun = false;                          ///< plan only: nothing is written anywhere
    /// First wait before reconnecting after a failed session; doubles up to 5 minutes, with jitter.
    /// Not a user setting: tests shorten it so that they never wait for real seconds.
    Millis retryBackoffBase{2000};
    /// How long Gmail may stay unreachable (after at least three rounds of retries) before a
    /// one-time run gives up with "try again later". Tests shorten it.
    Millis googleOutageLimit{5 * 60 * 1000};
    /// In delete mode a POP3 session ends after this long (or batchSize messages), so that the
    /// server applies the DELEs regularly; in keep mode one session serves the whole run.
    Millis deleteSessionDuration{60 * 1000};
    /// Gmail pacing: 585 a minute keeps under the 600/min per-user quota with a margin; uploads
    /// in parallel hide the latency. Not user settings: benchmarks turn pacing off (0) to measure
    /// the engine alone against a fake without quota.
    double gmailMessagesPerMinute = 585;
    int maxConcurrentUploads = 4;
};

} // namespace mf::accounts
