// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "pop3/Pop3Types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace mf::pop3 {

/// Reading the words of a POP3 reply: status lines, response codes, message numbers and sizes,
/// and the lines of a LIST or UIDL listing. Whatever the server sends, numbers are checked (no
/// overflow) and a line that cannot be read becomes a ProtocolViolation that quotes it.

/// The largest size Mailferry believes for one message, and for a whole maildrop: anything
/// above is not a size but a broken or hostile server, and sums of sizes can never overflow.
inline constexpr qint64 kMaxMessageSize = qint64(1) << 40;
inline constexpr qint64 kMaxMaildropSize = qint64(1) << 53;

[[nodiscard]] bool startsWithNoCase(const QByteArray &line, const char *prefix);
/// "+OK" alone or followed by a space (not "+OKAY").
[[nodiscard]] bool isOkLine(const QByteArray &line);
/// "-ERR" alone or followed by a space.
[[nodiscard]] bool isErrLine(const QByteArray &line);

/// "[IN-USE] text" -> "IN-USE", "[LOGIN-DELAY 900] text" -> "LOGIN-DELAY" with `argument`
/// "900"; empty if the reply carries no response code (RFC 2449).
[[nodiscard]] QByteArray responseCode(const QByteArray &text, QByteArray *argument = nullptr);
/// "RETR 5" -> "RETR".
[[nodiscard]] QByteArray commandName(const QByteArray &line);
/// The first space-separated token of `text`.
[[nodiscard]] QByteArrayView firstToken(QByteArrayView text);

/// A message number: 1 to INT_MAX, digits only.
[[nodiscard]] std::optional<int> messageNumber(QByteArrayView text);
/// A size in octets, digits only, at most `max`.
[[nodiscard]] std::optional<qint64> sizeValue(QByteArrayView text, qint64 max = kMaxMessageSize);
/// Parses "<number> <rest>" where number is a message number; rest is trimmed and non-empty.
[[nodiscard]] bool splitNumber(const QByteArray &line, int *number, QByteArray *rest);

/// A reply Mailferry cannot read: Session-scope ProtocolViolation quoting the line.
[[nodiscard]] Error badReply(const QString &server, const QByteArray &command, const QByteArray &line);

/// "+OK count size" of STAT.
[[nodiscard]] Result<StatInfo> parseStat(const QByteArray &text, const QString &server);
/// The body of LIST: "<number> <size>" lines.
[[nodiscard]] Result<QList<ListEntry>> parseListListing(const QByteArray &body, const QString &server, const Limits &limits);
/// The body of UIDL: "<number> <uid>" lines.
[[nodiscard]] Result<QList<UidlEntry>> parseUidlListing(const QByteArray &body, const QString &server, const Limits &limits);

} // namespace mf::pop3
