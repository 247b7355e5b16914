// The wizard opens offscreen and shows its first page.
#include "wizard/SetupWizard.h"

#include <QLabel>
#include <QtTest/QtTest>

class TestGuiSmoke : public QObject {
    Q_OBJECT
private slots:
    void wizardOpensOnWelcome()
    {
        mf::ui::SetupWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(mf::ui::SetupWizard::WelcomePageId));
        QWizardPage *page = wizard.currentPage();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY(!page->title().isEmpty());
        auto *privacy = page->findChild<QLabel *>(QStringLiteral("privacyPromise"));
        QVERIFY(privacy);
        QVERIFY(privacy->isVisible());
        QVERIFY(privacy->text().contains(QStringLiteral("keychain")));
        QVERIFY(!wizard.windowIcon().isNull());
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
