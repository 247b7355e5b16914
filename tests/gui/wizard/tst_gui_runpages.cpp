// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pages where the mailbox is set up and the copy runs, offscreen and without servers: what
// they say must be true for someone who does not know what a port is.
//  - proposed server settings follow the address; a value the user typed is never overwritten;
//  - an outage is said as it is, with a countdown on the injected clock, rate and ETA paused;
//  - ETA says Paused / Done, the bar is copied of total;
//  - the table shows local dates and MB, names a failed message without subject, explains it,
//    finds possible duplicates, and links to Gmail's search;
//  - CSV export never replaces a file and uses ";" where the decimal separator is a comma;
//  - the Done page says where the mail went and links to exactly that in Gmail;
//  - a new mailbox is offered the label named after its address.
#include "GuiDriver.h"
#include "ManualClock.h"
#include "common/SizeText.h"
#include "discovery/DnsResolver.h"
#include "google/Scopes.h"
#include "log/LogView.h"
#include "log/LogWindow.h"
#include "migration/MigrationController.h"
#include "models/LedgerTableModel.h"
#include "models/WaitReading.h"
#include "store/Ledger.h"
#include "widgets/MailboxForm.h"
#include "widgets/OptionsForm.h"
#include "wizard/DonePage.h"
#include "wizard/ProgressPage.h"
#include "wizard/SetupWizard.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtTest/QtTest>

using mf::test::GuiDriver;
using mf::ui::SetupWizard;

namespace {

/// DNS that knows nothing: every lookup answers "no such record", soon, on the event loop.
class EmptyResolver final : public mf::discovery::DnsResolver {
public:
    void lookupSrv(const QString &, QObject *context, std::function<void(QList<SrvRecord>)> done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    void lookupMx(const QString &, QObject *context, std::function<void(QStringList)> done) override
    {
        QTimer::singleShot(0, context, [done] { done({}); });
    }
    void hostExists(const QString &, QObject *context, std::function<void(bool)> done) override
    {
        QTimer::singleShot(0, context, [done] { done(false); });
    }
};

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab); // leaving the field starts the lookup at once
}

mf::accounts::AccountConfig mariasAccount()
{
    mf::accounts::AccountConfig a;
    a.email = QStringLiteral("maria@oldisp.example");
    a.id = mf::accounts::AccountConfig::idForEmail(a.email);
    a.host = QStringLiteral("pop.oldisp.example");
    a.user = a.email;
    return a;
}

} // namespace

class TestGuiRunPages : public QObject {
    Q_OBJECT
private slots:
    void proposalsFollowTheAddressButNeverOverwriteTyping()
    {
        GuiDriver d;
        EmptyResolver dns;
        mf::ui::MailboxForm form;
        form.setResolver(&dns);
        form.setContext(&d.context(), true);
        form.show();
        auto *email = form.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        auto *host = form.findChild<QLineEdit *>(QStringLiteral("hostEdit"));
        auto *user = form.findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *port = form.findChild<QSpinBox *>(QStringLiteral("portSpin"));

        retype(email, QStringLiteral("maria@gmx.de"));
        QTRY_COMPARE(host->text(), QStringLiteral("pop.gmx.net"));
        QCOMPARE(port->value(), 995);
        const QString gmxUser = user->text();
        QVERIFY(!gmxUser.isEmpty());

        // A typing mistake corrected: the old ISP instead of GMX. GMX's server must not stay
        // (Test would send the ISP password to GMX); the ISP is unknown, so the server is empty.
        retype(email, QStringLiteral("maria@oldisp.example"));
        QCOMPARE(host->text(), QString()); // cleared as soon as the domain changed
        QTRY_COMPARE(user->text(), QStringLiteral("maria@oldisp.example"));
        QCOMPARE(host->text(), QString());
        QVERIFY(user->text() != gmxUser);

        // What she types is hers: another lookup never overwrites it.
        retype(host, QStringLiteral("pop.oldisp.example"));
        retype(email, QStringLiteral("maria@gmx.de"));
        QTRY_COMPARE(user->text(), gmxUser); // the proposed user follows the address
        QCOMPARE(host->text(), QStringLiteral("pop.oldisp.example"));
    }

    void waitingForGmailCountsDown()
    {
        QCOMPARE(mf::ui::WaitReading::read(QStringLiteral("Gmail is not taking messages now (Gmail is busy). Trying again in 30 "
                                                          "seconds (attempt 2)."))
                     .seconds.value_or(-1),
                 30);
        GuiDriver d;
        mf::test::ManualClock clock;
        d.context().setClock(&clock);
        SetupWizard wizard(d.context());
        wizard.state().account = mariasAccount();
        wizard.setStartId(SetupWizard::ProgressPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::ProgressPageId));
        auto *page = wizard.currentPage();
        auto *state = page->findChild<QLabel *>(QStringLiteral("runState"));
        auto *eta = page->findChild<QLabel *>(QStringLiteral("etaLabel"));
        auto *rate = page->findChild<QLabel *>(QStringLiteral("rateLabel"));
        auto *controller = d.context().controller();

        mf::migration::Progress p;
        p.state = mf::migration::RunState::Transferring;
        p.total = 300;
        p.copied = 120;
        p.left = 180;
        p.messagesPerMinute = 580;
        p.eta = mf::Millis(19 * 60 * 1000);
        emit controller->progressChanged(p);
        QVERIFY2(rate->text().contains(QStringLiteral("580")), qPrintable(rate->text()));
        QCOMPARE(eta->text(), mf::ui::ProgressPage::etaText(mf::Millis(19 * 60 * 1000)));

        p.state = mf::migration::RunState::Waiting;
        p.statusText = QStringLiteral("Gmail is not taking messages now (Gmail is busy). Trying again in 30 seconds "
                                      "(attempt 2).");
        emit controller->progressChanged(p);
        QCOMPARE(state->text(), QStringLiteral("Waiting for Gmail… trying again in 30 s"));
        QCOMPARE(eta->text(), QStringLiteral("Paused while waiting"));
        QCOMPARE(rate->text(), QString());
        clock.advance(mf::Millis(12000));
        QCOMPARE(state->text(), QStringLiteral("Waiting for Gmail… trying again in 18 s"));
        // The same report again (the engine repeats it) does not restart the countdown.
        emit controller->progressChanged(p);
        QCOMPARE(state->text(), QStringLiteral("Waiting for Gmail… trying again in 18 s"));
        clock.advance(mf::Millis(18000));
        QCOMPARE(state->text(), QStringLiteral("Waiting for Gmail… trying again now"));

        // The mail server stopped mid-run: not her settings.
        p.statusText = QStringLiteral("The connection broke off. Check your internet connection and test again. Trying "
                                      "again in 8 seconds (attempt 2 of 6).");
        emit controller->progressChanged(p);
        QVERIFY2(state->text().startsWith(QStringLiteral("Your old mail server stopped answering. Mailferry keeps "
                                                         "trying; nothing is lost.")),
                 qPrintable(state->text()));
        QVERIFY2(state->text().contains(QStringLiteral("8 s")), qPrintable(state->text()));

        // Back to work: the wait is gone, rate and ETA are back.
        p.state = mf::migration::RunState::Transferring;
        p.statusText.clear();
        emit controller->progressChanged(p);
        QVERIFY(!state->text().contains(QStringLiteral("Waiting")));
        QVERIFY(!eta->text().isEmpty());
        clock.advance(mf::Millis(60000));
        QVERIFY(!state->text().contains(QStringLiteral("trying again")));
    }

    void etaSaysPausedAndDoneAndTheBarIsCopiedOfTotal()
    {
        GuiDriver d;
        SetupWizard wizard(d.context());
        wizard.state().account = mariasAccount();
        wizard.setStartId(SetupWizard::ProgressPageId);
        wizard.show();
        auto *page = wizard.currentPage();
        auto *eta = page->findChild<QLabel *>(QStringLiteral("etaLabel"));
        auto *bar = page->findChild<QProgressBar *>(QStringLiteral("progressBar"));
        auto *controller = d.context().controller();

        mf::migration::Progress p;
        p.state = mf::migration::RunState::Transferring;
        p.total = 300;
        p.alreadyDone = 100;
        p.copied = 50;
        p.skipped = 2;
        p.failed = 1;
        p.left = 147;
        p.eta = mf::Millis(5 * 60 * 1000);
        emit controller->progressChanged(p);
        QCOMPARE(bar->maximum(), 300);
        QCOMPARE(bar->value(), 150);
        p.state = mf::migration::RunState::Paused;
        emit controller->progressChanged(p);
        QCOMPARE(eta->text(), QStringLiteral("Paused"));

        p.state = mf::migration::RunState::Finished;
        p.copied = 196;
        p.left = 0;
        p.eta.reset();
        emit controller->progressChanged(p);
        mf::migration::RunSummary s;
        s.copied = 196;
        s.skipped = 2;
        s.failed = 1;
        emit controller->runFinished(s);
        QCOMPARE(eta->text(), QStringLiteral("Done"));
        QCOMPARE(bar->value(), 296); // not a full bar: 4 messages are not copied
        QCOMPARE(bar->maximum(), 300);
    }

    void tableIsReadableAndAFailedMessageCanBeFound()
    {
        GuiDriver d;
        const auto account = mariasAccount();
        QVERIFY(QDir().mkpath(QFileInfo(account.ledgerPath()).path()));
        {
            auto ledger = mf::store::Ledger::open(account.ledgerPath());
            QVERIFY(ledger);
            mf::store::ItemInfo ok;
            ok.uidl = "u-1";
            ok.size = 48'000;
            ok.listSize = 48'000;
            ok.messageId = "<a1@oldisp.example>";
            ok.subject = QStringLiteral("Holiday photos from Lisbon, all of them");
            ok.from = QStringLiteral("Ana <ana@example.org>");
            ok.dateHeader = QStringLiteral("Tue, 04 Mar 2014 14:05:00 +0100");
            auto id = ledger.value()->beginUpload(ok);
            QVERIFY(id);
            QVERIFY(ledger.value()->commitCopied({{id.value(), QStringLiteral("g-1"), true}}));
            mf::store::ItemInfo bad;
            bad.uidl = "u-2";
            bad.listSize = 3'400'000;
            bad.dateHeader = QStringLiteral("not a date");
            const QString reason = QStringLiteral("Gmail refused this message: it says the message is malformed "
                                                  "(a header line longer than 998 characters), which a long reason "
                                                  "would never show whole in a table cell.");
            QVERIFY(ledger.value()->recordOutcome(bad, mf::store::ItemStatus::Failed, reason));
        }
        mf::ui::LogWindow window(d.context(), account);
        window.show();
        mf::ui::LogView *view = window.view();
        mf::ui::LedgerTableModel *model = view->model();
        QCOMPARE(model->rowCount(), 2);
        using M = mf::ui::LedgerTableModel;
        const QDateTime when = QDateTime::fromString(QStringLiteral("Tue, 04 Mar 2014 14:05:00 +0100"), Qt::RFC2822Date);
        QCOMPARE(model->index(0, M::DateColumn).data().toString(), QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model->index(1, M::DateColumn).data().toString(), QStringLiteral("not a date"));
        QCOMPARE(model->index(0, M::SizeColumn).data().toString(), QStringLiteral("0.05 MB"));
        QCOMPARE(model->index(1, M::SizeColumn).data().toString(), QStringLiteral("3.4 MB"));
        const QString nameless = model->index(1, M::SubjectColumn).data().toString();
        QVERIFY2(nameless.contains(QStringLiteral("3.4 MB")) && nameless.contains(QStringLiteral("u-2")), qPrintable(nameless));
        // The subject gets the room, not the status.
        QHeaderView *header = view->table()->horizontalHeader();
        QCOMPARE(header->sectionResizeMode(M::SubjectColumn), QHeaderView::Stretch);
        QVERIFY(header->sectionResizeMode(M::StatusColumn) != QHeaderView::Stretch);

        // The failed one, selected: the whole reason and what to do.
        view->table()->setFocus();
        view->table()->selectRow(1);
        QVERIFY2(view->details()->text().contains(QStringLiteral("in a table cell.")), qPrintable(view->details()->text()));
        QVERIFY(view->details()->text().contains(QStringLiteral("Retry failed")));
        QVERIFY(view->details()->text().contains(QStringLiteral("webmail")));
        QVERIFY(model->index(1, M::StatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("in a table cell.")));
        QVERIFY(view->retryButton()->isEnabled());
        QSignalSpy retry(&window, &mf::ui::LogWindow::retryFailedRequested);
        view->retryButton()->setFocus();
        QTest::keyClick(view->retryButton(), Qt::Key_Space);
        QCOMPARE(retry.size(), 1);

        // Possible duplicates can be found, and each one searched in Gmail.
        view->setShow(mf::ui::LogView::Show::PossibleDuplicates);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, M::SubjectColumn).data().toString(), QStringLiteral("Holiday photos from Lisbon, all of them"));
        view->table()->selectRow(0);
        QUrl opened;
        d.context().setUrlOpener([&](const QUrl &url) { opened = url; });
        auto *search = window.findChild<QPushButton *>(QStringLiteral("gmailSearchButton"));
        QVERIFY(search->isEnabled());
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Space);
        QCOMPARE(opened.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://mail.google.com/mail/u/0/#search/rfc822msgid%3Aa1%40oldisp.example"));
        view->setShow(mf::ui::LogView::Show::Problems);
        QCOMPARE(model->rowCount(), 1);
        view->setShow(mf::ui::LogView::Show::All);
        QCOMPARE(model->rowCount(), 2);
    }

    void anArchivesLogSpeaksOfTheArchiveNotAServer()
    {
        GuiDriver d;
        mf::accounts::AccountConfig account;
        account.source = mf::accounts::AccountConfig::Source::Archive;
        account.archivePath = QDir::homePath() + QStringLiteral("/Outlook.pst");
        account.id = mf::accounts::AccountConfig::idForArchive(account.archivePath);
        QVERIFY(QDir().mkpath(QFileInfo(account.ledgerPath()).path()));
        {
            auto ledger = mf::store::Ledger::open(account.ledgerPath());
            QVERIFY(ledger);
            mf::store::ItemInfo bad;
            bad.uidl = "Outlook.pst|Inbox|@0#7|0123456789abcdef";
            bad.listSize = 4'000;
            QVERIFY(ledger.value()->recordOutcome(bad, mf::store::ItemStatus::Failed, QStringLiteral("cut short")));
        }
        mf::ui::LogWindow window(d.context(), account);
        window.show();
        mf::ui::LogView *view = window.view();
        QCOMPARE(view->model()->rowCount(), 1);
        view->table()->setFocus();
        view->table()->selectRow(0);
        const QString details = view->details()->text();
        QVERIFY2(details.contains(QStringLiteral("place in the archive Outlook.pst|Inbox")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("still in the archive on this computer")), qPrintable(details));
        QVERIFY2(!details.contains(QStringLiteral("server")), qPrintable(details));
    }

    void csvExportNeverReplacesAFileAndFitsTheSpreadsheet()
    {
        GuiDriver d;
        const auto account = mariasAccount();
        QVERIFY(QDir().mkpath(QFileInfo(account.ledgerPath()).path()));
        {
            auto ledger = mf::store::Ledger::open(account.ledgerPath());
            QVERIFY(ledger);
            mf::store::ItemInfo big;
            big.uidl = "u-9";
            big.listSize = 60'500'000;
            big.subject = QStringLiteral("Scans");
            QVERIFY(ledger.value()->recordOutcome(big, mf::store::ItemStatus::SkippedOversize, QStringLiteral("too large")));
        }
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        mf::ui::LogWindow window(d.context(), account);
        const QString path = d.workDir() + QStringLiteral("/log.csv");
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("my own notes");
        existing.close();
        const auto rows = window.exportCsv(path);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(rows);
        QCOMPARE(window.savedPath(), d.workDir() + QStringLiteral("/log (2).csv"));
        QFile mine(path);
        QVERIFY(mine.open(QIODevice::ReadOnly));
        QCOMPARE(mine.readAll(), QByteArray("my own notes"));
        auto *note = window.findChild<QLabel *>(QStringLiteral("exportNote"));
        QVERIFY(note->isVisibleTo(&window));
        QVERIFY2(note->text().contains(QDir::toNativeSeparators(window.savedPath())), qPrintable(note->text()));
        QFile csv(window.savedPath());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY2(bytes.contains("\";\""), bytes.constData());
        QVERIFY2(bytes.contains("\"60,500\""), bytes.constData());
        QVERIFY(!bytes.contains("60500000"));
    }

    void donePageSaysWhereTheMailWentAndLinksThere()
    {
        GuiDriver d;
        d.context().setGoogleAccount(mf::ui::GoogleAccount{QStringLiteral("maria@gmail.com"), QStringLiteral("t"), {}});
        SetupWizard wizard(d.context());
        auto account = mariasAccount();
        account.options.placement = mf::migration::Placement::ArchiveWithLabel;
        account.options.label = account.email;
        wizard.state().account = account;
        mf::migration::RunSummary s;
        s.copied = 300;
        s.bytesCopied = 412'000'000;
        s.skipped = 2;
        s.oversizeOutstanding = 1;
        wizard.state().lastSummary = s;
        wizard.setStartId(SetupWizard::DonePageId);
        wizard.show();
        auto *summary = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("doneSummary"));
        const QString text = summary->text();
        QVERIFY2(text.contains(QStringLiteral("<b>300 message")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("under the label \"maria@oldisp.example\"")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("412 MB")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("webmail")), qPrintable(text));
        const QUrl expected = mf::ui::DonePage::gmailUrl(QStringLiteral("maria@gmail.com"), account.email);
        QCOMPARE(expected.fragment(QUrl::FullyEncoded), QStringLiteral("label/maria%40oldisp.example"));
        QVERIFY(text.contains(expected.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        QUrl opened;
        d.context().setUrlOpener([&](const QUrl &url) { opened = url; });
        auto *open = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("openGmailButton"));
        open->setFocus();
        QTest::keyClick(open, Qt::Key_Space);
        QCOMPARE(opened, expected);
        const QString next = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("doneNextStep"))->text();
        QVERIFY2(next.contains(QStringLiteral("Keep your old mailbox")), qPrintable(next));
        QCOMPARE(mf::ui::DonePage::gmailUrl(QString(), QStringLiteral("Old mail/ISP")).fragment(QUrl::FullyEncoded),
                 QStringLiteral("label/Old+mail%2FISP"));
    }

    void aNewMailboxIsOfferedALabelNamedAfterIt()
    {
        GuiDriver d;
        mf::ui::OptionsForm form;
        form.setContext(&d.context());
        form.setOptions({});
        form.proposeLabelFor(QStringLiteral("maria@oldisp.example"));
        // Without the label permission the Inbox stays, and the label is offered.
        auto *placement = form.findChild<QComboBox *>(QStringLiteral("placementCombo"));
        QCOMPARE(placement->currentData().toInt(), int(mf::migration::Placement::InboxUnread));
        QVERIFY(form.isValid());
        QVERIFY(form.findChild<QPushButton *>(QStringLiteral("grantLabelsButton"))->isVisibleTo(&form));
        // With it, the old mail goes under its own label.
        d.context().setGoogleAccount(
            mf::ui::GoogleAccount{QStringLiteral("maria@gmail.com"), QStringLiteral("t"), {mf::google::Scopes::kGmailLabels}});
        mf::ui::OptionsForm granted;
        granted.setContext(&d.context());
        granted.setOptions({});
        granted.proposeLabelFor(QStringLiteral("maria@oldisp.example"));
        mf::migration::MigrationOptions o;
        granted.applyTo(o);
        QCOMPARE(o.placement, mf::migration::Placement::ArchiveWithLabel);
        QCOMPARE(o.label, QStringLiteral("maria@oldisp.example"));
        QVERIFY(granted.isValid());
        QCOMPARE(o.sizeLimitBytes, qint64(50'000'000)); // MB is 1,000,000 bytes everywhere
    }

    void sizesAreMegabytes()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(mf::sizeText(0, en), QStringLiteral("0 MB"));
        QCOMPARE(mf::sizeText(3'000, en), QStringLiteral("0.01 MB"));
        QCOMPARE(mf::sizeText(1'500'000, en), QStringLiteral("1.5 MB"));
        QCOMPARE(mf::sizeText(1'234'000'000, en), QStringLiteral("1,234 MB"));
        QCOMPARE(mf::sizeText(1'500'000, QLocale(QLocale::German)), QStringLiteral("1,5 MB"));
    }
};

QTEST_MAIN(TestGuiRunPages)
#include "tst_gui_runpages.moc"
