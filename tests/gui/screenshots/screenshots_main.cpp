// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Saves a screenshot of every page of the wizard, the certificate dialog, the accounts window and
// the message log, taken from the real UI driven against Dovecot and the fake Google.
// usage: mailferry-screenshots OUTPUT_DIR   (scripts/screenshots.sh runs it under Xvfb)
#include "ArchiveFixtures.h"
#include "GuiDriver.h"
#include "GuiMain.h"
#include "accounts/AccountsWindow.h"
#include "migration/MigrationController.h"
#include "wizard/ArchivePage.h"
#include "wizard/SetupWizard.h"
#include "wizard/SourcePage.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QtTest/QtTest>

using mf::ui::SetupWizard;

namespace {
QString g_out;
int g_failures = 0;

void save(QWidget *w, const QString &name)
{
    QTest::qWait(150); // let layouts and fonts settle
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        qWarning("could not save %s", qPrintable(path));
        ++g_failures;
    } else {
        qInfo("saved %s", qPrintable(path));
    }
}

bool check(bool ok, mf::test::GuiDriver &d, const char *step)
{
    if (!ok)
        qCritical("%s failed: %s", step, qPrintable(d.lastError()));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailferry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));
    if (argc < 2) {
        qCritical("usage: mailferry-screenshots OUTPUT_DIR");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    mf::ui::installTranslations(app);

    mf::test::GuiDriver d;
    QString why;
    if (!d.start(1200, &why)) {
        qCritical("cannot start the fakes: %s", qPrintable(why));
        return 1;
    }
    // Gmail's real pace is slow enough to watch; slow the fake a little so the progress page is caught mid-run.
    d.google().setLatency(40, 0);

    SetupWizard wizard(d.context());
    wizard.resize(820, 640);
    wizard.show();
    (void)QTest::qWaitForWindowExposed(&wizard);
    save(&wizard, QStringLiteral("1-welcome"));
    if (!check(d.next(wizard, SetupWizard::SourcePageId), d, "next"))
        return 1;
    save(&wizard, QStringLiteral("1b-what-to-move"));
    if (!check(d.next(wizard, SetupWizard::SignInPageId), d, "next"))
        return 1;
    save(&wizard, QStringLiteral("2-sign-in"));
    if (!check(d.signIn(wizard), d, "sign-in"))
        return 1;
    save(&wizard, QStringLiteral("2b-signed-in"));
    if (!check(d.next(wizard, SetupWizard::MailboxPageId), d, "next"))
        return 1;
    d.onCertificateDialog = [](QWidget *dialog) { save(dialog, QStringLiteral("3b-certificate")); };
    if (!check(d.fillMailboxAndTest(wizard), d, "mailbox"))
        return 1;
    save(&wizard, QStringLiteral("3-old-mailbox"));
    if (!check(d.next(wizard, SetupWizard::OptionsPageId), d, "next"))
        return 1;
    save(&wizard, QStringLiteral("4-options"));
    if (!check(d.next(wizard, SetupWizard::ReviewPageId), d, "next"))
        return 1;
    save(&wizard, QStringLiteral("5-review"));
    if (!check(d.next(wizard, SetupWizard::ProgressPageId), d, "next"))
        return 1;
    auto *copied = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("copiedCount"));
    (void)QTest::qWaitFor([&] { return copied->text().remove(QLatin1Char(',')).toInt() >= 150; }, 60000);
    save(&wizard, QStringLiteral("6-progress"));
    // Closing mid-run asks first; the question is shown, then she stays.
    wizard.reject();
    if (auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("closeDuringRunDialog"))) {
        (void)QTest::qWaitForWindowExposed(box);
        save(box, QStringLiteral("6c-close-question"));
        if (auto *stay = box->findChild<QPushButton *>(QStringLiteral("stayButton")))
            stay->click();
    }
    if (!check(d.waitForRunToFinish(wizard, 300000), d, "run"))
        return 1;
    if (auto *table = wizard.currentPage()->findChild<QTableView *>(QStringLiteral("itemTable"))) {
        table->setFocus();
        table->selectRow(0); // the details pane shows what happened to it
    }
    save(&wizard, QStringLiteral("6b-progress-finished"));
    if (!check(d.next(wizard, SetupWizard::DonePageId), d, "next"))
        return 1;
    save(&wizard, QStringLiteral("7-done"));
    wizard.hide();

    (void)QTest::qWaitFor([&] { return !d.context().controller()->isRunning(); }, 30000);
    mf::ui::AccountsWindow accounts(d.context());
    accounts.show();
    (void)QTest::qWaitForWindowExposed(&accounts);
    save(&accounts, QStringLiteral("8-accounts"));
    QMetaObject::invokeMethod(accounts.findChild<QWidget *>(QStringLiteral("viewLogButton")), "click");
    QWidget *log = accounts.findChild<QWidget *>(QStringLiteral("logDialog"));
    if (log) {
        (void)QTest::qWaitForWindowExposed(log);
        if (auto *table = log->findChild<QTableView *>(QStringLiteral("logTable"))) {
            table->setFocus();
            table->selectRow(2);
        }
        save(log, QStringLiteral("9-message-log"));
    }

    // "Mail on this computer": a Thunderbird profile in this run's private HOME, found and counted.
    namespace fx = mf::testsupport::archive;
    const QString tb = QDir::homePath() + QStringLiteral("/.thunderbird");
    const QString local = tb + QStringLiteral("/Profiles/k2x9.default-release/Mail/Local Folders");
    QList<QByteArray> inbox, invoices, sent;
    for (int i = 0; i < 240; ++i)
        inbox << fx::message(QStringLiteral("Letter %1").arg(i), QByteArray(1500 + 37 * i, 'a') + "\n");
    for (int i = 0; i < 36; ++i)
        invoices << fx::message(QStringLiteral("Invoice %1").arg(i), QByteArray(40000, 'i') + "\n");
    for (int i = 0; i < 58; ++i)
        sent << fx::message(QStringLiteral("Sent %1").arg(i), QByteArray(2200, 's') + "\n");
    const bool written =
        fx::writeFile(tb + QStringLiteral("/profiles.ini"), fx::profilesIni(QStringLiteral("Profiles/k2x9.default-release")))
        && fx::writeFile(local + QStringLiteral("/Inbox"), fx::mboxBytes(inbox, mf::archive::MboxVariant::Mboxrd))
        && fx::writeFile(local + QStringLiteral("/Sent"), fx::mboxBytes(sent, mf::archive::MboxVariant::Mboxrd))
        && fx::writeFile(local + QStringLiteral("/Old mail"), QByteArray())
        && fx::writeFile(local + QStringLiteral("/Old mail.sbd/Invoices"),
                         fx::mboxBytes(invoices, mf::archive::MboxVariant::Mboxrd));
    if (!check(written, d, "archive"))
        return 1;
    SetupWizard archiveWizard(d.context());
    archiveWizard.resize(820, 640);
    archiveWizard.show();
    (void)QTest::qWaitForWindowExposed(&archiveWizard);
    if (!check(d.next(archiveWizard, SetupWizard::SourcePageId), d, "next"))
        return 1;
    qobject_cast<mf::ui::SourcePage *>(archiveWizard.currentPage())->chooseArchive(true);
    if (!check(d.next(archiveWizard, SetupWizard::SignInPageId), d, "next")
        || !check(d.next(archiveWizard, SetupWizard::ArchivePageId), d, "next"))
        return 1;
    auto *archivePage = qobject_cast<mf::ui::ArchivePage *>(archiveWizard.currentPage());
    (void)QTest::qWaitFor([&] { return !archivePage->survey()->isRunning(); }, 30000);
    save(&archiveWizard, QStringLiteral("3c-mail-on-this-computer"));
    return g_failures == 0 ? 0 : 1;
}
