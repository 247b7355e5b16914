// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Shell.h"

#include "AppContext.h"
#include "accounts/AccountConfig.h"
#include "accounts/AccountService.h"
#include "accounts/AccountsWindow.h"
#include "common/Logging.h"
#include "migration/MigrationController.h"
#include "migration/SyncHealth.h"
#include "migration/SyncHost.h"
#include "models/MailboxStatusText.h"
#include "widgets/HelpMenu.h"
#include "widgets/Notifier.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSystemTrayIcon>

#include <memory>

namespace mf::ui {

using migration::MailboxState;
using migration::SyncHost;

namespace {
// Episodes of the notifications: one per mailbox and kind, and one per Google account.
QString needsYouEpisode(const QString &id)
{
    return QStringLiteral("needs-you:") + id;
}
QString stalledEpisode(const QString &id)
{
    return QStringLiteral("stalled:") + id;
}
QString consentEpisode(const QString &email)
{
    return QStringLiteral("consent:") + email;
}
} // namespace

Shell::Shell(AppContext &context, QObject *parent, std::optional<bool> trayAvailable)
    : QObject(parent)
    , m_context(context)
    , m_notifier(new Notifier(this))
{
    createTray(trayAvailable.value_or(QSystemTrayIcon::isSystemTrayAvailable()));
    m_notifier->setTray(m_tray);
    connect(m_notifier, &Notifier::clicked, this, &Shell::onNotificationClicked);
    connect(m_notifier, &Notifier::shown, this, [this](const Notification &n) {
        if (m_tray || n.episode.isEmpty())
            return;
        // No tray to notify from: the accounts window is open (background mode shows it), say it there.
        showAccounts();
        auto *box = new QMessageBox(QMessageBox::Information, n.title, n.text, QMessageBox::Ok, m_accounts);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    // The wizard's first run of a new mailbox.
    connect(m_context.controller(), &migration::MigrationController::progressChanged, this, [this](const migration::Progress &p) {
        if (m_tray && m_context.host()->accountIds().isEmpty())
            m_tray->setToolTip(tr("Mailferry: %1").arg(p.statusText.isEmpty() ? migration::runStateText(p.state) : p.statusText));
    });
    connect(m_context.controller(), &migration::MigrationController::runFinished, this, [this](const migration::RunSummary &s) {
        const QLocale locale;
        if (s.error)
            m_notifier->notify(tr("Mailferry stopped"), s.error->message, true);
        else if (s.failed > 0)
            m_notifier->notify(
                tr("Some messages could not be copied"),
                tr("%1 copied, %2 failed. Open Mailferry to see why.").arg(locale.toString(s.copied), locale.toString(s.failed)),
                true);
        else if (s.copied > 0)
            m_notifier->notify(tr("Mail moved to Gmail"), tr("%n message(s) copied.", nullptr, s.copied), false);
    });

    // Every mailbox in the host.
    SyncHost *host = m_context.host();
    connect(host, &SyncHost::mailboxChanged, this, &Shell::onMailboxChanged);
    connect(host, &SyncHost::needsYou, this, &Shell::onNeedsYou);
    connect(host, &SyncHost::runFinished, this, &Shell::onRunFinished);
    connect(host, &SyncHost::passEnded, this, [this](const QString &id, const QDateTime &, bool ok) {
        if (!ok)
            return;
        // It works again: a later problem is a new episode, worth a new notification.
        m_notifier->clear(needsYouEpisode(id));
        m_notifier->clear(stalledEpisode(id));
    });
    connect(host, &SyncHost::stopped, this, [this] { updateTray(); });

    m_healthTimer = m_context.clock()->createTimer(this);
    connect(m_healthTimer, &Timer::timeout, this, [this] {
        checkHealth();
        m_healthTimer->start(kHealthEvery);
    });
    m_healthTimer->start(kHealthEvery);
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
    m_summary = menu->addAction(tr("Mailferry"));
    m_summary->setEnabled(false);
    m_summary->setVisible(false);
    menu->addAction(tr("Open Mailferry"), this, [this] { showAccounts(); });
    menu->addAction(tr("Sync all now"), this, [this] {
        for (const accounts::AccountConfig &a : m_context.accounts().accounts()) {
            const QString id = a.id;
            m_context.startSync(id, {}, [this, id](AppContext::StartProblem) {
                m_notifier->raise(needsYouEpisode(id), tr("%1 needs you").arg(mailboxName(id)),
                                  tr("Its password or the Google sign-in is missing. Open Mailferry and press \"Sync now\"."));
            });
        }
    });
    m_signInAgain = menu->addAction(tr("Sign in to Google again…"), this, &Shell::signInAgain);
    m_signInAgain->setVisible(false);
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

QString Shell::trayText() const
{
    const QList<MailboxState> states = m_context.host()->states();
    if (states.isEmpty())
        return tr("Mailferry");
    return tr("Mailferry: %1").arg(MailboxStatusText::summaryText(states));
}

void Shell::updateTray()
{
    if (!m_tray)
        return;
    m_tray->setToolTip(trayText());
    const QList<MailboxState> states = m_context.host()->states();
    m_summary->setText(MailboxStatusText::summaryText(states));
    m_summary->setVisible(!states.isEmpty());
}

QString Shell::mailboxName(const QString &accountId) const
{
    const auto account = m_context.accounts().account(accountId);
    return account ? account->email : accountId;
}

void Shell::onMailboxChanged(const MailboxState &state)
{
    updateTray();
    if (state.activity == MailboxState::Copying || state.activity == MailboxState::Waiting) {
        // Copying or waiting for its next check without an error: whatever needed the user is solved.
        if (!state.lastError)
            m_notifier->clear(needsYouEpisode(state.accountId));
    }
}

void Shell::onNeedsYou(const QString &accountId, const Error &error)
{
    const bool shown = m_notifier->raise(needsYouEpisode(accountId), tr("%1 needs you").arg(mailboxName(accountId)),
                                         tr("%1\nThe other mailboxes go on.").arg(error.message));
    if (shown) {
        // The health record knows this episode now: it is not notified again after a restart.
        const auto verdict = migration::SyncHealth::forAccount(m_context.accountService(), accountId, m_context.clock()->now());
        if (verdict.state == migration::HealthState::NeedsYou && !verdict.episode.isEmpty())
            m_context.accountService().markHealthNotified(accountId, verdict.episode);
    }
}

void Shell::onRunFinished(const QString &accountId, const migration::RunSummary &s)
{
    updateTray();
    const auto account = m_context.accounts().account(accountId);
    const bool continuous = account && account->options.continuous;
    const QLocale locale;
    const QString name = mailboxName(accountId);
    if (s.error) {
        // Needing the user has its own notification; a continuous mailbox that keeps failing is
        // told by its health (stalled), not at every pass.
        if (s.error->scope == Error::Scope::Account || s.error->scope == Error::Scope::Cancelled || continuous)
            return;
        m_notifier->notify(tr("Mailferry stopped copying %1").arg(name), s.error->message, true);
    } else if (s.failed > 0) {
        m_notifier->notify(
            tr("Some messages of %1 could not be copied").arg(name),
            tr("%1 copied, %2 failed. Open Mailferry to see why.").arg(locale.toString(s.copied), locale.toString(s.failed)),
            true);
    } else if (s.copied > 0 && !continuous) {
        m_notifier->notify(tr("Mail moved to Gmail"), tr("%1: %n message(s) copied.", nullptr, s.copied).arg(name), false);
    }
}

void Shell::checkHealth()
{
    const QDateTime now = m_context.clock()->now();
    accounts::AccountService &service = m_context.accountService();
    for (const accounts::AccountConfig &a : m_context.accounts().accounts()) {
        if (!a.options.continuous)
            continue;
        const migration::HealthVerdict verdict = migration::SyncHealth::forAccount(service, a.id, now);
        if (!verdict.isWarning()) {
            m_notifier->clear(stalledEpisode(a.id));
            continue;
        }
        const bool stalled = verdict.state == migration::HealthState::Stalled;
        const QString episode = stalled ? stalledEpisode(a.id) : needsYouEpisode(a.id);
        const QString title = stalled ? tr("%1 has not been checked for a while").arg(a.email) : tr("%1 needs you").arg(a.email);
        const QString text = verdict.advice.isEmpty() ? verdict.text : tr("%1\n%2").arg(verdict.text, verdict.advice);
        if (verdict.notify)
            m_notifier->raise(episode, title, text);
        if (verdict.notify && !verdict.episode.isEmpty())
            service.markHealthNotified(a.id, verdict.episode);
    }

    // Google's consent of a "Testing" project ends after 7 days: say so a day ahead.
    const QString email = m_context.googleAccount().email;
    if (email.isEmpty())
        return;
    const google::ConsentVerdict consent = service.consent(email, now);
    if (m_signInAgain)
        m_signInAgain->setVisible(consent.warn);
    if (!consent.warn) {
        m_notifier->clear(consentEpisode(email));
        return;
    }
    if (service.consentNeedsNotice(email, consent)) {
        m_notifier->raise(consentEpisode(email), tr("Sign in to Google again"),
                          tr("%1\n%2").arg(consent.message, consent.advice));
        service.markConsentNotified(email, consent);
    }
}

void Shell::signInAgain()
{
    showAccounts();
    m_accounts->showSignInAgain();
}

void Shell::onNotificationClicked(const QString &episode)
{
    if (episode.startsWith(QLatin1String("consent:"))) {
        signInAgain();
        return;
    }
    showAccounts();
    const QString id = episode.section(QLatin1Char(':'), 1);
    if (!id.isEmpty())
        m_accounts->selectAccount(id);
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
    checkHealth();
}

QStringList Shell::startContinuousSync()
{
    const QStringList continuous = m_context.continuousAccountIds();
    if (continuous.isEmpty()) {
        qCInfo(lcUi) << "no mailbox has continuous sync switched on: nothing to start";
        return {};
    }
    qCInfo(lcUi) << "starting continuous sync for" << continuous.size() << "mailbox(es)";
    for (const QString &id : continuous) {
        m_context.startSync(id, {}, [this, id](AppContext::StartProblem problem) {
            const QString name = mailboxName(id);
            if (problem == AppContext::StartProblem::NotSignedIn)
                m_notifier->raise(needsYouEpisode(id), tr("Sign in again"),
                                  tr("Mailferry is no longer signed in to Google, so %1 is not being copied. Open "
                                     "Mailferry and use \"Edit\" to sign in again.")
                                      .arg(name));
            else
                m_notifier->raise(needsYouEpisode(id), tr("Password needed"),
                                  tr("The password for %1 is not stored on this computer. Open Mailferry and "
                                     "press \"Sync now\" to type it.")
                                      .arg(name));
        });
    }
    return continuous;
}

void Shell::handOverFromWizard(const QString &accountId)
{
    const auto account = m_context.accounts().account(accountId);
    if (!account || !account->options.continuous)
        return;
    const QString password = m_wizard ? m_wizard->state().password : QString();
    auto begin = [this, accountId, password] {
        const auto now = m_context.accounts().account(accountId);
        if (!now)
            return;
        if (password.isEmpty() || !m_context.startSyncWith(*now, password, {}))
            m_context.startSync(accountId, {}, [this, accountId](AppContext::StartProblem) {
                m_notifier->raise(needsYouEpisode(accountId), tr("%1 needs you").arg(mailboxName(accountId)),
                                  tr("Its password or the Google sign-in is missing. Open Mailferry and press \"Sync now\"."));
            });
    };
    migration::MigrationController *controller = m_context.controller();
    if (!controller->isRunning()) {
        begin();
        return;
    }
    // The wizard's run waits for its next check: it ends here, and the host takes the mailbox over.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(controller, &migration::MigrationController::stopped, this, [once, begin] {
        QObject::disconnect(*once);
        begin();
    });
    controller->cancel();
}

void Shell::showWizard()
{
    if (!m_wizard) {
        m_wizard = new SetupWizard(m_context);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_wizard, &SetupWizard::accountReady, this, [this](const QString &accountId) {
            qApp->setQuitOnLastWindowClosed(!(m_tray && m_context.hasContinuousAccount()));
            handOverFromWizard(accountId);
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
            // Said each time it happens (a one-off), and in a window where there is no tray.
            const QString episode = QStringLiteral("attention:") + title;
            m_notifier->raise(episode, title, text);
            m_notifier->clear(episode);
        });
    }
    return m_accounts;
}

} // namespace mf::ui
