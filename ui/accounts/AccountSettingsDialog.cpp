// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountSettingsDialog.h"

#include "AppContext.h"
#include "secrets/CredentialStore.h"
#include "widgets/GoogleSignInFlow.h"
#include "widgets/MailboxForm.h"
#include "widgets/OptionsForm.h"
#include "widgets/SecretSaver.h"
#include "widgets/SignInWaitDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace mf::ui {

AccountSettingsDialog::AccountSettingsDialog(AppContext &context, const accounts::AccountConfig &account, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("accountSettingsDialog"));
    setWindowTitle(tr("Settings of %1").arg(account.email));
    resize(640, 560);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    // The old mailbox: the address stays (it names the account and its ledger).
    m_mailbox = new MailboxForm;
    m_mailbox->setContext(&m_context, /*discovery=*/false);
    m_mailbox->setAccount(account);
    m_mailbox->setEmailEditable(false);
    auto *mailboxTab = new QWidget;
    auto *mailboxLayout = new QVBoxLayout(mailboxTab);
    mailboxLayout->addWidget(m_mailbox);
    mailboxLayout->addStretch(1);
    m_tabs->addTab(mailboxTab, tr("&Old mailbox"));

    m_options = new OptionsForm;
    m_options->setContext(&m_context);
    m_options->setOptions(account.options);
    auto *optionsTab = new QWidget;
    auto *optionsLayout = new QVBoxLayout(optionsTab);
    optionsLayout->addWidget(m_options);
    optionsLayout->addStretch(1);
    m_tabs->addTab(optionsTab, tr("O&ptions"));

    auto *googleTab = new QWidget;
    m_google = new QLabel(googleTab);
    m_google->setObjectName(QStringLiteral("googleAccountLabel"));
    m_google->setTextFormat(Qt::RichText);
    m_google->setWordWrap(true);
    m_googleStatus = new QLabel(googleTab);
    m_googleStatus->setObjectName(QStringLiteral("googleStatus"));
    m_googleStatus->setWordWrap(true);
    m_googleStatus->setTextFormat(Qt::RichText);
    m_signInAgain = new QPushButton(tr("Sign &in again…"), googleTab);
    m_signInAgain->setObjectName(QStringLiteral("signInAgainButton"));
    m_signInAgain->setAccessibleDescription(tr("Opens Google's sign-in page in your web browser"));
    auto *googleLayout = new QVBoxLayout(googleTab);
    googleLayout->addWidget(m_google);
    googleLayout->addWidget(m_signInAgain, 0, Qt::AlignLeft);
    googleLayout->addWidget(m_googleStatus);
    googleLayout->addStretch(1);
    m_tabs->addTab(googleTab, tr("&Gmail"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_signIn = new GoogleSignInFlow(m_context, this);
    connect(m_signIn, &GoogleSignInFlow::finished, this, [this](const Status &result) {
        const bool forLabels = m_grantingLabels;
        m_grantingLabels = false;
        m_signInAgain->setEnabled(true);
        m_options->setGrantInProgress(false);
        showGoogle();
        if (!result)
            m_googleStatus->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>")
                                        .arg(GoogleSignInFlow::explain(result.error()).toHtmlEscaped()));
        else
            m_googleStatus->setText(tr("Signed in again."));
        if (forLabels)
            m_options->showLabelsRefused();
        updateButtons();
    });
    connect(m_signInAgain, &QPushButton::clicked, this, [this] { signInAgain(m_options->wantsLabel()); });
    connect(m_options, &OptionsForm::grantLabelsRequested, this, [this] {
        m_grantingLabels = true;
        m_options->setGrantInProgress(true);
        signInAgain(true);
    });
    connect(m_options, &OptionsForm::changed, this, &AccountSettingsDialog::updateButtons);
    connect(m_mailbox, &MailboxForm::edited, this, [this] {
        m_problem->hide();
        updateButtons();
    });
    connect(m_mailbox, &MailboxForm::testSucceeded, this, [this] {
        updateButtons();
        if (m_saving)
            finishSave();
    });
    connect(m_mailbox, &MailboxForm::testFailed, this, [this] {
        if (!m_saving)
            return;
        m_saving = false;
        setProblem(tr("Nothing was saved: the connection test with the new settings did not work (see \"Old "
                      "mailbox\")."));
        m_tabs->setCurrentIndex(0);
        updateButtons();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The saved password, so that a test works without typing it again (memory only).
    m_context.secrets()->read(secrets::pop3PasswordKey(account.id), [this, guard = QPointer<QDialog>(this)](Result<QString> pw) {
        if (guard && pw)
            m_mailbox->setSavedPassword(pw.value());
    });
    showGoogle();
    updateButtons();
}

void AccountSettingsDialog::showGoogle()
{
    const QString email = m_context.googleAccount().email;
    m_google->setText(email.isEmpty()
                          ? tr("<b>Gmail:</b> not connected")
                          : tr("<b>Gmail:</b> %1<br>Mailferry may add messages to this account%2.")
                                .arg(email.toHtmlEscaped(), m_options->labelsGranted() ? tr(" and label them") : QString()));
}

void AccountSettingsDialog::signInAgain(bool wantLabels)
{
    m_signInAgain->setEnabled(false);
    m_googleStatus->setText(tr("Waiting for you to finish in your browser… If it did not open, check your taskbar."));
    m_signIn->start(wantLabels);
    // As in the wizard: a way out ("Stop waiting"), and the link to copy when no browser opened.
    auto *wait = new SignInWaitDialog(m_signIn,
                                      wantLabels ? tr("Allow labels in your browser, then come back here.")
                                                 : tr("Sign in to Google in your browser, then come back here."),
                                      this);
    wait->setAttribute(Qt::WA_DeleteOnClose);
    wait->open();
    updateButtons();
}

void AccountSettingsDialog::updateButtons()
{
    m_save->setEnabled(!m_saving && !m_mailbox->isTesting() && !m_signIn->isRunning() && m_options->isValid());
}

void AccountSettingsDialog::setProblem(const QString &text)
{
    m_problem->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()));
    m_problem->setAccessibleDescription(text);
    m_problem->setVisible(!text.isEmpty());
}

void AccountSettingsDialog::save()
{
    if (!m_options->isValid())
        return;
    setProblem(QString());
    // New server settings or a new password must have worked once before they replace the old.
    if (m_mailbox->isEdited() && !m_mailbox->isTested()) {
        m_saving = true;
        updateButtons();
        m_mailbox->testConnection();
        if (!m_mailbox->isTesting()) { // refused before connecting (a field is missing)
            m_saving = false;
            setProblem(tr("Nothing was saved: %1").arg(QTextDocumentFragment::fromHtml(m_mailbox->statusText()).toPlainText()));
            m_tabs->setCurrentIndex(0);
            updateButtons();
        }
        return;
    }
    finishSave();
}

void AccountSettingsDialog::finishSave()
{
    m_saving = false;
    accounts::AccountConfig updated = m_account;
    m_mailbox->applyTo(updated);
    m_options->applyTo(updated.options);
    updated.gmailAccount = m_context.googleAccount().email.isEmpty() ? m_account.gmailAccount : m_context.googleAccount().email;
    auto store = [this, updated] {
        // Settings only: the password is in the credential store.
        m_context.accounts().save(updated);
        m_options->applyStartAtLogin();
        m_account = updated;
        emit saved(updated.id);
        accept();
    };
    if (!m_mailbox->passwordTyped()) {
        store();
        return;
    }
    m_save->setEnabled(false);
    saveSecret(m_context, this, secrets::pop3PasswordKey(updated.id), m_mailbox->password(), [this, store](Status written) {
        if (!written) {
            setProblem(tr("Nothing was saved: the password could not be stored. %1").arg(written.error().message));
            updateButtons();
            return;
        }
        store();
    });
}

} // namespace mf::ui
