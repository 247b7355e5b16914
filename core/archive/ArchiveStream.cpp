// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ArchiveStream.h"

#include <algorithm>

namespace mf::archive {
namespace {
constexpr qint64 kChunk = 64 * 1024;
}

ArchiveStream::ArchiveStream(const QString &path, qint64 offset, qint64 length, std::optional<MboxVariant> unquote)
    : m_file(path)
    , m_offset(offset)
    , m_remaining(length)
    , m_unquote(unquote)
{
}

bool ArchiveStream::open(OpenMode mode)
{
    if ((mode & ~(QIODevice::ReadOnly | QIODevice::Unbuffered)) != QIODevice::NotOpen) {
        setErrorString(QStringLiteral("archives are opened read-only"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ArchiveStream::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 ArchiveStream::bytesAvailable() const
{
    return (m_line.size() - m_linePos) + m_remaining + QIODevice::bytesAvailable();
}

bool ArchiveStream::refillLine()
{
    m_line.resize(static_cast<qsizetype>(std::min(m_remaining, kChunk)) + 1);
    const qint64 n = m_file.readLine(m_line.data(), m_line.size());
    if (n <= 0) {
        m_line.clear();
        m_linePos = 0;
        m_shortRead = m_remaining > 0;
        m_remaining = 0;
        return false;
    }
    m_line.resize(static_cast<qsizetype>(n));
    m_remaining -= n;
    const bool lineStart = m_atLineStart;
    m_atLineStart = m_line.endsWith('\n');
    m_linePos = lineStart && isQuotedFromLine(m_line, *m_unquote) ? 1 : 0;
    return true;
}

qint64 ArchiveStream::readData(char *data, qint64 maxSize)
{
    if (!m_unquote) {
        const qint64 want = std::min(maxSize, m_remaining);
        if (want == 0) {
            return 0;
        }
        const qint64 n = m_file.read(data, want);
        if (n < 0) {
            setErrorString(m_file.errorString());
            return -1;
        }
        if (n == 0) {
            m_shortRead = true;
            m_remaining = 0;
        }
        m_remaining -= n;
        return n;
    }
    qint64 done = 0;
    while (done < maxSize) {
        if (m_linePos >= m_line.size() && (m_remaining == 0 || !refillLine())) {
            break;
        }
        const qint64 take = std::min<qint64>(maxSize - done, m_line.size() - m_linePos);
        std::copy_n(m_line.constData() + m_linePos, take, data + done);
        m_linePos += static_cast<qsizetype>(take);
        done += take;
    }
    return done;
}

qint64 ArchiveStream::writeData(const char *, qint64)
{
    return -1;
}

} // namespace mf::archive
