// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "store/LedgerTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

class QIODevice;

namespace mf::store {

class LedgerReader;

/// What CsvExporter writes (outside the class so that it can be a default argument).
struct CsvExportOptions {
    enum class Content {
        Events, ///< the item log: one row per message and attempt
        Items,  ///< the ledger: one row per message, its current status
    };
    Content content = Content::Events;
    /// Failures: failed and oversize rows only (what was left behind); FailedOnly: failed only.
    ItemFilter filter = ItemFilter::All;
    /// Between cells. A spreadsheet whose decimal separator is a comma (German, French...) expects
    /// ';' and would put a whole ','-separated row in one cell.
    char separator = ',';
    /// The Size column in decimal megabytes ("Size (MB)", 1 MB = 1,000,000 bytes, three decimals
    /// written with `decimalPoint`), as people see it everywhere else; otherwise in bytes (scripts).
    bool sizeInMegabytes = false;
    QChar decimalPoint = QLatin1Char('.');

    /// What the user's spreadsheet expects in `locale`: ';' where the decimal separator is a
    /// comma, the locale's decimal point, sizes in MB.
    [[nodiscard]] static CsvExportOptions forLocale(const QLocale &locale);
};

/// Writes the item log (or the items) as CSV for Excel and scripts: RFC 4180 (every cell quoted,
/// quotes doubled, CRLF rows), UTF-8 with a BOM so that Excel shows accents right.
///
/// Consultants open the file in Excel, and a subject is attacker-controlled text: any cell that
/// begins with = + - @ (or a tab or CR, after optional spaces) gets a leading apostrophe so that it
/// can never run as a formula (OWASP "CSV injection"). Nothing in the ledger is a secret, so
/// nothing secret can reach the file.
class CsvExporter {
    Q_DECLARE_TR_FUNCTIONS(mf::store::CsvExporter)
public:
    using Options = CsvExportOptions;
    using Content = CsvExportOptions::Content;

    /// Streams the rows to `device` (already open for writing). Returns the number of data rows.
    [[nodiscard]] static Result<qint64> exportTo(LedgerReader &ledger, QIODevice *device, const Options &options = {});
    /// Writes `path` atomically (QSaveFile): a cancelled or failed export never leaves half a file.
    [[nodiscard]] static Result<qint64> exportTo(LedgerReader &ledger, const QString &path, const Options &options = {});

    /// The header row of each content, translated (the Size header says its unit when in MB).
    [[nodiscard]] static QStringList eventColumns(bool sizeInMegabytes = false);
    [[nodiscard]] static QStringList itemColumns(bool sizeInMegabytes = false);

    /// One cell, neutralised and quoted (exposed for tests).
    [[nodiscard]] static QByteArray cell(const QString &text);
    /// One row: cells joined by `separator`, ending in CRLF.
    [[nodiscard]] static QByteArray row(const QStringList &cells, char separator = ',');
};

} // namespace mf::store
