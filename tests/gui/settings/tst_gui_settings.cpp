// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// "Edit…" opens the account's settings dialog (not the wizard): the mailbox settings with "Test
// connection", the options and the Google account. A wrong port fails the test with the plain
// message and saves nothing; the right one saves, with the password in the credential store and
// not in the settings file.
#include "GuiDriver.h"
#include "TestEnv.h"
#include "accounts/AccountSettingsDialog.h"
#include "accounts/AccountsWindow.h"
#include "migration/MigrationController.h"
#include "migration/SyncHost.h"
#include "secrets/CredentialStore.h"
#include "widgets/MailboxForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QWizard>
#include <QtTest/QtTest>

using mf::test::GuiDriver;
using mf::ui::AccountSettingsDialog;

namespace {
quint16 closedPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}
} // namespace

class TestGuiSettings : public QObject {
    Q_OBJECT
private slots:
    void editTestsBeforeSavingAndKeepsThePasswordInTheStore()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(2, &why), why);
        const auto account = d.addReturningUser(/*continuous=*/false, /*storePassword=*/false);
        const int intervalBefore = account.options.intervalMinutes;

        mf::ui::AccountsWindow window(d.context());
        window.show();
        auto *edit = window.findChild<QPushButton *>(QStringLiteral("editButton"));
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto *dialog = window.findChild<AccountSettingsDialog *>(QStringLiteral("accountSettingsDialog"));
        QVERIFY2(dialog, "Edit did not open the settings dialog");
        QVERIFY(dialog->isVisible());
        QVERIFY(!window.findChild<QWizard *>()); // not the wizard

        // The fields show the saved account; the Google account is shown with "Sign in again".
        auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"));
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("testStatus"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("settingsProblem"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(host->text(), d.dovecot().host());
        QCOMPARE(port->value(), int(d.dovecot().pop3sPort()));
        QCOMPARE(email->text(), account.email);
        QVERIFY(email->isReadOnly());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("googleAccountLabel"))->text().contains(d.google().accountEmail()));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("signInAgainButton")));
        auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("intervalSpin"));
        QVERIFY(interval);

        // A wrong port: "Save" tests first, the test fails in plain words, nothing is saved.
        const quint16 wrong = closedPort();
        QVERIFY(wrong != 0);
        port->setValue(wrong);
        QTest::keyClicks(password, QString::fromLatin1(GuiDriver::kPassword));
        interval->setValue(intervalBefore + 7);
        QSignalSpy saved(dialog, &AccountSettingsDialog::saved);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("refused a connection on port %1").arg(wrong)),
                 qPrintable(status->text()));
        QVERIFY2(problem->text().contains(QStringLiteral("Nothing was saved")), qPrintable(problem->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(d.context().accounts().account(account.id)->port, account.port);
        QCOMPARE(d.context().accounts().account(account.id)->options.intervalMinutes, intervalBefore);
        QVERIFY(!d.keychain().contains(mf::secrets::pop3PasswordKey(account.id)));
        QVERIFY(save->isEnabled());

        // The right port: the test passes and everything is saved.
        port->setValue(d.dovecot().pop3sPort());
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 5000);
        const auto stored = d.context().accounts().account(account.id);
        QVERIFY(stored);
        QCOMPARE(stored->port, d.dovecot().pop3sPort());
        QCOMPARE(stored->options.intervalMinutes, intervalBefore + 7);
        QCOMPARE(stored->pinnedSha256, d.dovecot().certificateSha256());
        QVERIFY(d.keychain().contains(mf::secrets::pop3PasswordKey(account.id)));
        d.settings().sync();
        QFile settings(d.settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        QVERIFY(bytes.contains("intervalMinutes"));
        QVERIFY(!bytes.contains(GuiDriver::kPassword));

        // And the saved password works: "Sync now" runs without asking for it.
        QSignalSpy stopped(d.context().host(), &mf::migration::SyncHost::stopped);
        window.syncNow(account.id);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(d.google().messages().size(), 2);
    }

    void optionsOnlyChangesSaveWithoutATest()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(0, &why), why);
        const auto account = d.addReturningUser();
        mf::ui::AccountsWindow window(d.context());
        window.show();
        AccountSettingsDialog *dialog = window.editAccount(account.id);
        QVERIFY(dialog);
        auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("sizeLimitSpin"));
        size->setValue(20);
        QSignalSpy saved(dialog, &AccountSettingsDialog::saved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(saved.count() == 1 || saved.wait(5000)); // no test and no new password: saved at once
        // The options show sizes in decimal MB (1 MB = 1,000,000 bytes), as people see them elsewhere.
        QCOMPARE(d.context().accounts().account(account.id)->options.sizeLimitBytes, 20LL * 1000 * 1000);
        QVERIFY(!dialog->mailboxForm()->isTested()); // no connection was needed
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
