// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mail/DateRescue.h"

#include "mail/MessageHeaders.h"

namespace mf::mail {

DateRescue::Result DateRescue::rescue(const QByteArray &raw)
{
    const MessageHeaders headers = MessageHeaders::parse(raw);
    const bool hadDate = headers.contains("Date");
    if (hadDate && headers.date())
        return Result{raw, false, {}};

    // The topmost Received: header was written by the last hop, the server the message was
    // fetched from, so it is the newest and closest to when the user actually got the message.
    // If that one is unreadable, the next hop down is the next best evidence.
    std::optional<QDateTime> received;
    for (const std::optional<QDateTime> &date : headers.receivedDates()) {
        if (date) {
            received = date;
            break;
        }
    }
    if (!received) {
        const QString note = hadDate
            ? tr("The Date header could not be read and no server recorded when it received the message; "
                 "Gmail will show the time of the import as its date.")
            : tr("The Date header was missing and no server recorded when it received the message; "
                 "Gmail will show the time of the import as its date.");
        return Result{raw, false, note};
    }

    const QByteArray eol = headers.lineEnding();
    const QByteArray dateValue = MessageHeaders::formatDate(*received);
    QByteArray out;
    out.reserve(raw.size() + dateValue.size() + 40);
    out += "Date: " + dateValue + eol;
    // Copy the message, renaming every broken Date field in place (only its name changes, so
    // its value and folding stay exactly as they were).
    qsizetype copied = 0;
    for (const MessageHeaders::Field &field : headers.fields()) {
        if (field.name.compare("Date", Qt::CaseInsensitive) != 0)
            continue;
        out.append(raw.constData() + copied, field.offset - copied);
        out += "X-Original-Date";
        copied = field.offset + field.name.size();
    }
    out.append(raw.constData() + copied, raw.size() - copied);

    const QString when = QString::fromLatin1(dateValue);
    const QString note = hadDate ? tr("The Date header could not be read; used the date the server received it (%1). "
                                      "The original is kept as X-Original-Date.")
                                       .arg(when)
                                 : tr("The Date header was missing; used the date the server received it (%1).").arg(when);
    return Result{out, true, note};
}

} // namespace mf::mail
