#include "wizard/SetupWizard.h"

#include "AppContext.h"
#include "wizard/DonePage.h"
#include "wizard/MailboxPage.h"
#include "wizard/OptionsPage.h"
#include "wizard/ProgressPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SignInPage.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QIcon>

namespace mf::ui {

SetupWizard::SetupWizard(QWidget *parent)
    : QWizard(parent)
{
    build();
}

SetupWizard::SetupWizard(AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(&context)
{
    build();
    setPage(SignInPageId, new SignInPage(this));
    setPage(MailboxPageId, new MailboxPage(this));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    setPage(ProgressPageId, new ProgressPage(this));
    setPage(DonePageId, new DonePage(this));
}

void SetupWizard::build()
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Mailferry"));
    setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));
    // ModernStyle everywhere (also on macOS/Windows), so screenshots and help text match.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(720, 560);
    setPage(WelcomePageId, new WelcomePage(this));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    for (auto which : {QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setAccessibleName(buttonText(which).remove(QLatin1Char('&')));
    }
}

void SetupWizard::editAccount(const migration::AccountConfig &account)
{
    m_state = WizardState{};
    m_state.account = account;
    setStartId(MailboxPageId);
    restart();
}

SetupWizard *setupWizardOf(const QWizardPage *page)
{
    // QWizardPage::wizard() is protected; the page is a descendant of its wizard.
    for (QObject *o = page ? page->parent() : nullptr; o; o = o->parent()) {
        if (auto *w = qobject_cast<SetupWizard *>(o))
            return w;
    }
    return nullptr;
}

} // namespace mf::ui
