// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "log/LogView.h"

#include "models/LedgerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mf::ui {

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logView"));
    m_model = new LedgerTableModel(this);

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("showCombo"));
    m_show->addItem(tr("All messages"), int(Show::All));
    m_show->addItem(tr("Problems only"), int(Show::Problems));
    m_show->addItem(tr("Possible duplicates"), int(Show::PossibleDuplicates));
    m_show->setAccessibleName(tr("Which messages to show"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);

    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setEnabled(false);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setAccessibleName(tr("Messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The subject is what a person recognises a message by: it gets the room.
    header->setSectionResizeMode(LedgerTableModel::SubjectColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(LedgerTableModel::StatusColumn, 120);
    m_table->setColumnWidth(LedgerTableModel::FromColumn, 150);
    m_table->setColumnWidth(LedgerTableModel::DateColumn, 120);
    m_table->setColumnWidth(LedgerTableModel::SizeColumn, 80);
    m_table->setColumnHidden(LedgerTableModel::DetailColumn, true); // the details pane shows it whole

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("itemDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("About the selected message"));
    m_details->setText(tr("Select a message to see what happened to it."));
    m_search = new QPushButton(tr("Find it in &Gmail"), this);
    m_search->setObjectName(QStringLiteral("gmailSearchButton"));
    m_search->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addStretch(1);
    bar->addWidget(m_retry);
    bar->addWidget(m_export);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_details, 1);
    detailsRow->addWidget(m_search, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(detailsRow);

    connect(m_show, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const Show s = show();
        m_model->setPossibleDuplicatesOnly(s == Show::PossibleDuplicates);
        m_model->setFilter(s == Show::Problems ? store::ItemFilter::Failures : store::ItemFilter::All);
        updateDetails();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogView::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogView::updateDetails);
    connect(m_search, &QPushButton::clicked, this, [this] {
        if (m_searchUrl.isValid())
            emit openUrlRequested(m_searchUrl);
    });
}

void LogView::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

LogView::Show LogView::show() const
{
    return Show(m_show->currentData().toInt());
}

store::ItemFilter LogView::exportFilter() const
{
    return show() == Show::Problems ? store::ItemFilter::Failures : store::ItemFilter::All;
}

void LogView::updateDetails()
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    const auto item = current.isValid() ? m_model->itemAtRow(current.row()) : std::nullopt;
    m_searchUrl = QUrl();
    if (!item) {
        m_details->setText(m_model->rowCount() == 0 && show() != Show::All ? tr("No message here.")
                                                                           : tr("Select a message to see what happened to it."));
        m_search->setEnabled(false);
        return;
    }
    QStringList lines;
    lines << (item->subject.isEmpty() ? tr("(no subject)") : item->subject);
    QString where = LedgerTableModel::identify(*item, m_model->fromArchive());
    if (!item->from.isEmpty())
        where = tr("From %1").arg(item->from) + QStringLiteral(" · ") + where;
    if (!item->dateHeader.isEmpty())
        where += QStringLiteral(" · ") + LedgerTableModel::dateText(item->dateHeader);
    lines << where;
    QString status = store::statusLabel(item->status);
    const bool leftBehind = item->status == store::ItemStatus::Failed || item->status == store::ItemStatus::SkippedOversize;
    if (leftBehind && !item->lastError.isEmpty())
        status += QLatin1String(": ") + item->lastError;
    else if (!item->note.isEmpty())
        status += QLatin1String(". ") + item->note;
    lines << status;
    const QString step = LedgerTableModel::nextStep(*item, m_model->fromArchive());
    if (!step.isEmpty())
        lines << step;
    m_details->setText(lines.join(QLatin1Char('\n')));
    // Gmail can be searched for what Mailferry put there: a copied message, or a possible double.
    if (store::isInGmail(item->status) || item->flags.testFlag(store::ItemFlag::PossibleDuplicate))
        m_searchUrl = LedgerTableModel::gmailSearchUrl(item->messageId);
    m_search->setEnabled(m_searchUrl.isValid());
}

} // namespace mf::ui
