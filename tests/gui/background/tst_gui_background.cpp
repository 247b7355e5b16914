// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `mailferry --background`, the way the start-at-login entries start Mailferry: the entry passes
// the option, the GUI's parser takes it and the CLI does not claim it; the shell then shows only
// the tray icon and starts continuous sync of every mailbox that has it (real Dovecot, fake
// Google), or the accounts window when the desktop has no tray, or the wizard when nothing is set
// up yet. A mailbox that stops checking, and Google's consent of a "Testing" project about to
// end, are notified once each (on an injected clock).
#include "GuiDriver.h"
#include "GuiMain.h"
#include "ManualClock.h"
#include "Shell.h"
#include "TestEnv.h"
#include "accounts/AccountService.h"
#include "accounts/AccountSettingsDialog.h"
#include "cli/CliRunner.h"
#include "migration/SyncHost.h"
#include "platform/Autostart.h"
#include "secrets/CredentialStore.h"
#include "widgets/Notifier.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTreeWidget>
#include <QtTest/QtTest>

using mf::test::GuiDriver;
using mf::ui::Shell;

namespace {

QList<QWidget *> visibleWindows()
{
    QList<QWidget *> shown;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            shown << w;
    return shown;
}

bool isCli(QList<QByteArray> args)
{
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    return mf::app::CliRunner::isCliCommand(int(argv.size()), argv.data());
}

/// Ends the continuous runs the test started and waits until every worker is idle.
void stopRun(GuiDriver &d)
{
    auto *host = d.context().host();
    if (!host->anyRunning())
        return;
    QSignalSpy all(host, &mf::migration::SyncHost::allStopped);
    host->cancelAll();
    QVERIFY(all.wait(30000));
}

/// A second mailbox of the Dovecot fixture, saved as the app saves one (password in the keychain).
mf::accounts::AccountConfig addMailbox(GuiDriver &d, const QString &user, bool continuous, int intervalMinutes = 5)
{
    mf::accounts::AccountConfig a;
    a.email = user + QStringLiteral("@example.net");
    a.id = mf::accounts::AccountConfig::idForEmail(a.email);
    a.host = d.dovecot().host();
    a.port = d.dovecot().pop3sPort();
    a.security = mf::accounts::AccountConfig::Security::ImplicitTls;
    a.user = user;
    a.pinnedSha256 = d.dovecot().certificateSha256();
    a.gmailAccount = d.google().accountEmail();
    a.options.continuous = continuous;
    a.options.intervalMinutes = intervalMinutes;
    d.context().accounts().save(a);
    d.context().secrets()->write(mf::secrets::pop3PasswordKey(a.id), QString::fromLatin1(GuiDriver::kPassword),
                                 [](mf::Status) {});
    return a;
}

int notificationsAbout(const Shell &shell, const QString &episode)
{
    const auto all = shell.notifier()->history();
    return int(std::count_if(all.begin(), all.end(), [&](const mf::ui::Notification &n) { return n.episode == episode; }));
}

} // namespace

class TestGuiBackground : public QObject {
    Q_OBJECT
private slots:
    void init() { qApp->setQuitOnLastWindowClosed(true); }

    void autostartEntryPassesBackground()
    {
        // run-one.sh gives the test its own HOME: the entry lands in HOME/.config/autostart.
        QVERIFY2(isUnderHome(mf::ui::Autostart::location()), qPrintable(mf::ui::Autostart::location()));
        QVERIFY(mf::ui::Autostart::setEnabled(true));
        QVERIFY(mf::ui::Autostart::isEnabled());
        QFile entry(mf::ui::Autostart::location());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(entry.readAll());
        QString exec;
        for (const QString &line : content.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("Exec=")))
                exec = line;
        QVERIFY2(exec.endsWith(QLatin1String(" --background")), qPrintable(content));
        QVERIFY2(exec.contains(QCoreApplication::applicationFilePath()), qPrintable(exec));
        QCOMPARE(mf::ui::Autostart::command().last(), QStringLiteral("--background"));
        QVERIFY(mf::ui::Autostart::setEnabled(false));
        QVERIFY(!QFile::exists(mf::ui::Autostart::location()));
    }

    void backgroundIsAGuiOptionNotACommand()
    {
        QVERIFY(!isCli({"mailferry", "--background"}));
        QVERIFY(!isCli({"mailferry"}));
        QVERIFY(isCli({"mailferry", "migrate"}));
        QVERIFY(isCli({"mailferry", "--json", "status"}));

        QCommandLineParser parser;
        parser.addHelpOption();
        mf::ui::addGuiOptions(parser);
        QVERIFY2(parser.parse({QStringLiteral("mailferry"), QStringLiteral("--background")}), qPrintable(parser.errorText()));
        QVERIFY(mf::ui::guiOptions(parser).background);
        QVERIFY(parser.parse({QStringLiteral("mailferry")}));
        QVERIFY(!mf::ui::guiOptions(parser).background);
    }

    void withTrayOnlyTheTrayShowsAndContinuousSyncRuns()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(20, &why), why);
        const auto account = d.addReturningUser(/*continuous=*/true);

        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        QSignalSpy finished(d.context().host(), &mf::migration::SyncHost::runFinished);
        shell.startInBackground();
        QVERIFY(shell.tray());
        QVERIFY(shell.tray()->isVisible());
        QVERIFY(!shell.wizard());
        QVERIFY(!shell.accountsWindow() || !shell.accountsWindow()->isVisible());
        QCOMPARE(visibleWindows().size(), 0);
        QVERIFY(!qApp->quitOnLastWindowClosed());

        // The sync starts by itself and copies the mailbox, still without a window.
        QTRY_VERIFY_WITH_TIMEOUT(d.context().host()->anyRunning(), 10000);
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().at(1).value<mf::migration::RunSummary>();
        QCOMPARE(summary.copied, 20);
        QCOMPARE(d.google().messages().size(), 20);
        QTRY_COMPARE(shell.tray()->toolTip(), QStringLiteral("Mailferry: 1 mailbox: 1 up to date"));
        QCOMPARE(visibleWindows().size(), 0);
        // Continuous: the engine now waits for the next check instead of stopping.
        QVERIFY(d.context().host()->isRunning(account.id));
        stopRun(d);
    }

    void withoutTrayTheAccountsWindowOpensAndSaysWhy()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(3, &why), why);
        d.addReturningUser(/*continuous=*/true);

        Shell shell(d.context(), nullptr, /*trayAvailable=*/false);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system tray.*accounts window")));
        shell.startInBackground();
        QVERIFY(!shell.tray());
        QVERIFY(shell.accountsWindow());
        QVERIFY(shell.accountsWindow()->isVisible());
        QCOMPARE(visibleWindows(), QList<QWidget *>{shell.accountsWindow()});
        QTRY_VERIFY_WITH_TIMEOUT(d.context().host()->anyRunning(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(d.google().messages().size(), 3, 60000);
        stopRun(d);
    }

    void aMissingPasswordBecomesANotificationNotADialog()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(1, &why), why);
        const auto account = d.addReturningUser(/*continuous=*/true, /*storePassword=*/false);

        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        QSignalSpy shown(shell.notifier(), &mf::ui::Notifier::shown);
        QCOMPARE(shell.startContinuousSync(), QStringList{account.id});
        QVERIFY(shown.wait(10000));
        const auto note = shown.first().first().value<mf::ui::Notification>();
        QVERIFY2(note.text.contains(account.email), qPrintable(note.text));
        QCOMPARE(note.title, QStringLiteral("Password needed"));
        QCOMPARE(visibleWindows().size(), 0);
        QVERIFY(!d.context().host()->anyRunning());
        QCOMPARE(d.google().messages().size(), 0);
    }

    void withNothingSetUpTheWizardOpens()
    {
        GuiDriver d;
        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        shell.startInBackground();
        QVERIFY(shell.wizard());
        QVERIFY(shell.wizard()->isVisible());
        QVERIFY(!d.context().host()->anyRunning());
    }

    void backgroundStartsEveryContinuousMailbox()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(mf::test::DovecotFixture::available(&why), why);
        d.dovecot().addUser(QStringLiteral("tom"), QString::fromLatin1(GuiDriver::kPassword));
        d.dovecot().addUser(QStringLiteral("ana"), QString::fromLatin1(GuiDriver::kPassword));
        MF_REQUIRE_PART(d.start(6, &why), why);
        d.dovecot().deliverMixed(QStringLiteral("tom"), 4, 17);
        d.dovecot().deliverMixed(QStringLiteral("ana"), 3, 19);
        const auto maria = d.addReturningUser(/*continuous=*/true);
        const auto tom = addMailbox(d, QStringLiteral("tom"), /*continuous=*/true);
        const auto ana = addMailbox(d, QStringLiteral("ana"), /*continuous=*/false); // one-time: not at login

        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        QCommandLineParser parser;
        mf::ui::addGuiOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("mailferry"), QStringLiteral("--background")}));
        QString error;
        QVERIFY(mf::ui::startShell(shell, d.context(), mf::ui::guiOptions(parser), &error));
        QCOMPARE(visibleWindows().size(), 0);

        // Both continuous mailboxes copy at once and then wait for their next check.
        auto *host = d.context().host();
        QTRY_COMPARE_WITH_TIMEOUT(host->state(maria.id).activity, mf::migration::MailboxState::Waiting, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(host->state(tom.id).activity, mf::migration::MailboxState::Waiting, 60000);
        QVERIFY(host->isRunning(maria.id));
        QVERIFY(host->isRunning(tom.id));
        QVERIFY(!host->isRunning(ana.id));
        QCOMPARE(d.google().messages().size(), 10);
        QTRY_COMPARE(shell.tray()->toolTip(), QStringLiteral("Mailferry: 2 mailboxes: 2 up to date"));
        // The tray's menu says the same on its first line.
        QCOMPARE(shell.tray()->contextMenu()->actions().first()->text(), QStringLiteral("2 mailboxes: 2 up to date"));
        stopRun(d);
    }

    void finishingTheWizardHandsAContinuousMailboxToTheHost()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(4, &why), why);
        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        shell.showWizard();
        mf::ui::SetupWizard &wizard = *shell.wizard();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY2(d.next(wizard, mf::ui::SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, mf::ui::SetupWizard::MailboxPageId), qPrintable(d.lastError()));
        QVERIFY2(d.fillMailboxAndTest(wizard), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, mf::ui::SetupWizard::OptionsPageId), qPrintable(d.lastError()));
        auto *continuous = wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("continuousCheck"));
        QVERIFY(continuous);
        continuous->setChecked(true);
        QVERIFY2(d.next(wizard, mf::ui::SetupWizard::ReviewPageId), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, mf::ui::SetupWizard::ProgressPageId), qPrintable(d.lastError()));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));
        const QString id = wizard.state().account.id;
        QCOMPARE(d.google().messages().size(), 4);
        QVERIFY2(d.next(wizard, mf::ui::SetupWizard::DonePageId), qPrintable(d.lastError()));
        QVERIFY(!d.context().host()->contains(id));

        // Finish: the wizard's run ends and the host keeps the mailbox checking.
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d.context().host()->isRunning(id), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!d.context().controller()->isRunning(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(d.context().host()->state(id).activity, mf::migration::MailboxState::Waiting, 60000);
        // New mail is picked up by the host's "Sync now", without a second copy of the old.
        d.dovecot().deliverMixed(QStringLiteral("maria"), 2, 23);
        d.context().host()->syncNow(id);
        QTRY_COMPARE_WITH_TIMEOUT(d.google().messages().size(), 6, 60000);
        stopRun(d);
    }

    void aStalledMailboxIsNotifiedOncePerEpisode()
    {
        GuiDriver d;
        mf::test::ManualClock clock;
        d.context().setClock(&clock);
        mf::accounts::AccountConfig a;
        a.email = QStringLiteral("ana@example.net");
        a.id = mf::accounts::AccountConfig::idForEmail(a.email);
        a.host = QStringLiteral("pop.example.net");
        a.user = QStringLiteral("ana");
        a.options.continuous = true;
        a.options.intervalMinutes = 5;
        d.context().accounts().save(a);
        auto &service = d.context().accountService();
        service.recordCheck(a.id, clock.now(), true);

        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        shell.showAccounts();
        const QString episode = QStringLiteral("stalled:") + a.id;
        // Then the server stops answering: one failed check after another.
        const auto serverDown =
            mf::Error::session(mf::Error::Code::ConnectionRefused, QStringLiteral("The server does not answer."));
        auto failEvery = [&](int minutes) {
            for (int i = 0; i < minutes; ++i) {
                clock.advance(std::chrono::minutes(1));
                service.recordCheck(a.id, clock.now(), false, serverDown);
            }
        };
        failEvery(14); // under 3x the interval: late, not yet stalled
        QCOMPARE(notificationsAbout(shell, episode), 0);
        auto *list = shell.accountsWindow()->findChild<QTreeWidget *>(QStringLiteral("accountList"));
        shell.accountsWindow()->reload();
        QVERIFY2(list->topLevelItem(0)->text(2).contains(QStringLiteral("Late")), qPrintable(list->topLevelItem(0)->text(2)));

        failEvery(2); // past 15 minutes: stalled, said once, with the reason
        QCOMPARE(notificationsAbout(shell, episode), 1);
        const auto note = shell.notifier()->history().last();
        QVERIFY2(note.title.contains(a.email), qPrintable(note.title));
        QVERIFY2(!note.text.isEmpty(), "the notification says why");
        shell.accountsWindow()->reload();
        QVERIFY2(list->topLevelItem(0)->text(2).contains(QStringLiteral("Stalled")), qPrintable(list->topLevelItem(0)->text(2)));

        failEvery(30); // still stalled: no second notification
        QCOMPARE(notificationsAbout(shell, episode), 1);

        // It works again, then stalls again: a new episode, a new notification.
        service.recordCheck(a.id, clock.now(), true);
        clock.advance(std::chrono::minutes(1));
        QCOMPARE(notificationsAbout(shell, episode), 1);
        failEvery(17);
        QCOMPARE(notificationsAbout(shell, episode), 2);
    }

    void aTestingProjectsConsentIsNotifiedADayAhead()
    {
        GuiDriver d;
        mf::test::ManualClock clock;
        d.context().setClock(&clock);
        d.context().setGoogleAccount(mf::ui::GoogleAccount{QStringLiteral("maria@gmail.example"), QString(), {}});
        mf::accounts::AccountConfig a;
        a.email = QStringLiteral("maria@example.net");
        a.id = mf::accounts::AccountConfig::idForEmail(a.email);
        a.host = QStringLiteral("pop.example.net");
        a.user = QStringLiteral("maria");
        d.context().accounts().save(a);
        mf::google::ConsentRecord record;
        record.issuedAt = clock.now();
        record.expiresAt = clock.now().addDays(7);
        d.context().accountService().recordConsent(QStringLiteral("maria@gmail.example"), record);

        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        const QString episode = QStringLiteral("consent:maria@gmail.example");
        clock.advance(std::chrono::hours(24 * 5)); // two days left: nothing yet
        QCOMPARE(notificationsAbout(shell, episode), 0);
        clock.advance(std::chrono::hours(25)); // under a day left
        QCOMPARE(notificationsAbout(shell, episode), 1);
        clock.advance(std::chrono::hours(6));
        QCOMPARE(notificationsAbout(shell, episode), 1); // once, not every minute
        const auto note = shell.notifier()->history().last();
        QVERIFY2(note.text.contains(QStringLiteral("ublish")), qPrintable(note.text)); // how to publish the project
        // The tray offers "Sign in again", and clicking the message opens the mailbox's Google tab.
        const auto actions = shell.tray()->contextMenu()->actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(),
                            [](QAction *x) { return x->isVisible() && x->text().startsWith(QStringLiteral("Sign in")); }));
        emit shell.notifier()->clicked(episode);
        QVERIFY(shell.accountsWindow() && shell.accountsWindow()->isVisible());
        auto *dialog = shell.accountsWindow()->findChild<mf::ui::AccountSettingsDialog *>();
        QVERIFY(dialog);
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
        QVERIFY(signIn);
        QVERIFY(signIn->isVisibleTo(dialog));
        dialog->close();
    }

private:
    static bool isUnderHome(const QString &path) { return path.startsWith(QDir::homePath() + QLatin1Char('/')); }
};

QTEST_MAIN(TestGuiBackground)
#include "tst_gui_background.moc"
