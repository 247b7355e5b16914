// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/LedgerTableModel.h"

#include "common/Logging.h"
#include "common/SizeText.h"
#include "store/ReadOnlyLedger.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>
#include <QTimeZone>

namespace mf::ui {

LedgerTableModel::LedgerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LedgerTableModel::~LedgerTableModel() = default;

store::LedgerReader *LedgerTableModel::ledger() const
{
    return m_ledger.get();
}

bool LedgerTableModel::openLedger(const QString &path)
{
    if (m_ledger && m_path == path)
        return true;
    beginResetModel();
    m_ledger.reset();
    m_pages.clear();
    m_lru.clear();
    m_count = 0;
    m_path = path;
    if (QFileInfo::exists(path)) {
        auto opened = store::ReadOnlyLedger::open(path);
        if (opened) {
            m_ledger = std::move(opened).value();
        } else {
            qCWarning(lcUi) << "cannot read the ledger:" << opened.error().toString();
        }
    }
    if (m_duplicatesOnly) {
        loadDuplicates();
    } else if (m_ledger) {
        auto n = m_ledger->itemCount(m_filter);
        m_count = n ? int(n.value()) : 0;
    }
    endResetModel();
    return m_ledger != nullptr;
}

void LedgerTableModel::closeLedger()
{
    beginResetModel();
    m_ledger.reset();
    m_pages.clear();
    m_lru.clear();
    m_duplicates.clear();
    m_count = 0;
    m_path.clear();
    endResetModel();
}

void LedgerTableModel::setFilter(store::ItemFilter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
}

void LedgerTableModel::setPossibleDuplicatesOnly(bool on)
{
    if (on == m_duplicatesOnly)
        return;
    beginResetModel();
    m_duplicatesOnly = on;
    m_duplicates.clear();
    recount();
    endResetModel();
}

void LedgerTableModel::recount()
{
    // Inside a model reset: the cached pages belong to the old selection.
    m_pages.clear();
    m_lru.clear();
    m_count = 0;
    if (m_duplicatesOnly) {
        loadDuplicates();
    } else if (m_ledger) {
        auto n = m_ledger->itemCount(m_filter);
        m_count = n ? int(n.value()) : 0;
    }
}

void LedgerTableModel::loadDuplicates()
{
    m_duplicates.clear();
    if (m_ledger) {
        const Status read = m_ledger->forEachItem(store::ItemFilter::All, [this](const store::Item &item) {
            if (item.flags.testFlag(store::ItemFlag::PossibleDuplicate))
                m_duplicates << item;
            return true;
        });
        if (!read)
            qCWarning(lcUi) << "cannot read the ledger:" << read.error().toString();
    }
    m_count = int(m_duplicates.size());
}

std::optional<store::Item> LedgerTableModel::itemAtRow(int row) const
{
    if (const store::Item *item = itemAt(row))
        return *item;
    return std::nullopt;
}

void LedgerTableModel::refresh()
{
    if (!m_ledger && !m_path.isEmpty()) {
        const QString path = m_path;
        m_path.clear();
        openLedger(path); // the engine created it since
        return;
    }
    if (!m_ledger)
        return;
    if (m_duplicatesOnly) {
        beginResetModel();
        loadDuplicates();
        endResetModel();
        return;
    }
    auto n = m_ledger->itemCount(m_filter);
    if (!n)
        return;
    const int count = int(n.value());
    m_pages.clear();
    m_lru.clear();
    if (count < m_count) {
        // Rows left the filter (e.g. failed items re-queued): positions moved, start over.
        beginResetModel();
        m_count = count;
        endResetModel();
        return;
    }
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        endInsertRows();
    }
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const store::Item *LedgerTableModel::itemAt(int row) const
{
    if (!m_ledger || row < 0 || row >= m_count)
        return nullptr;
    if (m_duplicatesOnly)
        return row < m_duplicates.size() ? &m_duplicates.at(row) : nullptr;
    const qint64 page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = m_ledger->items(m_filter, page * kPageSize, kPageSize);
        if (!rows)
            return nullptr;
        ++m_pagesFetched;
        it = m_pages.insert(page, rows.value());
        m_lru.push_back(page);
        while (int(m_lru.size()) > kMaxCachedPages) {
            m_pages.remove(m_lru.front());
            m_lru.pop_front();
        }
    }
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

QString LedgerTableModel::identify(const store::Item &item, bool fromArchive)
{
    const qint64 size = item.size > 0 ? item.size : item.listSize;
    QString text = tr("Message %1, %2").arg(item.id).arg(sizeText(size));
    if (!item.uidl.isEmpty())
        text += QLatin1String(", ")
            + (fromArchive ? tr("place in the archive %1").arg(QString::fromUtf8(item.uidl))
                           : tr("server id %1").arg(QString::fromLatin1(item.uidl)));
    return text;
}

QString LedgerTableModel::dateText(const QString &dateHeader)
{
    QString text = dateHeader.trimmed();
    // "Tue, 1 Dec 2026 10:00:00 +0100 (CET)": Qt reads RFC 2822 without the comment.
    const qsizetype comment = text.indexOf(QLatin1Char('('));
    if (comment > 0)
        text = text.left(comment).trimmed();
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return dateHeader;
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString LedgerTableModel::nextStep(const store::Item &item, bool fromArchive)
{
    if (fromArchive && item.status == store::ItemStatus::Failed)
        return tr("It is still in the archive on this computer; Mailferry never changes it. Press \"Retry failed\" to "
                  "try again; if it keeps failing, open the archive in the mail program that made it.");
    if (fromArchive && item.status == store::ItemStatus::SkippedOversize)
        return tr("It is too large for Gmail and was not copied; it is still in the archive on this computer.");
    switch (item.status) {
    case store::ItemStatus::Failed:
        return tr("It is still on your old server. Press \"Retry failed\" to try again; if it keeps failing, open "
                  "your old provider's webmail and download it from there.");
    case store::ItemStatus::SkippedOversize:
        return tr("It is too large for Gmail and stays on your old server. Open your old provider's webmail to "
                  "download it or its attachments.");
    default: break;
    }
    if (item.flags.testFlag(store::ItemFlag::PossibleDuplicate))
        return tr("Gmail may hold this message twice. Open the Gmail search to see it, and delete one copy if "
                  "there are two.");
    return {};
}

QUrl LedgerTableModel::gmailSearchUrl(const QByteArray &messageId)
{
    QByteArray id = messageId.trimmed();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty())
        return {};
    // Gmail's own search operator for a Message-ID; the fragment is read by Gmail's web page.
    return QUrl(QStringLiteral("https://mail.google.com/mail/u/0/#search/rfc822msgid%3A")
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(id))));
}

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const store::Item *item = itemAt(index.row());
    if (!item)
        return {};
    const qint64 size = item->size > 0 ? item->size : item->listSize;
    const bool leftBehind = item->status == store::ItemStatus::Failed || item->status == store::ItemStatus::SkippedOversize;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StatusColumn: return store::statusLabel(item->status);
        case SubjectColumn:
            return item->subject.isEmpty() ? tr("(no subject)") + QStringLiteral(" · ") + identify(*item) : item->subject;
        case FromColumn: return item->from;
        case DateColumn: return dateText(item->dateHeader);
        case SizeColumn: return sizeText(size);
        case DetailColumn:
            if (!item->lastError.isEmpty() && leftBehind)
                return item->lastError;
            if (item->flags.testFlag(store::ItemFlag::PossibleDuplicate))
                return tr("Possible duplicate: an interrupted copy was repeated");
            if (item->flags.testFlag(store::ItemFlag::DateRescued))
                return tr("Date rebuilt from the Received: headers");
            return item->note;
        }
    }
    if (role == Qt::ToolTipRole) {
        // The whole story of a row, whichever cell the pointer is on: a reason cut off by the
        // column is never lost.
        QStringList lines;
        lines << (item->subject.isEmpty() ? tr("(no subject)") : item->subject);
        lines << identify(*item);
        if (!item->dateHeader.isEmpty())
            lines << dateText(item->dateHeader);
        lines << store::statusLabel(item->status);
        if (!item->lastError.isEmpty() && leftBehind)
            lines << item->lastError;
        const QString step = nextStep(*item);
        if (!step.isEmpty())
            lines << step;
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (item->status) {
        case store::ItemStatus::Failed: return QBrush(QColor(0xb3, 0x26, 0x1e));
        case store::ItemStatus::SkippedOversize: return QBrush(QColor(0x8a, 0x53, 0x00));
        case store::ItemStatus::Copied:
        case store::ItemStatus::Deleted: return QBrush(QColor(0x1b, 0x6e, 0x3a));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case SubjectColumn: return tr("Subject");
    case FromColumn: return tr("From");
    case DateColumn: return tr("Date");
    case SizeColumn: return tr("Size");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace mf::ui
