// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/LedgerTypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// How ledger rows map to SQL: column lists, row decoding, filters. Shared by the writing ledger
// and the read-only one; not part of the store's public API.
namespace mf::store::rows {

extern const QString kItemColumns; ///< the order itemFromQuery() reads
/// kItemColumns for a file of `schemaVersion`: columns a step added later read as ''.
[[nodiscard]] QString itemColumns(int schemaVersion);
extern const QString kEventColumns; ///< the order eventFromQuery() reads

[[nodiscard]] QVariant textOf(const QByteArray &bytes);
[[nodiscard]] QVariant uidlOf(const QByteArray &uidl);
[[nodiscard]] QDateTime timeOf(const QVariant &value);
[[nodiscard]] Item itemFromQuery(const QSqlQuery &q);
[[nodiscard]] Event eventFromQuery(const QSqlQuery &q);
[[nodiscard]] QString itemWhere(ItemFilter filter);
[[nodiscard]] QString eventWhere(ItemFilter filter);
/// Prepares `sql` forward-only, binds `bindings` in order and runs it.
bool prepareAndExec(QSqlQuery &q, const QString &sql, const QVariantList &bindings);

} // namespace mf::store::rows
