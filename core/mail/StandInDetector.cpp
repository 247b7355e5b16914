// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mail/StandInDetector.h"

#include "mail/MessageHeaders.h"

namespace mf::mail {

QString StandInDetector::reason(const QByteArray &raw)
{
    const MessageHeaders headers = MessageHeaders::parse(raw);
    // A real message nearly always has a Date or a Message-ID; a server's stand-in has neither.
    if (!headers.value("Date").isEmpty() || !headers.messageId().isEmpty())
        return {};
    // Stand-ins are short; only their beginning needs reading, however large the attachment.
    const QByteArray head = raw.left(64 * 1024).toLower();
    const bool saysSo = head.contains("cannot display unicode content");
    const bool wrapsUnicode =
        (head.contains("message/global") || head.contains("message/rfc822")) && head.contains("unicode") && head.contains("utf8");
    if (!saysSo && !wrapsUnicode)
        return {};
    return tr("The mail server sent a stand-in (\"cannot display Unicode content\") instead of this message, "
              "because the message has non-ASCII headers and the server did not switch to UTF-8. It was left on "
              "the server.");
}

} // namespace mf::mail
