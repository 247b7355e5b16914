// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUrl>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace mf::ui {

/// "Done": where the mail went (the label or the inbox, read or unread) with a link that opens
/// exactly that in Gmail, what was left behind and why, and what to do next: check a few
/// messages, keep the old mailbox until sure, continuous sync from the tray.
class DonePage : public QWizardPage {
    Q_OBJECT
public:
    explicit DonePage(QWidget *parent = nullptr);

    /// Where the copied mail can be seen in Gmail: the label, or the inbox.
    [[nodiscard]] static QUrl gmailUrl(const QString &account, const QString &label);
    void initializePage() override;
    [[nodiscard]] bool validatePage() override;

private:
    QLabel *m_summary = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_openGmail = nullptr;
    QUrl m_gmailUrl;
};

} // namespace mf::ui
