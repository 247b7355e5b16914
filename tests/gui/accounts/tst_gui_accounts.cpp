// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts window's status column says what the ledger says ("Finished: 20 copied, 1
// failed", "Up to date"), also for a run the window did not see (after a restart, in the
// background, from the CLI). "Remove all my data" says that the record of what was copied goes
// too, and can keep it: the secrets and settings go, the ledger stays.
#include "AppContext.h"
#include "ManualClock.h"
#include "accounts/AccountConfig.h"
#include "accounts/AccountService.h"
#include "accounts/AccountsWindow.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemoryCredentialStore.h"
#include "store/Ledger.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QtTest>

using namespace mf;

namespace {

enum Column { MailboxColumn, ServerColumn, StatusColumn, LastRunColumn };

store::ItemInfo message(const QByteArray &uidl, int n)
{
    store::ItemInfo i;
    i.uidl = uidl;
    i.size = 3500 + n;
    i.messageId = "<" + QByteArray::number(n) + "@isp.example>";
    i.sha256 = QByteArray::number(n).rightJustified(64, 'c');
    i.subject = QStringLiteral("Message %1").arg(n);
    return i;
}

// Writes a ledger as the engine would: `copied` messages copied, `failed` failed, `waiting` left
// half-way (uploading when the run stopped).
bool writeLedger(const accounts::AccountConfig &account, int copied, int failed, int waiting, test::ManualClock *clock)
{
    auto opened = store::Ledger::open(account.ledgerPath(), clock);
    if (!opened)
        return false;
    store::Ledger &ledger = *opened.value();
    int n = 0;
    for (int i = 0; i < copied; ++i, ++n) {
        auto id = ledger.beginUpload(message("C" + QByteArray::number(n), n));
        if (!id || !ledger.commitCopied(id.value(), QStringLiteral("g%1").arg(n)))
            return false;
    }
    for (int i = 0; i < failed; ++i, ++n) {
        auto id = ledger.beginUpload(message("F" + QByteArray::number(n), n));
        if (!id || !ledger.recordOutcome(id.value(), store::ItemStatus::Failed, QStringLiteral("refused")))
            return false;
    }
    for (int i = 0; i < waiting; ++i, ++n) {
        if (!ledger.beginUpload(message("W" + QByteArray::number(n), n)))
            return false;
    }
    return true;
}

} // namespace

class TestGuiAccounts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<secrets::MemoryCredentialStore> m_secrets;
    std::unique_ptr<ui::AppContext> m_context;
    test::ManualClock m_clock;

    accounts::AccountConfig addAccount(const QString &email)
    {
        accounts::AccountConfig a;
        a.email = email;
        a.id = accounts::AccountConfig::idForEmail(email);
        a.host = QStringLiteral("pop.isp.example");
        a.user = email.section(QLatin1Char('@'), 0, 0);
        a.gmailAccount = QStringLiteral("maria@gmail.example");
        m_context->accounts().save(a);
        bool written = false;
        m_secrets->write(secrets::pop3PasswordKey(a.id), QStringLiteral("pw"), [&](Status) { written = true; });
        if (!QTest::qWaitFor([&] { return written; }))
            qWarning("the password was not stored");
        return a;
    }

    QTreeWidgetItem *row(ui::AccountsWindow &window, const QString &id)
    {
        auto *list = window.findChild<QTreeWidget *>(QStringLiteral("accountList"));
        for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(MailboxColumn, Qt::UserRole).toString() == id)
                return list->topLevelItem(i);
        }
        return nullptr;
    }

    bool hasSecret(const QString &key)
    {
        std::optional<bool> found;
        m_secrets->read(key, [&](Result<QString> r) { found = r.ok(); });
        if (!QTest::qWaitFor([&] { return found.has_value(); }))
            qWarning("the secret store did not answer");
        return found.value_or(false);
    }

private slots:
    void init()
    {
        qputenv("MAILFERRY_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
        QFile::remove(m_dir.filePath(QStringLiteral("settings.conf")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.conf")), QSettings::IniFormat);
        m_secrets = std::make_unique<secrets::MemoryCredentialStore>();
        m_context = std::make_unique<ui::AppContext>(m_settings.get(), m_secrets.get());
        m_context->setClock(&m_clock);
    }

    void cleanup()
    {
        m_context.reset();
        m_secrets.reset();
        m_settings.reset();
    }

    void statusComesFromTheLedger()
    {
        const auto finished = addAccount(QStringLiteral("maria@isp.example"));
        const auto upToDate = addAccount(QStringLiteral("tom@isp.example"));
        const auto stopped = addAccount(QStringLiteral("ana@isp.example"));
        const auto fresh = addAccount(QStringLiteral("new@isp.example"));
        // Runs the window never saw (another process, or before this start): only the ledgers know.
        QVERIFY(writeLedger(finished, 20, 1, 0, &m_clock));
        QVERIFY(writeLedger(upToDate, 5, 0, 0, &m_clock));
        QVERIFY(writeLedger(stopped, 3, 0, 2, &m_clock));

        ui::AccountsWindow window(*m_context);
        QTreeWidgetItem *item = row(window, finished.id);
        QVERIFY(item);
        QCOMPARE(item->text(StatusColumn), QStringLiteral("Finished: 20 copied, 1 failed"));
        QVERIFY(item->text(LastRunColumn) != QStringLiteral("never")); // the ledger knows when
        QCOMPARE(row(window, upToDate.id)->text(StatusColumn), QStringLiteral("Up to date"));
        QCOMPARE(row(window, stopped.id)->text(StatusColumn), QStringLiteral("Stopped: 3 copied, 2 still to do"));
        QCOMPARE(row(window, fresh.id)->text(StatusColumn), QStringLiteral("Not run yet"));
        QCOMPARE(row(window, fresh.id)->text(LastRunColumn), QStringLiteral("never"));

        // The same after a "restart": a new window over the same files.
        ui::AccountsWindow again(*m_context);
        QCOMPARE(row(again, finished.id)->text(StatusColumn), QStringLiteral("Finished: 20 copied, 1 failed"));

        // Viewing never wrote: the ledger file is unchanged by the windows (read-only handle).
        const QByteArray before = [&] {
            QFile f(finished.ledgerPath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        again.reload();
        QFile f(finished.ledgerPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void removeAllSaysTheRecordGoesAndCanKeepIt()
    {
        const auto a = addAccount(QStringLiteral("maria@isp.example"));
        QVERIFY(writeLedger(a, 2, 0, 0, &m_clock));
        ui::AccountsWindow window(*m_context);
        window.show();
        QSignalSpy removed(&window, &ui::AccountsWindow::dataRemoved);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("removeAllButton")), Qt::LeftButton);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("removeAllDialog"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("record of what was copied")), qPrintable(box->text()));
        QVERIFY(box->text().contains(QLatin1String("copies everything again")));
        auto *keep = box->findChild<QCheckBox *>(QStringLiteral("keepRecordCheck"));
        QVERIFY(keep);
        QVERIFY(!keep->isChecked()); // removing everything stays the default
        keep->setChecked(true);
        box->findChild<QPushButton *>(QStringLiteral("removeWithoutExportButton"))->click();
        QTRY_COMPARE(removed.count(), 1);

        QVERIFY(QFile::exists(a.ledgerPath()));              // the record stays
        QVERIFY(m_context->accounts().accounts().isEmpty()); // the settings went
        QVERIFY(!hasSecret(secrets::pop3PasswordKey(a.id))); // the password went
        auto summary = m_context->accountService().ledgerSummary(a);
        QCOMPARE(summary.copied, qint64(2));

        // Setting the same mailbox up again finds its record: nothing would be copied twice.
        const auto again = addAccount(QStringLiteral("maria@isp.example"));
        ui::AccountsWindow reopened(*m_context);
        QCOMPARE(row(reopened, again.id)->text(StatusColumn), QStringLiteral("Up to date"));
    }

    void removeAllWithoutKeepingDeletesTheRecord()
    {
        const auto a = addAccount(QStringLiteral("tom@isp.example"));
        QVERIFY(writeLedger(a, 1, 0, 0, &m_clock));
        ui::AccountsWindow window(*m_context);
        QSignalSpy removed(&window, &ui::AccountsWindow::dataRemoved);
        std::optional<bool> ok;
        window.removeAllData(QString(), [&](Status s) { ok = s.ok(); });
        QTRY_COMPARE(removed.count(), 1);
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
        QVERIFY(!QFile::exists(a.ledgerPath()));
        QVERIFY(m_context->accounts().accounts().isEmpty());
        QVERIFY(!hasSecret(secrets::pop3PasswordKey(a.id)));
    }
};

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
