// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveSurvey.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mf::ui {

/// "Mail on this computer": the archives found where mail programs keep them, or "Choose a file
/// or folder…"; then the archive's folders with checkboxes, message counts and sizes, counted
/// live by an ArchiveSurvey on a worker thread; and "Make each folder a Gmail label" (which needs
/// the label permission, asked for as the options page does). Nothing is changed on this computer.
class ArchivePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ArchivePage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

    /// Reads the archive at `path`: what picking a found archive or choosing one does.
    void choosePath(const QString &path);
    [[nodiscard]] QString chosenPath() const { return m_path; }
    [[nodiscard]] archive::ArchiveSurvey *survey() const { return m_survey; }
    /// The folders ticked; empty when every folder is (the whole archive, including any the
    /// survey has not reached yet).
    [[nodiscard]] QStringList chosenFolders() const;

private:
    void showFound();
    void chooseFromDialog(bool folder);
    void showCounts(const archive::SurveyResult &result);
    void showStatus(const archive::SurveyResult &result);
    void showFailure(const Error &error);
    QTreeWidgetItem *itemFor(const QString &folder);
    void setCheckedBelow(QTreeWidgetItem *item, Qt::CheckState state);
    void updateLabelsState();
    [[nodiscard]] bool labelsGranted() const;
    /// The folders that hold messages, ticked or all.
    [[nodiscard]] QStringList folders(bool onlyChecked) const;

    QListWidget *m_found = nullptr;
    QLabel *m_noneFound = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_pathLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_foldersAsLabels = nullptr;
    QLabel *m_labelsNote = nullptr;
    QPushButton *m_grantLabels = nullptr;
    archive::ArchiveSurvey *m_survey = nullptr;
    QString m_path;
    bool m_failed = false;
    bool m_filling = false;                    ///< the tree is being filled: its changes are not the user's
    QHash<QString, QTreeWidgetItem *> m_items; ///< folder path -> its row
};

} // namespace mf::ui
