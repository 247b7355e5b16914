// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReadOnlyLedger.h"

#include "store/LedgerRows.h"
#include "store/LedgerSchema.h"

#include <QFileInfo>

#include <atomic>

namespace mf::store {

ReadOnlyLedger::ReadOnlyLedger(QString path, QString connectionName)
    : LedgerReader(std::move(path), std::move(connectionName))
{
}

ReadOnlyLedger::~ReadOnlyLedger() = default;

Result<std::unique_ptr<ReadOnlyLedger>> ReadOnlyLedger::open(const QString &path)
{
    static std::atomic<quint64> s_counter{0};
    const QString connectionName = QStringLiteral("mailferry-ledger-ro-%1").arg(++s_counter);
    std::unique_ptr<ReadOnlyLedger> ledger(new ReadOnlyLedger(path, connectionName));

    const QFileInfo info(path);
    if (!info.exists())
        return ledger->storageError(tr("Mailferry has no records of this mailbox yet."), path);
    if (info.size() == 0 || !info.isFile())
        return ledger->storageError(tr("The file with Mailferry's records of this mailbox is empty or damaged."), path);
    if (Status s = ledger->openConnection(true); !s)
        return s.error();
    ledger->m_schemaVersion = schema::version(ledger->m_db);
    if (ledger->m_schemaVersion <= 0)
        return ledger->storageError(tr("The file for this mailbox's records is not a Mailferry ledger."), path);
    if (ledger->m_schemaVersion > schema::kCurrentVersion)
        return ledger->storageError(
            tr("These records were written by a newer version of Mailferry. "
               "Update Mailferry to read them."),
            QStringLiteral("ledger schema %1, this build knows %2").arg(ledger->m_schemaVersion).arg(schema::kCurrentVersion));
    ledger->m_itemColumns = rows::itemColumns(ledger->m_schemaVersion);
    if (Status s = ledger->loadSourceAccount(); !s)
        return s.error();
    return ledger;
}

} // namespace mf::store
