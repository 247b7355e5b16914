// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mf::mail {

/// Gives a message a usable Date header before it goes to Gmail.
///
/// Gmail files a message whose Date header is missing or unparseable under the time of the
/// upload, so a 2009 message would show up as "today" (a top complaint about other importers).
/// The best evidence left of when such a message arrived is the topmost Received: header: the
/// last server that handled it wrote the time it received it. DateRescue copies that time into a
/// new Date header.
///
/// A message whose Date header parses is never touched: it is returned byte for byte, because
/// Mailferry's promise is that mail arrives in Gmail as it was.
class DateRescue {
    Q_DECLARE_TR_FUNCTIONS(mf::mail::DateRescue)
public:
    struct Result {
        QByteArray bytes;     ///< what to upload: the input itself, or the input with a Date header added
        bool rescued = false; ///< true when a Date header was added
        QString note;         ///< plain words for the item log; empty when the Date header was fine
    };

    /// Pure and cheap (reads only the header block). When it rescues, it inserts
    /// "Date: <RFC 5322 date of the newest Received: header>" as the first header line, in the
    /// message's own line-ending style, and keeps any broken Date header renamed to
    /// "X-Original-Date:" so that nothing of the original is lost. Without any usable
    /// Received: date it returns the message unchanged and says in `note` that Gmail will use the
    /// import time.
    [[nodiscard]] static Result rescue(const QByteArray &raw);
};

} // namespace mf::mail
