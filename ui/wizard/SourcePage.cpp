// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/SourcePage.h"

#include "wizard/SetupWizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mf::ui {
namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Lined up under the radio button's text.
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}

} // namespace

SourcePage::SourcePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("What do you want to move?"));
    setSubTitle(tr("Mailferry copies mail from an old mailbox on a server, or from the mail your mail program already "
                   "downloaded to this computer."));

    m_server = new QRadioButton(tr("An old &mailbox on a server"), this);
    m_server->setObjectName(QStringLiteral("serverSourceRadio"));
    m_server->setChecked(true);
    auto *serverNote =
        explanation(tr("Mail still kept by your old provider, which your mail program fetches with POP3. You need the "
                       "address and its password."),
                    this);
    m_server->setAccessibleDescription(serverNote->text());

    m_archive = new QRadioButton(tr("Mail on this &computer"), this);
    m_archive->setObjectName(QStringLiteral("archiveSourceRadio"));
    auto *archiveNote = explanation(tr("Mail your mail program already took home: Thunderbird, Outlook (.pst), Apple Mail, "
                                       "Windows Live Mail, or mbox, Maildir and .eml files. Mailferry only reads it: "
                                       "nothing on this computer is changed or deleted."),
                                    this);
    archiveNote->setObjectName(QStringLiteral("archiveSourceNote"));
    m_archive->setAccessibleDescription(archiveNote->text());

    auto *group = new QButtonGroup(this);
    group->addButton(m_server);
    group->addButton(m_archive);

    auto *hint = new QLabel(tr("Often it is both: what is left on the server, and the years of mail already on your "
                               "computer. Set up one now and the other afterwards."),
                            this);
    hint->setObjectName(QStringLiteral("sourceHint"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_server);
    layout->addWidget(serverNote);
    layout->addWidget(m_archive);
    layout->addWidget(archiveNote);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addStretch(1);
}

void SourcePage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    if (w)
        chooseArchive(w->state().account.isArchive());
    // The chosen answer has the focus: arrows change it, Enter goes on (never back).
    (archiveChosen() ? m_archive : m_server)->setFocus();
}

bool SourcePage::validatePage()
{
    if (SetupWizard *w = setupWizardOf(this)) {
        accounts::AccountConfig &a = w->state().account;
        a.source = archiveChosen() ? accounts::AccountConfig::Source::Archive : accounts::AccountConfig::Source::Pop3;
    }
    return true;
}

bool SourcePage::archiveChosen() const
{
    return m_archive->isChecked();
}

void SourcePage::chooseArchive(bool archive)
{
    (archive ? m_archive : m_server)->setChecked(true);
}

} // namespace mf::ui
