#include "wizard/ProgressPage.h"

#include "AppContext.h"
#include "migration/MigrationController.h"
#include "models/LedgerTableModel.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mf::ui {

using migration::MigrationController;
using migration::RunState;

namespace {
QLabel *counter(QWidget *parent, const char *name, const QString &accessible)
{
    auto *l = new QLabel(QStringLiteral("0"), parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setAccessibleName(accessible);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Moving your mail"));
    setSubTitle(tr("You can keep working meanwhile. If you close this window, Mailferry goes on from the tray, "
                   "or continues where it stopped next time."));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_state->setWordWrap(true);
    m_state->setAccessibleName(tr("What Mailferry is doing"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0);

    m_copied = counter(this, "copiedCount", tr("Copied"));
    m_skipped = counter(this, "skippedCount", tr("Skipped"));
    m_failed = counter(this, "failedCount", tr("Failed"));
    m_left = counter(this, "leftCount", tr("Left"));
    m_bytes = new QLabel(this);
    m_bytes->setObjectName(QStringLiteral("bytesLabel"));
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_eta = new QLabel(this);
    m_eta->setObjectName(QStringLiteral("etaLabel"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentLabel"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setAccessibleName(tr("Current message"));

    auto *grid = new QGridLayout;
    const QList<QPair<QString, QLabel *>> counters{
        {tr("Copied"), m_copied}, {tr("Skipped"), m_skipped}, {tr("Failed"), m_failed}, {tr("Left"), m_left}};
    for (int i = 0; i < counters.size(); ++i) {
        auto *caption = new QLabel(counters[i].first, this);
        caption->setBuddy(counters[i].second);
        grid->addWidget(counters[i].second, 0, i, Qt::AlignHCenter);
        grid->addWidget(caption, 1, i, Qt::AlignHCenter);
    }
    auto *facts = new QHBoxLayout;
    facts->addWidget(m_bytes);
    facts->addStretch(1);
    facts->addWidget(m_rate);
    facts->addStretch(1);
    facts->addWidget(m_eta);

    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("S&top"), this);
    m_cancel->setObjectName(QStringLiteral("stopButton"));
    m_cancel->setAccessibleName(tr("Stop the migration"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_pause);
    controls->addWidget(m_cancel);
    controls->addStretch(1);

    m_model = new LedgerTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("itemTable"));
    m_table->setAccessibleName(tr("Messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LedgerTableModel::SubjectColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(LedgerTableModel::StatusColumn, 150);
    m_table->setColumnWidth(LedgerTableModel::FromColumn, 160);
    m_table->setColumnWidth(LedgerTableModel::DateColumn, 130);
    m_table->setColumnWidth(LedgerTableModel::SizeColumn, 90);

    m_failuresOnly = new QCheckBox(tr("Show &failures only"), this);
    m_failuresOnly->setObjectName(QStringLiteral("failuresOnlyCheck"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_retry = new QPushButton(tr("&Retry failed"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setEnabled(false);
    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_failuresOnly);
    tableBar->addStretch(1);
    tableBar->addWidget(m_retry);
    tableBar->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addLayout(grid);
    layout->addLayout(facts);
    layout->addWidget(m_current);
    layout->addLayout(controls);
    layout->addLayout(tableBar);
    layout->addWidget(m_table, 1);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            m_model->refresh();
        }
    });
    connect(m_failuresOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setFilter(on ? store::ItemFilter::Failures : store::ItemFilter::All);
    });
    connect(m_export, &QPushButton::clicked, this, &ProgressPage::chooseExportFile);
    connect(m_retry, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        MigrationController *c = setupWizardOf(this)->context()->controller();
        if (m_paused)
            c->resume();
        else
            c->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setupWizardOf(this)->context()->controller()->cancel();
        m_cancel->setEnabled(false);
        m_state->setText(tr("Stopping after the messages in progress…"));
    });
}

void ProgressPage::initializePage()
{
    MigrationController *c = setupWizardOf(this)->context()->controller();
    connect(c, &MigrationController::progressChanged, this, &ProgressPage::onProgress, Qt::UniqueConnection);
    connect(c, &MigrationController::runFinished, this, &ProgressPage::onRunFinished, Qt::UniqueConnection);
    connect(c, &MigrationController::stopped, this, &ProgressPage::onStopped, Qt::UniqueConnection);
    if (!m_listening) {
        m_listening = true;
        connect(c, &MigrationController::itemFinished, this, [this] { m_dirty = true; });
    }
    m_finished = false;
    start(false);
}

void ProgressPage::cleanupPage()
{
    m_refresh->stop();
}

bool ProgressPage::isComplete() const
{
    return m_finished;
}

void ProgressPage::start(bool retryFailed)
{
    SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w->context();
    if (ctx->controller()->isRunning())
        return;
    m_model->openLedger(w->state().account.ledgerPath());
    migration::RunRequest request;
    request.retryFailed = retryFailed;
    m_running = true;
    m_paused = false;
    m_pause->setEnabled(true);
    m_pause->setText(tr("&Pause"));
    m_cancel->setEnabled(true);
    m_retry->setEnabled(false);
    m_bar->setRange(0, 0);
    m_state->setText(migration::runStateText(RunState::Connecting));
    m_refresh->start();
    // A returning user who edits an account skipped the sign-in page: read the token first.
    ctx->loadGoogleToken([this, w, ctx, request](bool haveToken) {
        if (!haveToken) {
            m_state->setText(tr("Mailferry is no longer signed in to Google. Go back and sign in again."));
            m_running = false;
            m_refresh->stop();
            return;
        }
        ctx->controller()->start(w->state().account, w->state().password, ctx->googleAccess(), request);
    });
}

QString ProgressPage::etaText(Millis eta)
{
    const qint64 s = eta.count() / 1000;
    if (s < 60)
        return tr("less than a minute left");
    if (s < 3600)
        return tr("%n minute(s) left", nullptr, int((s + 59) / 60));
    return tr("%1 h %2 min left").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

void ProgressPage::onProgress(const migration::Progress &p)
{
    const QLocale locale;
    m_copied->setText(locale.toString(p.copied));
    m_skipped->setText(locale.toString(p.skipped));
    m_failed->setText(locale.toString(p.failed));
    m_left->setText(locale.toString(p.left));
    m_bytes->setText(p.bytesTotal > 0 ? tr("%1 of %2").arg(locale.formattedDataSize(p.bytesDone),
                                                          locale.formattedDataSize(p.bytesTotal))
                                      : locale.formattedDataSize(p.bytesDone));
    m_rate->setText(p.messagesPerMinute > 0 ? tr("%1 messages a minute (%2/s)")
                                                  .arg(locale.toString(qRound(p.messagesPerMinute)),
                                                       locale.formattedDataSize(qint64(p.bytesPerSecond)))
                                            : QString());
    m_eta->setText(p.eta ? etaText(*p.eta) : QString());
    m_current->setText(p.currentSubject.isEmpty() ? QString() : tr("Now: %1").arg(p.currentSubject));
    m_state->setText(p.statusText.isEmpty() ? migration::runStateText(p.state) : p.statusText);
    const int done = p.copied + p.skipped + p.failed;
    if (p.state == RunState::Transferring && done + p.left > 0) {
        m_bar->setRange(0, done + p.left);
        m_bar->setValue(done);
    }
    m_paused = p.state == RunState::Paused || p.state == RunState::Pausing;
    m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(m_paused ? tr("Resume") : tr("Pause"));
}

void ProgressPage::onRunFinished(const migration::RunSummary &summary)
{
    SetupWizard *w = setupWizardOf(this);
    w->state().lastSummary = summary;
    w->context()->accounts().recordRun(w->state().account.id, w->context()->clock()->now(),
                                       migration::runStateName(summary.state));
    m_model->refresh();
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    m_retry->setEnabled(summary.failed > 0);
    m_state->setText(summary.error ? summary.error->message : migration::runStateText(summary.state));
    m_finished = true;
    emit completeChanged();
}

void ProgressPage::onStopped(const migration::RunSummary &summary)
{
    m_running = false;
    m_refresh->stop();
    m_pause->setEnabled(false);
    m_cancel->setEnabled(false);
    if (!m_finished)
        onRunFinished(summary);
    m_retry->setEnabled(summary.failed > 0 || (m_model->ledger() && m_model->ledger()->itemCount(store::ItemFilter::FailedOnly).valueOr(0) > 0));
}

Result<qint64> ProgressPage::exportCsv(const QString &path)
{
    m_model->refresh();
    if (!m_model->ledger())
        return Error::internal(tr("There is nothing to export yet."));
    store::CsvExporter::Options options;
    options.content = store::CsvExporter::Content::Events;
    options.filter = m_failuresOnly->isChecked() ? store::ItemFilter::Failures : store::ItemFilter::All;
    return store::CsvExporter::exportTo(*m_model->ledger(), path, options);
}

void ProgressPage::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QDir::separator()
                              + tr("mailferry-log-%1.csv").arg(setupWizardOf(this)->state().account.id);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the message log"), suggested,
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = exportCsv(path);
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
    else
        m_state->setText(tr("Saved %n row(s) to %1.", nullptr, int(written.value())).arg(QDir::toNativeSeparators(path)));
}

} // namespace mf::ui
