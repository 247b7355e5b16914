// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The ledger's schema as a versioned list of steps (PRAGMA user_version says how many a file has
// taken). A new file takes them all at once; an older file takes the missing ones, in order, in
// one transaction, when the writing ledger opens it. A file from a newer Mailferry is refused.
namespace mf::store::schema {

/// One step: the statements that bring a ledger from version - 1 to `version`.
struct Step {
    int version;
    const char *what; ///< for the log and error details
    QList<const char *> statements;
};

/// Every step, oldest first; the last one's version is kCurrentVersion.
[[nodiscard]] const QList<Step> &steps();
inline constexpr int kCurrentVersion = 4;
/// Page size of new ledgers (existing files keep theirs: changing it means rewriting the file).
inline constexpr int kPageSize = 1024;

/// Runs the steps after `fromVersion` up to `toVersion` on `db`, then sets user_version. The caller
/// holds the transaction. On failure returns the failing statement and SQLite's message.
[[nodiscard]] Status applySteps(QSqlDatabase &db, int fromVersion, int toVersion = kCurrentVersion);

/// Reads PRAGMA user_version; -1 when it cannot be read.
[[nodiscard]] int version(QSqlDatabase &db);

/// Creates a ledger file whole at `path` (written beside it and renamed into place), with the
/// schema up to `toVersion` (tests create older files this way).
[[nodiscard]] Status createFresh(const QString &path, int toVersion = kCurrentVersion);

} // namespace mf::store::schema
