// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LedgerTransaction.h"

#include "store/LedgerReader.h"
#include "store/LedgerRows.h"

#include <QSqlQuery>

namespace mf::store {

LedgerTransaction::LedgerTransaction(LedgerReader &ledger)
    : m_ledger(ledger)
{
}

LedgerTransaction::~LedgerTransaction()
{
    if (m_open)
        rollback();
}

Status LedgerTransaction::begin()
{
    QSqlQuery q(m_ledger.m_db);
    if (!rows::prepareAndExec(q, QStringLiteral("BEGIN IMMEDIATE"), {}))
        return m_ledger.queryError(QStringLiteral("begin transaction"), q);
    m_open = true;
    return {};
}

Status LedgerTransaction::commit()
{
    QSqlQuery q(m_ledger.m_db);
    if (!rows::prepareAndExec(q, QStringLiteral("COMMIT"), {})) {
        Error error = m_ledger.queryError(QStringLiteral("commit"), q);
        q.finish();
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void LedgerTransaction::rollback()
{
    m_open = false;
    QSqlQuery q(m_ledger.m_db);
    rows::prepareAndExec(q, QStringLiteral("ROLLBACK"), {});
}

} // namespace mf::store
