// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `mailferry --background`, the way the start-at-login entries start Mailferry: the entry passes
// the option, the GUI's parser takes it and the CLI does not claim it; the shell then shows only
// the tray icon and starts continuous sync (real Dovecot, fake Google), or the accounts window
// when the desktop has no tray, or the wizard when nothing is set up yet.
#include "GuiDriver.h"
#include "GuiMain.h"
#include "Shell.h"
#include "TestEnv.h"
#include "cli/CliRunner.h"
#include "migration/MigrationController.h"
#include "platform/Autostart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSystemTrayIcon>
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

/// Ends a continuous run the test started and waits until the worker is idle.
void stopRun(GuiDriver &d)
{
    auto *c = d.context().controller();
    if (!c->isRunning())
        return;
    QSignalSpy stopped(c, &mf::migration::MigrationController::stopped);
    c->cancel();
    QVERIFY(stopped.wait(30000));
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
        d.addReturningUser(/*continuous=*/true);

        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        QSignalSpy finished(d.context().controller(), &mf::migration::MigrationController::runFinished);
        shell.startInBackground();
        QVERIFY(shell.tray());
        QVERIFY(shell.tray()->isVisible());
        QVERIFY(!shell.wizard());
        QVERIFY(!shell.accountsWindow() || !shell.accountsWindow()->isVisible());
        QCOMPARE(visibleWindows().size(), 0);
        QVERIFY(!qApp->quitOnLastWindowClosed());

        // The sync starts by itself and copies the mailbox, still without a window.
        QTRY_VERIFY_WITH_TIMEOUT(d.context().controller()->isRunning(), 10000);
        QVERIFY(finished.wait(60000));
        const auto summary = finished.first().first().value<mf::migration::RunSummary>();
        QCOMPARE(summary.copied, 20);
        QCOMPARE(d.google().messages().size(), 20);
        QVERIFY2(shell.tray()->toolTip().startsWith(QStringLiteral("Mailferry")), qPrintable(shell.tray()->toolTip()));
        QCOMPARE(visibleWindows().size(), 0);
        // Continuous: the engine now waits for the next check instead of stopping.
        QVERIFY(d.context().controller()->isRunning());
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
        QTRY_VERIFY_WITH_TIMEOUT(d.context().controller()->isRunning(), 10000);
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
        QCOMPARE(shell.startContinuousSync(), account.id);
        QVERIFY(shell.accountsWindow());
        QSignalSpy attention(shell.accountsWindow(), &mf::ui::AccountsWindow::attentionNeeded);
        QVERIFY(attention.wait(10000));
        QVERIFY2(attention.first().at(1).toString().contains(account.email), qPrintable(attention.first().at(1).toString()));
        QCOMPARE(visibleWindows().size(), 0);
        QVERIFY(!d.context().controller()->isRunning());
        QCOMPARE(d.google().messages().size(), 0);
    }

    void withNothingSetUpTheWizardOpens()
    {
        GuiDriver d;
        Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        shell.startInBackground();
        QVERIFY(shell.wizard());
        QVERIFY(shell.wizard()->isVisible());
        QVERIFY(!d.context().controller()->isRunning());
    }

private:
    static bool isUnderHome(const QString &path) { return path.startsWith(QDir::homePath() + QLatin1Char('/')); }
};

QTEST_MAIN(TestGuiBackground)
#include "tst_gui_background.moc"
