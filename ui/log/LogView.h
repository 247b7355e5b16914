// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/LedgerTypes.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mf::ui {

class LedgerTableModel;

/// The message table with what a person needs to act on it, shared by the progress page and the
/// log window: a "Show" choice (all, problems, possible duplicates), the table (Subject gets the
/// room), and a details pane for the selected message: the whole reason, how to find it (number,
/// size, server id), what to do next, and for a copied or doubled message its Gmail search.
class LogView : public QWidget {
    Q_OBJECT
public:
    enum class Show { All, Problems, PossibleDuplicates };

    explicit LogView(QWidget *parent = nullptr);

    [[nodiscard]] LedgerTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *showCombo() const { return m_show; }
    [[nodiscard]] QLabel *details() const { return m_details; }
    void setShow(Show show);
    [[nodiscard]] Show show() const;
    /// The rows an export should hold, following the choice (possible duplicates export all rows).
    [[nodiscard]] store::ItemFilter exportFilter() const;
    /// "Retry failed" and "Export CSV…", placed beside the choice; their owner connects them.
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }
    /// Re-reads the details of the selected row (after a refresh).
    void updateDetails();

signals:
    /// "Find it in Gmail" (the owner opens it in the browser).
    void openUrlRequested(const QUrl &url);

private:
    QComboBox *m_show = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_search = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
    LedgerTableModel *m_model = nullptr;
    QUrl m_searchUrl;
};

} // namespace mf::ui
