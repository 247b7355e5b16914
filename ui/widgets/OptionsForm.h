// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "migration/MigrationTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace mf::ui {

class AppContext;

/// The migration options, shared by the wizard's "Options" page and the accounts window's
/// settings dialog: after copying (keep by default; delete, or delete after N days, with a
/// warning), where mail lands (Inbox unread/read, archived with a label, which needs the label
/// permission), the size limit, continuous checking, start at login, "let Gmail filter spam" (with
/// "never send these messages to Spam"), and what to do with a message Gmail refuses for an
/// attachment type it blocks (copy it without that attachment; delete those from the server too).
class OptionsForm : public QWidget {
    Q_OBJECT
public:
    explicit OptionsForm(QWidget *parent = nullptr);

    /// Where the granted Google permissions are read from.
    void setContext(AppContext *context) { m_context = context; }
    void setOptions(const migration::MigrationOptions &options);
    /// Copies the choices into `options` (the rest of it is left as it was).
    void applyTo(migration::MigrationOptions &options) const;
    /// For a new mailbox: the label named after the old address, archived (or, without the label
    /// permission, the Inbox with the permission offered). Keeps a label the user already has.
    void proposeLabelFor(const QString &oldAddress);
    /// Writes "start at login" (the autostart entry) if continuous checking is on and it changed.
    void applyStartAtLogin() const;

    /// The choices can be used: a label is set when archiving, and labels are allowed if needed.
    [[nodiscard]] bool isValid() const;
    /// Whether the choices use a label (and so need the label permission).
    [[nodiscard]] bool wantsLabel() const;
    [[nodiscard]] bool labelsGranted() const;
    /// Shown under the label after a label consent that did not give the permission.
    void showLabelsRefused();
    void setGrantInProgress(bool inProgress);

signals:
    void changed();
    /// "Allow labels…": the owner runs the Google sign-in again with the label permission.
    void grantLabelsRequested();

private:
    void updateState();

    AppContext *m_context = nullptr;
    QRadioButton *m_keep = nullptr;
    QRadioButton *m_delete = nullptr;
    QRadioButton *m_deleteLater = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_deleteWarning = nullptr;
    QComboBox *m_placement = nullptr;
    QLineEdit *m_label = nullptr;
    QLabel *m_labelNote = nullptr;
    QPushButton *m_grantLabels = nullptr;
    QSpinBox *m_sizeLimit = nullptr;
    QCheckBox *m_continuous = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_useImport = nullptr;
    QCheckBox *m_neverSpam = nullptr;      ///< shown only with import
    QCheckBox *m_stripBlocked = nullptr;   ///< copy without Gmail's blocked attachment types
    QCheckBox *m_deleteStripped = nullptr; ///< ... and delete those copies' originals from the server too
    QCheckBox *m_startAtLogin = nullptr;
    QString m_defaultLabel;
};

} // namespace mf::ui
