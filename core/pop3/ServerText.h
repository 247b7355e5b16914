// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace mf::pop3 {

/// Helpers for reading what a POP3 server says, which may be anything: checked numbers and text
/// made safe to show.

/// A decimal number as POP3 writes it: ASCII digits only, no sign, no spaces.
struct CheckedNumber {
    enum class Status { Ok, NotANumber, TooLarge };
    Status status = Status::NotANumber;
    qint64 value = 0;
    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

/// Parses `text` as digits only, refusing any value above `max` (TooLarge) without ever
/// overflowing, e.g. "99999999999999999999".
[[nodiscard]] CheckedNumber parseDecimal(QByteArrayView text, qint64 max);

/// Server text (a greeting, an -ERR reply) made fit for an error message, a log or a terminal:
/// decoded as UTF-8 (invalid bytes replaced), every control character, escape sequence start and
/// bidirectional override replaced by a space, whitespace collapsed, and cut to `maxChars`
/// characters with an ellipsis.
[[nodiscard]] QString sanitizeServerText(QByteArrayView text, qsizetype maxChars = 200);

} // namespace mf::pop3
