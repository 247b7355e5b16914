// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/LedgerTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QUrl>

#include <list>
#include <memory>
#include <optional>

namespace mf::store {
class LedgerReader;
class ReadOnlyLedger;
} // namespace mf::store

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
    /// The mail comes from an archive on this computer, not a server: the words say so.
    void setFromArchive(bool fromArchive) { m_fromArchive = fromArchive; }
    [[nodiscard]] bool fromArchive() const { return m_fromArchive; }
    [[nodiscard]] store::LedgerReader *ledger() const;
    void setFilter(store::ItemFilter filter);
    [[nodiscard]] store::ItemFilter filter() const { return m_filter; }
    /// Shows only the messages flagged "possible duplicate" (a handful: they are read in one pass
    /// and kept), whatever setFilter() says; off shows the filter's rows again.
    void setPossibleDuplicatesOnly(bool on);
    [[nodiscard]] bool possibleDuplicatesOnly() const { return m_duplicatesOnly; }
    /// The ledger row behind a table row (for the details pane), or nothing.
    [[nodiscard]] std::optional<store::Item> itemAtRow(int row) const;

    /// How a message is named when it has no subject: number, size and server id (for an
    /// archive: its place in it), so that a failed one can be found on the server or in webmail.
    [[nodiscard]] static QString identify(const store::Item &item, bool fromArchive = false);
    /// The Date header in the user's locale ("03/02/2014 14:05"); the raw text if it cannot be read.
    [[nodiscard]] static QString dateText(const QString &dateHeader);
    /// What the user can do about a message left behind, in plain words (empty when nothing).
    [[nodiscard]] static QString nextStep(const store::Item &item, bool fromArchive = false);
    /// Gmail's search for this message by its Message-ID (empty when it has none).
    [[nodiscard]] static QUrl gmailSearchUrl(const QByteArray &messageId);

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
    void loadDuplicates();
    void recount(); ///< the rows of the current selection, inside a model reset

    std::unique_ptr<store::ReadOnlyLedger> m_ledger; ///< views never write: SQLite refuses it
    QString m_path;
    store::ItemFilter m_filter = store::ItemFilter::All;
    int m_count = 0;
    bool m_fromArchive = false;
    bool m_duplicatesOnly = false;
    QList<store::Item> m_duplicates;
    mutable QHash<qint64, QList<store::Item>> m_pages;
    mutable std::list<qint64> m_lru;
    mutable int m_pagesFetched = 0;
};

} // namespace mf::ui
