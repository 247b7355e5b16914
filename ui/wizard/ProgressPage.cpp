// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ProgressPage.h"

#include "AppContext.h"
#include "accounts/AccountService.h"
#include "accounts/AccountsWindow.h"
#include "common/SizeText.h"
#include "log/LogView.h"
#include "log/LogWindow.h"
#include "migration/MigrationController.h"
#include "models/LedgerTableModel.h"
#include "models/WaitReading.h"
#include "store/CsvExporter.h"
#include "store/LedgerReader.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

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
    setSubTitle(tr("You can keep working meanwhile. If you close this window, Mailferry asks whether to stop or "
                   "to go on in the background."));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
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
    m_current->setWordWrap(true);
    m_current->setAccessibleName(tr("Current message"));

    auto *grid = new QGridLayout;
    const QList<QPair<QString, QLabel *>> counters{{tr("Copied"), m_copied},
                                                   {tr("Skipped"), m_skipped},
                                                   {tr("Failed"), m_failed},
                                                   {tr("Left"), m_left}};
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

    m_log = new LogView(this);
    m_exportNote = new QLabel(this);
    m_exportNote->setObjectName(QStringLiteral("exportNote"));
    m_exportNote->setWordWrap(true);
    m_exportNote->setTextFormat(Qt::PlainText);
    m_exportNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_exportNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_bar);
    layout->addLayout(grid);
    layout->addLayout(facts);
    layout->addWidget(m_current);
    layout->addLayout(controls);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_exportNote);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(500);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            m_dirty = false;
            m_log->model()->refresh();
            m_log->updateDetails();
        }
    });
    connect(m_log->exportButton(), &QPushButton::clicked, this, &ProgressPage::chooseExportFile);
    connect(m_log->retryButton(), &QPushButton::clicked, this, [this] { start(true); });
    connect(m_log, &LogView::openUrlRequested, this, [this](const QUrl &url) { setupWizardOf(this)->context()->openUrl(url); });
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

LedgerTableModel *ProgressPage::itemModel() const
{
    return m_log->model();
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
    if (ctx->controller()->isRunning()) {
        // Continuous sync (or a run not stopped yet): the run retries them itself, never dropped.
        if (retryFailed) {
            ctx->controller()->retryFailed();
            m_log->retryButton()->setEnabled(false);
        }
        return;
    }
    m_log->model()->setFromArchive(w->state().account.isArchive());
    m_log->model()->openLedger(w->state().account.ledgerPath());
    migration::RunRequest request;
    request.retryFailed = retryFailed;
    m_running = true;
    m_paused = false;
    m_waitStatus.clear();
    m_waitUntil.reset();
    m_pause->setEnabled(true);
    m_pause->setText(tr("&Pause"));
    m_cancel->setEnabled(true);
    m_log->retryButton()->setEnabled(false);
    m_bar->setRange(0, 0);
    m_eta->clear();
    m_state->setText(migration::runStateText(RunState::Connecting));
    m_refresh->start();
    // A returning user who edits an account skipped the sign-in page: read the token first.
    ctx->loadGoogleToken([this, w, ctx, request](bool haveToken) {
        if (!haveToken) {
            m_state->setText(tr("Mailferry is no longer signed in to Google. Go back and sign in again."));
            m_running = false;
            m_refresh->stop();
            m_pause->setEnabled(false);
            m_cancel->setEnabled(false);
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
    m_copied->setText(p.copiedWithoutAttachments > 0
                          ? tr("%1 (%2 without an attachment Gmail refuses)")
                                .arg(locale.toString(p.copied), locale.toString(p.copiedWithoutAttachments))
                          : locale.toString(p.copied));
    m_skipped->setText(locale.toString(p.skipped));
    m_failed->setText(locale.toString(p.failed));
    m_left->setText(locale.toString(p.left));
    m_bytes->setText(p.bytesTotal > 0 ? tr("%1 of %2").arg(sizeText(p.bytesDone), sizeText(p.bytesTotal))
                                      : sizeText(p.bytesDone));
    const bool moving = p.state == RunState::Transferring;
    const bool paused = p.state == RunState::Paused || p.state == RunState::Pausing;
    const bool waiting = p.state == RunState::Waiting;
    // Rate and time left only mean something while mail moves; a wait or a pause stops both.
    m_rate->setText(moving && p.messagesPerMinute > 0
                        ? tr("%1 messages a minute (%2 a second)")
                              .arg(locale.toString(qRound(p.messagesPerMinute)), sizeText(qint64(p.bytesPerSecond)))
                        : QString());
    if (paused)
        m_eta->setText(tr("Paused"));
    else if (waiting)
        m_eta->setText(tr("Paused while waiting"));
    else if (p.state == RunState::Finished)
        m_eta->setText(tr("Done"));
    else
        m_eta->setText(moving && p.eta ? etaText(*p.eta) : QString());
    m_current->setText(p.currentSubject.isEmpty() || !moving ? QString() : tr("Now: %1").arg(p.currentSubject));

    if (waiting) {
        if (p.statusText != m_waitStatus) {
            // A new wait: read which side and for how long from the engine's words, then count down.
            m_waitStatus = p.statusText;
            const WaitReading r = WaitReading::read(p.statusText);
            m_waitSide = int(r.side);
            m_waitReason = r.reason;
            AppContext *ctx = setupWizardOf(this)->context();
            if (r.seconds)
                m_waitUntil = ctx->clock()->elapsed() + Millis(qint64(*r.seconds) * 1000);
            else
                m_waitUntil.reset();
            if (!m_countdown) {
                m_countdown = ctx->clock()->createTimer(this);
                connect(m_countdown, &Timer::timeout, this, &ProgressPage::tickWaiting);
            }
        }
        showWaiting();
    } else {
        m_waitStatus.clear();
        m_waitUntil.reset();
        if (m_countdown)
            m_countdown->stop();
        m_state->setText(p.statusText.isEmpty() ? migration::runStateText(p.state) : p.statusText);
    }

    // The bar is the share of the mailbox that is copied: this run's copies and earlier runs'.
    const int copied = p.copied + p.alreadyDone;
    const int total = std::max(p.total, copied + p.skipped + p.failed + p.left + p.failedEarlier);
    if (total > 0 && p.state != RunState::Connecting && p.state != RunState::Planning) {
        m_bar->setRange(0, total);
        m_bar->setValue(copied);
        m_bar->setFormat(tr("%1 of %2 copied").arg(locale.toString(copied), locale.toString(total)));
    }
    m_paused = paused;
    m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(m_paused ? tr("Resume") : tr("Pause"));
}

void ProgressPage::showWaiting()
{
    QString text;
    std::optional<qint64> seconds;
    if (m_waitUntil) {
        const Millis rest = *m_waitUntil - setupWizardOf(this)->context()->clock()->elapsed();
        seconds = std::max<qint64>(0, (rest.count() + 999) / 1000);
    }
    const QString when = !seconds ? QString()
        : *seconds > 0            ? tr("trying again in %n s", nullptr, int(*seconds))
                                  : tr("trying again now");
    switch (WaitReading::Side(m_waitSide)) {
    case WaitReading::Side::Gmail:
        text = when.isEmpty() ? tr("Waiting for Gmail…") : tr("Waiting for Gmail… %1").arg(when);
        break;
    case WaitReading::Side::MailServer:
        // The same settings worked before this run went on: the server stopped, not her settings.
        text = tr("Your old mail server stopped answering. Mailferry keeps trying; nothing is lost.");
        if (!when.isEmpty())
            text += QLatin1Char(' ') + when.left(1).toUpper() + when.mid(1) + QLatin1Char('.');
        break;
    case WaitReading::Side::Unknown:
        text = m_waitStatus.isEmpty() ? migration::runStateText(RunState::Waiting) : m_waitStatus;
        break;
    }
    m_state->setText(text);
    if (WaitReading::Side(m_waitSide) != WaitReading::Side::Unknown && !m_waitReason.isEmpty())
        m_current->setText(tr("What happened: %1").arg(m_waitReason));
    if (seconds && *seconds > 0 && m_countdown)
        m_countdown->start(Millis(1000));
}

void ProgressPage::tickWaiting()
{
    if (!m_waitStatus.isEmpty())
        showWaiting();
}

void ProgressPage::onRunFinished(const migration::RunSummary &summary)
{
    SetupWizard *w = setupWizardOf(this);
    w->state().lastSummary = summary;
    w->context()->accounts().recordRun(w->state().account.id, w->context()->clock()->now(),
                                       migration::runStateName(summary.state));
    // The health of the mailbox: a pass that checked the server, or the failure that stopped it.
    if (summary.state != migration::RunState::Cancelled) {
        const QDateTime at = w->context()->clock()->now();
        accounts::AccountService &service = w->context()->accountService();
        service.recordCheck(w->state().account.id, at, summary.state == migration::RunState::Finished && !summary.error,
                            summary.error);
        if (summary.copied > 0)
            service.recordCopy(w->state().account.id, at);
    }
    m_log->model()->refresh();
    m_log->updateDetails();
    if (m_bar->maximum() == 0) {
        // Never got as far as counting: an empty bar, not a full one.
        m_bar->setRange(0, 1);
        m_bar->setValue(summary.state == RunState::Finished && !summary.error ? 1 : 0);
        m_bar->setFormat(QStringLiteral("%p%"));
    }
    m_log->retryButton()->setEnabled(summary.failed > 0);
    m_waitStatus.clear();
    if (m_countdown)
        m_countdown->stop();
    m_state->setText(summary.error ? summary.error->message : migration::runStateText(summary.state));
    m_eta->setText(summary.state == RunState::Finished && !summary.error ? tr("Done")
                       : summary.state == RunState::Cancelled            ? tr("Stopped")
                                                                         : QString());
    m_rate->clear();
    m_current->clear();
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
    store::LedgerReader *ledger = m_log->model()->ledger();
    m_log->retryButton()->setEnabled(summary.failed > 0
                                     || (ledger && ledger->itemCount(store::ItemFilter::FailedOnly).valueOr(0) > 0));
    // Done: Enter and Space go on to the summary, not to a disabled button or Back.
    if (QAbstractButton *next = wizard()->button(QWizard::NextButton); next && next->isEnabled() && isVisible())
        next->setFocus(Qt::OtherFocusReason);
}

bool ProgressPage::askBeforeClosing(std::function<void()> close)
{
    SetupWizard *w = setupWizardOf(this);
    MigrationController *controller = w->context()->controller();
    if (!controller->isRunning())
        return false;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Mailferry is copying your mail"),
                                tr("Do you want to stop copying, or let Mailferry go on in the background? "
                                   "Nothing is lost either way: a stopped copy goes on where it stopped next time."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("closeDuringRunDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("&Keep copying in the background"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepCopyingButton"));
    QPushButton *stop = box->addButton(tr("&Stop copying"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopCopyingButton"));
    QPushButton *stay = box->addButton(tr("&Go back to the progress"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("stayButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(stay);
    const QString accountId = w->state().account.id;
    QPointer<ProgressPage> self(this);
    connect(box, &QMessageBox::finished, this, [self, box, keep, stop, close, accountId] {
        if (!self)
            return;
        AppContext *ctx = setupWizardOf(self)->context();
        if (box->clickedButton() == stop) {
            ctx->controller()->cancel();
        } else if (box->clickedButton() == keep) {
            // The accounts window takes over showing the run (it opens when the wizard closes).
            QTimer::singleShot(0, ctx, [ctx, accountId] {
                for (QWidget *top : QApplication::topLevelWidgets())
                    if (auto *accounts = qobject_cast<AccountsWindow *>(top))
                        accounts->followRun(accountId);
                (void)ctx;
            });
        } else {
            return; // stays on the page
        }
        close();
    });
    box->open();
    return true;
}

Result<qint64> ProgressPage::exportCsv(const QString &path)
{
    return writeCsv(unusedFileName(path));
}

Result<qint64> ProgressPage::writeCsv(const QString &target)
{
    m_log->model()->refresh();
    if (!m_log->model()->ledger())
        return Error::internal(tr("There is nothing to export yet."));
    store::CsvExporter::Options options = store::CsvExporter::Options::forLocale(QLocale());
    options.content = store::CsvExporter::Content::Events;
    options.filter = m_log->exportFilter();
    auto written = store::CsvExporter::exportTo(*m_log->model()->ledger(), target, options);
    if (written) {
        m_savedPath = target;
        m_exportNote->setText(tr("Saved %n row(s) to %1", nullptr, int(written.value())).arg(QDir::toNativeSeparators(target)));
        m_exportNote->show();
    }
    return written;
}

void ProgressPage::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QDir::separator()
        + tr("mailferry-log-%1.csv").arg(setupWizardOf(this)->state().account.id);
    // The dialog asks before replacing a file; a file chosen here and confirmed is replaced.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the message log"), unusedFileName(suggested), tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = writeCsv(path); // replaced whole, or left as it was (QSaveFile)
    if (!written)
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
}

} // namespace mf::ui
