// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/SetupWizard.h"

#include "AppContext.h"
#include "widgets/EnterKey.h"
#include "wizard/ArchivePage.h"
#include "wizard/DonePage.h"
#include "wizard/MailboxPage.h"
#include "wizard/OptionsPage.h"
#include "wizard/ProgressPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/SignInPage.h"
#include "wizard/SourcePage.h"

#include "widgets/HelpMenu.h"
#include "wizard/WelcomePage.h"

#include <QAbstractButton>
#include <QIcon>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

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
    addPage(SourcePageId, new SourcePage(this));
    addPage(SignInPageId, new SignInPage(this));
    addPage(MailboxPageId, new MailboxPage(this));
    addPage(ArchivePageId, new ArchivePage(this));
    addPage(OptionsPageId, new OptionsPage(this));
    addPage(ReviewPageId, new ReviewPage(this));
    addPage(ProgressPageId, new ProgressPage(this));
    addPage(DonePageId, new DonePage(this));
}

void SetupWizard::addPage(int id, QWizardPage *page)
{
    setPage(id, page);
    makeScrollable(page);
}

void SetupWizard::makeScrollable(QWizardPage *page)
{
    QLayout *content = page->layout();
    if (!content)
        return;
    auto *inner = new QWidget;
    inner->setObjectName(page->objectName() + QStringLiteral("Content"));
    // Takes the layout, with its widgets, off the page.
    inner->setLayout(content);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);
    // The page's first field or button takes the focus, never the scroll area itself.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
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
    setOption(QWizard::HaveHelpButton, true);
    // No fixed minimum: the pages scroll, so the wizard fits a 1024x600 screen with a taskbar.
    setMinimumSize(480, 360);
    addPage(WelcomePageId, new WelcomePage(this));
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    if (auto *help = qobject_cast<QPushButton *>(button(QWizard::HelpButton))) {
        help->setObjectName(QStringLiteral("helpButton"));
        help->setAutoDefault(false);
        help->setMenu(new HelpMenu(m_context, this));
    }
    for (auto which :
         {QWizard::NextButton, QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton}) {
        if (QAbstractButton *b = button(which))
            b->setAccessibleName(buttonText(which).remove(QLatin1Char('&')));
    }
    // A focused Back must not take Enter for itself (QPushButton clicks an auto-default button on
    // Enter): keyPressEvent() decides what Enter means.
    if (auto *back = qobject_cast<QPushButton *>(button(QWizard::BackButton)))
        back->setAutoDefault(false);
}

void SetupWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    // The first time: as large as the pages like, but never larger than the screen's free area.
    if (QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        const QSize wanted = size().expandedTo(QSize(760, 600));
        resize(wanted.boundedTo(area.size()));
        // Wholly inside the free area, so that Back, Next and Cancel can be seen.
        QRect frame = frameGeometry();
        if (!area.contains(frame)) {
            frame.moveLeft(qBound(area.left(), frame.left(), qMax(area.left(), area.right() - frame.width() + 1)));
            frame.moveTop(qBound(area.top(), frame.top(), qMax(area.top(), area.bottom() - frame.height() + 1)));
            move(frame.topLeft());
        }
    }
}

void SetupWizard::reject()
{
    const bool nothingToLose = currentId() == WelcomePageId || currentId() == DonePageId || currentId() == -1;
    if (m_confirmedQuit || nothingToLose || !isVisible()) {
        m_confirmedQuit = false;
        QWizard::reject();
        return;
    }
    // From the progress page on, the account is saved: the page asks its own question while mail
    // is being copied (stop, or keep copying in the background), and otherwise just closes.
    if (auto *progress = qobject_cast<ProgressPage *>(currentPage())) {
        if (!progress->askBeforeClosing([this] {
                m_confirmedQuit = true;
                QMetaObject::invokeMethod(this, &SetupWizard::reject, Qt::QueuedConnection);
            }))
            QWizard::reject();
        return;
    }
    if (findChild<QMessageBox *>(QStringLiteral("quitSetupQuestion")))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit setup?"), tr("Quit setup?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitSetupQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const bool signedIn = m_context && m_context->googleAccount().isValid();
    box->setInformativeText(signedIn ? tr("What you entered here is not kept. Your Google sign-in is kept.")
                                     : tr("What you entered here is not kept."));
    QPushButton *quit = box->addButton(tr("&Quit setup"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitSetupButton"));
    QPushButton *stay = box->addButton(tr("&Continue setup"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("continueSetupButton"));
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    connect(box, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *clicked) {
        if (clicked != quit)
            return;
        m_confirmedQuit = true;
        // After the question has closed, so that the wizard's own reject sees no open dialog.
        QMetaObject::invokeMethod(this, &SetupWizard::reject, Qt::QueuedConnection);
    });
    box->open();
}

int SetupWizard::nextId() const
{
    if (!m_context)
        return -1;
    switch (currentId()) {
    case WelcomePageId: return SourcePageId;
    case SourcePageId: return SignInPageId;
    case SignInPageId: {
        // The source page's choice, before its validatePage() stored it, counts too.
        const auto *source = qobject_cast<const SourcePage *>(page(SourcePageId));
        const bool archive = source ? source->archiveChosen() : m_state.account.isArchive();
        return archive ? ArchivePageId : MailboxPageId;
    }
    case MailboxPageId:
    case ArchivePageId: return OptionsPageId;
    case OptionsPageId: return ReviewPageId;
    case ReviewPageId: return ProgressPageId;
    case ProgressPageId: return DonePageId;
    default: return -1;
    }
}

void SetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id != OptionsPageId)
        return;
    // Mailferry never deletes or changes anything on this computer, and an archive gets no new
    // mail to check for: those choices are hidden (and set to keep) for an archive.
    const bool archive = m_state.account.isArchive();
    QWizardPage *options = page(OptionsPageId);
    if (auto *keep = options->findChild<QAbstractButton *>(QStringLiteral("keepRadio"))) {
        if (archive)
            keep->setChecked(true);
        if (QWidget *group = keep->parentWidget(); group && group != options)
            group->setVisible(!archive);
    }
    for (const char *name : {"continuousCheck", "intervalSpin", "startAtLoginCheck"}) {
        if (auto *w = options->findChild<QWidget *>(QLatin1String(name))) {
            if (archive) {
                if (auto *check = qobject_cast<QAbstractButton *>(w))
                    check->setChecked(false);
            }
            w->setVisible(!archive);
        }
    }
    // The page's own subtitle (about the server) is kept for the mailbox path.
    if (!options->property("serverSubTitle").isValid())
        options->setProperty("serverSubTitle", options->subTitle());
    options->setSubTitle(archive ? tr("Your mail stays on this computer as it is; these choices are about Gmail.")
                                 : options->property("serverSubTitle").toString());
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
