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
/// Tolerated server quirks (see FACTS.md): bare LF line ends (kept as sent), and the final "."
/// sent without a CRLF before it (old Exchange), detected when the body has exactly the octet
/// count the server announced.
class ResponseReader {
public:
    enum class LineStatus { Line, NeedMore, TooLong };
    enum class BodyStatus { Complete, NeedMore };

    /// Longest status line accepted; a server that sends more without a line end is not POP3.
    static constexpr qsizetype maxLineLength = 64 * 1024;

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
    void beginBody(QByteArray *sink, qint64 announcedOctets = -1);
    /// Consumes as much of the body as has arrived; Complete once the terminating "." line is read.
    [[nodiscard]] BodyStatus readBody();

private:
    void compact();

    QByteArray m_buf;
    qsizetype m_pos = 0;      ///< first unconsumed byte
    qsizetype m_scanFrom = 0; ///< where the search for the next line end resumes
    QByteArray *m_sink = nullptr;
    qint64 m_announced = -1;
    bool m_atLineStart = true;
};

} // namespace mf::pop3
