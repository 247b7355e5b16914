// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ArchivePage.h"

#include "AppContext.h"
#include "archive/ArchiveLocations.h"
#include "common/SizeText.h"
#include "google/Scopes.h"
#include "wizard/SetupWizard.h"
#include "wizard/SignInPage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mf::ui {
namespace {

/// A path as people read it: native separators, the home folder as "~" where that is the custom.
QString shownPath(const QString &path)
{
#ifndef Q_OS_WIN
    const QString home = QDir::homePath();
    if (path == home || path.startsWith(home + QLatin1Char('/')))
        return QLatin1Char('~') + path.mid(home.size());
#endif
    return QDir::toNativeSeparators(path);
}

constexpr int kFolderRole = Qt::UserRole;      ///< the full folder path of a row
constexpr int kHasMailRole = Qt::UserRole + 1; ///< the survey met messages in this folder
constexpr int kPathRole = Qt::UserRole;        ///< a found archive's path

QString foundTitle(const archive::locations::Found &f)
{
    using archive::locations::Program;
    const QString program = archive::locations::programName(f.program);
    switch (f.program) {
    case Program::Thunderbird:
        return f.isDefault ? ArchivePage::tr("%1, profile \"%2\" (the one in use)").arg(program, f.detail)
                           : ArchivePage::tr("%1, profile \"%2\"").arg(program, f.detail);
    case Program::Outlook: return ArchivePage::tr("%1 file %2").arg(program, f.detail);
    case Program::AppleMail:
    case Program::WindowsLiveMail: break;
    }
    return program;
}

} // namespace

ArchivePage::ArchivePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("archivePage"));
    setTitle(tr("Mail on this computer"));
    setSubTitle(tr("Choose the mail to copy into Gmail. Mailferry only reads it: nothing on this computer is changed "
                   "or deleted."));

    auto *foundLabel = new QLabel(tr("&Found on this computer:"), this);
    m_found = new QListWidget(this);
    m_found->setObjectName(QStringLiteral("foundArchives"));
    m_found->setAccessibleName(tr("Mail found on this computer"));
    // Long paths are shortened in the middle (the whole path is the tooltip), never scrolled.
    m_found->setTextElideMode(Qt::ElideMiddle);
    m_found->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    foundLabel->setBuddy(m_found);
    m_noneFound = new QLabel(tr("Mailferry found no mail program's folder here. Choose the file or folder yourself."), this);
    m_noneFound->setObjectName(QStringLiteral("noneFound"));
    m_noneFound->setWordWrap(true);
    m_noneFound->hide();

    m_choose = new QPushButton(tr("&Choose a file or folder…"), this);
    m_choose->setObjectName(QStringLiteral("chooseArchiveButton"));
    m_choose->setAutoDefault(false);
    auto *menu = new QMenu(m_choose);
    QAction *file = menu->addAction(tr("A file (mbox, Outlook .pst)…"));
    file->setObjectName(QStringLiteral("chooseFileAction"));
    QAction *folder = menu->addAction(tr("A folder (Thunderbird, Maildir, .eml files, Apple Mail)…"));
    folder->setObjectName(QStringLiteral("chooseFolderAction"));
    m_choose->setMenu(menu);
    connect(file, &QAction::triggered, this, [this] { chooseFromDialog(false); });
    connect(folder, &QAction::triggered, this, [this] { chooseFromDialog(true); });

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("archivePath"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *treeLabel = new QLabel(tr("F&olders to copy:"), this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("archiveFolders"));
    m_tree->setAccessibleName(tr("Folders to copy"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Folder"), tr("Messages"), tr("Size")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumHeight(140);
    treeLabel->setBuddy(m_tree);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("surveyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    m_foldersAsLabels = new QCheckBox(tr("Make each folder a Gmail &label"), this);
    m_foldersAsLabels->setObjectName(QStringLiteral("foldersAsLabelsCheck"));
    m_labelsNote = new QLabel(this);
    m_labelsNote->setObjectName(QStringLiteral("foldersAsLabelsNote"));
    m_labelsNote->setWordWrap(true);
    m_grantLabels = new QPushButton(tr("Allow lab&els…"), this);
    m_grantLabels->setObjectName(QStringLiteral("archiveGrantLabelsButton"));
    m_grantLabels->setAutoDefault(false);
    m_grantLabels->hide();

    auto *unchanged = new QLabel(tr("<b>Nothing on this computer is changed or deleted.</b> Your mail program keeps its "
                                    "mail exactly as it is; Mailferry copies it and remembers what it copied."),
                                 this);
    unchanged->setObjectName(QStringLiteral("nothingChanged"));
    unchanged->setWordWrap(true);
    unchanged->setTextFormat(Qt::RichText);

    auto *chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_choose);
    chooseRow->addStretch(1);
    auto *labelsRow = new QHBoxLayout;
    labelsRow->addWidget(m_foldersAsLabels);
    labelsRow->addWidget(m_grantLabels);
    labelsRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(foundLabel);
    layout->addWidget(m_found);
    layout->addWidget(m_noneFound);
    layout->addLayout(chooseRow);
    layout->addWidget(m_pathLabel);
    layout->addSpacing(4);
    layout->addWidget(treeLabel);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addLayout(labelsRow);
    layout->addWidget(m_labelsNote);
    layout->addSpacing(4);
    layout->addWidget(unchanged);

    m_survey = new archive::ArchiveSurvey(this);
    connect(m_survey, &archive::ArchiveSurvey::progress, this, [this](const archive::SurveyResult &r) {
        showCounts(r);
        showStatus(r);
    });
    connect(m_survey, &archive::ArchiveSurvey::finished, this, [this](const archive::SurveyResult &r) {
        showCounts(r);
        showStatus(r);
        emit completeChanged();
    });
    connect(m_survey, &archive::ArchiveSurvey::failed, this, &ArchivePage::showFailure);
    connect(m_found, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            choosePath(current->data(kPathRole).toString());
    });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != 0)
            return;
        m_filling = true;
        setCheckedBelow(item, item->checkState(0));
        m_filling = false;
        emit completeChanged();
    });
    connect(m_foldersAsLabels, &QCheckBox::toggled, this, [this] {
        updateLabelsState();
        emit completeChanged();
    });
    connect(m_grantLabels, &QPushButton::clicked, this, [this] {
        auto *signIn = qobject_cast<SignInPage *>(wizard()->page(SetupWizard::SignInPageId));
        if (!signIn)
            return;
        m_grantLabels->setEnabled(false);
        connect(
            signIn, &SignInPage::signInDone, this,
            [this](bool) {
            m_grantLabels->setEnabled(true);
            updateLabelsState();
            if (!labelsGranted())
                m_labelsNote->setText(tr("Google did not give Mailferry permission to manage labels. Allow it, or untick "
                                         "this box: the folders then all go to your Inbox."));
            emit completeChanged();
            },
            Qt::SingleShotConnection);
        signIn->signIn(true);
    });
    updateLabelsState();
}

void ArchivePage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    const accounts::AccountConfig &a = w->state().account;
    m_foldersAsLabels->setChecked(a.foldersAsLabels);
    showFound();
    if (!a.archivePath.isEmpty() && m_path.isEmpty())
        choosePath(a.archivePath); // back from a later page
    else if (m_path.isEmpty() && m_found->count() > 0)
        m_found->setCurrentRow(0); // the mail program in use: its folders are counted at once
    updateLabelsState();
    (m_found->count() > 0 ? static_cast<QWidget *>(m_found) : m_choose)->setFocus();
}

void ArchivePage::cleanupPage()
{
    // Back to the choice of source: stop reading.
    m_survey->cancel();
}

void ArchivePage::showFound()
{
    m_found->blockSignals(true);
    const QString current = m_path;
    m_found->clear();
    for (const archive::locations::Found &f : archive::locations::findArchives(archive::locations::currentPlaces())) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(foundTitle(f), shownPath(f.path)), m_found);
        item->setData(kPathRole, f.path);
        item->setToolTip(QDir::toNativeSeparators(f.path));
        if (f.path == current)
            m_found->setCurrentItem(item);
    }
    m_found->blockSignals(false);
    m_found->setVisible(m_found->count() > 0);
    // As tall as its entries (up to four; more scroll).
    if (m_found->count() > 0) {
        const int rows = std::min(m_found->count(), 4);
        m_found->setFixedHeight(rows * m_found->sizeHintForRow(0) + 2 * m_found->frameWidth() + 2);
    }
    m_noneFound->setVisible(m_found->count() == 0);
}

void ArchivePage::chooseFromDialog(bool folder)
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = folder
        ? QFileDialog::getExistingDirectory(this, tr("Choose the folder that holds your mail"), start)
        : QFileDialog::getOpenFileName(this, tr("Choose the file that holds your mail"), start,
                                       tr("Mail files (*.mbox *.mbx *.pst *.ost *.eml *.emlx *);;All files (*)"));
    if (!path.isEmpty())
        choosePath(path);
}

void ArchivePage::choosePath(const QString &path)
{
    m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    m_failed = false;
    m_filling = true;
    m_tree->clear();
    m_items.clear();
    m_filling = false;
    m_pathLabel->setText(tr("Reading %1").arg(shownPath(m_path)));
    m_status->setText(tr("Counting the messages…"));
    // Keep the found list in step with a path chosen another way.
    for (int i = 0; i < m_found->count(); ++i) {
        if (m_found->item(i)->data(kPathRole).toString() == m_path && m_found->currentRow() != i) {
            m_found->blockSignals(true);
            m_found->setCurrentRow(i);
            m_found->blockSignals(false);
        }
    }
    m_survey->start(m_path);
    emit completeChanged();
}

QTreeWidgetItem *ArchivePage::itemFor(const QString &folder)
{
    if (QTreeWidgetItem *existing = m_items.value(folder))
        return existing;
    const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'));
    QTreeWidgetItem *parent = slash > 0 ? itemFor(folder.left(slash)) : nullptr;
    const QString name = folder.isEmpty() ? tr("Top folder") : folder.mid(slash + 1);
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, name);
    item->setData(0, kFolderRole, folder);
    item->setData(0, kHasMailRole, false);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    // A new folder follows its parent's tick (all ticked at first).
    item->setCheckState(0, parent ? parent->checkState(0) : Qt::Checked);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    if (parent)
        parent->setExpanded(true);
    m_items.insert(folder, item);
    return item;
}

void ArchivePage::showCounts(const archive::SurveyResult &result)
{
    if (result.path != m_path)
        return;
    m_filling = true;
    const QLocale locale;
    for (const archive::FolderCount &f : result.folders) {
        QTreeWidgetItem *item = itemFor(f.folder);
        item->setData(0, kHasMailRole, true);
        item->setText(1, locale.toString(f.messages));
        item->setText(2, sizeText(f.bytes));
        item->setData(1, Qt::AccessibleTextRole, tr("%n message(s)", nullptr, int(std::min<qint64>(f.messages, INT_MAX))));
    }
    m_filling = false;
}

void ArchivePage::showStatus(const archive::SurveyResult &r)
{
    if (r.path != m_path)
        return;
    const QLocale locale;
    const QString counted = tr("%1 messages (%2) in %n folder(s)", nullptr, int(r.folders.size()))
                                .arg(locale.toString(r.messages), sizeText(r.bytes));
    m_pathLabel->setText(tr("%1: %2").arg(archive::formatName(r.format), shownPath(m_path)));
    QString text;
    if (r.finished)
        text = counted;
    else if (r.cancelled)
        text = tr("Counting stopped at %1. Every ticked folder is still copied whole.").arg(counted);
    else
        text = tr("Counting… %1 so far. You may go on: every ticked folder is copied whole.").arg(counted);
    if (r.skippedDeleted > 0)
        text += QStringLiteral("<br>")
            + tr("%1 messages your mail program had deleted are left out.").arg(locale.toString(r.skippedDeleted));
    if (!r.problems.isEmpty())
        text += QStringLiteral("<br><span style='color:#8a5300'>%1</span>")
                    .arg(tr("Part of the archive is damaged and cannot be read: %1").arg(r.problems.first().toHtmlEscaped()));
    if (r.finished && r.messages == 0)
        text = tr("There are no messages to copy here.");
    m_status->setText(text);
}

void ArchivePage::showFailure(const Error &error)
{
    m_failed = true;
    m_pathLabel->setText(shownPath(m_path));
    m_status->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(error.message.toHtmlEscaped()));
    m_status->setAccessibleDescription(error.message);
    emit completeChanged();
}

void ArchivePage::setCheckedBelow(QTreeWidgetItem *item, Qt::CheckState state)
{
    for (int i = 0; i < item->childCount(); ++i) {
        item->child(i)->setCheckState(0, state);
        setCheckedBelow(item->child(i), state);
    }
}

QStringList ArchivePage::folders(bool onlyChecked) const
{
    QStringList out;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (!it.value()->data(0, kHasMailRole).toBool())
            continue;
        if (onlyChecked && it.value()->checkState(0) != Qt::Checked)
            continue;
        out.append(it.key());
    }
    out.sort();
    return out;
}

QStringList ArchivePage::chosenFolders() const
{
    const QStringList checked = folders(true);
    if (checked.size() == folders(false).size())
        return {};
    return checked;
}

bool ArchivePage::labelsGranted() const
{
    const SetupWizard *w = setupWizardOf(this);
    return w && w->context()
        && google::Scopes::contains(w->context()->googleAccount().grantedScopes, google::Scopes::kGmailLabels);
}

void ArchivePage::updateLabelsState()
{
    const bool want = m_foldersAsLabels->isChecked();
    const bool granted = labelsGranted();
    m_grantLabels->setVisible(want && !granted);
    if (!want)
        m_labelsNote->setText(tr("Without labels, all the folders go to your Inbox."));
    else if (granted)
        m_labelsNote->setText(tr("Each folder becomes a label named like it (\"Old mail/Invoices\"), nested as in your "
                                 "mail program."));
    else
        m_labelsNote->setText(tr("Labels need one more permission: to manage your Gmail labels (not to read your mail). "
                                 "\"Allow labels\" asks Google for it."));
}

bool ArchivePage::isComplete() const
{
    if (m_path.isEmpty() || m_failed)
        return false;
    if (m_foldersAsLabels->isChecked() && !labelsGranted())
        return false;
    const archive::SurveyResult &r = m_survey->result();
    if (m_survey->isRunning())
        return true; // what is ticked is copied whole; the counts are for the user
    if (r.finished && r.messages == 0)
        return false;
    return !folders(true).isEmpty() || folders(false).isEmpty();
}

bool ArchivePage::validatePage()
{
    SetupWizard *w = setupWizardOf(this);
    WizardState &st = w->state();
    accounts::AccountConfig &a = st.account;
    a.source = accounts::AccountConfig::Source::Archive;
    a.archivePath = m_path;
    a.id = accounts::AccountConfig::idForArchive(m_path);
    a.email = QFileInfo(m_path).fileName();
    a.host.clear();
    a.user.clear();
    a.archiveFolders = chosenFolders();
    a.foldersAsLabels = m_foldersAsLabels->isChecked();
    a.gmailAccount = w->context()->googleAccount().email;
    st.password.clear();
    const archive::SurveyResult &r = m_survey->result();
    if (r.finished) {
        qint64 messages = 0;
        qint64 bytes = 0;
        for (const archive::FolderCount &f : r.folders) {
            if (a.archiveFolders.isEmpty() || a.archiveFolders.contains(f.folder)) {
                messages += f.messages;
                bytes += f.bytes;
            }
        }
        st.messagesOnServer = int(std::min<qint64>(messages, INT_MAX));
        st.bytesOnServer = bytes;
    } else {
        st.messagesOnServer = -1;
        st.bytesOnServer = 0;
    }
    return true;
}

} // namespace mf::ui
