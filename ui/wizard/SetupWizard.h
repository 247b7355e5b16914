// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "migration/MigrationTypes.h"

#include <optional>

#include <QWizard>

namespace mf::ui {

class AppContext;

/// What the pages learn on the way and hand to the next page. Holds the POP3 password only in
/// memory, for the run that follows; it is saved to the keychain by the mailbox page.
struct WizardState {
    accounts::AccountConfig account;
    QString password;
    int messagesOnServer = -1; ///< from STAT during "Test connection"; -1 until tested
    qint64 bytesOnServer = 0;
    std::optional<migration::RunSummary> lastSummary; ///< set by the progress page when a run ends
};

/// The first-run wizard: Welcome, What to move, Sign in with Google, Your old mailbox (or Mail on
/// this computer), Options, Review, Progress, Done, with a Help button (HelpMenu). Each page is its own class; the wizard only wires them together and keeps the
/// shared state. No migration logic lives here: the pages forward the choices to the core.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    /// The ids are not the order: the source and archive pages came later (nextId() orders them).
    enum PageId {
        WelcomePageId = 0,
        SignInPageId,
        MailboxPageId,
        OptionsPageId,
        ReviewPageId,
        ProgressPageId,
        DonePageId,
        SourcePageId,
        ArchivePageId
    };

    /// Without a context (smoke test) only the welcome page exists.
    explicit SetupWizard(QWidget *parent = nullptr);
    SetupWizard(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }
    [[nodiscard]] WizardState &state() { return m_state; }

    /// Escape, Cancel and closing the window ask first, unless nothing would be lost (the
    /// welcome and done pages). The Google sign-in is kept either way.
    void reject() override;
    /// Welcome, source, sign-in, then the mailbox or the archive (by the source chosen), options...
    [[nodiscard]] int nextId() const override;

protected:
    /// The options of a local archive offer nothing that deletes or keeps checking.
    void initializePage(int id) override;

signals:
    /// The user finished the wizard with a saved account (the accounts window takes over).
    void accountReady(const QString &accountId);

private:
    void build();
    /// Puts a page's content in a scroll area, so that Back, Next and Cancel stay on a small
    /// screen (1024x600 with a taskbar) whatever the page holds.
    static void makeScrollable(QWizardPage *page);
    void addPage(int id, QWizardPage *page);
    void showEvent(QShowEvent *event) override;
    /// Enter means "test" or "continue" on every page, never "go back".
    void keyPressEvent(QKeyEvent *event) override;
    AppContext *m_context = nullptr;
    WizardState m_state;
    bool m_confirmedQuit = false;
    bool m_sized = false;
};

/// The wizard a page belongs to, typed.
[[nodiscard]] SetupWizard *setupWizardOf(const QWizardPage *page);

} // namespace mf::ui
