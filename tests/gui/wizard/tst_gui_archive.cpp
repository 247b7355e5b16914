// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The wizard's "Mail on this computer" path, offscreen: a Thunderbird profile the test writes in
// its own HOME is found, its folders are counted live, one is left out, the folders become labels
// after the second Google consent, the options offer nothing that deletes, and the run copies
// exactly the ticked folders into the fake Google without touching a byte of the profile.
#include "ArchiveFixtures.h"
#include "GuiDriver.h"
#include "TestEnv.h"
#include "google/Scopes.h"
#include "wizard/ArchivePage.h"
#include "wizard/SetupWizard.h"
#include "wizard/SourcePage.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QtTest/QtTest>

using mf::test::GuiDriver;
using mf::ui::SetupWizard;
namespace fx = mf::testsupport::archive;

namespace {

QTreeWidgetItem *findFolder(QTreeWidget *tree, const QString &folder)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == folder)
            return *it;
    }
    return nullptr;
}

} // namespace

class TestGuiArchive : public QObject {
    Q_OBJECT
private:
    QString m_profile; ///< the profile's Mail folder, in this test's HOME
    QList<QByteArray> m_inbox;
    QList<QByteArray> m_invoices;
    QList<QByteArray> m_sent;

private slots:
    void initTestCase()
    {
        // run-one.sh gives every test its own HOME: Thunderbird's profile goes where it would be.
        const QString root = QDir::homePath() + QStringLiteral("/.thunderbird");
        if (QFileInfo::exists(root + QStringLiteral("/profiles.ini")))
            QSKIP("HOME already holds a Thunderbird profile: run this test with its own HOME (ctest or run-one.sh)");
        QVERIFY(fx::writeFile(root + QStringLiteral("/profiles.ini"), fx::profilesIni(QStringLiteral("Profiles/t3st.default"))));
        m_profile = root + QStringLiteral("/Profiles/t3st.default/Mail");
        const QString local = m_profile + QStringLiteral("/Local Folders");
        m_inbox = {fx::message(QStringLiteral("archive-inbox-1"), "first\n"),
                   fx::message(QStringLiteral("archive-inbox-2"), "From the old days.\n>From quoted.\n")};
        m_invoices = {fx::message(QStringLiteral("archive-invoice-2019"), "paid\n"),
                      fx::message(QStringLiteral("archive-invoice-2020"), QByteArray(30000, 'i') + "\n")};
        m_sent = {fx::message(QStringLiteral("archive-sent"), "sent by me\n")};
        const QByteArray deleted =
            fx::message(QStringLiteral("archive-deleted"), "gone\n", "X-Mozilla-Status: 0009\nX-Mozilla-Status2: 00000000\n");
        QVERIFY(fx::writeFile(local + QStringLiteral("/Inbox"),
                              fx::mboxBytes({m_inbox.at(0), deleted, m_inbox.at(1)}, mf::archive::MboxVariant::Mboxrd)));
        QVERIFY(fx::writeFile(local + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"));
        QVERIFY(fx::writeFile(local + QStringLiteral("/Sent"), fx::mboxBytes(m_sent, mf::archive::MboxVariant::Mboxrd)));
        QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail"), QByteArray()));
        QVERIFY(fx::writeFile(local + QStringLiteral("/Old mail.sbd/Invoices"),
                              fx::mboxBytes(m_invoices, mf::archive::MboxVariant::Mboxrd)));
    }

    void enterOnTheSourcePageGoesOnNeverBack()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(0, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        // Keys reach the focused widget of the active window, as for a user.
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY2(d.next(wizard, SetupWizard::SourcePageId), qPrintable(d.lastError()));
        auto *server = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("serverSourceRadio"));
        auto *archive = wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("archiveSourceRadio"));
        QVERIFY(server && archive);
        QVERIFY(server->isChecked());
        QCOMPARE(wizard.focusWidget(), server);
        // The arrow keys move between the answers, as in any group of radio buttons.
        QTest::keyClick(server, Qt::Key_Down);
        QVERIFY(archive->isChecked());
        // The focus on Back, as after a click there: Enter still continues.
        wizard.button(QWizard::BackButton)->setFocus();
        QTest::keyClick(wizard.focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::SignInPageId));
        QVERIFY(wizard.state().account.isArchive());
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ArchivePageId), qPrintable(d.lastError()));

        // Back twice and the other answer: the server path is as it always was.
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(SetupWizard::SourcePageId));
        server->click();
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::MailboxPageId), qPrintable(d.lastError()));
        QVERIFY(!wizard.state().account.isArchive());
    }

    void aThunderbirdProfileIsFoundCountedAndCopied()
    {
        const auto before = fx::treeFingerprint(m_profile);
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(0, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY2(d.next(wizard, SetupWizard::SourcePageId), qPrintable(d.lastError()));
        qobject_cast<mf::ui::SourcePage *>(wizard.currentPage())->chooseArchive(true);
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ArchivePageId), qPrintable(d.lastError()));

        auto *page = qobject_cast<mf::ui::ArchivePage *>(wizard.currentPage());
        QVERIFY(page);
        auto *found = page->findChild<QListWidget *>(QStringLiteral("foundArchives"));
        auto *tree = page->findChild<QTreeWidget *>(QStringLiteral("archiveFolders"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("surveyStatus"));
        auto *asLabels = page->findChild<QCheckBox *>(QStringLiteral("foldersAsLabelsCheck"));
        auto *grant = page->findChild<QPushButton *>(QStringLiteral("archiveGrantLabelsButton"));
        auto *unchanged = page->findChild<QLabel *>(QStringLiteral("nothingChanged"));
        QVERIFY(found && tree && status && asLabels && grant && unchanged);
        QVERIFY(unchanged->isVisible());
        QVERIFY(unchanged->text().contains(QStringLiteral("Nothing on this computer is changed or deleted")));

        // The profile in use is found and chosen; its folders are counted on a worker thread.
        QCOMPARE(found->count(), 1);
        QVERIFY2(found->item(0)->text().contains(QStringLiteral("Thunderbird")), qPrintable(found->item(0)->text()));
        QCOMPARE(page->chosenPath(), m_profile);
        QTRY_VERIFY_WITH_TIMEOUT(!page->survey()->isRunning(), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("5 messages")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("deleted are left out")), qPrintable(status->text()));
        QTreeWidgetItem *inbox = findFolder(tree, QStringLiteral("Local Folders/Inbox"));
        QTreeWidgetItem *sent = findFolder(tree, QStringLiteral("Local Folders/Sent"));
        QTreeWidgetItem *invoices = findFolder(tree, QStringLiteral("Local Folders/Old mail/Invoices"));
        QVERIFY(inbox && sent && invoices);
        QCOMPARE(inbox->text(1), QStringLiteral("2"));
        QCOMPARE(invoices->text(1), QStringLiteral("2"));
        QCOMPARE(sent->text(1), QStringLiteral("1"));
        QVERIFY(!invoices->text(2).isEmpty());
        QCOMPARE(invoices->parent(), findFolder(tree, QStringLiteral("Local Folders/Old mail")));
        QVERIFY(page->chosenFolders().isEmpty()); // all of them

        // Sent is left out.
        sent->setCheckState(0, Qt::Unchecked);
        QCOMPARE(page->chosenFolders(),
                 (QStringList{QStringLiteral("Local Folders/Inbox"), QStringLiteral("Local Folders/Old mail/Invoices")}));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        // Folders as labels need the label permission, which the first sign-in did not ask for.
        QVERIFY(!grant->isVisible());
        asLabels->setChecked(true);
        QVERIFY(grant->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(grant, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(d.google()
                    .lastAuthorizationRequest()
                    .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded)
                    .contains(mf::google::Scopes::kGmailLabels));
        QVERIFY(!grant->isVisible());

        // The options offer nothing that deletes or keeps checking.
        QVERIFY2(d.next(wizard, SetupWizard::OptionsPageId), qPrintable(d.lastError()));
        for (const char *name : {"keepRadio", "deleteRadio", "deleteLaterRadio", "continuousCheck", "startAtLoginCheck"}) {
            auto *w = wizard.currentPage()->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w && !w->isVisible(), name);
        }
        QVERIFY(!wizard.currentPage()->subTitle().contains(QStringLiteral("server")));

        QVERIFY2(d.next(wizard, SetupWizard::ReviewPageId), qPrintable(d.lastError()));
        const mf::accounts::AccountConfig &a = wizard.state().account;
        QVERIFY(a.isArchive());
        QCOMPARE(a.archivePath, m_profile);
        QVERIFY(a.foldersAsLabels);
        QCOMPARE(a.options.afterCopy, mf::accounts::AfterCopy::Keep);
        QVERIFY(!a.options.continuous);
        QVERIFY2(d.next(wizard, SetupWizard::ProgressPageId), qPrintable(d.lastError()));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));

        // Exactly the ticked folders, byte for byte, each under its folder's label.
        const auto messages = d.google().messages();
        QCOMPARE(messages.size(), m_inbox.size() + m_invoices.size());
        QList<QByteArray> raws;
        for (const auto &m : messages)
            raws << m.raw;
        for (const QByteArray &m : m_inbox + m_invoices)
            QVERIFY2(raws.contains(m), m.left(80).constData());
        QString invoicesLabel;
        for (const auto &l : d.google().labels()) {
            if (l.name.endsWith(QStringLiteral("Invoices")))
                invoicesLabel = l.id;
        }
        QVERIFY2(!invoicesLabel.isEmpty(), "no label for the Invoices folder");
        for (const auto &m : messages) {
            if (m.raw.contains("Subject: archive-invoice"))
                QVERIFY2(m.labelIds.contains(invoicesLabel), qPrintable(m.labelIds.join(QLatin1Char(','))));
        }
        // Thunderbird's files are exactly as they were.
        QCOMPARE(fx::treeFingerprint(m_profile), before);
    }

    void somethingThatIsNotMailIsExplained()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(0, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY2(d.next(wizard, SetupWizard::SourcePageId), qPrintable(d.lastError()));
        qobject_cast<mf::ui::SourcePage *>(wizard.currentPage())->chooseArchive(true);
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::ArchivePageId), qPrintable(d.lastError()));
        auto *page = qobject_cast<mf::ui::ArchivePage *>(wizard.currentPage());
        const QString notes = d.workDir() + QStringLiteral("/shopping list.txt");
        QVERIFY(fx::writeFile(notes, "milk\neggs\n"));
        page->choosePath(notes);
        auto *status = page->findChild<QLabel *>(QStringLiteral("surveyStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("shopping list.txt")), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("no mail")), qPrintable(status->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        // Enter does not go back either.
        QTest::keyClick(page->findChild<QTreeWidget *>(QStringLiteral("archiveFolders")), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ArchivePageId));
    }
};

QTEST_MAIN(TestGuiArchive)
#include "tst_gui_archive.moc"
