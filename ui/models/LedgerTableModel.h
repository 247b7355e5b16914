#pragma once

#include "store/LedgerTypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <list>
#include <memory>

namespace mf::store {
class Ledger;
}

namespace mf::ui {

/// The table of messages on the progress page and in "View log": a read-only view of one
/// mailbox's ledger, fetched in pages of kPageSize rows as the view scrolls, so 100,000 rows cost
/// what the visible ones cost. The UI opens its own read connection (SQLite WAL lets it read
/// while the engine writes in its thread); every query is one short indexed page.
class LedgerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, SubjectColumn, FromColumn, DateColumn, SizeColumn, DetailColumn, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;

    explicit LedgerTableModel(QObject *parent = nullptr);
    ~LedgerTableModel() override;

    /// Reads the ledger at `path` (nothing shown until it exists). Returns false if it cannot be opened.
    bool openLedger(const QString &path);
    [[nodiscard]] store::Ledger *ledger() const { return m_ledger.get(); }
    void setFilter(store::ItemFilter filter);
    [[nodiscard]] store::ItemFilter filter() const { return m_filter; }

    /// Re-reads the row count and drops cached pages; rows added at the end are inserted (the view
    /// keeps its scroll position and selection), rows that changed are repainted.
    void refresh();
    /// Releases the database (before "Remove all my data" deletes the file).
    void closeLedger();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// How many pages were read from the database so far (the benchmark and tests watch it).
    [[nodiscard]] int pagesFetched() const { return m_pagesFetched; }

private:
    const store::Item *itemAt(int row) const;

    std::unique_ptr<store::Ledger> m_ledger;
    QString m_path;
    store::ItemFilter m_filter = store::ItemFilter::All;
    int m_count = 0;
    mutable QHash<qint64, QList<store::Item>> m_pages;
    mutable std::list<qint64> m_lru;
    mutable int m_pagesFetched = 0;
};

} // namespace mf::ui
