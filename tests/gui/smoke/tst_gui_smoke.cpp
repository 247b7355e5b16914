// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The wizard opens offscreen and shows its first page.
#include "AppContext.h"
#include "GuiMain.h"
#include "secrets/MemoryCredentialStore.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QTemporaryDir>

#include <QApplication>
#include <QTranslator>

#include <QLabel>
#include <QtTest/QtTest>

namespace {

/// The mnemonic letter of a text ("&Next" -> "n"), or nothing ("&&" is a literal ampersand).
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
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

/// Every mnemonic a page offers (its buttons, group boxes, and labels with a buddy, shown or not:
/// a hidden one appears with its neighbours) plus the wizard's buttons on that page, each with
/// the texts that use it.
QMultiMap<QString, QString> mnemonicsOn(mf::ui::SetupWizard &wizard, int id)
{
    QMultiMap<QString, QString> found;
    QWizardPage *page = wizard.page(id);
    const auto add = [&found](const QString &text) {
        const QString m = mnemonicOf(text);
        if (!m.isEmpty())
            found.insert(m, text);
    };
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        add(b->text());
    for (QGroupBox *g : page->findChildren<QGroupBox *>())
        add(g->title());
    for (QLabel *l : page->findChildren<QLabel *>())
        if (l->buddy())
            add(l->text());
    using W = mf::ui::SetupWizard;
    QList<QWizard::WizardButton> buttons{QWizard::BackButton, QWizard::CancelButton, QWizard::HelpButton};
    buttons << (id == W::ReviewPageId     ? QWizard::CommitButton
                    : id == W::DonePageId ? QWizard::FinishButton
                                          : QWizard::NextButton);
    for (QWizard::WizardButton which : buttons)
        add(page->buttonText(which));
    return found;
}

} // namespace

class TestGuiSmoke : public QObject {
    Q_OBJECT
private slots:
    // Alt+letter must reach exactly one control, on every page, in every language shipped.
    void mnemonicsAreUniqueOnEveryPageInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void mnemonicsAreUniqueOnEveryPageInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY2(translator.load(QLocale(language), QStringLiteral("mailferry"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n")),
                     qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("Mailferry.conf")), QSettings::IniFormat);
        mf::secrets::MemoryCredentialStore keychain;
        mf::ui::AppContext context(&settings, &keychain);
        mf::ui::SetupWizard wizard(context);
        QStringList clashes;
        for (int id : wizard.pageIds()) {
            const QMultiMap<QString, QString> found = mnemonicsOn(wizard, id);
            bool clash = false;
            for (const QString &key : found.uniqueKeys()) {
                const QStringList texts = found.values(key);
                if (texts.size() > 1) {
                    clash = true;
                    clashes << QStringLiteral("%1 page %2, Alt+%3: %4")
                                   .arg(language, wizard.page(id)->objectName(), key.toUpper(),
                                        texts.join(QStringLiteral(" | ")));
                }
            }
            if (clash) // what is taken on that page, for whoever picks another letter
                clashes << QStringLiteral("    letters in use there: %1").arg(found.uniqueKeys().join(QLatin1Char(' ')));
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

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
