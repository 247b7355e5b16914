#include "Shell.h"

#include "AppContext.h"
#include "accounts/AccountsWindow.h"
#include "migration/AccountConfig.h"
#include "migration/MigrationController.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace mf::ui {

Shell::Shell(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    createTray();
    connect(m_context.controller(), &migration::MigrationController::progressChanged, this,
            [this](const migration::Progress &p) {
                if (m_tray)
                    m_tray->setToolTip(tr("Mailferry: %1").arg(p.statusText.isEmpty() ? migration::runStateText(p.state)
                                                                                        : p.statusText));
            });
    connect(m_context.controller(), &migration::MigrationController::runFinished, this,
            [this](const migration::RunSummary &s) {
                const QLocale locale;
                if (s.error)
                    notify(tr("Mailferry stopped"), s.error->message, true);
                else if (s.failed > 0)
                    notify(tr("Some messages could not be copied"),
                           tr("%1 copied, %2 failed. Open Mailferry to see why.")
                               .arg(locale.toString(s.copied), locale.toString(s.failed)),
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

void Shell::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
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

void Shell::showWizard(const QString &editAccountId)
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
    if (!editAccountId.isEmpty()) {
        if (auto account = m_context.accounts().account(editAccountId))
            m_wizard->editAccount(*account);
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

void Shell::showAccounts()
{
    if (!m_accounts) {
        m_accounts = new AccountsWindow(m_context);
        m_accounts->setKeepRunningOnClose(m_tray != nullptr);
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
        connect(m_accounts, &AccountsWindow::editRequested, this, [this](const QString &id) { showWizard(id); });
    }
    m_accounts->reload();
    m_accounts->show();
    m_accounts->raise();
    m_accounts->activateWindow();
}

} // namespace mf::ui
