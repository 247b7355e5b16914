// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LedgerReader.h"

#include "common/Logging.h"
#include "store/LedgerRows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mf::store {

using namespace rows;

LedgerReader::LedgerReader(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_itemColumns(kItemColumns)
{
}

LedgerReader::~LedgerReader()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status LedgerReader::openConnection(bool readOnly)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return storageError(tr("Mailferry could not open its records of this mailbox."),
                            QStringLiteral("the QSQLITE driver is not available"));
    m_db.setDatabaseName(m_path);
    // Another process (the CLI and the GUI on the same mailbox) waits for a short write instead
    // of failing at once; the run lock keeps two runs apart, this covers readers such as "status".
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return storageError(tr("Mailferry could not open its records of this mailbox."), m_db.lastError().text());
    return {};
}

Status LedgerReader::loadSourceAccount()
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'source_account'"), {}))
        return queryError(QStringLiteral("read source account"), q);
    if (q.next())
        m_sourceAccount = q.value(0).toString();
    return {};
}

Result<QDateTime> LedgerReader::lastActivity()
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT MAX(time) FROM events"), {}) || !q.next())
        return queryError(QStringLiteral("last activity"), q);
    return timeOf(q.value(0));
}

Error LedgerReader::storageError(const QString &what, const QString &detail) const
{
    return Error{Error::Scope::Internal, Error::Code::StorageFailed, what, detail, false, std::nullopt};
}

Error LedgerReader::queryError(const QString &what, const QSqlQuery &query) const
{
    const QString detail = QStringLiteral("%1: %2 (%3)").arg(what, query.lastError().text(), m_path);
    qCWarning(lcStore) << "ledger query failed:" << detail;
    return storageError(tr("Mailferry could not update its records of this mailbox. "
                           "Check that the disk is not full and that the folder can be written to."),
                        detail);
}

Result<std::optional<Item>> LedgerReader::selectOne(const QString &where, const QVariantList &bindings)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT %1 FROM items WHERE %2 ORDER BY id LIMIT 1").arg(m_itemColumns, where),
                        bindings))
        return queryError(QStringLiteral("read item"), q);
    if (!q.next())
        return std::optional<Item>();
    return std::optional<Item>(itemFromQuery(q));
}

Result<QList<Item>> LedgerReader::selectItems(const QString &where, const QVariantList &bindings, const QString &tail)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT %1 FROM items WHERE %2 %3").arg(m_itemColumns, where, tail), bindings))
        return queryError(QStringLiteral("read items"), q);
    QList<Item> out;
    while (q.next())
        out.append(itemFromQuery(q));
    return out;
}

Status LedgerReader::forEachRow(const QString &sql, const QVariantList &bindings, const std::function<bool(QSqlQuery &)> &fn)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, sql, bindings))
        return queryError(QStringLiteral("read rows"), q);
    while (q.next()) {
        if (!fn(q))
            break;
    }
    return {};
}

Result<std::optional<Item>> LedgerReader::findByIdentity(const QByteArray &messageId, qint64 size, const QByteArray &sha256)
{
    if (sha256.isEmpty())
        return std::optional<Item>(); // nothing fetched, nothing to compare
    return selectOne(QStringLiteral(
                         "sha256 = COALESCE(?, '') AND size = ? AND message_id = COALESCE(?, '') AND status IN (%1, %2, %3)")
                         .arg(int(ItemStatus::Copied))
                         .arg(int(ItemStatus::SkippedDuplicate))
                         .arg(int(ItemStatus::Deleted)),
                     {textOf(sha256), size, textOf(messageId)});
}

Result<std::optional<Item>> LedgerReader::findByUidl(const QByteArray &uidl)
{
    if (uidl.isEmpty())
        return std::optional<Item>();
    return selectOne(QStringLiteral("uidl = ?"), {uidl});
}

Result<std::optional<Item>> LedgerReader::item(qint64 id)
{
    return selectOne(QStringLiteral("id = ?"), {id});
}

Result<QString> LedgerReader::metaValue(const QString &key)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}))
        return queryError(QStringLiteral("read meta"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<Summary> LedgerReader::summary()
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q,
                        QStringLiteral("SELECT status, COUNT(*), TOTAL(size), TOTAL((flags & ?) != 0), TOTAL((flags & ?) != 0)"
                                       " FROM items GROUP BY status"),
                        {int(ItemFlag::PossibleDuplicate), int(ItemFlag::DateRescued)}))
        return queryError(QStringLiteral("summary"), q);
    Summary summary;
    while (q.next()) {
        const auto status = ItemStatus(q.value(0).toInt());
        const qint64 count = q.value(1).toLongLong();
        switch (status) {
        case ItemStatus::Pending: summary.pending = count; break;
        case ItemStatus::Uploading: summary.uploading = count; break;
        case ItemStatus::Copied: summary.copied = count; break;
        case ItemStatus::SkippedDuplicate: summary.skippedDuplicate = count; break;
        case ItemStatus::SkippedOversize: summary.skippedOversize = count; break;
        case ItemStatus::Failed: summary.failed = count; break;
        case ItemStatus::Deleted: summary.deleted = count; break;
        }
        if (status == ItemStatus::Copied || status == ItemStatus::Deleted)
            summary.bytesCopied += qint64(q.value(2).toDouble());
        summary.possibleDuplicates += qint64(q.value(3).toDouble());
        summary.datesRescued += qint64(q.value(4).toDouble());
    }
    return summary;
}

Result<QList<Item>> LedgerReader::items(ItemFilter filter, qint64 offset, int limit)
{
    return selectItems(itemWhere(filter), {qint64(limit), offset}, QStringLiteral("ORDER BY id LIMIT ? OFFSET ?"));
}

Result<qint64> LedgerReader::itemCount(ItemFilter filter)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT COUNT(*) FROM items WHERE %1").arg(itemWhere(filter)), {}) || !q.next())
        return queryError(QStringLiteral("count items"), q);
    return q.value(0).toLongLong();
}

Result<QList<Event>> LedgerReader::events(ItemFilter filter, qint64 offset, int limit)
{
    QList<Event> out;
    Status s = forEachRow(
        QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY id LIMIT ? OFFSET ?").arg(kEventColumns, eventWhere(filter)),
        {qint64(limit), offset}, [&](QSqlQuery &q) {
            out.append(eventFromQuery(q));
            return true;
        });
    if (!s)
        return s.error();
    return out;
}

Result<qint64> LedgerReader::eventCount(ItemFilter filter)
{
    QSqlQuery q(m_db);
    if (!prepareAndExec(q, QStringLiteral("SELECT COUNT(*) FROM events WHERE %1").arg(eventWhere(filter)), {}) || !q.next())
        return queryError(QStringLiteral("count log rows"), q);
    return q.value(0).toLongLong();
}

Status LedgerReader::forEachItem(ItemFilter filter, const std::function<bool(const Item &)> &fn)
{
    return forEachRow(QStringLiteral("SELECT %1 FROM items WHERE %2 ORDER BY id").arg(m_itemColumns, itemWhere(filter)), {},
                      [&](QSqlQuery &q) { return fn(itemFromQuery(q)); });
}

Status LedgerReader::forEachEvent(ItemFilter filter, const std::function<bool(const Event &)> &fn)
{
    return forEachRow(QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY id").arg(kEventColumns, eventWhere(filter)), {},
                      [&](QSqlQuery &q) { return fn(eventFromQuery(q)); });
}

} // namespace mf::store
