// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/LedgerTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace mf::store {

/// Everything one can read from a ledger: what the UI's tables, the CLI's status and the CSV
/// export need. Both the writing Ledger (the engine's) and the ReadOnlyLedger (everyone else's)
/// offer it; code that only looks takes a LedgerReader& and cannot write.
///
/// Not thread-safe: it belongs to the thread that opened it. One connection per object.
class LedgerReader {
    Q_DECLARE_TR_FUNCTIONS(mf::store::LedgerReader)
public:
    virtual ~LedgerReader();
    LedgerReader(const LedgerReader &) = delete;
    LedgerReader &operator=(const LedgerReader &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    /// The POP3 account written into every row of the item log (e.g. "maria@isp.example").
    [[nodiscard]] QString sourceAccount() const { return m_sourceAccount; }

    [[nodiscard]] Result<Summary> summary();
    /// A page of items in ledger order (oldest first), for the UI's table model.
    [[nodiscard]] Result<QList<Item>> items(ItemFilter filter, qint64 offset, int limit);
    [[nodiscard]] Result<qint64> itemCount(ItemFilter filter);
    /// A page of the item log in the order it was written.
    [[nodiscard]] Result<QList<Event>> events(ItemFilter filter, qint64 offset, int limit);
    [[nodiscard]] Result<qint64> eventCount(ItemFilter filter);
    /// When the item log last changed (the last outcome recorded); invalid when it is empty.
    [[nodiscard]] Result<QDateTime> lastActivity();

    /// Streams every item / event to `fn` without loading them all (the CSV of 100,000 rows);
    /// `fn` returns false to stop early.
    [[nodiscard]] Status forEachItem(ItemFilter filter, const std::function<bool(const Item &)> &fn);
    [[nodiscard]] Status forEachEvent(ItemFilter filter, const std::function<bool(const Event &)> &fn);

    [[nodiscard]] Result<std::optional<Item>> findByUidl(const QByteArray &uidl);
    [[nodiscard]] Result<std::optional<Item>> item(qint64 id);
    /// The second identity: an item already in Gmail (Copied, SkippedDuplicate or Deleted) with
    /// the same Message-ID, size and SHA-256. Catches servers whose UIDLs changed, and servers
    /// without UIDL. Uses an index; cheap enough to call for every fetched message.
    [[nodiscard]] Result<std::optional<Item>> findByIdentity(const QByteArray &messageId, qint64 size, const QByteArray &sha256);

    /// Small values kept with the ledger (e.g. which failures the last report mail listed).
    [[nodiscard]] Result<QString> metaValue(const QString &key);

protected:
    LedgerReader(QString path, QString connectionName);

    /// Opens the connection (read-only or not) with the options both kinds share.
    [[nodiscard]] Status openConnection(bool readOnly);
    [[nodiscard]] Status loadSourceAccount();
    [[nodiscard]] Error storageError(const QString &what, const QString &detail) const;
    [[nodiscard]] Error queryError(const QString &what, const QSqlQuery &query) const;

    Result<std::optional<Item>> selectOne(const QString &where, const QVariantList &bindings);
    Result<QList<Item>> selectItems(const QString &where, const QVariantList &bindings, const QString &tail);
    Status forEachRow(const QString &sql, const QVariantList &bindings, const std::function<bool(QSqlQuery &)> &fn);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_sourceAccount;
    /// The item columns this file has (an older file, read as it is, lacks later ones).
    QString m_itemColumns;

    friend class LedgerTransaction;
};

} // namespace mf::store
