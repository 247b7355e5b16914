// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "migration/MigrationTypes.h"

#include <QWizardPage>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace mf {
class Timer;
}

namespace mf::ui {

class LedgerTableModel;
class LogView;

/// "Progress": starts the run and shows it live: copied / skipped / failed / left, sizes, rate,
/// ETA and the current message; pause, resume and stop; the table of messages (paged from the
/// ledger) with its details pane; CSV export and "Retry failed". An outage is said as it is
/// ("Waiting for Gmail… trying again in 12 s", counting down), with rate and ETA paused. Closing
/// the wizard during a run asks whether to stop or to keep copying in the background. Every call
/// into the engine goes through the MigrationController, which crosses to the worker thread.
class ProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    /// Writes the item log as CSV to `path`, in the user's spreadsheet's format (";" where the
    /// decimal separator is a comma). An existing file is never replaced: the log goes to a new
    /// name beside it ("name (2).csv"). Returns the row count; savedPath() says where it went.
    Result<qint64> exportCsv(const QString &path);
    [[nodiscard]] QString savedPath() const { return m_savedPath; }
    [[nodiscard]] LedgerTableModel *itemModel() const;
    [[nodiscard]] LogView *logView() const { return m_log; }
    /// "12 minutes left", "2 h 05 min left".
    [[nodiscard]] static QString etaText(Millis eta);

    /// The wizard is about to close (Cancel, Escape, the window's close button). While mail is
    /// being copied this asks "Stop copying" or "Keep copying in the background" and returns true:
    /// `close` is then called once the user answered (not at all if the user stays). Returns
    /// false when there is nothing to ask (the caller closes at once).
    bool askBeforeClosing(std::function<void()> close);

private:
    void start(bool retryFailed);
    void onProgress(const migration::Progress &progress);
    void onRunFinished(const migration::RunSummary &summary);
    void onStopped(const migration::RunSummary &summary);
    void chooseExportFile();
    Result<qint64> writeCsv(const QString &target);
    void showWaiting();
    void tickWaiting();

    QLabel *m_state = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_copied = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_failed = nullptr;
    QLabel *m_left = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_eta = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_exportNote = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    LogView *m_log = nullptr;
    QTimer *m_refresh = nullptr;
    Timer *m_countdown = nullptr;
    QString m_savedPath;
    // The wait being shown: what the engine said, and when (on the injected clock) the next try comes.
    QString m_waitStatus;
    int m_waitSide = 0;
    QString m_waitReason;
    std::optional<Millis> m_waitUntil;
    bool m_dirty = false;
    bool m_paused = false;
    bool m_finished = false;
    bool m_running = false;
    bool m_listening = false;
};

} // namespace mf::ui
