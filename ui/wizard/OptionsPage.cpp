// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/OptionsPage.h"

#include "AppContext.h"
#include "widgets/OptionsForm.h"
#include "wizard/SetupWizard.h"
#include "wizard/SignInPage.h"

#include <QVBoxLayout>

namespace mf::ui {

OptionsPage::OptionsPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("optionsPage"));
    setTitle(tr("Choose how to move your mail"));
    setSubTitle(tr("The defaults are safe: everything stays on your old server, and nothing is deleted anywhere."));
    m_form = new OptionsForm(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_form, &OptionsForm::changed, this, &QWizardPage::completeChanged);
    connect(m_form, &OptionsForm::grantLabelsRequested, this, [this] {
        auto *signIn = qobject_cast<SignInPage *>(wizard()->page(SetupWizard::SignInPageId));
        if (!signIn)
            return;
        m_form->setGrantInProgress(true);
        // Declined, stopped, or the labels box left unticked: the account stays connected as it
        // was; the form says plainly what that means and how to go on.
        connect(
            signIn, &SignInPage::signInDone, this,
            [this](bool) {
            m_form->setGrantInProgress(false);
            m_form->showLabelsRefused();
            },
            Qt::SingleShotConnection);
        signIn->signIn(true);
    });
}

void OptionsPage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    m_form->setContext(w->context());
    const auto &account = w->state().account;
    m_form->setOptions(account.options);
    // A new mailbox gets the label named after its address; an edited one keeps what was chosen.
    if (!w->context()->accounts().account(account.id))
        m_form->proposeLabelFor(account.email);
}

bool OptionsPage::isComplete() const
{
    return m_form->isValid();
}

bool OptionsPage::validatePage()
{
    m_form->applyTo(setupWizardOf(this)->state().account.options);
    m_form->applyStartAtLogin();
    return true;
}

} // namespace mf::ui
