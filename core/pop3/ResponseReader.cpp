// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/ResponseReader.h"

#include <algorithm>
#include <cstring>

namespace mf::pop3 {

void ResponseReader::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos >= m_buf.size()) {
        m_buf.clear();
    } else {
        m_buf.remove(0, m_pos);
    }
    m_scanFrom = std::max<qsizetype>(0, m_scanFrom - m_pos);
    m_pos = 0;
}

void ResponseReader::append(const QByteArray &chunk)
{
    // Consumed bytes are dropped here, once per chunk rather than once per line; what remains is
    // at most a partial status line or the two bytes of a pending ".\r" lookahead.
    compact();
    if (m_buf.isEmpty())
        m_buf = chunk; // implicitly shared: no copy of a large TLS record
    else
        m_buf.append(chunk);
}

void ResponseReader::clear()
{
    m_buf.clear();
    m_pos = 0;
    m_scanFrom = 0;
    m_sink = nullptr;
    m_announced = -1;
    m_maxBody = -1;
    m_bodyBytes = 0;
    m_atLineStart = true;
    m_cut = false;
}

ResponseReader::LineStatus ResponseReader::takeLine(QByteArray *line)
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    const qsizetype from = std::max(m_pos, m_scanFrom);
    const void *nl = from < n ? std::memchr(d + from, '\n', size_t(n - from)) : nullptr;
    if (!nl) {
        m_scanFrom = n;
        return n - m_pos > m_maxLine ? LineStatus::TooLong : LineStatus::NeedMore;
    }
    const qsizetype end = static_cast<const char *>(nl) - d;
    if (end - m_pos > m_maxLine + 1) // a line end came, but after more than the cap
        return LineStatus::TooLong;
    qsizetype contentEnd = end;
    if (contentEnd > m_pos && d[contentEnd - 1] == '\r')
        --contentEnd;
    *line = m_buf.mid(m_pos, contentEnd - m_pos);
    m_pos = end + 1;
    m_scanFrom = m_pos;
    return LineStatus::Line;
}

void ResponseReader::beginBody(QByteArray *sink, qint64 announcedOctets, qint64 maxBytes)
{
    m_sink = sink;
    // The count only serves the missing-CRLF quirk; one that does not fit comfortably in 64 bits
    // (where "+3" could overflow) is no count at all.
    m_announced = announcedOctets >= 0 && announcedOctets < (qint64(1) << 53) ? announcedOctets : -1;
    m_maxBody = maxBytes;
    m_cut = false;
    m_bodyBytes = sink->size();
    m_atLineStart = true;
    // A first reservation from the server's count saves re-allocations; capped, because the
    // count is only a hint and a hostile server could announce anything.
    if (m_announced > 0) {
        qint64 reserve = std::min<qint64>(m_announced + 64, 64 * 1024 * 1024);
        if (m_maxBody >= 0)
            reserve = std::min(reserve, m_maxBody);
        sink->reserve(qsizetype(reserve));
    }
}

void ResponseReader::beginCutBody(QByteArray *sink, qint64 keepBytes)
{
    beginBody(sink, -1, std::max<qint64>(0, keepBytes));
    m_cut = true;
}

bool ResponseReader::toSink(const char *from, qsizetype length, bool enforceCap)
{
    if (length <= 0)
        return true;
    if (m_cut) {
        // Keep what fits under the cap, count the rest and let it go.
        const qint64 room = std::max<qint64>(0, m_maxBody - qint64(m_sink->size()));
        const qsizetype kept = qsizetype(std::min<qint64>(room, length));
        if (kept > 0) {
            const qint64 needed = qint64(m_sink->size()) + kept;
            if (needed > m_sink->capacity())
                m_sink->reserve(
                    qsizetype(std::min<qint64>(m_maxBody, std::max<qint64>({needed, qint64(m_sink->capacity()) * 2, 4096}))));
            m_sink->append(from, kept);
        }
        m_bodyBytes += length;
        return true;
    }
    m_bodyBytes += length;
    if (m_maxBody >= 0) {
        if (enforceCap && m_bodyBytes > m_maxBody)
            return false;
        // Grow the sink ourselves so that its capacity never passes the cap either (QByteArray
        // alone would double it).
        const qint64 needed = qint64(m_sink->size()) + length;
        if (needed > m_sink->capacity()) {
            qint64 grown = std::max<qint64>({needed, qint64(m_sink->capacity()) * 2, 4096});
            grown = std::min(grown, std::max(needed, m_maxBody));
            m_sink->reserve(qsizetype(grown));
        }
    }
    m_sink->append(from, length);
    return true;
}

ResponseReader::BodyStatus ResponseReader::readBody()
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype p = m_pos;
    qsizetype runStart = p; // bytes [runStart, p) are body octets not yet copied
    auto flush = [&](qsizetype end, bool enforceCap = true) {
        const bool fits = toSink(d + runStart, end - runStart, enforceCap);
        runStart = end;
        return fits;
    };
    auto tooLarge = [&] {
        // Nothing more of this stream can be read as POP3: drop what is held.
        m_pos = n;
        m_scanFrom = n;
        m_sink = nullptr;
        return BodyStatus::TooLarge;
    };

    while (p < n) {
        if (m_atLineStart) {
            if (d[p] == '.') {
                // Either the terminating "." line or a byte-stuffed line: look ahead.
                if (p + 1 >= n)
                    break;
                if (d[p + 1] == '\n' || (d[p + 1] == '\r' && p + 2 < n && d[p + 2] == '\n')) {
                    if (!flush(p))
                        return tooLarge();
                    m_pos = p + (d[p + 1] == '\n' ? 2 : 3);
                    m_scanFrom = m_pos;
                    m_sink = nullptr;
                    return BodyStatus::Complete;
                }
                if (d[p + 1] == '\r' && p + 2 >= n)
                    break;
                // Stuffed: drop exactly one leading dot ("..\r\n" is a body line ".").
                if (!flush(p))
                    return tooLarge();
                runStart = p + 1;
                ++p;
            }
            m_atLineStart = false;
        }
        const void *nl = std::memchr(d + p, '\n', size_t(n - p));
        if (!nl) {
            p = n;
            break;
        }
        p = static_cast<const char *>(nl) - d + 1;
        m_atLineStart = true;

        // Old Exchange servers send the final "." straight after the last body byte, without a
        // CRLF of its own ("text.\r\n"). That line is recognised only when it makes the body one
        // terminator longer than the server announced, so correct streams are never cut short.
        if (m_announced >= 0) {
            const qint64 total = qint64(m_sink->size()) + (p - runStart);
            if (total == m_announced + 3 || total == m_announced + 2) {
                const bool crlf = total == m_announced + 3;
                if (m_maxBody >= 0 && total > m_maxBody + 3) {
                    // Over the cap whether or not this is the terminator: never copy it.
                    m_bodyBytes = total;
                    return tooLarge();
                }
                // The terminator may take the body up to 3 bytes past the cap for a moment.
                const bool fits = flush(p, false);
                if (crlf ? m_sink->endsWith(".\r\n") : m_sink->endsWith(".\n")) {
                    m_sink->chop(crlf ? 3 : 2);
                    m_bodyBytes -= crlf ? 3 : 2;
                    if (m_maxBody >= 0 && m_bodyBytes > m_maxBody)
                        return tooLarge();
                    m_pos = p;
                    m_scanFrom = p;
                    m_sink = nullptr;
                    return BodyStatus::Complete;
                }
                if (!fits || (m_maxBody >= 0 && m_bodyBytes > m_maxBody))
                    return tooLarge();
            }
        }
    }
    if (!flush(p))
        return tooLarge();
    m_pos = p;
    m_scanFrom = p;
    return BodyStatus::NeedMore;
}

} // namespace mf::pop3
