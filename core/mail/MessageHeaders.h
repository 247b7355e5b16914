// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mf::mail {

/// The header block of one raw RFC 5322 message, parsed cheaply: only the bytes up to the first
/// empty line are read, never the body, so a 50 MiB message costs what its headers cost.
///
/// Real mail is messy and this class never fails: CRLF or bare LF line endings, folded lines,
/// 8-bit bytes, NUL bytes, an empty message and a message without a body separator all parse to
/// whatever header fields can be recognised. Lines that are not "name: value" (an mbox "From "
/// line, garbage) are skipped.
///
/// Accessors return the raw, unfolded bytes (value/values) or decoded text (subject/from);
/// dates are parsed leniently (RFC 5322 plus the obsolete forms of RFC 5322 §4.3 and what mail
/// programs of the last 30 years actually wrote).
class MessageHeaders {
public:
    /// One header field as it appears in the message.
    struct Field {
        QByteArray name;      ///< as written (case kept)
        QByteArray value;     ///< unfolded (line breaks before folding whitespace removed), trimmed
        qsizetype offset = 0; ///< where the field's first line starts in the raw message
    };

    MessageHeaders() = default;

    /// Parses the header block of `raw`. Never fails; see the class comment.
    [[nodiscard]] static MessageHeaders parse(const QByteArray &raw);

    /// Every recognised field, in message order (topmost first).
    [[nodiscard]] const QList<Field> &fields() const { return m_fields; }
    [[nodiscard]] bool isEmpty() const { return m_fields.isEmpty(); }

    /// The first field called `name` (case-insensitive), unfolded and trimmed; empty if absent.
    [[nodiscard]] QByteArray value(QByteArrayView name) const;
    /// Every field called `name`, in message order.
    [[nodiscard]] QList<QByteArray> values(QByteArrayView name) const;
    [[nodiscard]] bool contains(QByteArrayView name) const;

    /// The Message-ID normalised for comparison: the first "<...>" token with whitespace removed,
    /// angle brackets kept (e.g. "<abc@example.org>"). A value without brackets is wrapped in them;
    /// empty when there is none.
    [[nodiscard]] QByteArray messageId() const;
    /// Subject and From decoded for people (RFC 2047 encoded-words, 8-bit best effort).
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString from() const;

    /// The Date header, parsed; nullopt if it is missing or cannot be understood.
    [[nodiscard]] std::optional<QDateTime> date() const;
    /// The date of each Received: header (the part after its last ';'), in message order, so the
    /// first entry is the newest hop. Headers whose date cannot be parsed give nullopt, so the
    /// positions still match the headers.
    [[nodiscard]] QList<std::optional<QDateTime>> receivedDates() const;

    /// Where the header block ends: the offset of the empty line that separates it from the body,
    /// or the size of the message when there is no separator.
    [[nodiscard]] qsizetype headerEnd() const { return m_headerEnd; }
    /// The message's line ending style: "\r\n" unless its first line ends in a bare "\n".
    [[nodiscard]] QByteArray lineEnding() const { return m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"); }

    /// Parses an RFC 5322 date-time, including obsolete forms: a missing weekday, 2- and 3-digit
    /// years, named zones (UT, GMT, EST, PDT, military letters), comments such as "(UTC)",
    /// a missing seconds field or zone, extra spaces, and the asctime() order
    /// ("Sat Mar 15 10:30:00 2014"). Returns a QDateTime with the message's UTC offset, or
    /// nullopt if the text is not a valid date.
    [[nodiscard]] static std::optional<QDateTime> parseDate(QByteArrayView text);
    /// Formats a date the RFC 5322 way, in English whatever the locale:
    /// "Sat, 15 Mar 2014 10:30:00 +0100" (keeping `dateTime`'s UTC offset).
    [[nodiscard]] static QByteArray formatDate(const QDateTime &dateTime);
    /// Decodes RFC 2047 encoded-words ("=?iso-8859-1?Q?caf=E9?="), unfolds, and turns raw 8-bit
    /// bytes into text (UTF-8 if valid, else Latin-1). Unknown charsets get the same best effort.
    [[nodiscard]] static QString decodeText(QByteArrayView raw);

private:
    QList<Field> m_fields;
    qsizetype m_headerEnd = 0;
    bool m_crlf = true;
};

} // namespace mf::mail
