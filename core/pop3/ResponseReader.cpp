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
}

ResponseReader::LineStatus ResponseReader::takeLine(QByteArray *line)
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    const qsizetype from = std::max(m_pos, m_scanFrom);
    const void *nl = from < n ? std::memchr(d + from, '\n', size_t(n - from)) : nullptr;
    if (!nl) {
        m_scanFrom = n;
        return n - m_pos > maxLineLength ? LineStatus::TooLong : LineStatus::NeedMore;
    }
    const qsizetype end = static_cast<const char *>(nl) - d;
    qsizetype contentEnd = end;
    if (contentEnd > m_pos && d[contentEnd - 1] == '\r')
        --contentEnd;
    *line = m_buf.mid(m_pos, contentEnd - m_pos);
    m_pos = end + 1;
    m_scanFrom = m_pos;
    return LineStatus::Line;
}

void ResponseReader::beginBody(QByteArray *sink, qint64 announcedOctets)
{
    m_sink = sink;
    m_announced = announcedOctets;
    m_atLineStart = true;
    // A first reservation from the server's count saves re-allocations; capped, because the
    // count is only a hint and a hostile server could announce anything.
    if (announcedOctets > 0)
        sink->reserve(qsizetype(std::min<qint64>(announcedOctets + 64, 64 * 1024 * 1024)));
}

ResponseReader::BodyStatus ResponseReader::readBody()
{
    const char *d = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype p = m_pos;
    qsizetype runStart = p; // bytes [runStart, p) are body octets not yet copied
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            m_sink->append(d + runStart, end - runStart);
        runStart = end;
    };

    while (p < n) {
        if (m_atLineStart) {
            if (d[p] == '.') {
                // Either the terminating "." line or a byte-stuffed line: look ahead.
                if (p + 1 >= n)
                    break;
                if (d[p + 1] == '\n' || (d[p + 1] == '\r' && p + 2 < n && d[p + 2] == '\n')) {
                    flush(p);
                    m_pos = p + (d[p + 1] == '\n' ? 2 : 3);
                    m_sink = nullptr;
                    return BodyStatus::Complete;
                }
                if (d[p + 1] == '\r' && p + 2 >= n)
                    break;
                // Stuffed: drop exactly one leading dot ("..\r\n" is a body line ".").
                flush(p);
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
            const qint64 total = m_sink->size() + (p - runStart);
            if (total == m_announced + 3 || total == m_announced + 2) {
                flush(p);
                const bool crlf = total == m_announced + 3;
                if (crlf ? m_sink->endsWith(".\r\n") : m_sink->endsWith(".\n")) {
                    m_sink->chop(crlf ? 3 : 2);
                    m_pos = p;
                    m_sink = nullptr;
                    return BodyStatus::Complete;
                }
            }
        }
    }
    flush(p);
    m_pos = p;
    m_scanFrom = p;
    return BodyStatus::NeedMore;
}

} // namespace mf::pop3
