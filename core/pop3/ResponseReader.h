// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace mf::pop3 {

/// Incremental reader of a POP3 byte stream: status lines, then multi-line bodies that are
/// dot-unstuffed as they arrive.
///
/// Bytes are fed as the transport delivers them, in chunks of any size (one byte at a time
/// included). Each byte is looked at a bounded number of times: a line that arrives in many
/// pieces is not re-scanned from its start, and body bytes are copied once, in runs, straight
/// into the caller's buffer. This keeps a 50 MB RETR linear and memory at about one copy of the
/// message.
///
/// Tolerated server quirks: bare LF line ends (kept as sent), and the final "."
/// sent without a CRLF before it (old Exchange), detected when the body has exactly the octet
/// count the server announced.
class ResponseReader {
public:
    enum class LineStatus { Line, NeedMore, TooLong };
    enum class BodyStatus { Complete, NeedMore, TooLarge };

    /// Longest status line accepted by default; a server that sends more without a line end is
    /// not POP3 (or is hostile).
    static constexpr qsizetype maxLineLength = 64 * 1024;

    void setMaxLineLength(qsizetype bytes) { m_maxLine = bytes > 0 ? bytes : maxLineLength; }
    [[nodiscard]] qsizetype maxLine() const { return m_maxLine; }

    /// Appends newly received bytes.
    void append(const QByteArray &chunk);
    /// Bytes received but not consumed yet.
    [[nodiscard]] qsizetype pending() const { return m_buf.size() - m_pos; }
    /// The unconsumed bytes, e.g. to inspect a greeting that never ended.
    [[nodiscard]] QByteArray peek() const { return m_buf.mid(m_pos); }
    void clear();

    /// Takes the next complete line, without its CR LF (or bare LF).
    [[nodiscard]] LineStatus takeLine(QByteArray *line);

    /// Starts a multi-line body whose unstuffed octets are appended to `sink`. `announcedOctets`
    /// (from "+OK n octets", or -1) only serves the missing-CRLF quirk and a first reservation.
    /// `maxBytes` (or -1 for none) caps the unstuffed body: the sink never grows past it, not
    /// even its capacity, so a server that announces or sends without end costs at most this.
    void beginBody(QByteArray *sink, qint64 announcedOctets = -1, qint64 maxBytes = -1);
    /// Starts a multi-line body of which only the first `keepBytes` unstuffed octets are kept:
    /// the rest is read to the terminating "." and dropped, so the stream stays usable and the
    /// sink never grows past `keepBytes`. bodyBytes() still counts every octet, so the caller
    /// sees that the body was cut. The missing-CRLF quirk is not looked for (no octet count).
    void beginCutBody(QByteArray *sink, qint64 keepBytes);
    /// Consumes as much of the body as has arrived; Complete once the terminating "." line is
    /// read; TooLarge, at once, when the body passes maxBytes (the stream is then unusable: the
    /// rest of that body is still on the wire).
    [[nodiscard]] BodyStatus readBody();
    /// Unstuffed body octets seen so far (past the cap too, up to the read that passed it).
    [[nodiscard]] qint64 bodyBytes() const { return m_bodyBytes; }
    /// Bytes the reader holds itself (received, not consumed or not yet dropped).
    [[nodiscard]] qsizetype buffered() const { return m_buf.size(); }

private:
    void compact();
    /// Appends [from, from + length) of the buffer to the sink; false when that passes the cap.
    bool toSink(const char *from, qsizetype length, bool enforceCap);

    QByteArray m_buf;
    qsizetype m_pos = 0;      ///< first unconsumed byte
    qsizetype m_scanFrom = 0; ///< where the search for the next line end resumes
    QByteArray *m_sink = nullptr;
    qint64 m_announced = -1;
    qint64 m_maxBody = -1;
    qint64 m_bodyBytes = 0;
    qsizetype m_maxLine = maxLineLength;
    bool m_atLineStart = true;
    bool m_cut = false; ///< past m_maxBody: drop instead of failing (beginCutBody)
};

} // namespace mf::pop3
