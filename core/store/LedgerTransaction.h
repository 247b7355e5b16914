// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace mf::store {

class LedgerReader;

/// One write transaction on a ledger connection (BEGIN IMMEDIATE ... COMMIT). Whatever path
/// leaves the scope without commit() rolls back, so no early return can leave a transaction open
/// or half-applied:
///
///     LedgerTransaction tx(*this);
///     if (Status s = tx.begin(); !s) return s.error();
///     ... each step: if it fails, return its error (the destructor rolls back) ...
///     return tx.commit();
class LedgerTransaction {
public:
    explicit LedgerTransaction(LedgerReader &ledger);
    ~LedgerTransaction();
    LedgerTransaction(const LedgerTransaction &) = delete;
    LedgerTransaction &operator=(const LedgerTransaction &) = delete;

    /// IMMEDIATE takes the write lock up front, so a transaction never fails half-way because
    /// another connection wrote in between.
    [[nodiscard]] Status begin();
    /// Durable when it returns (synchronous=FULL); on failure everything is rolled back.
    [[nodiscard]] Status commit();

private:
    void rollback();
    LedgerReader &m_ledger;
    bool m_open = false;
};

} // namespace mf::store
