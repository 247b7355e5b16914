// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mf::accounts {

/// One mailbox of a bulk file: the account it describes and the line it started on.
struct BulkRow {
    int line = 0; ///< 1-based line of the file where the row starts
    AccountConfig account;
};

/// What is wrong with a bulk file, one entry per problem: the line, the column (its header name,
/// empty for the file as a whole) and what was wrong, in plain words. Never a password.
struct BulkProblem {
    int line = 0;
    QString column;
    QString problem;
    [[nodiscard]] QString text() const;
};

/// The bounds of a bulk file: a consultant's office is tens of mailboxes, not millions.
struct BulkCsvLimits {
    qint64 maxBytes = 1024 * 1024;
    int maxRows = 1000;
    int maxFieldChars = 1024;
};

/// The parsed file: every row when `problems` is empty; otherwise nothing may run.
struct BulkFile {
    QList<BulkRow> rows;
    QList<BulkProblem> problems;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

/// The CSV of `mailferry bulk`: one row per mailbox, a header row naming the columns, which are
/// the names of the `migrate` options (email, host, port, security, user, gmail, label, delete,
/// delete-after, archive, read, import, size-limit-mb, batch-size, trust-fingerprint).
///
/// RFC 4180 quoting ("a ""quoted"" field", separators and line breaks inside quotes), UTF-8 with
/// or without a byte order mark, comma or semicolon as separator (decided by the header row, since
/// Excel writes ';' where the decimal mark is a comma), CRLF or LF. Blank rows are ignored. Every
/// value is checked as strictly as the command line checks it; a `password` column is refused
/// (passwords never go into this file). Pure: reads bytes, touches nothing.
class BulkCsv {
    Q_DECLARE_TR_FUNCTIONS(mf::accounts::BulkCsv)
public:
    /// Every column a bulk file may have; email, host and gmail are required.
    [[nodiscard]] static QStringList knownColumns();

    /// Parses the whole file. At most 50 problems are reported; rows are returned only when
    /// there is none.
    [[nodiscard]] static BulkFile parse(const QByteArray &bytes, const BulkCsvLimits &limits = {});
    /// Reads `path` (a regular file, bounded by limits.maxBytes) and parses it.
    [[nodiscard]] static BulkFile readFile(const QString &path, const BulkCsvLimits &limits = {});
};

} // namespace mf::accounts
