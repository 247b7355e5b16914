// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's first pages as a person meets them, offscreen, driven by the keys she presses
// (Enter, Tab, Space, Escape on the focused widget): what she needs, the Google client
// assistant and its pick-up from Downloads, the link to copy when no browser opens, "Stop
// waiting" for the label permission, asking before quitting, a 1024x560 screen, the
// certificate question, the Help menu, and `--client-secret FILE`.
#include "AppContext.h"
#include "FakeGoogle.h"
#include "GuiDriver.h"
#include "GuiMain.h"
#include "ManualClock.h"
#include "Shell.h"
#include "TestEnv.h"
#include "accounts/AccountConfig.h"
#include "accounts/AccountSettingsDialog.h"
#include "common/SettingsKeys.h"
#include "common/Version.h"
#include "secrets/CredentialStore.h"
#include "secrets/MemoryCredentialStore.h"
#include "widgets/CertificateDialog.h"
#include "widgets/ClientAssistant.h"
#include "wizard/SetupWizard.h"
#include "wizard/SignInPage.h"

#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <memory>

using mf::test::FakeGoogle;
using mf::test::GuiDriver;
using mf::test::ManualClock;
using mf::ui::SetupWizard;

namespace {

/// A context with private settings and data folder, an in-memory keychain and the fake Google,
/// without Dovecot. The "browser" follows the consent redirect unless told otherwise.
struct Rig {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    mf::secrets::MemoryCredentialStore *keychain = nullptr;
    std::unique_ptr<mf::ui::AppContext> context;
    FakeGoogle google;
    QNetworkAccessManager browser;
    QList<QUrl> opened;
    bool browserWorks = true;
    bool followRedirect = true;

    Rig()
    {
        qputenv("MAILFERRY_DATA_DIR", (dir.path() + QStringLiteral("/data")).toUtf8());
        settings = std::make_unique<QSettings>(dir.path() + QStringLiteral("/Mailferry.conf"), QSettings::IniFormat);
        keychain = new mf::secrets::MemoryCredentialStore;
        context = std::make_unique<mf::ui::AppContext>(settings.get(), keychain);
        keychain->setParent(context.get());
        if (!google.start())
            qFatal("the fake Google server could not listen");
        context->setEndpoints(google.endpoints());
        context->setClient(google.clientConfig());
        context->setFallibleUrlOpener([this](const QUrl &url) {
            opened << url;
            if (browserWorks && followRedirect && url.path().contains(QLatin1String("auth")))
                visit(url);
            return browserWorks;
        });
    }
    ~Rig() { context.reset(); }

    /// What the user's browser does with the consent page: follows it back to Mailferry.
    void visit(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    QString writeClientFile(const QString &folder, const QString &name, const QByteArray &json)
    {
        QDir().mkpath(folder);
        QFile f(folder + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
            qFatal("cannot write the client file");
        return f.fileName();
    }
    QByteArray installedJson() const
    {
        const auto c = google.clientConfig();
        return QStringLiteral("{\"installed\":{\"client_id\":\"%1\",\"client_secret\":\"%2\","
                              "\"redirect_uris\":[\"http://localhost\"]}}")
            .arg(c.clientId, c.clientSecret)
            .toUtf8();
    }
};

QByteArray webJson()
{
    return QByteArrayLiteral("{\"web\":{\"client_id\":\"x.apps.googleusercontent.com\",\"client_secret\":\"s\"}}");
}

/// The key pressed on whatever has the focus, as a person would.
void press(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != window->window())
        target = window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

/// Tabs until `widget` has the focus (at most 60 presses), as a person would.
bool tabTo(QWidget *window, QWidget *widget)
{
    for (int i = 0; i < 60; ++i) {
        if (QApplication::focusWidget() == widget)
            return true;
        press(window, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == widget;
}

template <typename T>
T *visibleTopLevel(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return qobject_cast<T *>(w);
    return nullptr;
}

bool insideWindow(QWidget *window, QWidget *w)
{
    if (!w || !w->isVisible())
        return false;
    const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->rect().contains(r);
}

} // namespace

class TestGuiSignIn : public QObject {
    Q_OBJECT
private slots:
    void init() { QGuiApplication::clipboard()->clear(); }

    // The welcome page says what to have at hand and how long it takes, before anything else.
    void welcomeSaysWhatSheNeeds()
    {
        Rig rig;
        SetupWizard wizard(*rig.context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *needs = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("whatYouNeed"));
        QVERIFY(needs && needs->isVisible());
        QVERIFY(needs->text().contains(QStringLiteral("password")));
        QVERIFY(needs->text().contains(QStringLiteral("Google account")));
        QVERIFY(needs->text().contains(QStringLiteral("10 minutes")));

        Rig bare;
        bare.context->setClient({});
        SetupWizard first(*bare.context);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        needs = first.currentPage()->findChild<QLabel *>(QStringLiteral("whatYouNeed"));
        QVERIFY(needs->text().contains(QStringLiteral("25 minutes")));
    }

    // Without a built-in client: the assistant's steps open the exact Console pages; a "web"
    // client dropped into Downloads is refused in plain words; the right file is picked up by
    // itself, kept, and then Enter signs in and Enter goes on.
    void assistantPicksUpTheDownloadedClient()
    {
        Rig rig;
        ManualClock clock;
        rig.context->setClock(&clock);
        rig.context->setClient({});
        const QString downloads = rig.dir.path() + QStringLiteral("/Downloads");
        QDir().mkpath(downloads);
        // An old unrelated download is not touched.
        rig.writeClientFile(downloads, QStringLiteral("notes.json"), rig.installedJson());

        SetupWizard wizard(*rig.context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        press(&wizard, Qt::Key_Return);
        // "What do you want to move?": Enter takes its default, a mailbox on a server.
        QCOMPARE(wizard.currentId(), int(SetupWizard::SourcePageId));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::SignInPageId));
        QWizardPage *page = wizard.currentPage();
        auto *signIn = page->findChild<QPushButton *>(QStringLiteral("signInButton"));
        auto *assistant = page->findChild<mf::ui::ClientAssistant *>();
        QVERIFY(signIn && assistant);
        QVERIFY(!signIn->isEnabled());
        QVERIFY(assistant->isVisible());
        QVERIFY(assistant->isWatching());
        // The first step's button has the focus: Space opens it.
        QCOMPARE(QApplication::focusWidget(), assistant->findChild<QPushButton *>(QStringLiteral("openGmailApiButton")));
        assistant->setDownloadsFolder(downloads);

        // Each step's button opens its page, by Tab and Space.
        const QList<QPair<QString, QString>> steps{
            {QStringLiteral("openGmailApiButton"), QString::fromLatin1(mf::ui::ClientAssistant::kGmailApiUrl)},
            {QStringLiteral("openConsentButton"), QString::fromLatin1(mf::ui::ClientAssistant::kConsentScreenUrl)},
            {QStringLiteral("openClientPageButton"), QString::fromLatin1(mf::ui::ClientAssistant::kNewClientUrl)}};
        for (const auto &step : steps) {
            auto *button = assistant->findChild<QPushButton *>(step.first);
            QVERIFY2(tabTo(&wizard, button), qPrintable(step.first));
            press(&wizard, Qt::Key_Space);
            QCOMPARE(rig.opened.last(), QUrl(step.second));
            QCOMPARE(wizard.currentId(), int(SetupWizard::SignInPageId));
        }
        QCOMPARE(QUrl(QString::fromLatin1(mf::ui::ClientAssistant::kGmailApiUrl)).toString(),
                 QStringLiteral("https://console.cloud.google.com/apis/library/gmail.googleapis.com"));

        // A "web" client: refused, in plain words, and nothing is imported.
        auto *status = assistant->findChild<QLabel *>(QStringLiteral("assistantStatus"));
        rig.writeClientFile(downloads, QStringLiteral("client_secret_web.apps.googleusercontent.com.json"), webJson());
        clock.advance(std::chrono::milliseconds(mf::ui::ClientAssistant::kPollMs));
        QVERIFY2(status->text().contains(QStringLiteral("web application")), qPrintable(status->text()));
        QVERIFY(!rig.context->client().isValid());
        QVERIFY(!signIn->isEnabled());
        // A file still being written (empty) is left for later, a malformed one is explained.
        rig.writeClientFile(downloads, QStringLiteral("client_secret_2.json"), QByteArray());
        clock.advance(std::chrono::milliseconds(mf::ui::ClientAssistant::kPollMs));
        QVERIFY(!rig.context->client().isValid());
        rig.writeClientFile(downloads, QStringLiteral("client_secret_2.json"), QByteArrayLiteral("{\"installed\": "));
        clock.advance(std::chrono::milliseconds(mf::ui::ClientAssistant::kPollMs));
        QVERIFY2(status->text().contains(QStringLiteral("not a Google client file")), qPrintable(status->text()));

        // The Desktop app client: picked up by itself.
        rig.writeClientFile(downloads, QStringLiteral("client_secret_3.apps.googleusercontent.com.json"), rig.installedJson());
        clock.advance(std::chrono::milliseconds(mf::ui::ClientAssistant::kPollMs));
        QCOMPARE(rig.context->client().clientId, rig.google.clientConfig().clientId);
        QVERIFY(!assistant->isVisible());
        QVERIFY(!assistant->isWatching());
        QVERIFY(signIn->isEnabled());
        QCOMPARE(QApplication::focusWidget(), signIn);
        // Kept in Mailferry's own folder (the download may be tidied away) and remembered.
        const QString kept = rig.settings->value(QString::fromLatin1(mf::keys::kGoogleClientFile)).toString();
        QVERIFY2(kept.startsWith(rig.dir.path() + QStringLiteral("/data")), qPrintable(kept));
        QVERIFY(mf::google::ClientConfig::fromJsonFile(kept).ok());

        // Enter signs in; once connected, Enter means Next (and Sign in is no longer the default).
        press(&wizard, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 20000);
        QVERIFY(!signIn->isDefault());
        QCOMPARE(QApplication::focusWidget(), wizard.button(QWizard::NextButton));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));
        rig.context->setClock(mf::Clock::system());
    }

    // The same import serves a consultant's file chosen from the Help menu's assistant.
    void helpMenuAssistantImportsAConsultantsFile()
    {
        Rig rig;
        rig.context->setClient({});
        SetupWizard wizard(*rig.context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *help = qobject_cast<QPushButton *>(wizard.button(QWizard::HelpButton));
        QVERIFY(help && help->isVisible() && help->menu());
        QVERIFY(insideWindow(&wizard, help));
        QStringList names;
        for (QAction *a : help->menu()->actions())
            names << a->objectName();
        QVERIFY(names.contains(QStringLiteral("clientAssistantAction")));
        QVERIFY(names.contains(QStringLiteral("openLogFolderAction")));
        QVERIFY(names.contains(QStringLiteral("aboutAction")));

        const QString file =
            rig.writeClientFile(rig.dir.path() + QStringLiteral("/usb"), QStringLiteral("client.json"), rig.installedJson());
        const mf::Status imported = mf::ui::ClientAssistant::importFile(*rig.context, file);
        QVERIFY(imported.ok());
        QCOMPARE(rig.context->client().clientId, rig.google.clientConfig().clientId);
        const mf::Status refused =
            mf::ui::ClientAssistant::importFile(*rig.context,
                                                rig.writeClientFile(rig.dir.path(), QStringLiteral("web.json"), webJson()));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Desktop app")));
        // A refused file changes nothing.
        QCOMPARE(rig.context->client().clientId, rig.google.clientConfig().clientId);
    }

    // No browser: the consent link is shown with "Copy link"; pasting it into a browser by hand
    // finishes the sign-in.
    void noBrowserShowsTheLinkToCopy()
    {
        Rig rig;
        rig.browserWorks = false;
        SetupWizard wizard(*rig.context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        press(&wizard, Qt::Key_Return);
        // "What do you want to move?": Enter takes its default, a mailbox on a server.
        QCOMPARE(wizard.currentId(), int(SetupWizard::SourcePageId));
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::SignInPageId));
        QWizardPage *page = wizard.currentPage();
        auto *signIn = page->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QCOMPARE(QApplication::focusWidget(), signIn);
        press(&wizard, Qt::Key_Return);
        auto *link = page->findChild<QLineEdit *>(QStringLiteral("fallbackLink"));
        auto *copy = page->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        QVERIFY(link && copy);
        QTRY_VERIFY_WITH_TIMEOUT(copy->isVisible(), 10000);
        QVERIFY(link->text().startsWith(rig.google.baseUrl().toString()));
        QCOMPARE(QApplication::focusWidget(), copy);
        press(&wizard, Qt::Key_Space);
        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, link->text());
        QCOMPARE(wizard.currentId(), int(SetupWizard::SignInPageId));
        rig.visit(QUrl(copied));
        QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 20000);
        QVERIFY(!copy->isVisible());
    }

    // "Allow labels…" on the options page: a window says what to do, with "Stop waiting"; Stop
    // waiting ends the wait and leaves the account connected as it was.
    void allowLabelsCanStopWaiting()
    {
        Rig rig;
        SetupWizard wizard(*rig.context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        press(&wizard, Qt::Key_Return);
        press(&wizard, Qt::Key_Return); // past "What do you want to move?" with its default
        press(&wizard, Qt::Key_Return); // Sign in with Google (focused)
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        const QString email = rig.context->googleAccount().email;
        QVERIFY(!email.isEmpty());

        // Straight to the options (the mailbox page needs a real server; tst_gui_wizard has it).
        wizard.setStartId(SetupWizard::OptionsPageId);
        wizard.restart();
        QWizardPage *page = wizard.currentPage();
        auto *placement = page->findChild<QComboBox *>(QStringLiteral("placementCombo"));
        auto *label = page->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
        auto *grant = page->findChild<QPushButton *>(QStringLiteral("grantLabelsButton"));
        QVERIFY(placement && label && grant);
        QVERIFY(tabTo(&wizard, placement));
        press(&wizard, Qt::Key_End); // "Archived, with a label"
        QVERIFY(tabTo(&wizard, label));
        QTest::keyClicks(label, QStringLiteral("Old mail"));
        QTRY_VERIFY(grant->isVisible());
        rig.followRedirect = false; // she does not finish in the browser
        QVERIFY(tabTo(&wizard, grant));
        press(&wizard, Qt::Key_Space);

        QWidget *waitDialog = nullptr;
        QTRY_VERIFY((waitDialog = wizard.findChild<QDialog *>(QStringLiteral("signInWaitDialog"))) && waitDialog->isVisible());
        auto *stop = waitDialog->findChild<QPushButton *>(QStringLiteral("stopWaitingButton"));
        QVERIFY(stop && stop->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), stop);
        press(waitDialog, Qt::Key_Space);
        QTRY_VERIFY(!wizard.findChild<QDialog *>(QStringLiteral("signInWaitDialog"))
                    || !wizard.findChild<QDialog *>(QStringLiteral("signInWaitDialog"))->isVisible());
        QVERIFY(grant->isEnabled());
        QCOMPARE(wizard.currentId(), int(SetupWizard::OptionsPageId));
        QCOMPARE(rig.context->googleAccount().email, email);
        QVERIFY(rig.context->googleAccount().isValid());
    }

    // "Sign in again" in a mailbox's settings: the same way out and the same link to copy as in
    // the wizard, when no browser opens.
    void signInAgainWithoutBrowserShowsTheLinkAndCanStop()
    {
        Rig rig;
        rig.browserWorks = false;
        mf::accounts::AccountConfig account;
        account.id = QStringLiteral("maria-old");
        account.email = QStringLiteral("maria@example.net");
        account.host = QStringLiteral("pop.example.net");
        account.user = QStringLiteral("maria");
        mf::ui::AccountSettingsDialog dialog(*rig.context, account);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *again = dialog.findChild<QPushButton *>(QStringLiteral("signInAgainButton"));
        QVERIFY(again);
        QTest::mouseClick(again, Qt::LeftButton);

        QDialog *wait = nullptr;
        QTRY_VERIFY((wait = dialog.findChild<QDialog *>(QStringLiteral("signInWaitDialog"))) && wait->isVisible());
        auto *link = wait->findChild<QLineEdit *>(QStringLiteral("fallbackLink"));
        auto *copy = wait->findChild<QPushButton *>(QStringLiteral("copyLinkButton"));
        QVERIFY(link && copy);
        QTRY_VERIFY_WITH_TIMEOUT(copy->isVisible(), 10000);
        QVERIFY(link->text().startsWith(rig.google.baseUrl().toString()));
        QVERIFY(!again->isEnabled());

        auto *stop = wait->findChild<QPushButton *>(QStringLiteral("stopWaitingButton"));
        QVERIFY(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!dialog.findChild<QDialog *>(QStringLiteral("signInWaitDialog"))
                    || !dialog.findChild<QDialog *>(QStringLiteral("signInWaitDialog"))->isVisible());
        QTRY_VERIFY(again->isEnabled());
    }

    // Escape (and closing the window) asks first; the answer "Continue setup" is the default;
    // quitting keeps the Google sign-in.
    void escapeAsksBeforeThrowingTheSetupAway()
    {
        Rig rig;
        SetupWizard wizard(*rig.context);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.activateWindow();
        press(&wizard, Qt::Key_Return);
        press(&wizard, Qt::Key_Return); // past "What do you want to move?" with its default
        press(&wizard, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        press(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));

        press(&wizard, Qt::Key_Escape);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = wizard.findChild<QMessageBox *>(QStringLiteral("quitSetupQuestion"))) && question->isVisible());
        QVERIFY(question->informativeText().contains(QStringLiteral("Your Google sign-in is kept")));
        // Escape (or Enter) on the question: setup goes on.
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == question);
        press(question, Qt::Key_Escape);
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(QStringLiteral("quitSetupQuestion")));
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(SetupWizard::MailboxPageId));

        // Closing the window asks too; "Quit setup" closes it and keeps the sign-in.
        QVERIFY(!wizard.close());
        QTRY_VERIFY((question = wizard.findChild<QMessageBox *>(QStringLiteral("quitSetupQuestion"))) && question->isVisible());
        auto *quit = question->findChild<QPushButton *>(QStringLiteral("quitSetupButton"));
        QVERIFY(quit);
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == question);
        QVERIFY(tabTo(question, quit));
        press(question, Qt::Key_Space);
        QTRY_VERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(rig.context->googleAccount().isValid());
        QVERIFY(rig.keychain->contains(mf::secrets::googleRefreshTokenKey(rig.google.accountEmail())));
    }

    // On a 1024x600 screen with a taskbar (1024x560 free), Back, Next and Cancel stay on screen
    // on every page of a whole run, and the pages scroll instead.
    void everyPageFitsASmallScreen()
    {
        GuiDriver d;
        QString why;
        MF_REQUIRE_PART(d.start(3, &why), why);
        SetupWizard wizard(d.context());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const auto check = [&wizard]() -> QString {
            wizard.resize(1024, 560);
            QCoreApplication::processEvents();
            if (wizard.height() > 560 || wizard.width() > 1024)
                return QStringLiteral("page %1: the wizard is %2x%3")
                    .arg(wizard.currentId())
                    .arg(wizard.width())
                    .arg(wizard.height());
            for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton, QWizard::CommitButton,
                               QWizard::FinishButton}) {
                QAbstractButton *b = wizard.button(which);
                if (b && b->isVisible() && !insideWindow(&wizard, b))
                    return QStringLiteral("page %1: button %2 is off the window").arg(wizard.currentId()).arg(int(which));
            }
            if (!insideWindow(&wizard, wizard.currentPage()))
                return QStringLiteral("page %1 is larger than the window").arg(wizard.currentId());
            return {};
        };
        QString problem;
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.next(wizard, SetupWizard::SignInPageId), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.signIn(wizard), qPrintable(d.lastError()));
        QVERIFY2(d.next(wizard, SetupWizard::MailboxPageId), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.fillMailboxAndTest(wizard), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.next(wizard, SetupWizard::OptionsPageId), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.next(wizard, SetupWizard::ReviewPageId), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.next(wizard, SetupWizard::ProgressPageId), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        QVERIFY2(d.waitForRunToFinish(wizard), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        if (wizard.currentId() != SetupWizard::DonePageId)
            QVERIFY2(d.next(wizard, SetupWizard::DonePageId), qPrintable(d.lastError()));
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
        // The sign-in page without a built-in client holds the whole assistant: it scrolls.
        d.context().setClient({});
        wizard.setStartId(SetupWizard::SignInPageId);
        wizard.restart();
        QVERIFY(wizard.currentPage()->findChild<mf::ui::ClientAssistant *>());
        QVERIFY2((problem = check()).isEmpty(), qPrintable(problem));
    }

    // The certificate question: what is at stake, one recommendation, details folded away,
    // dates in the long format; Enter means "Do not connect".
    void certificateQuestionForHer()
    {
        mf::pop3::CertificateInfo info;
        info.subject = QStringLiteral("CN=mail.isp.example");
        info.issuer = QStringLiteral("CN=mail.isp.example");
        info.validFrom = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        info.validTo = QDateTime(QDate(2027, 3, 1), QTime(12, 0), Qt::UTC);
        info.sha256Hex = QByteArray(64, 'a');
        info.problems << QStringLiteral("The certificate is self-signed.");
        mf::ui::CertificateDialog dialog(QStringLiteral("mail.isp.example"), info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *stake = dialog.findChild<QLabel *>(QStringLiteral("certStake"));
        auto *recommend = dialog.findChild<QLabel *>(QStringLiteral("certRecommendation"));
        QVERIFY(stake && recommend);
        QVERIFY(stake->text().contains(QStringLiteral("password")));
        QVERIFY(stake->text().contains(QStringLiteral("mail")));
        QVERIFY(
            recommend->text().contains(QStringLiteral("If you are not sure, choose \"Do not connect\" and call your provider")));
        auto *details = dialog.findChild<QWidget *>(QStringLiteral("certDetails"));
        auto *fingerprint = dialog.findChild<QLabel *>(QStringLiteral("certFingerprint"));
        auto *validity = dialog.findChild<QLabel *>(QStringLiteral("certValidity"));
        QVERIFY(details && fingerprint && validity);
        QVERIFY(!details->isVisible());
        auto *toggle = dialog.findChild<QPushButton *>(QStringLiteral("certDetailsToggle"));
        QVERIFY(tabTo(&dialog, toggle));
        press(&dialog, Qt::Key_Space);
        QVERIFY(details->isVisible() && fingerprint->isVisible());
        const QLocale locale;
        QVERIFY2(validity->text().contains(locale.toString(info.validFrom.toLocalTime().date(), QLocale::LongFormat)),
                 qPrintable(validity->text()));
        QVERIFY(validity->text().contains(locale.toString(info.validTo.toLocalTime().date(), QLocale::LongFormat)));
        // Enter (the toggle has no say in it) means the safe answer.
        press(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    // Help: in the wizard and in the accounts window; the log folder and About (version, licence).
    void helpMenuEverywhere()
    {
        Rig rig;
        mf::accounts::AccountConfig a;
        a.email = QStringLiteral("maria@isp.example");
        a.id = mf::accounts::AccountConfig::idForEmail(a.email);
        a.host = QStringLiteral("pop.isp.example");
        rig.context->accounts().save(a);
        mf::ui::Shell shell(*rig.context, nullptr, false);
        shell.start();
        QVERIFY(shell.accountsWindow() && shell.accountsWindow()->isVisible());
        QMenu *help = nullptr;
        for (QAction *m : shell.accountsWindow()->menuBar()->actions())
            if (m->menu() && m->menu()->objectName() == QLatin1String("helpMenu"))
                help = m->menu();
        QVERIFY(help);
        QAction *logs = help->findChild<QAction *>(QStringLiteral("openLogFolderAction"));
        QAction *about = help->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(logs && about);
        logs->trigger();
        QCOMPARE(rig.opened.last(), QUrl::fromLocalFile(rig.dir.path() + QStringLiteral("/data")));
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = shell.accountsWindow()->findChild<QMessageBox *>(QStringLiteral("aboutBox"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral(MAILFERRY_VERSION)));
        QVERIFY(box->informativeText().contains(QStringLiteral("GPL-3.0-or-later")));
        box->close();
    }

    // `mailferry --client-secret FILE`: the option is accepted, the file imported as the
    // assistant does, and the wizard opens; a web client is refused with the plain reason.
    void clientSecretOptionImportsAndOpensTheWizard()
    {
        Rig rig;
        rig.context->setClient({});
        const QString file = rig.writeClientFile(rig.dir.path(), QStringLiteral("client_secret.json"), rig.installedJson());
        QCommandLineParser parser;
        mf::ui::addGuiOptions(parser);
        QVERIFY(parser.parse({QStringLiteral("mailferry"), QStringLiteral("--client-secret"), file}));
        const mf::ui::GuiOptions options = mf::ui::guiOptions(parser);
        QCOMPARE(options.clientSecretFile, file);

        mf::ui::Shell shell(*rig.context, nullptr, false);
        QString error;
        QVERIFY2(mf::ui::startShell(shell, *rig.context, options, &error), qPrintable(error));
        QVERIFY(shell.wizard() && shell.wizard()->isVisible());
        QCOMPARE(rig.context->client().clientId, rig.google.clientConfig().clientId);
        QVERIFY(!rig.settings->value(QString::fromLatin1(mf::keys::kGoogleClientFile)).toString().isEmpty());

        Rig other;
        other.context->setClient({});
        mf::ui::GuiOptions bad;
        bad.clientSecretFile = other.writeClientFile(other.dir.path(), QStringLiteral("web.json"), webJson());
        mf::ui::Shell otherShell(*other.context, nullptr, false);
        QVERIFY(!mf::ui::startShell(otherShell, *other.context, bad, &error));
        QVERIFY2(error.contains(QStringLiteral("Desktop app")), qPrintable(error));
        QVERIFY(!otherShell.wizard());
        QVERIFY(!other.context->client().isValid());
    }
};

QTEST_MAIN(TestGuiSignIn)
#include "tst_gui_signin.moc"
