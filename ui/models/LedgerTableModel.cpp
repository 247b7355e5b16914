#include "models/LedgerTableModel.h"

#include "common/Logging.h"
#include "store/Ledger.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QLocale>

namespace mf::ui {

LedgerTableModel::LedgerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

LedgerTableModel::~LedgerTableModel() = default;

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
        auto opened = store::Ledger::open(path);
        if (opened) {
            m_ledger = std::move(opened).value();
        } else {
            qCWarning(lcUi) << "cannot read the ledger:" << opened.error().toString();
        }
    }
    if (m_ledger) {
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
    m_pages.clear();
    m_lru.clear();
    m_count = 0;
    if (m_ledger) {
        auto n = m_ledger->itemCount(m_filter);
        m_count = n ? int(n.value()) : 0;
    }
    endResetModel();
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

QVariant LedgerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const store::Item *item = itemAt(index.row());
    if (!item)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StatusColumn: return store::statusLabel(item->status);
        case SubjectColumn: return item->subject.isEmpty() ? tr("(no subject)") : item->subject;
        case FromColumn: return item->from;
        case DateColumn: return item->dateHeader;
        case SizeColumn: return QLocale().formattedDataSize(item->size > 0 ? item->size : item->listSize);
        case DetailColumn:
            if (!item->lastError.isEmpty() && (item->status == store::ItemStatus::Failed
                                               || item->status == store::ItemStatus::SkippedOversize))
                return item->lastError;
            if (item->flags.testFlag(store::ItemFlag::PossibleDuplicate))
                return tr("Possible duplicate: an interrupted copy was repeated");
            if (item->flags.testFlag(store::ItemFlag::DateRescued))
                return tr("Date rebuilt from the Received: headers");
            return item->note;
        }
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
