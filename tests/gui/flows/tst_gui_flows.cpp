// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The wizard's and the accounts window's less travelled paths, offscreen, against real Dovecot and
// the fake Google:
//  - the computer has no keychain: the user is told, chooses "this session only", and the
//    password and the Google token then live in memory only (no file anywhere holds them);
//  - "Archived, with a label" asks Google again, for the label permission; declining keeps the
//    account as it was and says so plainly;
//  - "Remove all my data" offers the export, revokes the Google grant, deletes the keychain
//    entries, the ledger and the logs;
//  - the Review page's dry run shows the counts and touches neither the mailbox, nor Gmail, nor disk.
#include "FailingCredentialStore.h"
#include "GuiDriver.h"
#include "TestEnv.h"
#include "accounts/AccountsWindow.h"
#include "common/SettingsKeys.h"
#include "google/Scopes.h"
#include "migration/MigrationController.h"
#include "migration/SyncHost.h"
#include "platform/Autostart.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemoryCredentialStore.h"
#include "wizard/SetupWizard.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QtTest/QtTest>

using mf::test::GuiDriver;
using mf::ui::SetupWizard;

namespace {

template <typename T>
T *waitForVisibleChild(QObject *root, const QString &name, int timeoutMs = 20000)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
        found = nullptr;
        for (T *w : root->findChildren<T *>(name))
            if (w->isVisible())
                found = w;
        return found != nullptr;
        },
        timeoutMs);
    return found;
}

/// Every regular file under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

int filesUnder(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestGuiFlows : public QObject {
    Q_OBJECT
private slots:
    void noKeychainKeepsSecretsInMemoryOnly()
    {
        auto *keychain = new mf::test::FailingCredentialStore;
        GuiDriver d(keychain);
        QString why;
        MF_REQUIRE_PART(d.start(5, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QWizardPage *signIn = wizard.currentPage();
        auto *button = signIn->findChild<QPushButton *>(QStringLiteral("signInButton"));
        auto *status = signIn->findChild<QLabel *>(QStringLiteral("signInStatus"));

        // 1. The keychain fails: the user is told, and may say no.
        QTest::mouseClick(button, Qt::LeftButton);
        auto *box = waitForVisibleChild<QMessageBox>(&wizard, QStringLiteral("keychainUnavailableDialog"));
        QVERIFY2(box, "no dialog about the missing keychain");
        QVERIFY2(box->text().contains(QStringLiteral("does not have one")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QStringLiteral("never written to a file")));
        QCOMPARE(keychain->writes(), 1);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("keychain")), 10000);
        QVERIFY(!signIn->isComplete());
        QVERIFY(!d.context().sessionOnlySecrets());
        QVERIFY(!d.context().googleAccount().isValid());

        // 2. Signing in again, the user accepts "this session only".
        QTest::mouseClick(button, Qt::LeftButton);
        box = waitForVisibleChild<QMessageBox>(&wizard, QStringLiteral("keychainUnavailableDialog"));
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("sessionOnlyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->isComplete(), 10000);
        QVERIFY(d.context().sessionOnlySecrets());
        auto *memory = qobject_cast<mf::secrets::MemoryCredentialStore *>(d.context().secrets());
        QVERIFY(memory);
        QVERIFY(!memory->isPersistent());
        QVERIFY(memory->contains(mf::secrets::googleRefreshTokenKey(d.google().accountEmail())));
        QCOMPARE(keychain->writes(), 2);

        // 3. The mailbox password goes to memory too, without asking again; the page says so.
        QVERIFY2(d.next(wizard, SetupWizard::MailboxPageId), qPrintable(d.lastError()));
        QVERIFY2(d.fillMailboxAndTest(wizard), qPrintable(d.lastError()));
        const QString tested = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("testStatus"))->text();
        QVERIFY2(tested.contains(QStringLiteral("in memory until you quit")), qPrintable(tested));
        QVERIFY(memory->contains(mf::secrets::pop3PasswordKey(wizard.state().account.id)));
        QCOMPARE(keychain->writes(), 2);

        // 4. The run works from memory.
        QVERIFY2(d.next(wizard, SetupWizard::OptionsPageId), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ReviewPageId), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ProgressPageId), qPrintable(d.lastError()));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));
        QCOMPARE(d.google().messages().size(), 5);

        // 5. No file in HOME, the runtime dir, or the app's settings and data holds a secret.
        d.settings().sync();
        const QByteArray token = d.context().googleAccount().refreshToken.toUtf8();
        QVERIFY(!token.isEmpty());
        const QStringList roots{QDir::homePath(), qEnvironmentVariable("XDG_RUNTIME_DIR"), d.workDir()};
        int scanned = 0;
        for (const QString &root : roots) {
            if (root.isEmpty())
                continue;
            scanned += filesUnder(root);
            QCOMPARE(filesContaining(root, GuiDriver::kPassword), QStringList());
            QCOMPARE(filesContaining(root, token), QStringList());
        }
        QVERIFY(scanned >= 2); // at least the settings file and the ledger were looked at
    }

    void labelsAskForASecondConsent()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(3, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(d.next(wizard, SetupWizard::SignInPageId));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        // The first sign-in asks for the least: no label permission.
        QVERIFY(!d.google()
                     .lastAuthorizationRequest()
                     .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                     .contains(mf::google::Scopes::kGmailLabels));
        const QString firstToken = d.context().googleAccount().refreshToken;
        QVERIFY(d.next(wizard, SetupWizard::MailboxPageId));
        QVERIFY2(d.fillMailboxAndTest(wizard), qPrintable(d.lastError()));
        QVERIFY(d.next(wizard, SetupWizard::OptionsPageId));

        QWizardPage *page = wizard.currentPage();
        auto *placement = page->findChild<QComboBox *>(QStringLiteral("placementCombo"));
        auto *label = page->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
        auto *grant = page->findChild<QPushButton *>(QStringLiteral("grantLabelsButton"));
        auto *note = page->findChild<QLabel *>(QStringLiteral("labelNote"));
        placement->setCurrentIndex(placement->findData(int(mf::migration::Placement::ArchiveWithLabel)));
        QTest::keyClicks(label, QStringLiteral("Old mail"));
        QVERIFY(grant->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        // Declined: back on the options page with the account as it was, and a plain sentence.
        const int authsBefore = d.google().requestCount(mf::test::FakeGoogle::Endpoint::Authorize);
        d.google().setConsent(mf::test::FakeGoogle::Consent::Decline);
        QTest::mouseClick(grant, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(QStringLiteral("did not give Mailferry permission to use labels")), 20000);
        QCOMPARE(d.google().requestCount(mf::test::FakeGoogle::Endpoint::Authorize), authsBefore + 1);
        QVERIFY(d.google()
                    .lastAuthorizationRequest()
                    .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(mf::google::Scopes::kGmailLabels));
        QCOMPARE(wizard.currentId(), int(SetupWizard::OptionsPageId));
        QVERIFY(note->isVisible());
        QVERIFY(grant->isEnabled());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(d.context().googleAccount().refreshToken, firstToken);
        QVERIFY(d.google().isRefreshTokenValid(firstToken));

        // Allowed: the sign-in runs again with the label scope, and the new token replaces the old.
        d.google().setConsent(mf::test::FakeGoogle::Consent::Approve);
        QTest::mouseClick(grant, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(mf::google::Scopes::contains(d.context().googleAccount().grantedScopes, mf::google::Scopes::kGmailLabels));
        QVERIFY(!grant->isVisible());
        const QString newToken = d.context().googleAccount().refreshToken;
        QVERIFY(newToken != firstToken);
        QCOMPARE(d.context().googleAccount().email, d.google().accountEmail());
        QVERIFY(d.keychain().contains(mf::secrets::googleRefreshTokenKey(d.google().accountEmail())));

        // And the mail lands archived under the label.
        QVERIFY2(d.next(wizard, SetupWizard::ReviewPageId), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ProgressPageId), qPrintable(d.lastError()));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));
        QCOMPARE(d.google().messages().size(), 3);
        QString labelId;
        for (const auto &l : d.google().labels())
            if (l.name == QLatin1String("Old mail"))
                labelId = l.id;
        QVERIFY(!labelId.isEmpty());
        for (const auto &m : d.google().messages()) {
            QVERIFY2(m.labelIds.contains(labelId), qPrintable(m.labelIds.join(QLatin1Char(','))));
            QVERIFY(!m.labelIds.contains(QStringLiteral("INBOX")));
        }
    }

    void removeAllMyData()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(5, &why), why);
        const auto account = d.addReturningUser();
        QVERIFY(mf::ui::Autostart::setEnabled(true));

        mf::ui::AccountsWindow window(d.context());
        window.show();
        QSignalSpy stopped(d.context().host(), &mf::migration::SyncHost::stopped);
        window.syncNow(account.id);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(d.google().messages().size(), 5);
        QVERIFY(QFile::exists(account.ledgerPath()));
        const QString token = d.context().googleAccount().refreshToken;
        QVERIFY(d.google().isRefreshTokenValid(token));
        QCOMPARE(d.keychain().count(), 2);

        // The window offers the export first.
        QSignalSpy removed(&window, &mf::ui::AccountsWindow::dataRemoved);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("removeAllButton")), Qt::LeftButton);
        auto *box = waitForVisibleChild<QMessageBox>(&window, QStringLiteral("removeAllDialog"));
        QVERIFY(box);
        auto *exportFirst = box->findChild<QPushButton *>(QStringLiteral("exportThenRemoveButton"));
        QVERIFY(exportFirst);
        QCOMPARE(box->defaultButton(), exportFirst);
        QTest::mouseClick(exportFirst, Qt::LeftButton);
        auto *chooser = waitForVisibleChild<QFileDialog>(&window, QStringLiteral("exportDirDialog"));
        QVERIFY(chooser);
        const QString exportDir = d.workDir() + QStringLiteral("/export");
        QVERIFY(QDir().mkpath(exportDir));
        QCOMPARE(removed.count(), 0); // nothing removed before the folder is chosen
        chooser->setDirectory(exportDir);
        chooser->selectFile(exportDir);
        QVERIFY(QMetaObject::invokeMethod(chooser, "accept")); // the "Choose" button
        QVERIFY(removed.wait(20000));

        // The export holds the five messages.
        QFile csv(exportDir + QStringLiteral("/mailferry-%1.csv").arg(account.id));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
        QVERIFY(csv.readAll().count("\r\n") >= 6);
        // Google forgot the grant; the keychain entries, the ledger and logs are gone.
        QCOMPARE(d.google().revokedCount(), 1);
        QVERIFY(!d.google().isRefreshTokenValid(token));
        QCOMPARE(d.keychain().count(), 0);
        QVERIFY(!QFile::exists(account.ledgerPath()));
        QCOMPARE(filesUnder(d.dataDir()), 0);
        QVERIFY(d.context().accounts().accounts().isEmpty());
        QVERIFY(d.context().googleAccount().email.isEmpty());
        d.settings().sync();
        QFile settings(d.settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray settingsBytes = settings.readAll();
        QVERIFY2(!settingsBytes.contains("maria@example"), settingsBytes.constData());
        QVERIFY(!mf::ui::Autostart::isEnabled());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("removed")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("syncNowButton"))->isEnabled());
    }

    void dryRunTouchesNothing()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(10, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(d.next(wizard, SetupWizard::SignInPageId));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY(d.next(wizard, SetupWizard::MailboxPageId));
        QVERIFY2(d.fillMailboxAndTest(wizard), qPrintable(d.lastError()));
        QVERIFY(d.next(wizard, SetupWizard::OptionsPageId));
        QVERIFY(d.next(wizard, SetupWizard::ReviewPageId));
        const QList<QByteArray> before = d.dovecot().messages(QStringLiteral("maria"));
        QCOMPARE(before.size(), 10);
        const int requestsBefore = d.google().totalRequests();

        auto *dryRun = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("dryRunButton"));
        auto *result = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("dryRunResult"));
        QSignalSpy stopped(d.context().controller(), &mf::migration::MigrationController::stopped);
        QTest::mouseClick(dryRun, Qt::LeftButton);
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled()); // no start while planning
        QVERIFY(stopped.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(dryRun->isEnabled(), 5000);
        QVERIFY2(result->text().contains(QStringLiteral("10 messages would be copied")), qPrintable(result->text()));
        // Mailferry can only add to Gmail, never look into it: it speaks of its own record.
        QVERIFY2(result->text().contains(QStringLiteral("0 were already copied by Mailferry")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("in Gmail")));
        // The dry run is done: focus is on "Start moving mail", never on Back.
        QCOMPARE(wizard.focusWidget(), wizard.button(QWizard::CommitButton));
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(wizard.currentId(), int(SetupWizard::ReviewPageId));

        // The mailbox, Gmail and the disk are as they were.
        QCOMPARE(d.dovecot().messages(QStringLiteral("maria")), before);
        QCOMPARE(d.google().messages().size(), 0);
        QCOMPARE(d.google().requestCount(mf::test::FakeGoogle::Endpoint::Insert), 0);
        QCOMPARE(d.google().requestCount(mf::test::FakeGoogle::Endpoint::Import), 0);
        QCOMPARE(d.google().requestCount(mf::test::FakeGoogle::Endpoint::LabelsCreate), 0);
        qInfo() << "Google requests during the dry run:" << d.google().totalRequests() - requestsBefore;
        QVERIFY(!QFile::exists(wizard.state().account.ledgerPath()));
        QCOMPARE(filesUnder(d.dataDir()), 0);
        QVERIFY(d.context().accounts().accounts().isEmpty());
    }
};

QTEST_MAIN(TestGuiFlows)
#include "tst_gui_flows.moc"
