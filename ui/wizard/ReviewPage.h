// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"
#include "migration/MigrationTypes.h"
#include "migration/PreflightReport.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace mf::migration {
class PreflightController;
}

namespace mf::ui {

/// "Review": how many messages and how much data the server holds (from the STAT of the test),
/// how long it should take at Gmail's pace (about 600 messages a minute), what will happen, and a
/// dry run that plans without copying anything. On arrival it runs the pre-flight (headers only,
/// in a worker thread: this page never waits) and shows what it found in plain words.
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;

    /// "about 3 hours 20 minutes" for `messages` at Gmail's pace.
    [[nodiscard]] static QString estimateText(int messages);
    /// "2 h 05 min", "4 min", "less than a minute".
    [[nodiscard]] static QString durationText(Millis duration);

private:
    void startDryRun();
    void startPreflight();
    void showPreflightProgress(qint64 checked, qint64 total);
    void showPreflight(const migration::PreflightReport &report);
    void preflightFailed(const Error &error);
    void showPlan(const migration::PlanPreview &plan);

    QLabel *m_summary = nullptr;
    QLabel *m_what = nullptr;
    QPushButton *m_dryRun = nullptr;
    QLabel *m_dryRunResult = nullptr;
    bool m_dryRunning = false;
    QLabel *m_preflightResult = nullptr;
    migration::PreflightController *m_preflight = nullptr;
    bool m_preflightAgain = false; ///< a cancelled pre-flight is started again once it has stopped
};

} // namespace mf::ui
