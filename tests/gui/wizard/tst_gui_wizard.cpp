// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The wizard end to end, offscreen, against real Dovecot and the fake Google: sign in, type the
// address, test the connection, trust the pinned certificate, go through the options, migrate 50
// messages, check counters, table and CSV, run again from the accounts window (0 new copies),
// error paths, and that no secret ends up in settings, logs, the ledger or the CSV.
#include "GuiDriver.h"
#include "MailFactory.h"
#include "TestEnv.h"
#include "accounts/AccountsWindow.h"
#include "log/LogView.h"
#include "migration/MigrationController.h"
#include "migration/SyncHost.h"
#include "models/LedgerTableModel.h"
#include "secrets/CredentialStore.h"
#include "wizard/MailboxPage.h"
#include "wizard/ProgressPage.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest/QtTest>

using mf::test::GuiDriver;
using mf::ui::SetupWizard;

namespace {

/// The widget of `window` that has (or gets back, when the window is active again) the keyboard
/// focus. Offscreen, a window does not become active again by itself after a dialog closed.
QWidget *focusIn(QWidget *window)
{
    return window->window()->focusWidget();
}

/// The key goes where a user's key goes: to the widget with the keyboard focus.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focusIn(window);
    QTest::keyClick(target ? target : window, key, modifiers);
}

/// Presses Tab until `target` has the focus (at most `limit` times).
bool tabTo(QWidget *window, QWidget *target, int limit = 30)
{
    for (int i = 0; i < limit && focusIn(window) != target; ++i)
        press(window, Qt::Key_Tab);
    return focusIn(window) == target;
}

QWidget *visibleTopLevel(const QString &name, int timeoutMs = 20000)
{
    QWidget *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == name && w->isVisible())
                found = w;
        return found != nullptr;
        },
        timeoutMs);
    return found;
}

/// Signs in and goes to the progress page with maria's mailbox, by the driver's clicks.
bool reachProgress(GuiDriver &d, SetupWizard &wizard)
{
    return d.next(wizard, SetupWizard::SignInPageId) && d.signIn(wizard) && d.next(wizard, SetupWizard::MailboxPageId)
        && d.fillMailboxAndTest(wizard) && d.next(wizard, SetupWizard::OptionsPageId) && d.next(wizard, SetupWizard::ReviewPageId)
        && d.next(wizard, SetupWizard::ProgressPageId);
}

} // namespace

class TestGuiWizard : public QObject {
    Q_OBJECT
private slots:
    // Enter in the password field starts the test and stays on the page; Enter never means Back,
    // not even with Back focused; once Next is available, Enter means Next.
    void enterNeverGoesBack()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(3, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        // Signed in: Enter means Next.
        wizard.activateWindow();
        QTest::keyClick(&wizard, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));

        QWizardPage *page = wizard.currentPage();
        auto *email = page->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *host = page->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        auto *port = page->findChild<QSpinBox *>(QStringLiteral("portSpin"));
        auto *user = page->findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *pass = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(email && host && port && user && pass);
        QTest::keyClicks(email, QStringLiteral("maria@example.net"));
        host->setText(d.dovecot().host());
        port->setValue(d.dovecot().pop3sPort());
        user->setText(QStringLiteral("maria"));
        pass->setText(QString::fromLatin1(GuiDriver::kPassword));

        // Back focused, Next not yet available: Enter does nothing at all.
        wizard.button(QWizard::BackButton)->setFocus();
        QTest::keyClick(wizard.button(QWizard::BackButton), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));

        // Enter in the password field: the test starts (the certificate question comes), on this page.
        pass->setFocus();
        QTest::keyClick(pass, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));
        QWidget *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("certificateDialog") && w->isVisible())
                    dialog = w;
            if (!dialog)
                dialog = page->findChild<QWidget *>(QStringLiteral("certificateDialog"));
            return dialog != nullptr;
            },
            20000));
        QCOMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));
        QCOMPARE(pass->text(), QString::fromLatin1(GuiDriver::kPassword)); // not emptied by a trip back
        if (auto *box = qobject_cast<QDialog *>(dialog))
            box->reject();
    }

    // The whole way from the mailbox page to the end with the keys a user presses: typing, Tab,
    // Enter and Space. After the connection test and after the dry run the focus is on the way
    // forward, never on Back; Enter never goes back.
    void keyboardOnlyFromMailboxToDone()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(5, &why), why);
        SetupWizard wizard(d.context());
        QSignalSpy ready(&wizard, &SetupWizard::accountReady);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        wizard.button(QWizard::NextButton)->setFocus();
        press(&wizard, Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));

        QWizardPage *page = wizard.currentPage();
        auto *email = page->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *host = page->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        auto *port = page->findChild<QSpinBox *>(QStringLiteral("portSpin"));
        auto *user = page->findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *pass = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QCOMPARE(focusIn(&wizard), email);
        QTest::keyClicks(email, QStringLiteral("maria@example.net"));
        press(&wizard, Qt::Key_Tab);
        QCOMPARE(focusIn(&wizard), host);
        QTest::keyClicks(host, d.dovecot().host());
        press(&wizard, Qt::Key_Tab);
        QCOMPARE(focusIn(&wizard), port);
        QTest::keyClicks(port, QString::number(d.dovecot().pop3sPort())); // Tab selected the old value
        QCOMPARE(port->value(), int(d.dovecot().pop3sPort()));
        QVERIFY(tabTo(&wizard, user));
        QTest::keyClicks(user, QStringLiteral("maria"));
        press(&wizard, Qt::Key_Tab);
        QCOMPARE(focusIn(&wizard), pass);
        QTest::keyClicks(pass, QString::fromLatin1(GuiDriver::kPassword));
        press(&wizard, Qt::Key_Return); // Enter in the password field tests
        QWidget *dialog = visibleTopLevel(QStringLiteral("certificateDialog"));
        if (!dialog)
            dialog = page->findChild<QWidget *>(QStringLiteral("certificateDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isActiveWindow());
        QVERIFY(tabTo(dialog, dialog->findChild<QPushButton *>(QStringLiteral("trustButton"))));
        press(dialog, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 20000);
        QCOMPARE(wizard.state().account.user, QStringLiteral("maria"));
        // Tested: the focus is on Next, not on Back.
        QTRY_COMPARE(focusIn(&wizard), wizard.button(QWizard::NextButton));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::OptionsPageId));

        // Options: Space keeps the safe default; Enter continues, even from Back.
        auto *keep = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("keepRadio"));
        QVERIFY(tabTo(&wizard, keep));
        press(&wizard, Qt::Key_Space);
        QVERIFY(keep->isChecked());
        wizard.button(QWizard::BackButton)->setFocus();
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));

        // Review: Enter on Back does nothing (starting the copy needs its own button); Space on
        // the dry run; then the focus waits on "Start moving mail".
        wizard.button(QWizard::BackButton)->setFocus();
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
        auto *dryRun = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("dryRunButton"));
        QVERIFY(tabTo(&wizard, dryRun));
        press(&wizard, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(dryRun->isEnabled(), 60000);
        QTRY_COMPARE(focusIn(&wizard), wizard.button(QWizard::CommitButton));
        QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProgressPageId));

        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));
        QCOMPARE(d.google().messages().size(), 5);
        QTRY_COMPARE(focusIn(&wizard), wizard.button(QWizard::NextButton));
        QCOMPARE(wizard.currentPage()->findChild<QLabel *>(QStringLiteral("etaLabel"))->text(), QStringLiteral("Done"));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::DonePageId));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(ready.size(), 1);
        QVERIFY(!wizard.isVisible());
    }

    // Cancel while copying asks; "Keep copying in the background" closes the wizard and the copy
    // goes on to the end.
    void closingDuringTheRunCanKeepCopying()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(30, &why), why);
        d.google().setLatency(100);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY2(reachProgress(d, wizard), qPrintable(d.lastError()));
        auto *controller = d.context().controller();
        QTRY_VERIFY(controller->isRunning());
        QSignalSpy stopped(controller, &mf::migration::MigrationController::stopped);
        press(&wizard, Qt::Key_Escape);
        auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("closeDuringRunDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(wizard.isVisible()); // nothing closed before she answered
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepCopyingButton"));
        QTRY_VERIFY(box->isActiveWindow());
        press(box, Qt::Key_Return);
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(stopped.isEmpty()
                || stopped.first().first().value<mf::migration::RunSummary>().state == mf::migration::RunState::Finished);
        QVERIFY(stopped.wait(120000) || !stopped.isEmpty());
        const auto summary = stopped.first().first().value<mf::migration::RunSummary>();
        QCOMPARE(summary.state, mf::migration::RunState::Finished);
        QCOMPARE(d.google().messages().size(), 30);
    }

    // "Stop copying" really stops: the engine is cancelled, what was copied stays, the rest waits.
    void closingDuringTheRunCanStop()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(120, &why), why);
        d.google().setLatency(200);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY2(reachProgress(d, wizard), qPrintable(d.lastError()));
        auto *controller = d.context().controller();
        QTRY_VERIFY(controller->isRunning());
        QSignalSpy stopped(controller, &mf::migration::MigrationController::stopped);
        press(&wizard, Qt::Key_Escape);
        auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("closeDuringRunDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isActiveWindow());
        auto *stop = box->findChild<QPushButton *>(QStringLiteral("stopCopyingButton"));
        QVERIFY(tabTo(box, stop));
        press(box, Qt::Key_Space);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().first().value<mf::migration::RunSummary>().state, mf::migration::RunState::Cancelled);
        QTRY_VERIFY(!wizard.isVisible());
        QVERIFY(!controller->isRunning());
        QVERIFY2(d.google().messages().size() < 120, "the copy stopped before the end");
    }

    void fullMigrationThenRerunAndNoSecretLeaks()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(50, &why), why);

        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QCOMPARE(d.context().googleAccount().email, d.google().accountEmail());
        QVERIFY(wizard.currentPage()
                    ->findChild<QLabel *>(QStringLiteral("signInStatus"))
                    ->text()
                    .contains(d.google().accountEmail()));
        // The refresh token went to the keychain, not to the settings.
        QVERIFY(d.keychain().contains(mf::secrets::googleRefreshTokenKey(d.google().accountEmail())));

        QVERIFY2(d.next(wizard, SetupWizard::MailboxPageId), qPrintable(d.lastError()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(d.fillMailboxAndTest(wizard), qPrintable(d.lastError()));
        const QString status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("testStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("50")), qPrintable(status));
        QCOMPARE(wizard.state().account.pinnedSha256, d.dovecot().certificateSha256());
        QCOMPARE(wizard.state().messagesOnServer, 50);
        const QString id = wizard.state().account.id;
        QVERIFY(d.keychain().contains(mf::secrets::pop3PasswordKey(id)));

        QVERIFY2(d.next(wizard, SetupWizard::OptionsPageId), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ReviewPageId), qPrintable(d.lastError()));
        const QString review = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("reviewSummary"))->text();
        QVERIFY2(review.contains(QStringLiteral("<b>50</b>")), qPrintable(review));
        QVERIFY2(d.next(wizard, SetupWizard::ProgressPageId), qPrintable(d.lastError()));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));

        auto *page = qobject_cast<mf::ui::ProgressPage *>(wizard.currentPage());
        QVERIFY(page);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("copiedCount"))->text(), QStringLiteral("50"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("failedCount"))->text(), QStringLiteral("0"));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("leftCount"))->text(), QStringLiteral("0"));
        QCOMPARE(d.google().messages().size(), 50);
        QTRY_COMPARE_WITH_TIMEOUT(page->itemModel()->rowCount(), 50, 5000);
        const QString firstStatus = page->itemModel()->index(0, mf::ui::LedgerTableModel::StatusColumn).data().toString();
        QVERIFY2(!firstStatus.isEmpty(), "the table shows a status");

        // "Problems only" hides everything after a clean run.
        auto *show = page->findChild<QComboBox *>(QStringLiteral("showCombo"));
        show->setCurrentIndex(show->findData(int(mf::ui::LogView::Show::Problems)));
        QCOMPARE(page->itemModel()->rowCount(), 0);
        show->setCurrentIndex(show->findData(int(mf::ui::LogView::Show::All)));
        QCOMPARE(page->itemModel()->rowCount(), 50);

        const QString csv = d.workDir() + QStringLiteral("/log.csv");
        const auto rows = page->exportCsv(csv);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().toString()));
        QVERIFY(rows.value() >= 50);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csvFile.readAll();
        QCOMPARE(csvBytes.count("\r\n"), int(rows.value()) + 1);
        QVERIFY(csvBytes.contains("copied"));

        QVERIFY2(d.next(wizard, SetupWizard::DonePageId), qPrintable(d.lastError()));
        QVERIFY(wizard.currentPage()->findChild<QLabel *>(QStringLiteral("doneSummary"))->text().contains(QStringLiteral("50")));
        wizard.close();

        // Returning user: the accounts window lists the mailbox; "Sync now" copies nothing new.
        mf::ui::AccountsWindow accounts(d.context());
        accounts.show();
        QCOMPARE(d.context().accounts().accounts().size(), 1);
        // The first run's "stopped" follows its runFinished; let it arrive before listening.
        QTRY_VERIFY_WITH_TIMEOUT(!d.context().controller()->isRunning(), 30000);
        QTest::qWait(50);
        QSignalSpy stopped(d.context().host(), &mf::migration::SyncHost::stopped);
        accounts.syncNow(id);
        QVERIFY(stopped.wait(60000));
        const auto summary = stopped.first().at(1).value<mf::migration::RunSummary>();
        QCOMPARE(d.google().messages().size(), 50);
        qInfo() << "rerun: copied" << summary.copied << "skipped" << summary.skipped << "alreadyDone" << summary.alreadyDone;
        QCOMPARE(summary.copied, 0);
        QCOMPARE(summary.failed, 0);

        // No secret anywhere on disk: settings, ledgers, logs, the CSV.
        const QByteArray refreshToken = d.context().googleAccount().refreshToken.toUtf8();
        QVERIFY(!refreshToken.isEmpty());
        QStringList files{d.settingsFile(), csv};
        QDirIterator it(d.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY(files.size() >= 3);
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(GuiDriver::kPassword), qPrintable(path));
            QVERIFY2(!bytes.contains(refreshToken), qPrintable(path));
            QVERIFY2(!bytes.contains(d.google().clientConfig().clientSecret.toUtf8()) || path == d.settingsFile(),
                     qPrintable(path));
        }
    }

    // The wizard's own run in continuous sync, waiting for its next check: "Retry failed" on the
    // progress page tries the message Gmail refused again, instead of doing nothing.
    void retryFailedReachesTheWizardsContinuousRun()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(3, &why), why);
        QByteArray refused = mf::test::MailFactory::message(9200, 2000);
        refused.replace("Hello, this is", "Hello REFUSED-BY-GMAIL, this is");
        QCOMPARE(d.dovecot().deliver(QStringLiteral("maria"), {refused}), 1);
        d.google().setRejectMarker("REFUSED-BY-GMAIL");
        const auto refusedInGmail = [&] {
            const auto messages = d.google().messages();
            return std::count_if(messages.cbegin(), messages.cend(),
                                 [](const auto &m) { return m.raw.contains("REFUSED-BY-GMAIL"); });
        };
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId) && d.signIn(wizard) && d.next(wizard, SetupWizard::MailboxPageId)
                     && d.fillMailboxAndTest(wizard) && d.next(wizard, SetupWizard::OptionsPageId),
                 qPrintable(d.lastError()));
        auto *continuous = wizard.currentPage()->findChild<QCheckBox *>(QStringLiteral("continuousCheck"));
        QVERIFY(continuous);
        continuous->setChecked(true);
        QVERIFY2(d.next(wizard, SetupWizard::ReviewPageId) && d.next(wizard, SetupWizard::ProgressPageId),
                 qPrintable(d.lastError()));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));
        auto *controller = d.context().controller();
        QVERIFY(controller->isRunning()); // continuous: it waits for its next check
        QCOMPARE(refusedInGmail(), 0);
        auto *page = qobject_cast<mf::ui::ProgressPage *>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(page->logView()->retryButton()->isEnabled());

        d.google().setRejectMarker({});
        QTest::mouseClick(page->logView()->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refusedInGmail(), 1, 60000);
        QVERIFY(controller->isRunning());
        QSignalSpy stopped(controller, &mf::migration::MigrationController::stopped);
        controller->cancel();
        QVERIFY(stopped.wait(30000));
    }

    void wrongPasswordIsExplainedInPlainWords()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(0, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(d.next(wizard, SetupWizard::SignInPageId));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY(d.next(wizard, SetupWizard::MailboxPageId));
        QVERIFY(d.fillMailboxAndTest(wizard, QStringLiteral("not-the-password"), false));
        const QString status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("testStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("did not accept this user name and password")), qPrintable(status));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Nothing was saved for a password that did not work.
        QVERIFY(!d.keychain().contains(mf::secrets::pop3PasswordKey(
            wizard.state().account.id.isEmpty() ? QStringLiteral("maria@example.net") : wizard.state().account.id)));
        QCOMPARE(d.keychain().count(), 1); // only the Google token
    }

    void declinedConsentOffersARetry()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(0, &why), why);
        d.google().setConsent(mf::test::FakeGoogle::Consent::Decline);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(d.next(wizard, SetupWizard::SignInPageId));
        auto *button = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("signInStatus"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("did not allow")), 20000);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(button->isEnabled());
        QCOMPARE(d.keychain().count(), 0);
        // The retry works once the user says yes.
        d.google().setConsent(mf::test::FakeGoogle::Consent::Approve);
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
    }

    void failuresAreExplained_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("host") << int(mf::Error::Code::HostNotFound) << "no server called";
        QTest::newRow("refused") << int(mf::Error::Code::ConnectionRefused) << "refused a connection";
        QTest::newRow("tls") << int(mf::Error::Code::TlsHandshakeFailed) << "secure connection";
        QTest::newRow("in use") << int(mf::Error::Code::MailboxInUse) << "busy";
    }
    void failuresAreExplained()
    {
        QFETCH(int, code);
        QFETCH(QString, words);
        const QString text =
            mf::ui::MailboxPage::explainFailure(mf::Error::session(mf::Error::Code(code), QStringLiteral("technical")),
                                                QStringLiteral("pop.example.net"), 995);
        QVERIFY2(text.contains(words), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("technical")));
    }
};

QTEST_MAIN(TestGuiWizard)
#include "tst_gui_wizard.moc"
