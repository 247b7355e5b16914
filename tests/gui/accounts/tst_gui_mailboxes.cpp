// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several mailboxes at once in the accounts window, against a real Dovecot and the fake Google:
// each row says its own live state while they copy and after; "Pause" and "Sync now" act on the
// chosen mailbox only; a mailbox whose password is wrong says "Needs you" and is notified once
// while the others finish; the window's mnemonics are unique.
#include "GuiDriver.h"
#include "MailFactory.h"
#include "Shell.h"
#include "TestEnv.h"
#include "accounts/AccountService.h"
#include "accounts/AccountsWindow.h"
#include "log/LogView.h"
#include "log/LogWindow.h"
#include "migration/SyncHost.h"
#include "secrets/CredentialStore.h"
#include "widgets/Notifier.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest/QtTest>

using mf::migration::MailboxState;
using mf::test::GuiDriver;

namespace {

enum Column { MailboxColumn, ServerColumn, StatusColumn, LastCopyColumn, LastCheckColumn };

const QString kTom = QStringLiteral("tom");
const QString kAna = QStringLiteral("ana");

/// A mailbox of the Dovecot fixture saved as the app saves one (password in the keychain).
mf::accounts::AccountConfig addMailbox(GuiDriver &d, const QString &user, bool continuous, const QString &password)
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
    a.options.intervalMinutes = 5;
    d.context().accounts().save(a);
    bool written = false;
    d.context().secrets()->write(mf::secrets::pop3PasswordKey(a.id), password, [&](mf::Status) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }))
        qWarning("the password was not stored");
    return a;
}

/// Dovecot with maria (from the driver), tom and ana, each with their own mail.
bool startThree(GuiDriver &d, int maria, int tom, int ana, QString *why)
{
    if (!mf::test::DovecotFixture::available(why))
        return false;
    d.dovecot().addUser(kTom, QString::fromLatin1(GuiDriver::kPassword));
    d.dovecot().addUser(kAna, QString::fromLatin1(GuiDriver::kPassword));
    if (!d.start(maria, why))
        return false;
    d.dovecot().deliverMixed(kTom, tom, 11);
    d.dovecot().deliverMixed(kAna, ana, 13);
    return true;
}

QTreeWidgetItem *row(mf::ui::AccountsWindow &window, const QString &id)
{
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("accountList"));
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(MailboxColumn, Qt::UserRole).toString() == id)
            return list->topLevelItem(i);
    return nullptr;
}

void select(mf::ui::AccountsWindow &window, const QString &id)
{
    auto *list = window.findChild<QTreeWidget *>(QStringLiteral("accountList"));
    list->setCurrentItem(row(window, id));
}

QPushButton *button(mf::ui::AccountsWindow &window, const char *name)
{
    return window.findChild<QPushButton *>(QString::fromLatin1(name));
}

MailboxState::Activity activityOf(GuiDriver &d, const QString &id)
{
    return d.context().host()->state(id).activity;
}

/// Cancels whatever still runs and waits until every engine stopped.
void stopAll(GuiDriver &d)
{
    auto *host = d.context().host();
    if (!host->anyRunning())
        return;
    QSignalSpy all(host, &mf::migration::SyncHost::allStopped);
    host->cancelAll();
    QVERIFY(all.wait(30000));
}

QString mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestGuiMailboxes : public QObject {
    Q_OBJECT
private slots:
    void init() { qApp->setQuitOnLastWindowClosed(true); }

    void threeMailboxesEachShowTheirStateWhileTheySyncAndAfter()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(startThree(d, 30, 20, 10, &why), why);
        d.google().setLatency(20); // the server's pace, so that "copying n of m" can be seen
        const auto maria = d.addReturningUser(/*continuous=*/false);
        const auto tom = addMailbox(d, kTom, false, QString::fromLatin1(GuiDriver::kPassword));
        const auto ana = addMailbox(d, kAna, false, QString::fromLatin1(GuiDriver::kPassword));

        mf::ui::AccountsWindow window(d.context());
        window.show();
        // What each row said, every time its mailbox changed (the window updates first).
        QHash<QString, QStringList> seen;
        connect(d.context().host(), &mf::migration::SyncHost::mailboxChanged, &window, [&](const MailboxState &s) {
            if (QTreeWidgetItem *item = row(window, s.accountId))
                seen[s.accountId] << item->text(StatusColumn);
            // To look at it: MAILFERRY_SHOTS=<folder> keeps a picture of the window while all copy.
            const QString shots = qEnvironmentVariable("MAILFERRY_SHOTS");
            const auto copyingNow = [&](const QString &id) {
                return row(window, id) && row(window, id)->text(StatusColumn).startsWith(QStringLiteral("Copying"));
            };
            if (!shots.isEmpty() && copyingNow(maria.id) && copyingNow(tom.id) && copyingNow(ana.id)
                && !QFile::exists(shots + QStringLiteral("/accounts-copying.png")))
                window.grab().save(shots + QStringLiteral("/accounts-copying.png"));
        });
        for (const auto &a : {maria, tom, ana}) {
            select(window, a.id);
            QTest::mouseClick(button(window, "syncNowButton"), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(d.context().host()->anyRunning(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!d.context().host()->anyRunning(), 120000);
        QCOMPARE(d.google().messages().size(), 60);

        const QRegularExpression copying(QStringLiteral("^Copying \\d+ of (\\d+)$"));
        const QHash<QString, int> totals{{maria.id, 30}, {tom.id, 20}, {ana.id, 10}};
        for (auto it = totals.begin(); it != totals.end(); ++it) {
            const QStringList texts = seen.value(it.key());
            const auto found =
                std::find_if(texts.begin(), texts.end(), [&](const QString &t) { return copying.match(t).hasMatch(); });
            QVERIFY2(found != texts.end(), qPrintable(it.key() + QStringLiteral(": ") + texts.join(QStringLiteral(" | "))));
            // Each row counts its own mailbox, not the others'.
            QCOMPARE(copying.match(*found).captured(1).toInt(), it.value());
            QCOMPARE(row(window, it.key())->text(StatusColumn), QStringLiteral("Finished: %1 copied").arg(it.value()));
            QVERIFY(row(window, it.key())->text(LastCopyColumn) != QStringLiteral("never"));
            QVERIFY(row(window, it.key())->text(LastCheckColumn) != QStringLiteral("never"));
        }
    }

    void pauseAndSyncNowActOnTheChosenMailboxOnly()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(startThree(d, 5, 4, 3, &why), why);
        const auto maria = d.addReturningUser(/*continuous=*/true);
        const auto tom = addMailbox(d, kTom, true, QString::fromLatin1(GuiDriver::kPassword));
        const auto ana = addMailbox(d, kAna, true, QString::fromLatin1(GuiDriver::kPassword));

        mf::ui::AccountsWindow window(d.context());
        window.show();
        for (const auto &a : {maria, tom, ana})
            window.syncNow(a.id);
        // The first pass of each: then they wait for their next check.
        for (const auto &a : {maria, tom, ana})
            QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, a.id), MailboxState::Waiting, 60000);
        QCOMPARE(d.google().messages().size(), 12);
        QCOMPARE(row(window, tom.id)->text(StatusColumn), QStringLiteral("Up to date"));

        // Pause tom: only tom.
        select(window, tom.id);
        QCOMPARE(button(window, "pauseButton")->text(), QStringLiteral("&Pause"));
        QTest::mouseClick(button(window, "pauseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, tom.id), MailboxState::Paused, 10000);
        QTRY_COMPARE(row(window, tom.id)->text(StatusColumn), QStringLiteral("Paused"));
        QCOMPARE(button(window, "pauseButton")->text(), QStringLiteral("Res&ume"));
        QCOMPARE(activityOf(d, maria.id), MailboxState::Waiting);
        QCOMPARE(activityOf(d, ana.id), MailboxState::Waiting);

        // New mail for maria and tom; "Sync now" on maria copies hers, tom stays paused.
        d.dovecot().deliverMixed(QStringLiteral("maria"), 2, 101);
        d.dovecot().deliverMixed(kTom, 3, 103);
        select(window, maria.id);
        QTest::mouseClick(button(window, "syncNowButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.google().messages().size(), 14, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, maria.id), MailboxState::Waiting, 60000);
        QCOMPARE(activityOf(d, tom.id), MailboxState::Paused);
        QCOMPARE(activityOf(d, ana.id), MailboxState::Waiting);
        QCOMPARE(d.google().messages().size(), 14);

        // Resume tom: its new mail follows on "Sync now".
        select(window, tom.id);
        QTest::mouseClick(button(window, "pauseButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(activityOf(d, tom.id) != MailboxState::Paused, 10000);
        QTest::mouseClick(button(window, "syncNowButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d.google().messages().size(), 17, 60000);
        stopAll(d);
    }

    // "Retry failed" in the log of a mailbox in continuous sync, waiting for its next check: the
    // message Gmail refused is tried again now, not dropped for a plain check.
    void retryFailedInTheLogReachesAMailboxThatRuns()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(startThree(d, 3, 1, 1, &why), why);
        QByteArray refused = mf::test::MailFactory::message(9100, 2000);
        refused.replace("Hello, this is", "Hello REFUSED-BY-GMAIL, this is");
        QCOMPARE(d.dovecot().deliver(QStringLiteral("maria"), {refused}), 1);
        d.google().setRejectMarker("REFUSED-BY-GMAIL");
        const auto maria = d.addReturningUser(/*continuous=*/true);
        const auto refusedInGmail = [&] {
            const auto messages = d.google().messages();
            return std::count_if(messages.cbegin(), messages.cend(),
                                 [](const auto &m) { return m.raw.contains("REFUSED-BY-GMAIL"); });
        };

        mf::ui::AccountsWindow window(d.context());
        window.show();
        window.syncNow(maria.id);
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, maria.id), MailboxState::Waiting, 60000);
        QCOMPARE(refusedInGmail(), 0);
        QVERIFY(d.context().host()->isRunning(maria.id));

        d.google().setRejectMarker({});
        select(window, maria.id);
        QTest::mouseClick(button(window, "viewLogButton"), Qt::LeftButton);
        auto *log = window.findChild<mf::ui::LogWindow *>();
        QVERIFY(log);
        QTRY_VERIFY(log->view()->retryButton()->isEnabled());
        QTest::mouseClick(log->view()->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refusedInGmail(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, maria.id), MailboxState::Waiting, 60000);
        QVERIFY(d.context().host()->isRunning(maria.id));
        log->close();
        stopAll(d);
    }

    void aWrongPasswordNeedsYouWhileTheOthersFinish()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(startThree(d, 6, 5, 4, &why), why);
        const auto maria = d.addReturningUser(/*continuous=*/true);
        const auto tom = addMailbox(d, kTom, true, QString::fromLatin1(GuiDriver::kPassword));
        const auto ana = addMailbox(d, kAna, true, QStringLiteral("changed-on-the-server"));

        mf::ui::Shell shell(d.context(), nullptr, /*trayAvailable=*/true);
        shell.showAccounts();
        mf::ui::AccountsWindow &window = *shell.accountsWindow();
        QSignalSpy shown(shell.notifier(), &mf::ui::Notifier::shown);
        QCOMPARE(shell.startContinuousSync().size(), 3);

        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, ana.id), MailboxState::NeedsYou, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(row(window, ana.id)->text(StatusColumn).startsWith(QStringLiteral("Needs you: ")), 10000);
        // The others go on and finish their pass.
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, maria.id), MailboxState::Waiting, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, tom.id), MailboxState::Waiting, 60000);
        QCOMPARE(d.google().messages().size(), 11);
        // To look at it: MAILFERRY_SHOTS=<folder> keeps a picture of the window in this state.
        if (const QString shots = qEnvironmentVariable("MAILFERRY_SHOTS"); !shots.isEmpty()) {
            window.resize(980, 300);
            QVERIFY(window.grab().save(shots + QStringLiteral("/accounts-three-mailboxes.png")));
        }

        // One notification names the mailbox; the tray adds them up.
        QTRY_VERIFY(!shown.isEmpty());
        const auto notes = shell.notifier()->history();
        const auto aboutAna = std::count_if(notes.begin(), notes.end(), [&](const mf::ui::Notification &n) {
            return n.episode == QStringLiteral("needs-you:") + ana.id;
        });
        QCOMPARE(aboutAna, 1);
        const auto note =
            *std::find_if(notes.begin(), notes.end(), [&](const mf::ui::Notification &n) { return n.episode.endsWith(ana.id); });
        QVERIFY2(note.title.contains(ana.email), qPrintable(note.title));
        QVERIFY2(note.text.contains(QStringLiteral("other mailboxes go on")), qPrintable(note.text));
        QVERIFY2(shell.trayText().contains(QStringLiteral("3 mailboxes: 2 up to date, 1 waiting for you")),
                 qPrintable(shell.trayText()));

        // Trying again while it still fails is the same episode: no second notification.
        window.syncNow(ana.id);
        QTRY_COMPARE_WITH_TIMEOUT(activityOf(d, ana.id), MailboxState::NeedsYou, 60000);
        const auto again = shell.notifier()->history();
        QCOMPARE(std::count_if(again.begin(), again.end(),
                               [&](const mf::ui::Notification &n) { return n.episode.endsWith(ana.id); }),
                 qsizetype(1));
        stopAll(d);
    }

    void theWindowsMnemonicsAreUnique()
    {
        GuiDriver d;
        mf::ui::Shell shell(d.context(), nullptr, /*trayAvailable=*/false);
        shell.showAccounts();
        QWidget *window = shell.accountsWindow();
        QMultiMap<QString, QString> found;
        for (auto *b : window->findChildren<QAbstractButton *>())
            if (!mnemonicOf(b->text()).isEmpty())
                found.insert(mnemonicOf(b->text()), b->text());
        // "Resume" shares the button of "Pause": both letters must be free.
        found.insert(mnemonicOf(mf::ui::AccountsWindow::tr("Res&ume")), QStringLiteral("Res&ume"));
        for (QAction *a : shell.accountsWindow()->menuBar()->actions())
            if (!mnemonicOf(a->text()).isEmpty())
                found.insert(mnemonicOf(a->text()), a->text());
        for (const QString &key : found.uniqueKeys())
            QVERIFY2(found.count(key) == 1, qPrintable(QStringList(found.values(key)).join(QStringLiteral(", "))));
        QVERIFY(found.size() >= 7);
    }
};

QTEST_MAIN(TestGuiMailboxes)
#include "tst_gui_mailboxes.moc"
