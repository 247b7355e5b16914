// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"

#include <QWizardPage>

namespace mf::ui {

class MailboxForm;

/// "Your old mailbox": the MailboxForm (address, proposed server settings, password, "Test
/// connection"). The password goes to the keychain only after the test succeeded, and the page
/// completes only then.
class MailboxPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MailboxPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    /// The plain-language explanation of a failed connection test (MailboxForm::explainFailure).
    [[nodiscard]] static QString explainFailure(const Error &error, const QString &host, quint16 port);

private:
    void onTestSucceeded(int count, qint64 size);

    MailboxForm *m_form = nullptr;
    bool m_ready = false; ///< tested and the password saved
};

} // namespace mf::ui
