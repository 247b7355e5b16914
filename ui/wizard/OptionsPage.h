// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

namespace mf::ui {

class OptionsForm;

/// "Options": the OptionsForm; "Allow labels…" runs the sign-in page's Google consent again with
/// the label permission.
class OptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OptionsPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

private:
    OptionsForm *m_form = nullptr;
};

} // namespace mf::ui
