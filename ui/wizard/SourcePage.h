// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QRadioButton;

namespace mf::ui {

/// "What do you want to move?": an old mailbox on a server (POP3), or the mail a mail program
/// already took home to this computer (Thunderbird, Outlook, Apple Mail, Windows Live Mail).
/// The choice decides whether the wizard asks for the mailbox or for the archive next.
class SourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit SourcePage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

    /// True when "Mail on this computer" is chosen.
    [[nodiscard]] bool archiveChosen() const;
    void chooseArchive(bool archive);

private:
    QRadioButton *m_server = nullptr;
    QRadioButton *m_archive = nullptr;
};

} // namespace mf::ui
