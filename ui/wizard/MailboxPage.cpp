// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/MailboxPage.h"

#include "AppContext.h"
#include "common/SizeText.h"
#include "secrets/CredentialStore.h"
#include "widgets/MailboxForm.h"
#include "widgets/SecretSaver.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QLocale>
#include <QVBoxLayout>

namespace mf::ui {

MailboxPage::MailboxPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("mailboxPage"));
    setTitle(tr("Your old mailbox"));
    setSubTitle(tr("Type the email address you want to move mail from. Mailferry suggests the server settings; "
                   "you only need the password."));
    m_form = new MailboxForm(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    connect(m_form, &MailboxForm::edited, this, [this] {
        if (m_ready) {
            m_ready = false;
            emit completeChanged();
        }
    });
    connect(m_form, &MailboxForm::testSucceeded, this, &MailboxPage::onTestSucceeded);
}

QString MailboxPage::explainFailure(const Error &error, const QString &host, quint16 port)
{
    return MailboxForm::explainFailure(error, host, port);
}

void MailboxPage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    m_form->setContext(w->context(), /*discovery=*/true);
    const accounts::AccountConfig &a = w->state().account;
    if (!a.host.isEmpty())
        m_form->setAccount(a); // back from a later page: show what was tested; the password stays typed
    m_form->focusFirstField();
}

bool MailboxPage::isComplete() const
{
    return m_ready;
}

void MailboxPage::onTestSucceeded(int count, qint64 size)
{
    SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w->context();
    WizardState &st = w->state();
    accounts::AccountConfig &a = st.account;
    m_form->applyTo(a);
    a.gmailAccount = ctx->googleAccount().email;
    st.password = m_form->password();
    st.messagesOnServer = count;
    st.bytesOnServer = size;

    const QString found = tr("It works: %n message(s) on the server (%1).", nullptr, count).arg(sizeText(size));
    m_form->setStatus(found + QLatin1Char(' ') + tr("Saving the password in the system keychain…"), false);
    saveSecret(*ctx, this, secrets::pop3PasswordKey(a.id), st.password, [this, found, ctx](Status saved) {
        if (!saved) {
            m_form->setStatus(found + QLatin1Char(' ') + tr("But the password could not be saved: %1").arg(saved.error().message),
                              true);
            return;
        }
        m_form->setStatus(QStringLiteral("<b>%1</b> %2")
                              .arg(found.toHtmlEscaped(),
                                   ctx->sessionOnlySecrets() ? tr("The password is kept in memory until you quit Mailferry.")
                                                             : tr("The password is saved in your system keychain.")),
                          false);
        m_ready = true;
        emit completeChanged();
        // The fields were disabled during the test and focus moved on, possibly to Back. The
        // next step is Next: put focus there, so Enter or Space continues.
        if (QAbstractButton *next = wizard()->button(QWizard::NextButton); next && next->isEnabled())
            next->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace mf::ui
