// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "log/LogWindow.h"

#include "AppContext.h"
#include "log/LogView.h"
#include "migration/MigrationController.h"
#include "models/LedgerTableModel.h"
#include "store/CsvExporter.h"
#include "store/LedgerReader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace mf::ui {

QString unusedFileName(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : QLatin1Char('.') + info.completeSuffix();
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(info.baseName()).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

LogWindow::LogWindow(AppContext &context, const accounts::AccountConfig &account, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("logDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Messages of %1").arg(account.email));
    m_view = new LogView(this);
    m_view->table()->setObjectName(QStringLiteral("logTable"));
    m_view->model()->setFromArchive(account.isArchive());
    m_view->model()->openLedger(account.ledgerPath());
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_note->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    layout->addWidget(close);
    resize(860, 520);

    const auto updateRetry = [this] {
        store::LedgerReader *ledger = m_view->model()->ledger();
        m_view->retryButton()->setEnabled(!m_context.controller()->isRunning() && ledger
                                          && ledger->itemCount(store::ItemFilter::FailedOnly).valueOr(0) > 0);
    };
    updateRetry();
    connect(m_context.controller(), &migration::MigrationController::stopped, this, [this, updateRetry] {
        m_view->model()->refresh();
        updateRetry();
    });
    connect(m_view->retryButton(), &QPushButton::clicked, this, [this] {
        m_view->retryButton()->setEnabled(false);
        m_note->setText(tr("Trying the failed messages again… the accounts window shows the progress."));
        m_note->show();
        emit retryFailedRequested(m_account.id);
    });
    connect(m_view, &LogView::openUrlRequested, this, [this](const QUrl &url) { m_context.openUrl(url); });
    connect(m_view->exportButton(), &QPushButton::clicked, this, [this] {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QDir::separator()
            + tr("mailferry-log-%1.csv").arg(m_account.id);
        // The dialog asks before replacing an existing file.
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the message log"), unusedFileName(suggested), tr("CSV file (*.csv)"));
        if (path.isEmpty())
            return;
        const auto written = writeCsv(path);
        if (!written)
            QMessageBox::warning(this, tr("Export failed"), written.error().message);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Result<qint64> LogWindow::exportCsv(const QString &path)
{
    return writeCsv(unusedFileName(path));
}

Result<qint64> LogWindow::writeCsv(const QString &target)
{
    store::LedgerReader *ledger = m_view->model()->ledger();
    if (!ledger)
        return Error::internal(tr("There is nothing to export yet."));
    store::CsvExporter::Options options = store::CsvExporter::Options::forLocale(QLocale());
    options.filter = m_view->exportFilter();
    auto written = store::CsvExporter::exportTo(*ledger, target, options);
    if (written) {
        m_savedPath = target;
        m_note->setText(tr("Saved %n row(s) to %1", nullptr, int(written.value())).arg(QDir::toNativeSeparators(target)));
        m_note->show();
    }
    return written;
}

} // namespace mf::ui
