// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mf::test {

/// Builds deterministic RFC 5322 messages for tests and benchmarks.
/// Messages use LF line endings (as stored in a Maildir); a POP3 server sends them with CRLF,
/// so compare what Gmail received against toCrlf(message).
class MailFactory {
public:
    struct Options {
        int index = 0;         ///< makes Message-ID, subject and body unique
        int targetSize = 4096; ///< approximate size in bytes (LF form), at least the headers
        quint32 seed = 1;
        QDateTime date = QDateTime(QDate(2014, 3, 15), QTime(10, 30), Qt::UTC);
        QString subject; ///< default: "Test message <index>"
        QString from = QStringLiteral("Alice Example <alice@example.org>");
        QString to = QStringLiteral("maria@example.net");
        bool dotLines = true; ///< include body lines that start with "." (POP3 byte-stuffing)
        bool withDate = true;
        bool withMessageId = true;
    };

    [[nodiscard]] static QByteArray message(const Options &options);
    [[nodiscard]] static QByteArray message(int index, int targetSize = 4096);

    /// Sizes for a "mixed" mailbox: from 2 KB to 1 MB, mostly small, mean about 78 KB, so that
    /// 2,000 messages make about 156 MB (the mailbox bench/migrate measures).
    [[nodiscard]] static QList<int> mixedSizes(int count, quint32 seed = 42);

    [[nodiscard]] static QByteArray toCrlf(const QByteArray &lf);
    [[nodiscard]] static QByteArray messageIdOf(int index);
};

} // namespace mf::test
