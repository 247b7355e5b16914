// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/OptionsForm.h"

#include "AppContext.h"
#include "google/Scopes.h"
#include "platform/Autostart.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace mf::ui {

using migration::AfterCopy;
using migration::Placement;

namespace {
constexpr qint64 kBytesPerMegabyte = 1000 * 1000; // the MB people and providers mean (common/SizeText.h)
}

OptionsForm::OptionsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("optionsForm"));
    // After copying
    auto *after = new QGroupBox(tr("Once a message is safely in Gmail"), this);
    m_keep = new QRadioButton(tr("&Keep it on the old server (recommended)"), after);
    m_keep->setObjectName(QStringLiteral("keepRadio"));
    m_delete = new QRadioButton(tr("&Delete it from the old server"), after);
    m_delete->setObjectName(QStringLiteral("deleteRadio"));
    m_deleteLater = new QRadioButton(tr("Delete it &after"), after);
    m_deleteLater->setObjectName(QStringLiteral("deleteLaterRadio"));
    m_days = new QSpinBox(after);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days before deleting"));
    m_deleteWarning = new QLabel(tr("⚠ Messages will be removed from your old mailbox after Gmail has confirmed each one. "
                                    "Other devices that read that mailbox will no longer see them."),
                                 after);
    m_deleteWarning->setObjectName(QStringLiteral("deleteWarning"));
    m_deleteWarning->setWordWrap(true);
    m_deleteWarning->setStyleSheet(QStringLiteral("color:#8a5300"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_keep);
    group->addButton(m_delete);
    group->addButton(m_deleteLater);
    m_keep->setChecked(true);
    auto *laterRow = new QHBoxLayout;
    laterRow->addWidget(m_deleteLater);
    laterRow->addWidget(m_days);
    laterRow->addStretch(1);
    auto *afterLayout = new QVBoxLayout(after);
    afterLayout->addWidget(m_keep);
    afterLayout->addWidget(m_delete);
    afterLayout->addLayout(laterRow);
    afterLayout->addWidget(m_deleteWarning);

    // Placement and the rest
    m_placement = new QComboBox(this);
    m_placement->setObjectName(QStringLiteral("placementCombo"));
    m_placement->addItem(tr("In the Inbox, unread"), int(Placement::InboxUnread));
    m_placement->addItem(tr("In the Inbox, already read"), int(Placement::InboxRead));
    m_placement->addItem(tr("Archived, with a label"), int(Placement::ArchiveWithLabel));
    m_placement->setAccessibleName(tr("Where the messages go in Gmail"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("Gmail label"));
    m_labelNote = new QLabel(tr("Labels need one more permission from Google."), this);
    m_labelNote->setObjectName(QStringLiteral("labelNote"));
    m_labelNote->setWordWrap(true);
    m_grantLabels = new QPushButton(tr("Allow &labels…"), this);
    m_grantLabels->setObjectName(QStringLiteral("grantLabelsButton"));
    auto *labelRow = new QHBoxLayout;
    labelRow->addWidget(m_label, 1);
    labelRow->addWidget(m_grantLabels);

    m_sizeLimit = new QSpinBox(this);
    m_sizeLimit->setObjectName(QStringLiteral("sizeLimitSpin"));
    m_sizeLimit->setRange(1, 50);
    m_sizeLimit->setValue(50);
    m_sizeLimit->setSuffix(tr(" MB"));
    m_sizeLimit->setMaximumWidth(120);
    m_sizeLimit->setAccessibleName(tr("Largest message to copy, in megabytes"));
    m_sizeLimit->setToolTip(tr("Gmail accepts messages up to 50 MB (1 MB = 1,000,000 bytes). Larger ones stay on the "
                               "old server and are listed."));

    m_continuous = new QCheckBox(tr("Keep &checking for new mail every"), this);
    m_continuous->setObjectName(QStringLiteral("continuousCheck"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(5, 1440);
    m_interval->setValue(10);
    m_interval->setSuffix(tr(" minutes"));
    m_interval->setAccessibleName(tr("Minutes between checks"));
    auto *contRow = new QHBoxLayout;
    contRow->addWidget(m_continuous);
    contRow->addWidget(m_interval);
    contRow->addStretch(1);
    m_startAtLogin = new QCheckBox(tr("Start Mailferry when I log &in"), this);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));

    m_useImport = new QCheckBox(tr("Let Gmail &filter spam (messages go through Gmail's spam and tab sorting)"), this);
    m_useImport->setObjectName(QStringLiteral("useImportCheck"));
    m_neverSpam = new QCheckBox(tr("Ne&ver send these messages to Spam"), this);
    m_neverSpam->setObjectName(QStringLiteral("neverSpamCheck"));
    m_neverSpam->setChecked(true);
    auto *spamRow = new QHBoxLayout;
    spamRow->addSpacing(24);
    spamRow->addWidget(m_neverSpam);
    spamRow->addStretch(1);

    // A check box never wraps its text: the short line is the choice, the label under it explains.
    m_stripBlocked = new QCheckBox(tr("Copy a message &without an attachment Gmail refuses"), this);
    m_stripBlocked->setObjectName(QStringLiteral("stripBlockedCheck"));
    m_stripBlocked->setChecked(true);
    auto *stripHint = new QLabel(tr("Gmail refuses programs, and archives holding one. The whole original message is "
                                    "kept on this computer, and the copy says where."),
                                 this);
    stripHint->setObjectName(QStringLiteral("stripBlockedHint"));
    stripHint->setWordWrap(true);
    m_stripBlocked->setAccessibleDescription(stripHint->text());
    auto *stripHintRow = new QHBoxLayout;
    stripHintRow->addSpacing(24);
    stripHintRow->addWidget(stripHint, 1);
    m_deleteStripped = new QCheckBox(tr("Also delete &these messages from the server"), this);
    m_deleteStripped->setObjectName(QStringLiteral("deleteStrippedCheck"));
    auto *strippedRow = new QHBoxLayout;
    strippedRow->addSpacing(24);
    strippedRow->addWidget(m_deleteStripped);
    strippedRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Put messages:"), m_placement);
    auto *labelLabel = new QLabel(tr("Lab&el:"), this);
    labelLabel->setBuddy(m_label);
    form->addRow(labelLabel, labelRow);
    form->addRow(QString(), m_labelNote);
    form->addRow(tr("&Size limit:"), m_sizeLimit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(after);
    layout->addLayout(form);
    layout->addLayout(contRow);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(m_useImport);
    layout->addLayout(spamRow);
    layout->addWidget(m_stripBlocked);
    layout->addLayout(stripHintRow);
    layout->addLayout(strippedRow);

    for (QRadioButton *r : {m_keep, m_delete, m_deleteLater})
        connect(r, &QRadioButton::toggled, this, &OptionsForm::updateState);
    connect(m_placement, qOverload<int>(&QComboBox::currentIndexChanged), this, &OptionsForm::updateState);
    connect(m_label, &QLineEdit::textChanged, this, &OptionsForm::updateState);
    connect(m_continuous, &QCheckBox::toggled, this, &OptionsForm::updateState);
    connect(m_grantLabels, &QPushButton::clicked, this, &OptionsForm::grantLabelsRequested);
    for (QSpinBox *spin : {m_days, m_sizeLimit, m_interval})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &OptionsForm::changed);
    for (QCheckBox *check : {m_useImport, m_stripBlocked})
        connect(check, &QCheckBox::toggled, this, &OptionsForm::updateState);
    for (QCheckBox *check : {m_startAtLogin, m_neverSpam, m_deleteStripped})
        connect(check, &QCheckBox::toggled, this, &OptionsForm::changed);
}

bool OptionsForm::labelsGranted() const
{
    return m_context && google::Scopes::contains(m_context->googleAccount().grantedScopes, google::Scopes::kGmailLabels);
}

bool OptionsForm::wantsLabel() const
{
    return Placement(m_placement->currentData().toInt()) == Placement::ArchiveWithLabel || !m_label->text().trimmed().isEmpty();
}

void OptionsForm::setOptions(const migration::MigrationOptions &o)
{
    m_keep->setChecked(o.afterCopy == AfterCopy::Keep);
    m_delete->setChecked(o.afterCopy == AfterCopy::Delete);
    m_deleteLater->setChecked(o.afterCopy == AfterCopy::DeleteAfterDays);
    m_days->setValue(o.deleteAfterDays);
    m_placement->setCurrentIndex(m_placement->findData(int(o.placement)));
    m_label->setText(o.label);
    m_sizeLimit->setValue(int(std::clamp<qint64>((o.sizeLimitBytes + 500000) / kBytesPerMegabyte, 1, 50)));
    m_continuous->setChecked(o.continuous);
    m_interval->setValue(o.intervalMinutes);
    m_useImport->setChecked(o.useImport);
    m_neverSpam->setChecked(o.neverMarkSpam);
    m_stripBlocked->setChecked(o.stripBlockedAttachments);
    m_deleteStripped->setChecked(o.deleteStrippedFromServer);
    m_startAtLogin->setChecked(Autostart::isEnabled());
    updateState();
}

void OptionsForm::proposeLabelFor(const QString &oldAddress)
{
    m_defaultLabel = oldAddress.trimmed();
    if (m_defaultLabel.isEmpty() || !m_label->text().trimmed().isEmpty())
        return;
    // Years of old mail should not flood the Inbox: by default it goes under a label named after
    // the old address. Labels need their own Google permission; without it the Inbox stays the
    // choice and the note offers the permission.
    if (labelsGranted()) {
        m_placement->setCurrentIndex(m_placement->findData(int(Placement::ArchiveWithLabel)));
        m_label->setText(m_defaultLabel);
    }
    updateState();
}

void OptionsForm::updateState()
{
    m_days->setEnabled(m_deleteLater->isChecked());
    m_deleteWarning->setVisible(!m_keep->isChecked());
    m_interval->setEnabled(m_continuous->isChecked());
    m_startAtLogin->setEnabled(m_continuous->isChecked());
    // Spam filing is Gmail's only when it filters (import); insert never files in Spam.
    m_neverSpam->setVisible(m_useImport->isChecked());
    // Deleting matters only when messages leave the server at all.
    m_deleteStripped->setVisible(!m_keep->isChecked());
    m_deleteStripped->setEnabled(m_stripBlocked->isChecked());
    m_label->setPlaceholderText(Placement(m_placement->currentData().toInt()) == Placement::ArchiveWithLabel
                                    ? tr("For example: Old mail")
                                    : tr("Optional"));
    const bool needGrant = wantsLabel() && !labelsGranted();
    // Offered, not required: with the default Inbox, the note says why a label is better.
    const bool offerGrant = !needGrant && !labelsGranted() && !m_defaultLabel.isEmpty();
    m_labelNote->setVisible(needGrant || offerGrant);
    m_grantLabels->setVisible(needGrant || offerGrant);
    if (needGrant)
        m_labelNote->setText(tr("Labels need one more permission from Google."));
    else if (offerGrant)
        m_labelNote->setText(tr("Tip: to keep years of old mail out of your Inbox, put it under the label \"%1\". "
                                "Labels need one more permission from Google.")
                                 .arg(m_defaultLabel));
    emit changed();
}

void OptionsForm::showLabelsRefused()
{
    if (labelsGranted() && !m_defaultLabel.isEmpty() && m_label->text().trimmed().isEmpty()) {
        // The permission came: the label named after the old address is now the choice.
        m_placement->setCurrentIndex(m_placement->findData(int(Placement::ArchiveWithLabel)));
        m_label->setText(m_defaultLabel);
    }
    updateState();
    if (!labelsGranted())
        m_labelNote->setText(tr("Google did not give Mailferry permission to use labels, so your mail cannot "
                                "be labelled. Choose \"In the Inbox\" and leave the label empty, or press "
                                "\"Allow labels\" to try again."));
}

void OptionsForm::setGrantInProgress(bool inProgress)
{
    m_grantLabels->setEnabled(!inProgress);
    if (inProgress)
        m_labelNote->setText(tr("Waiting for you to allow labels in your browser…"));
    else
        updateState();
}

bool OptionsForm::isValid() const
{
    const bool archive = Placement(m_placement->currentData().toInt()) == Placement::ArchiveWithLabel;
    if (archive && m_label->text().trimmed().isEmpty())
        return false;
    return !wantsLabel() || labelsGranted();
}

void OptionsForm::applyTo(migration::MigrationOptions &o) const
{
    o.afterCopy = m_keep->isChecked() ? AfterCopy::Keep : m_delete->isChecked() ? AfterCopy::Delete : AfterCopy::DeleteAfterDays;
    o.deleteAfterDays = m_days->value();
    o.placement = Placement(m_placement->currentData().toInt());
    o.label = m_label->text().trimmed();
    o.sizeLimitBytes = qint64(m_sizeLimit->value()) * kBytesPerMegabyte;
    o.continuous = m_continuous->isChecked();
    o.intervalMinutes = m_interval->value();
    o.useImport = m_useImport->isChecked();
    o.neverMarkSpam = m_neverSpam->isChecked();
    o.stripBlockedAttachments = m_stripBlocked->isChecked();
    o.deleteStrippedFromServer = m_deleteStripped->isChecked();
}

void OptionsForm::applyStartAtLogin() const
{
    if (m_continuous->isChecked() && m_startAtLogin->isChecked() != Autostart::isEnabled())
        Autostart::setEnabled(m_startAtLogin->isChecked());
}

} // namespace mf::ui
