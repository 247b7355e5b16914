// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QMessageBox;

namespace mf::ui {

class AppContext;

/// The Help menu of the wizard and the accounts window: setting up your own Google client (the
/// same assistant as on the sign-in page, also how a consultant's client file is imported), the
/// folder with Mailferry's records and logs, and About (version and licence).
class HelpMenu : public QMenu {
    Q_OBJECT
public:
    /// Without a context (the smoke test's wizard) the Google client entry is left out.
    HelpMenu(AppContext *context, QWidget *parent);

    /// The window with the Google client assistant (non-modal, deletes itself on close).
    static QDialog *showClientAssistant(AppContext &context, QWidget *parent);
    /// The About window (non-modal to the caller: it opens and returns).
    static QMessageBox *showAbout(QWidget *parent);
    /// Opens the folder with the ledgers and logs; shows its path if no file manager opens.
    static void openLogFolder(const AppContext *context, QWidget *parent);
};

} // namespace mf::ui
