// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GuiDriver.h"

#include "secrets/CredentialStore.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest/QtTest>

namespace mf::test {

GuiDriver::GuiDriver(secrets::CredentialStore *keychain)
{
    // Ledgers and logs go under the test's own directory (read by paths::dataDir()).
    qputenv("MAILFERRY_DATA_DIR", (m_dir.path() + QStringLiteral("/data")).toUtf8());
    m_settingsFile = m_dir.path() + QStringLiteral("/Mailferry.conf");
    m_settings = std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    m_keychain = new secrets::MemoryCredentialStore;
    m_store = keychain ? keychain : m_keychain;
    m_context = std::make_unique<ui::AppContext>(m_settings.get(), m_store);
    m_keychain->setParent(m_context.get());
    m_store->setParent(m_context.get());
}

GuiDriver::~GuiDriver()
{
    m_context.reset();
    m_dovecot.stop();
}

bool GuiDriver::start(int messages, QString *why)
{
    if (!DovecotFixture::available(why))
        return false;
    m_dovecot.addUser(QStringLiteral("maria"), QString::fromLatin1(kPassword));
    if (!m_dovecot.start(why))
        return false;
    if (messages > 0)
        m_dovecot.deliverMixed(QStringLiteral("maria"), messages, 7);
    if (!m_google.start()) {
        *why = QStringLiteral("the fake Google server could not listen");
        return false;
    }
    m_context->setEndpoints(m_google.endpoints());
    m_context->setClient(m_google.clientConfig());
    // The "browser": follows the consent page's redirect to the app's loopback listener.
    m_context->setUrlOpener([this](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_browser.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    return true;
}

accounts::AccountConfig GuiDriver::addReturningUser(bool continuous, bool storePassword)
{
    const QString token = m_google.issueRefreshToken();
    m_context->secrets()->write(secrets::googleRefreshTokenKey(m_google.accountEmail()), token, [](Status) {});
    // Like a returning user's start: who is connected is known, the token is read when needed.
    m_context->setGoogleAccount(ui::GoogleAccount{m_google.accountEmail(), QString(), FakeGoogle::defaultScopes()});

    accounts::AccountConfig a;
    a.email = QStringLiteral("maria@example.net");
    a.id = accounts::AccountConfig::idForEmail(a.email);
    a.host = m_dovecot.host();
    a.port = m_dovecot.pop3sPort();
    a.security = accounts::AccountConfig::Security::ImplicitTls;
    a.user = QStringLiteral("maria");
    a.pinnedSha256 = m_dovecot.certificateSha256();
    a.gmailAccount = m_google.accountEmail();
    a.options.continuous = continuous;
    a.options.intervalMinutes = 5;
    m_context->accounts().save(a);
    if (storePassword)
        m_context->secrets()->write(secrets::pop3PasswordKey(a.id), QString::fromLatin1(kPassword), [](Status) {});
    return a;
}

bool GuiDriver::next(ui::SetupWizard &wizard, int expectedPage)
{
    QAbstractButton *nextButton = wizard.button(QWizard::NextButton);
    if (wizard.currentPage()->isCommitPage())
        nextButton = wizard.button(QWizard::CommitButton);
    if (!nextButton->isEnabled()) {
        m_error = QStringLiteral("Next is disabled on page %1").arg(wizard.currentId());
        return false;
    }
    QTest::mouseClick(nextButton, Qt::LeftButton);
    // Past "What do you want to move?" with its default (a mailbox on a server), unless the test
    // asked for that page: the steps of the server path stay as they were.
    if (wizard.currentId() == ui::SetupWizard::SourcePageId && expectedPage != ui::SetupWizard::SourcePageId)
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    if (wizard.currentId() != expectedPage) {
        m_error = QStringLiteral("expected page %1, got %2").arg(expectedPage).arg(wizard.currentId());
        return false;
    }
    return true;
}

bool GuiDriver::signIn(ui::SetupWizard &wizard)
{
    auto *button = wizard.currentPage()->findChild<QPushButton *>(QStringLiteral("signInButton"));
    if (!button) {
        m_error = QStringLiteral("no sign-in button");
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 20000)) {
        auto *status = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("signInStatus"));
        m_error = QStringLiteral("sign-in did not complete: ") + (status ? status->text() : QString());
        return false;
    }
    return true;
}

bool GuiDriver::fillMailboxAndTest(ui::SetupWizard &wizard, const QString &password, bool expectSuccess)
{
    QWizardPage *page = wizard.currentPage();
    auto *email = page->findChild<QLineEdit *>(QStringLiteral("emailEdit"));
    auto *host = page->findChild<QLineEdit *>(QStringLiteral("hostEdit"));
    auto *port = page->findChild<QSpinBox *>(QStringLiteral("portSpin"));
    auto *security = page->findChild<QComboBox *>(QStringLiteral("securityCombo"));
    auto *user = page->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *pass = page->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *test = page->findChild<QPushButton *>(QStringLiteral("testButton"));
    auto *status = page->findChild<QLabel *>(QStringLiteral("testStatus"));
    if (!email || !host || !port || !security || !user || !pass || !test || !status) {
        m_error = QStringLiteral("mailbox page is missing a field");
        return false;
    }
    // Typed like a user; the server fields are then corrected by hand (Dovecot is on loopback).
    email->clear();
    QTest::keyClicks(email, QStringLiteral("maria@example.net"));
    host->setText(m_dovecot.host());
    security->setCurrentIndex(0);
    port->setValue(m_dovecot.pop3sPort());
    user->setText(QStringLiteral("maria"));
    pass->setText(password);
    QTest::mouseClick(test, Qt::LeftButton);

    // The self-signed certificate of the fixture: the dialog must show its fingerprint.
    QWidget *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
        dialog = qApp->findChild<QWidget *>(QStringLiteral("certificateDialog"));
        if (!dialog)
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->objectName() == QLatin1String("certificateDialog") && w->isVisible())
                    dialog = w;
        return dialog != nullptr || page->isComplete() || (!status->text().isEmpty() && test->isEnabled());
        },
        20000);
    if (!dialog)
        dialog = page->findChild<QWidget *>(QStringLiteral("certificateDialog"));
    if (dialog) {
        auto *fp = dialog->findChild<QLabel *>(QStringLiteral("certFingerprint"));
        const QByteArray expected = m_dovecot.certificateSha256().left(4).toUpper();
        if (!fp || !fp->text().remove(QLatin1Char(':')).toLatin1().startsWith(expected)) {
            m_error = QStringLiteral("the dialog does not show the server's fingerprint");
            return false;
        }
        if (onCertificateDialog)
            onCertificateDialog(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
    }
    const bool done = QTest::qWaitFor(
        [&] { return page->isComplete() || (test->isEnabled() && status->text().contains(QLatin1String("b3261e"))); }, 20000);
    if (expectSuccess && (!done || !page->isComplete())) {
        m_error = QStringLiteral("the connection test failed: ") + status->text();
        return false;
    }
    return true;
}

bool GuiDriver::waitForRunToFinish(ui::SetupWizard &wizard, int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, timeoutMs)) {
        m_error = QStringLiteral("the run did not finish");
        return false;
    }
    return true;
}

} // namespace mf::test
