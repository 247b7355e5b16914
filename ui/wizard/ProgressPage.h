#pragma once

#include "common/Result.h"
#include "migration/MigrationTypes.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace mf::ui {

class LedgerTableModel;

/// "Progress": starts the run and shows it live: copied / skipped / failed / left, bytes, rate,
/// ETA and the current message; pause, resume and cancel; the table of messages (paged from the
/// ledger) with a "failures only" filter; CSV export and "Retry failed". Every call into the
/// engine goes through the MigrationController, which crosses to the worker thread.
class ProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    /// Writes the item log as CSV to `path` (the button asks where first). Returns the row count.
    Result<qint64> exportCsv(const QString &path);
    [[nodiscard]] LedgerTableModel *itemModel() const { return m_model; }
    /// "1.2 MB/s", "340 messages/min" style helpers, shared with the accounts window.
    [[nodiscard]] static QString etaText(Millis eta);

private:
    void start(bool retryFailed);
    void onProgress(const migration::Progress &progress);
    void onRunFinished(const migration::RunSummary &summary);
    void onStopped(const migration::RunSummary &summary);
    void chooseExportFile();

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
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QCheckBox *m_failuresOnly = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_retry = nullptr;
    LedgerTableModel *m_model = nullptr;
    QTimer *m_refresh = nullptr;
    bool m_dirty = false;
    bool m_paused = false;
    bool m_finished = false;
    bool m_running = false;
    bool m_listening = false;
};

} // namespace mf::ui
