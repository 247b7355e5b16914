// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mf::mail {

/// The short report Mailferry puts into the user's own Gmail inbox when a run ends with failures.
/// It travels through the same insert permission as the mail itself (no send permission needed),
/// and carries the failures as a CSV attachment so that nothing has to be looked up elsewhere.
class ReportMail {
public:
    /// What the report says: plain facts about the run, filled in by whoever ran it.
    struct Facts {
        QString mailbox;      ///< the old mailbox, as the user knows it (address, or login name)
        QString gmailAccount; ///< the Gmail address the report goes to; may be empty
        int copied = 0;
        int skipped = 0; ///< already in Gmail, or too large
        int failed = 0;
        int deletedFromServer = 0;
        int possibleDuplicates = 0;
        /// The mail came from an archive on the user's computer (mailbox is its path), not a server.
        bool localArchive = false;
    };

    /// A complete RFC 5322 message (CRLF line ends, multipart/mixed: a plain-text summary and
    /// the CSV). `failuresCsv` is the item log's failures, as CsvExporter writes them.
    [[nodiscard]] static QByteArray build(const Facts &facts, const QByteArray &failuresCsv, const QDateTime &now);
};

} // namespace mf::mail
