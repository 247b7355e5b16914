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
#include "models/LedgerTableModel.h"
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
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace mf::ui {

using accounts::AccountConfig;
using migration::MigrationController;

namespace {
enum Column { MailboxColumn, ServerColumn, StatusColumn, LastRunColumn };
}

AccountsWindow::AccountsWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("accountsWindow"));
    setWindowTitle(tr("Mailferry"));
    setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));
    resize(760, 440);

    auto *central = new QWidget(this);
    m_gmail = new QLabel(central);
    m_gmail->setObjectName(QStringLiteral("gmailLabel"));
    m_gmail->setTextFormat(Qt::RichText);
    m_list = new QTreeWidget(central);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAccessibleName(tr("Old mailboxes that feed this Gmail"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Old mailbox"), tr("Server"), tr("Status"), tr("Last run")});
    m_list->header()->setSectionResizeMode(MailboxColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(ServerColumn, 180);
    m_list->setColumnWidth(StatusColumn, 170);

    m_sync = new QPushButton(tr("&Sync now"), central);
    m_sync->setObjectName(QStringLiteral("syncNowButton"));
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
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(selectedId()); });
    connect(m_log, &QPushButton::clicked, this, [this] { viewLog(selectedId()); });
    connect(m_add, &QPushButton::clicked, this, &AccountsWindow::addMailboxRequested);
    connect(m_remove, &QPushButton::clicked, this, &AccountsWindow::askRemoveAll);

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
    const QLocale locale;
    const QString email = m_context.googleAccount().email;
    m_gmail->setText(email.isEmpty() ? tr("<b>Gmail:</b> not connected") : tr("<b>Gmail:</b> %1").arg(email.toHtmlEscaped()));
    m_list->clear();
    for (const AccountConfig &a : m_context.accounts().accounts()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(MailboxColumn, Qt::UserRole, a.id);
        item->setText(MailboxColumn, a.options.label.isEmpty() ? a.email : tr("%1 (label: %2)").arg(a.email, a.options.label));
        item->setText(ServerColumn, QStringLiteral("%1:%2").arg(a.host).arg(a.port));
        // The ledger is the truth: it also knows runs that went on in the background or in the CLI.
        const accounts::LedgerSummary ledger = m_context.accountService().ledgerSummary(a);
        QString status = a.id == m_runningId ? tr("Running") : statusText(ledger);
        if (a.options.continuous && a.id != m_runningId)
            status = tr("%1 · every %n min", nullptr, a.options.intervalMinutes).arg(status);
        item->setText(StatusColumn, status);
        QDateTime last = m_context.accounts().lastRun(a.id);
        if (ledger.lastActivity.isValid() && (!last.isValid() || ledger.lastActivity > last))
            last = ledger.lastActivity;
        item->setText(LastRunColumn, last.isValid() ? locale.toString(last.toLocalTime(), QLocale::ShortFormat) : tr("never"));
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

QString AccountsWindow::selectedId() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(MailboxColumn, Qt::UserRole).toString();
}

void AccountsWindow::updateButtons()
{
    const bool have = !selectedId().isEmpty();
    const bool running = m_context.controller()->isRunning();
    m_sync->setEnabled(have);
    m_sync->setText(running && selectedId() == m_runningId ? tr("&Sync now") : tr("&Sync now"));
    m_edit->setEnabled(have && !running);
    m_log->setEnabled(have);
    m_remove->setEnabled(!running);
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
    MigrationController *c = m_context.controller();
    if (c->isRunning()) {
        if (accountId == m_runningId)
            c->syncNow(); // skip the wait of continuous mode
        return;
    }
    m_context.loadGoogleToken([this, account, quiet, retryFailed](bool haveToken) {
        if (!haveToken) {
            const QString text = tr("Mailferry is no longer signed in to Google. Use \"Edit\" to sign in again.");
            if (quiet)
                emit attentionNeeded(tr("Sign in again"), text);
            else
                QMessageBox::information(this, tr("Sign in again"), text);
            return;
        }
        m_context.secrets()->read(secrets::pop3PasswordKey(account->id),
                                  [this, self = QPointer<AccountsWindow>(this), account, quiet,
                                   retryFailed](Result<QString> password) {
            if (!self)
                return; // the window closed while the keychain answered
            QString pw = password ? password.value() : QString();
            if (!password && quiet) {
                emit attentionNeeded(tr("Password needed"),
                                     tr("The password for %1 is not stored on this computer. Open Mailferry and "
                                        "press \"Sync now\" to type it.")
                                         .arg(account->email));
                return;
            }
            if (!password) {
                bool ok = false;
                pw = QInputDialog::getText(
                    this, tr("Password needed"),
                    tr("The password for %1 is not stored on this computer. Type it to continue:").arg(account->email),
                    QLineEdit::Password, QString(), &ok);
                if (!ok || pw.isEmpty())
                    return;
            }
            m_runningId = account->id;
            migration::RunRequest request;
            request.retryFailed = retryFailed;
            m_context.controller()->start(*account, pw, m_context.googleAccess(), request);
            reload();
        });
    });
}

AccountSettingsDialog *AccountsWindow::editAccount(const QString &accountId)
{
    const auto account = m_context.accounts().account(accountId);
    if (!account)
        return nullptr;
    auto *dialog = new AccountSettingsDialog(m_context, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountSettingsDialog::saved, this, [this] { reload(); });
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
    if (m_keepRunning && (m_context.controller()->isRunning() || m_context.hasContinuousAccount())) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace mf::ui
