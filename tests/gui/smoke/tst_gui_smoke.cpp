// The wizard opens offscreen and shows its first page.
#include "GuiMain.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QTranslator>

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

    void germanLocaleTranslatesTheWizard()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        mf::ui::installTranslations(*qApp);
        mf::ui::SetupWizard wizard;
        QCOMPARE(wizard.currentPage() ? wizard.currentPage()->title() : wizard.page(0)->title(),
                 QStringLiteral("Alte E-Mails nach Gmail umziehen"));
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Weiter"));
        QLocale::setDefault(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
