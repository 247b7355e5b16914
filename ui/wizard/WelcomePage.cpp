// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/WelcomePage.h"

#include "AppContext.h"
#include "wizard/SetupWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mf::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Move your old mail into Gmail"));
    setSubTitle(tr("Mailferry copies every message from your old mailbox into your Gmail account, "
                   "and keeps doing it for new mail if you wish."));

    auto *what = new QLabel(tr("You will sign in with Google, tell Mailferry where your old mail is, and choose what "
                               "happens to it once it is safely in Gmail. Nothing is deleted unless you ask for it."),
                            this);
    what->setObjectName(QStringLiteral("whatWillHappen"));
    what->setWordWrap(true);

    m_needs = new QLabel(this);
    m_needs->setObjectName(QStringLiteral("whatYouNeed"));
    m_needs->setWordWrap(true);
    m_needs->setTextFormat(Qt::RichText);
    showNeeds(true);

    auto *privacy = new QLabel(tr("<b>Your privacy</b><ul>"
                                  "<li>Mailferry asks Google only for permission to <i>add</i> messages. "
                                  "It can never read, change or delete the mail already in your Gmail.</li>"
                                  "<li>Your passwords are kept in your computer's own password store "
                                  "(the system keychain), never in a file.</li>"
                                  "<li>Your mail goes straight from your old mailbox to Google. No one else sees it.</li>"
                                  "</ul>"),
                               this);
    privacy->setObjectName(QStringLiteral("privacyPromise"));
    privacy->setWordWrap(true);
    privacy->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addSpacing(8);
    layout->addWidget(m_needs);
    layout->addWidget(privacy);
    layout->addStretch(1);
}

void WelcomePage::initializePage()
{
    const SetupWizard *w = setupWizardOf(this);
    if (w && w->context())
        showNeeds(w->context()->client().isValid());
}

void WelcomePage::showNeeds(bool clientBuiltIn)
{
    QString items = tr("<li>the address and password of your old mailbox, if your mail is on a server (mail already "
                       "on this computer needs nothing more)</li>"
                       "<li>your Google account (Gmail) and its password</li>");
    if (clientBuiltIn)
        items += tr("<li>about 10 minutes; the copying then goes on by itself</li>");
    else
        items += tr("<li>about 25 minutes, as Mailferry must first be connected to Google once (it shows you "
                    "how); the copying then goes on by itself</li>");
    m_needs->setText(tr("<b>Have this at hand</b><ul>%1</ul>").arg(items));
}

} // namespace mf::ui
