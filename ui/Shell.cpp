// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Shell.h"

#include "AppContext.h"
#include "accounts/AccountConfig.h"
#include "accounts/AccountsWindow.h"
#include "common/Logging.h"
#include "migration/MigrationController.h"
#include "widgets/HelpMenu.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSystemTrayIcon>

namespace mf::ui {

Shell::Shell(AppContext &context, QObject *parent, std::optional<bool> trayAvailable)
    : QObject(parent)
    , m_context(context)
{
    createTray(trayAvailable.value_or(QSystemTrayIcon::isSystemTrayAvailable()));
    connect(m_context.controller(), &migration::MigrationController::progressChanged, this, [this](const migration::Progress &p) {
        if (m_tray)
            m_tray->setToolTip(tr("Mailferry: %1").arg(p.statusText.isEmpty() ? migration::runStateText(p.state) : p.statusText));
    });
    connect(m_context.controller(), &migration::MigrationController::runFinished, this, [this](const migration::RunSummary &s) {
        const QLocale locale;
        if (s.error)
            notify(tr("Mailferry stopped"), s.error->message, true);
        else if (s.failed > 0)
            notify(
                tr("Some messages could not be copied"),
                tr("%1 copied, %2 failed. Open Mailferry to see why.").arg(locale.toString(s.copied), locale.toString(s.failed)),
                true);
        else if (s.copied > 0)
            notify(tr("Mail moved to Gmail"), tr("%n message(s) copied.", nullptr, s.copied), false);
    });
}

Shell::~Shell()
{
    delete m_wizard;
    delete m_accounts;
}

void Shell::createTray(bool available)
{
    if (!available)
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")), this);
    m_tray->setToolTip(tr("Mailferry"));
    auto *menu = new QMenu;
    menu->setParent(nullptr);
    menu->addAction(tr("Open Mailferry"), this, [this] { showAccounts(); });
    menu->addAction(tr("Sync now"), this, [this] { m_context.controller()->syncNow(); });
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showAccounts();
    });
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    m_tray->show();
}

void Shell::notify(const QString &title, const QString &text, bool problem)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

void Shell::start()
{
    if (m_context.accounts().accounts().isEmpty())
        showWizard();
    else
        showAccounts();
    // With a tray, closing the last window keeps Mailferry running when sync must go on.
    qApp->setQuitOnLastWindowClosed(!(m_tray && m_context.hasContinuousAccount()));
}

void Shell::startInBackground()
{
    if (m_context.accounts().accounts().isEmpty()) {
        // Nothing to sync yet: a quiet start would only hide the app from someone who needs it.
        qCInfo(lcUi) << "started with --background, but no mailbox is set up yet: opening the wizard";
        start();
        return;
    }
    if (!m_tray) {
        // No tray (some desktops, offscreen): a window is the only way back to the app.
        qCWarning(lcUi) << "started with --background, but this desktop has no system tray: opening the accounts "
                           "window instead, so that Mailferry is not running invisibly";
        showAccounts();
    } else {
        qCInfo(lcUi) << "started with --background: only the tray icon is shown";
        // Closing a window opened from the tray later must not end the sync.
        qApp->setQuitOnLastWindowClosed(false);
    }
    startContinuousSync();
}

QString Shell::startContinuousSync()
{
    const auto all = m_context.accounts().accounts();
    QStringList continuous;
    for (const accounts::AccountConfig &a : all)
        if (a.options.continuous)
            continuous << a.id;
    if (continuous.isEmpty()) {
        qCInfo(lcUi) << "no mailbox has continuous sync switched on: nothing to start";
        return {};
    }
    if (continuous.size() > 1)
        qCInfo(lcUi) << "continuous sync runs one mailbox at a time; starting" << continuous.first() << "and leaving"
                     << continuous.size() - 1 << "for \"Sync now\"";
    ensureAccountsWindow()->syncNow(continuous.first(), /*quiet=*/true);
    return continuous.first();
}

void Shell::showWizard()
{
    if (!m_wizard) {
        m_wizard = new SetupWizard(m_context);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &SetupWizard::accountReady, this, [this] {
            qApp->setQuitOnLastWindowClosed(!(m_tray && m_context.hasContinuousAccount()));
            showAccounts();
        });
        connect(m_wizard, &QWizard::rejected, this, [this] {
            if (!m_context.accounts().accounts().isEmpty())
                showAccounts();
        });
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void Shell::showAccounts()
{
    ensureAccountsWindow();
    m_accounts->reload();
    m_accounts->show();
    m_accounts->raise();
    m_accounts->activateWindow();
}

AccountsWindow *Shell::ensureAccountsWindow()
{
    if (!m_accounts) {
        m_accounts = new AccountsWindow(m_context);
        m_accounts->setKeepRunningOnClose(m_tray != nullptr);
        m_accounts->menuBar()->addMenu(new HelpMenu(&m_context, m_accounts));
        connect(m_accounts, &AccountsWindow::addMailboxRequested, this, [this] {
            if (m_wizard) {
                m_wizard->state() = WizardState{};
                m_wizard->setStartId(SetupWizard::MailboxPageId);
                m_wizard->restart();
            }
            showWizard();
            if (m_wizard && m_wizard->currentId() != SetupWizard::MailboxPageId) {
                m_wizard->setStartId(SetupWizard::SignInPageId);
                m_wizard->restart();
            }
        });
        connect(m_accounts, &AccountsWindow::attentionNeeded, this, [this](const QString &title, const QString &text) {
            if (m_tray) {
                notify(title, text, true);
                return;
            }
            // No tray to notify from: the accounts window is open (background mode shows it), say it there.
            showAccounts();
            auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_accounts);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
    return m_accounts;
}

} // namespace mf::ui
