// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/LedgerRows.h"

namespace mf::store::rows {

// The column order every item SELECT uses; itemFromQuery() reads by these positions.
const QString kItemColumns =
    QStringLiteral("id, uidl, size, list_size, message_id, sha256, subject, sender, date_header, status, gmail_id, attempts, "
                   "last_error, last_error_code, last_error_detail, flags, note, first_seen, copied_at, deleted_at, updated_at, "
                   "removed_attachments, original_path");

QString itemColumns(int schemaVersion)
{
    if (schemaVersion >= 4)
        return kItemColumns;
    QString columns = kItemColumns;
    columns.replace(QLatin1String("removed_attachments, original_path"), QLatin1String("'', ''"));
    return columns;
}

const QString kEventColumns =
    QStringLiteral("id, time, source_account, item_id, uidl, message_id, subject, sender, date_header, size, outcome, reason, "
                   "error_code, detail, gmail_id, attempts");

QVariant textOf(const QByteArray &bytes)
{
    // Latin-1 round-trips every byte, so Message-IDs with 8-bit garbage compare exactly.
    return QString::fromLatin1(bytes);
}

QVariant uidlOf(const QByteArray &uidl)
{
    return uidl.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(uidl);
}

QDateTime timeOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    const qint64 ms = value.toLongLong();
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Item itemFromQuery(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    item.uidl = q.value(1).toByteArray();
    item.size = q.value(2).toLongLong();
    item.listSize = q.value(3).toLongLong();
    item.messageId = q.value(4).toString().toLatin1();
    item.sha256 = q.value(5).toString().toLatin1();
    item.subject = q.value(6).toString();
    item.from = q.value(7).toString();
    item.dateHeader = q.value(8).toString();
    item.status = ItemStatus(q.value(9).toInt());
    item.gmailId = q.value(10).toString();
    item.attempts = q.value(11).toInt();
    item.lastError = q.value(12).toString();
    item.lastErrorCode = q.value(13).toString();
    item.lastErrorDetail = q.value(14).toString();
    item.flags = ItemFlags(q.value(15).toInt());
    item.note = q.value(16).toString();
    item.firstSeen = timeOf(q.value(17));
    item.copiedAt = timeOf(q.value(18));
    item.deletedAt = timeOf(q.value(19));
    item.updatedAt = timeOf(q.value(20));
    item.removedAttachments = q.value(21).toString();
    item.originalPath = q.value(22).toString();
    return item;
}

Event eventFromQuery(const QSqlQuery &q)
{
    Event event;
    event.id = q.value(0).toLongLong();
    event.time = timeOf(q.value(1));
    event.sourceAccount = q.value(2).toString();
    event.itemId = q.value(3).toLongLong();
    event.uidl = q.value(4).toByteArray();
    event.messageId = q.value(5).toString().toLatin1();
    event.subject = q.value(6).toString();
    event.from = q.value(7).toString();
    event.dateHeader = q.value(8).toString();
    event.size = q.value(9).toLongLong();
    event.outcome = EventOutcome(q.value(10).toInt());
    event.reason = q.value(11).toString();
    event.errorCode = q.value(12).toString();
    event.detail = q.value(13).toString();
    event.gmailId = q.value(14).toString();
    event.attempts = q.value(15).toInt();
    return event;
}

QString itemWhere(ItemFilter filter)
{
    // The failure filters repeat the WHERE of the partial index items_failures (LedgerSchema),
    // so that SQLite pages through that small index.
    static_assert(int(ItemStatus::SkippedOversize) == 4 && int(ItemStatus::Failed) == 5, "items_failures");
    switch (filter) {
    case ItemFilter::All: return QStringLiteral("1");
    case ItemFilter::Failures: return QStringLiteral("status IN (4, 5)");
    case ItemFilter::FailedOnly: return QStringLiteral("status IN (4, 5) AND status = 5");
    }
    return QStringLiteral("1");
}

QString eventWhere(ItemFilter filter)
{
    // As itemWhere(), with the partial index events_failures.
    static_assert(int(EventOutcome::SkippedOversize) == 2 && int(EventOutcome::Failed) == 3, "events_failures");
    switch (filter) {
    case ItemFilter::All: return QStringLiteral("1");
    case ItemFilter::Failures: return QStringLiteral("outcome IN (2, 3)");
    case ItemFilter::FailedOnly: return QStringLiteral("outcome IN (2, 3) AND outcome = 3");
    }
    return QStringLiteral("1");
}

bool prepareAndExec(QSqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    return q.exec();
}

} // namespace mf::store::rows
