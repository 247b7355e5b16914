// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/MboxQuoting.h"

#include <QFile>
#include <QIODevice>

#include <optional>

namespace mf::archive {

/// A read-only stream over [offset, offset + length) of one archive file, optionally undoing an
/// mbox variant's "From " quoting on the way. Memory: one line chunk (at most 64 KiB) at a time.
class ArchiveStream : public QIODevice {
public:
    ArchiveStream(const QString &path, qint64 offset, qint64 length, std::optional<MboxVariant> unquote = std::nullopt);

    /// Opens the file read-only (any other mode is refused) and seeks to the range.
    bool open(OpenMode mode) override;
    void close() override;
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    /// True when the file ended before the range did (the archive shrank since the scan).
    [[nodiscard]] bool shortRead() const { return m_shortRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool refillLine();

    QFile m_file;
    qint64 m_offset;
    qint64 m_remaining;
    std::optional<MboxVariant> m_unquote;
    bool m_atLineStart = true;
    bool m_shortRead = false;
    QByteArray m_line;
    qsizetype m_linePos = 0;
};

} // namespace mf::archive
