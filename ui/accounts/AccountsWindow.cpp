// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountsWindow.h"

#include "AppContext.h"
#include "accounts/AccountConfig.h"
#include "accounts/AccountService.h"
#include "accounts/AccountSettingsDialog.h"
#include "accounts/TypedSettings.h"
#include "common/Logging.h"
#include "common/Paths.h"
#include "log/LogWindow.h"
#include "migration/MigrationController.h"
#include "migration/SyncHealth.h"
#include "migration/SyncHost.h"
#include "models/LedgerTableModel.h"
#include "models/MailboxStatusText.h"
#include "platform/Autostart.h"
#include "secrets/CredentialStore.h"
#include "store/CsvExporter.h"
#include "store/ReadOnlyLedger.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace mf::ui {

using accounts::AccountConfig;
using migration::MailboxState;
using migration::MigrationController;
using migration::SyncHost;

namespace {
enum Column { MailboxColumn, ServerColumn, StatusColumn, LastCopyColumn, LastCheckColumn };

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : AccountsWindow::tr("never");
}
} // namespace

AccountsWindow::AccountsWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("accountsWindow"));
    setWindowTitle(tr("Mailferry"));
    setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));
    resize(900, 440);

    auto *central = new QWidget(this);
    m_gmail = new QLabel(central);
    m_gmail->setObjectName(QStringLiteral("gmailLabel"));
    m_gmail->setTextFormat(Qt::RichText);
    m_list = new QTreeWidget(central);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Old mailboxes that feed this Gmail"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Old mailbox"), tr("Server"), tr("Status"), tr("Last copy"), tr("Last check")});
    // The state gets the room (it says why a mailbox needs you); the rest is as wide as it needs.
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnWidth(MailboxColumn, 190);
    m_list->header()->setSectionResizeMode(ServerColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(LastCopyColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(LastCheckColumn, QHeaderView::ResizeToContents);

    m_sync = new QPushButton(tr("&Sync now"), central);
    m_sync->setObjectName(QStringLiteral("syncNowButton"));
    m_pause = new QPushButton(tr("&Pause"), central);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_edit = new QPushButton(tr("&Edit…"), central);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_log = new QPushButton(tr("View &log…"), central);
    m_log->setObjectName(QStringLiteral("viewLogButton"));
    m_add = new QPushButton(tr("&Add a mailbox…"), central);
    m_add->setObjectName(QStringLiteral("addMailboxButton"));
    m_remove = new QPushButton(tr("&Remove all my data…"), central);
    m_remove->setObjectName(QStringLiteral("removeAllButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sync);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_log);
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_remove);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_gmail);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(bottom);
    setCentralWidget(central);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AccountsWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { viewLog(selectedId()); });
    connect(m_sync, &QPushButton::clicked, this, [this] { syncNow(selectedId()); });
    connect(m_pause, &QPushButton::clicked, this, [this] { pauseOrResume(selectedId()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(selectedId()); });
    connect(m_log, &QPushButton::clicked, this, [this] { viewLog(selectedId()); });
    connect(m_add, &QPushButton::clicked, this, &AccountsWindow::addMailboxRequested);
    connect(m_remove, &QPushButton::clicked, this, &AccountsWindow::askRemoveAll);

    SyncHost *host = m_context.host();
    connect(host, &SyncHost::mailboxChanged, this, &AccountsWindow::onMailboxChanged);
    connect(host, &SyncHost::stopped, this, [this](const QString &id) {
        if (m_restartAfterStop.remove(id))
            syncNow(id, /*quiet=*/true);
        else
            reload(); // the ledger's words again, now that nothing runs
    });

    // The wizard's first run of a new mailbox, when the user let it go on in the background.
    MigrationController *c = m_context.controller();
    connect(c, &MigrationController::progressChanged, this, &AccountsWindow::onProgress);
    connect(c, &MigrationController::runFinished, this, [this](const migration::RunSummary &summary) {
        if (m_runningId.isEmpty())
            return;
        m_context.accounts().recordRun(m_runningId, m_context.clock()->now(), migration::runStateName(summary.state));
        emit runEnded(m_runningId, summary);
        reload();
    });
    connect(c, &MigrationController::stopped, this, [this] {
        m_runningId.clear();
        reload();
    });
    reload();
}

void AccountsWindow::reload()
{
    const QString keep = selectedId();
    const QString email = m_context.googleAccount().email;
    m_gmail->setText(email.isEmpty() ? tr("<b>Gmail:</b> not connected") : tr("<b>Gmail:</b> %1").arg(email.toHtmlEscaped()));
    m_list->clear();
    for (const AccountConfig &a : m_context.accounts().accounts()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(MailboxColumn, Qt::UserRole, a.id);
        item->setText(MailboxColumn, a.options.label.isEmpty() ? a.email : tr("%1 (label: %2)").arg(a.email, a.options.label));
        item->setText(ServerColumn, QStringLiteral("%1:%2").arg(a.host).arg(a.port));
        showRow(item, a);
        if (a.id == keep)
            item->setSelected(true);
    }
    if (!m_list->selectedItems().isEmpty() || m_list->topLevelItemCount() == 0) {
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButtons();
}

QString AccountsWindow::statusText(const accounts::LedgerSummary &ledger)
{
    const QLocale locale;
    if (!ledger.exists)
        return tr("Not run yet");
    if (!ledger.error.isEmpty())
        return tr("Records unreadable");
    const qint64 failed = ledger.failed + ledger.oversize;
    if (ledger.waiting > 0)
        return tr("Stopped: %1 copied, %2 still to do").arg(locale.toString(ledger.copied), locale.toString(ledger.waiting));
    if (failed > 0)
        return tr("Finished: %1 copied, %2 failed").arg(locale.toString(ledger.copied), locale.toString(failed));
    return tr("Up to date");
}

void AccountsWindow::showRow(QTreeWidgetItem *item, const AccountConfig &a)
{
    const QDateTime now = m_context.clock()->now();
    const SyncHost *host = m_context.host();
    const accounts::MailboxActivity recorded = m_context.accountService().activity(a.id);
    QString status;
    QString detail;
    QDateTime lastCopy = recorded.lastCopy;
    QDateTime lastCheck = recorded.lastCheckOk;
    if (followsWizardRun(a.id)) {
        status = item->text(StatusColumn).isEmpty() ? tr("Running") : item->text(StatusColumn);
    } else if (host->contains(a.id) && host->state(a.id).activity != MailboxState::Idle) {
        const MailboxState state = host->state(a.id);
        status = MailboxStatusText::stateText(state);
        detail = MailboxStatusText::detailText(state);
        if (state.lastCopied.isValid() && (!lastCopy.isValid() || state.lastCopied > lastCopy))
            lastCopy = state.lastCopied;
        if (state.lastSuccessfulCheck.isValid() && (!lastCheck.isValid() || state.lastSuccessfulCheck > lastCheck))
            lastCheck = state.lastSuccessfulCheck;
    } else {
        // The ledger is the truth: it also knows runs that went on in the background or in the CLI.
        const accounts::LedgerSummary ledger = m_context.accountService().ledgerSummary(a);
        status = statusText(ledger);
        if (a.options.continuous)
            status = tr("%1 · every %n min", nullptr, a.options.intervalMinutes).arg(status);
        QDateTime last = m_context.accounts().lastRun(a.id);
        if (ledger.lastActivity.isValid() && (!last.isValid() || ledger.lastActivity > last))
            last = ledger.lastActivity;
        if (!lastCopy.isValid())
            lastCopy = last;
    }
    // Late or stalled continuous sync says so next to the state, with the reason.
    const migration::HealthVerdict health = migration::SyncHealth::forAccount(m_context.accountService(), a.id, now);
    const QString warning = MailboxStatusText::healthWarning(health);
    if (!warning.isEmpty()) {
        status = tr("%1 — %2").arg(status, warning);
        detail = detail.isEmpty() ? warning : detail + QLatin1Char('\n') + warning;
        if (!health.advice.isEmpty())
            detail += QLatin1Char('\n') + health.advice;
    }
    item->setText(StatusColumn, status);
    item->setToolTip(StatusColumn, detail.isEmpty() ? status : detail);
    item->setData(StatusColumn, Qt::AccessibleDescriptionRole, detail.isEmpty() ? status : detail);
    const QColor warn(0xb3, 0x26, 0x1e);
    const bool trouble = !warning.isEmpty()
        || (host->contains(a.id)
            && (host->state(a.id).activity == MailboxState::NeedsYou || host->state(a.id).activity == MailboxState::Failed));
    item->setForeground(StatusColumn, trouble ? QBrush(warn) : QBrush());
    item->setText(LastCopyColumn, when(lastCopy));
    item->setText(LastCheckColumn, when(lastCheck));
}

QTreeWidgetItem *AccountsWindow::rowOf(const QString &accountId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(MailboxColumn, Qt::UserRole).toString() == accountId)
            return item;
    }
    return nullptr;
}

QString AccountsWindow::statusOf(const QString &accountId) const
{
    QTreeWidgetItem *item = rowOf(accountId);
    return item ? item->text(StatusColumn) : QString();
}

bool AccountsWindow::followsWizardRun(const QString &accountId) const
{
    return !m_runningId.isEmpty() && accountId == m_runningId && m_context.controller()->isRunning();
}

void AccountsWindow::onMailboxChanged(const MailboxState &state)
{
    QTreeWidgetItem *item = rowOf(state.accountId);
    const auto account = m_context.accounts().account(state.accountId);
    if (item && account)
        showRow(item, *account);
    if (state.accountId == selectedId())
        updateButtons();
}

void AccountsWindow::selectAccount(const QString &accountId)
{
    if (QTreeWidgetItem *item = rowOf(accountId)) {
        m_list->setCurrentItem(item);
        m_list->setFocus(Qt::OtherFocusReason);
    }
}

void AccountsWindow::pauseOrResume(const QString &accountId)
{
    SyncHost *host = m_context.host();
    if (!host->isRunning(accountId))
        return;
    if (host->state(accountId).activity == MailboxState::Paused)
        host->resume(accountId);
    else
        host->pause(accountId);
}

AccountSettingsDialog *AccountsWindow::showSignInAgain()
{
    QString id = selectedId();
    if (id.isEmpty() && m_list->topLevelItemCount() > 0)
        id = m_list->topLevelItem(0)->data(MailboxColumn, Qt::UserRole).toString();
    AccountSettingsDialog *dialog = editAccount(id);
    if (!dialog)
        return nullptr;
    // The Google tab, where "Sign in again" is: the same flow as from "Edit…".
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
    auto *tabs = dialog->findChild<QTabWidget *>();
    for (int i = 0; button && tabs && i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(button)) {
            tabs->setCurrentIndex(i);
            button->setFocus(Qt::OtherFocusReason);
        }
    }
    return dialog;
}

QString AccountsWindow::selectedId() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(MailboxColumn, Qt::UserRole).toString();
}

void AccountsWindow::updateButtons()
{
    const QString id = selectedId();
    const bool have = !id.isEmpty();
    const SyncHost *host = m_context.host();
    const bool wizardRun = m_context.controller()->isRunning();
    const bool running = host->isRunning(id);
    const MailboxState state = host->state(id);
    const bool paused = running && state.activity == MailboxState::Paused;
    m_sync->setEnabled(have);
    m_pause->setText(paused ? tr("Res&ume") : tr("&Pause"));
    m_pause->setEnabled(have && running && !followsWizardRun(id));
    // A mailbox between checks may be edited (it starts again with the new settings); not mid-pass.
    m_edit->setEnabled(have && !followsWizardRun(id) && !state.busy() && state.activity != MailboxState::Queued);
    m_log->setEnabled(have);
    m_remove->setEnabled(!wizardRun);
}

void AccountsWindow::onProgress(const migration::Progress &p)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(MailboxColumn, Qt::UserRole).toString() != m_runningId)
            continue;
        const QString text = p.state == migration::RunState::Transferring
            ? tr("%1 copied, %2 left").arg(QLocale().toString(p.copied), QLocale().toString(p.left))
            : migration::runStateText(p.state);
        item->setText(StatusColumn, text);
    }
}

void AccountsWindow::followRun(const QString &accountId)
{
    if (!m_context.controller()->isRunning())
        return;
    m_runningId = accountId;
    reload();
}

void AccountsWindow::syncNow(const QString &accountId, bool quiet, bool retryFailed)
{
    const auto account = m_context.accounts().account(accountId);
    if (!account)
        return;
    if (followsWizardRun(accountId)) {
        // The wizard's run: skip the wait of continuous mode, or retry what failed.
        if (retryFailed)
            m_context.controller()->retryFailed();
        else
            m_context.controller()->syncNow();
        return;
    }
    migration::RunRequest request;
    request.retryFailed = retryFailed;
    const QPointer<AccountsWindow> self(this);
    m_context.startSync(accountId, request, [this, self, account, quiet, request](AppContext::StartProblem problem) {
        if (!self)
            return; // the window closed while the keychain answered
        if (problem == AppContext::StartProblem::NotSignedIn) {
            const QString text = tr("Mailferry is no longer signed in to Google. Use \"Edit\" to sign in again.");
            if (quiet)
                emit attentionNeeded(tr("Sign in again"), text);
            else
                QMessageBox::information(this, tr("Sign in again"), text);
            return;
        }
        if (quiet) {
            emit attentionNeeded(tr("Password needed"),
                                 tr("The password for %1 is not stored on this computer. Open Mailferry and "
                                    "press \"Sync now\" to type it.")
                                     .arg(account->email));
            return;
        }
        bool ok = false;
        const QString pw = QInputDialog::getText(
            this, tr("Password needed"),
            tr("The password for %1 is not stored on this computer. Type it to continue:").arg(account->email),
            QLineEdit::Password, QString(), &ok);
        if (!self || !ok || pw.isEmpty())
            return;
        m_context.startSyncWith(*account, pw, request);
    });
}

AccountSettingsDialog *AccountsWindow::editAccount(const QString &accountId)
{
    const auto account = m_context.accounts().account(accountId);
    if (!account)
        return nullptr;
    auto *dialog = new AccountSettingsDialog(m_context, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountSettingsDialog::saved, this, [this](const QString &id) {
        // A mailbox that runs takes its new settings by starting again once its engine stopped.
        if (m_context.host()->isRunning(id)) {
            m_restartAfterStop.insert(id);
            m_context.host()->cancel(id);
        }
        reload();
    });
    dialog->open();
    return dialog;
}

void AccountsWindow::viewLog(const QString &accountId)
{
    const auto account = m_context.accounts().account(accountId);
    if (!account)
        return;
    auto *window = new LogWindow(m_context, *account, this);
    connect(window, &LogWindow::retryFailedRequested, this, [this](const QString &id) { syncNow(id, false, true); });
    window->show();
}

void AccountsWindow::askRemoveAll()
{
    // Window-modal and asynchronous (no nested event loop): a running sync keeps reporting.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove all my data"),
                                tr("This signs Mailferry out of Google and deletes the saved passwords and settings "
                                   "from this computer. It also deletes the record of what was copied and the logs: "
                                   "without that record, if you set up the same mailbox again, Mailferry copies "
                                   "everything again and Gmail gets every message twice. Your mail stays where it is, "
                                   "in Gmail and on your old server.\n\nDo you want to keep a copy of the logs (CSV) "
                                   "first?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeAllDialog"));
    auto *keepRecord = new QCheckBox(tr("&Keep the record of what was copied (only the passwords and settings go)"), box);
    keepRecord->setObjectName(QStringLiteral("keepRecordCheck"));
    box->setCheckBox(keepRecord);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *exportFirst = box->addButton(tr("&Export the logs, then remove"), QMessageBox::AcceptRole);
    exportFirst->setObjectName(QStringLiteral("exportThenRemoveButton"));
    QPushButton *removeOnly = box->addButton(tr("&Remove without export"), QMessageBox::DestructiveRole);
    removeOnly->setObjectName(QStringLiteral("removeWithoutExportButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(exportFirst);
    connect(box, &QMessageBox::finished, this, [this, box, exportFirst, removeOnly, keepRecord] {
        const bool keep = keepRecord->isChecked();
        auto report = [this](Status removed) {
            if (removed) {
                statusBar()->showMessage(tr("Everything Mailferry kept on this computer is removed."));
                return;
            }
            auto *problem =
                new QMessageBox(QMessageBox::Warning, tr("Remove all my data"), removed.error().message, QMessageBox::Ok, this);
            problem->setObjectName(QStringLiteral("removeProblemDialog"));
            problem->setAttribute(Qt::WA_DeleteOnClose);
            problem->open();
        };
        if (box->clickedButton() == removeOnly) {
            removeAllData(QString(), report, keep);
            return;
        }
        if (box->clickedButton() != exportFirst)
            return;
        auto *chooser = new QFileDialog(this, tr("Where should the logs go?"), QDir::homePath());
        chooser->setObjectName(QStringLiteral("exportDirDialog"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        chooser->setAcceptMode(QFileDialog::AcceptOpen);
        // Cancelling the folder choice cancels the removal: nothing was deleted yet.
        connect(chooser, &QFileDialog::fileSelected, this, [this, report, keep](const QString &dir) {
            if (!dir.isEmpty())
                removeAllData(dir, report, keep);
        });
        chooser->open();
    });
    box->open();
}

void AccountsWindow::removeAllData(const QString &exportDir, std::function<void(Status)> done, bool keepRecord)
{
    const QList<AccountConfig> accounts = m_context.accounts().accounts();
    // Nothing may go on copying with passwords and records that are about to go.
    m_restartAfterStop.clear();
    for (const QString &id : m_context.host()->accountIds())
        m_context.host()->remove(id);
    // 1. Export first, while the ledgers still exist. If the copy the user asked for cannot be
    //    made, nothing is deleted: the evidence must not go before it is safe elsewhere.
    if (!exportDir.isEmpty()) {
        for (const AccountConfig &a : accounts) {
            if (!QFile::exists(a.ledgerPath()))
                continue; // never run: nothing to export
            auto ledger = m_context.accountService().openLedger(a);
            Status exported = ledger ? Status() : Status(ledger.error());
            if (ledger) {
                const auto r =
                    store::CsvExporter::exportTo(*ledger.value(),
                                                 QDir(exportDir).filePath(QStringLiteral("mailferry-%1.csv").arg(a.id)));
                if (!r)
                    exported = Status(r.error());
            }
            if (!exported) {
                qCWarning(lcUi) << "export before removal failed; nothing removed:" << exported.error().toString();
                if (done)
                    done(Status(Error::internal(tr("The logs could not be saved in %1, so nothing was removed. %2")
                                                    .arg(QDir::toNativeSeparators(exportDir), exported.error().message),
                                                exported.error().detail)));
                return;
            }
        }
    }
    // 2. The account service forgets everything as one job: it withdraws the Google grant, deletes
    //    the secrets, the records (unless kept) and the settings.
    accounts::AccountService::ForgetRequest request;
    request.keepRecord = keepRecord;
    request.signOutOfGoogle = true;
    request.client = m_context.client();
    request.endpoints = m_context.endpoints();
    request.network = m_context.network();
    request.clock = m_context.clock();
    m_context.accountService().forget(request,
                                      [this, self = QPointer<AccountsWindow>(this), keepRecord,
                                       done](accounts::AccountService::ForgetResult result) {
        if (!self)
            return;
        m_context.setGoogleAccount(GoogleAccount{});
        accounts::TypedSettings typed = m_context.accountService().store().settings();
        typed.remove(accounts::key::googleAccountEmail);
        typed.remove(accounts::key::googleGrantedScopes);
        typed.sync();
        bool ok = result.problems.isEmpty();
        if (!keepRecord && QDir(paths::dataDir()).exists() && !QDir(paths::dataDir()).removeRecursively())
            ok = false;
        // Nothing left to sync: starting at login would only open an empty wizard.
        if (Autostart::isEnabled())
            Autostart::setEnabled(false);
        reload();
        emit dataRemoved();
        if (!done)
            return;
        if (result.googleRevokeFailed)
            done(Status(Error::internal(tr("Everything on this computer is removed, but Google could not be reached to withdraw "
                                           "Mailferry's permission. Remove it yourself at myaccount.google.com/permissions."))));
        else if (!ok)
            done(Status(Error::internal(tr("Some data could not be removed. The log of Mailferry says which."))));
        else
            done(Status());
    });
}

void AccountsWindow::closeEvent(QCloseEvent *event)
{
    if (m_keepRunning
        && (m_context.controller()->isRunning() || m_context.host()->anyRunning() || m_context.hasContinuousAccount())) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace mf::ui
