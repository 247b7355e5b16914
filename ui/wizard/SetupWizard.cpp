#include "wizard/SetupWizard.h"

#include "AppContext.h"
#include "widgets/EnterKey.h"
#include "wizard/DonePage.h"
#include "wizard/MailboxPage.h"
#include "wizard/OptionsPage.h"
#include "wizard/ProgressPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SignInPage.h"

#include <QKeyEvent>
#include <QPushButton>
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
    // A focused Back must not take Enter for itself (QPushButton clicks an auto-default button on
    // Enter): keyPressEvent() decides what Enter means.
    if (auto *back = qobject_cast<QPushButton *>(button(QWizard::BackButton)))
        back->setAutoDefault(false);
}

void SetupWizard::keyPressEvent(QKeyEvent *event)
{
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (!enter) {
        QWizard::keyPressEvent(event);
        return;
    }
    // QDialog would click its default button, and with Next disabled (the page waits for a
    // connection test) that could be Back: the user pressing Enter in the password field was
    // sent back to the sign-in page. Here Enter is the focused field's own action (the password
    // field starts the test), else Next/Finish when they are available, else a focused button
    // other than Back (Test connection, Sign in); otherwise nothing.
    event->accept();
    QWidget *focus = focusWidget();
    if (focus && focus->property(kEnterHandledProperty).toBool())
        return;
    for (auto which : {QWizard::NextButton, QWizard::FinishButton}) {
        QAbstractButton *b = button(which);
        if (b && b->isVisible() && b->isEnabled()) {
            b->click();
            return;
        }
    }
    auto *focusedButton = qobject_cast<QAbstractButton *>(focus);
    if (focusedButton && focusedButton != button(QWizard::BackButton) && focusedButton->isEnabled())
        focusedButton->click();
}

void SetupWizard::editAccount(const accounts::AccountConfig &account)
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
