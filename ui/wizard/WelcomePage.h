// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWizardPage>

class QLabel;

namespace mf::ui {

/// Says what will happen, what the user needs at hand (and how long setting up takes), and
/// makes the privacy promise.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    /// The list of what to have at hand; one more line when Google must be set up first.
    void showNeeds(bool clientBuiltIn);

    QLabel *m_needs = nullptr;
};

} // namespace mf::ui
