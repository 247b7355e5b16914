// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "cli/CliOptions.h"
#include "common/Clock.h"
#include "migration/MigrationController.h"

#include <QObject>
#include <QTextStream>

class QSettings;

namespace mf::accounts {
class AccountService;
}
namespace mf::secrets {
class CredentialStore;
}

namespace mf::app {

/// Exit codes of the headless command line, for consultants' scripts.
enum ExitCode : int {
    ExitOk = 0,             ///< everything asked for is done; no message is left failed
    ExitItemFailures = 1,   ///< messages failed and are still to do (this run's or earlier runs'; see export-log)
    ExitUsage = 2,          ///< the command line was wrong
    ExitAccount = 3,        ///< the account needs the user: password, Google consent, certificate, settings
    ExitUnreachable = 4,    ///< the server or Google stayed unreachable after retries
    ExitAlreadyRunning = 5, ///< another Mailferry is working on this mailbox
    ExitInternal = 6,       ///< disk or database trouble, or a bug
    ExitCancelled = 130,    ///< interrupted (Ctrl+C, SIGTERM): run again to finish
};

/// `mailferry migrate|status|export-log|retry-failed|accounts`: the same engine, settings and
/// ledger as the GUI, without a window. Progress goes to the terminal as a bar, to a log file or
/// pipe as a line at a steady interval, or as JSON lines with --json. Secrets never come from the
/// command line: the POP3 password comes from the keychain, standard input (--password-stdin) or
/// MAILFERRY_POP3_PASSWORD.
///
/// MAILFERRY_PROGRESS_INTERVAL_MS sets the interval of the progress line without a terminal
/// (default 10 s), so that a test does not wait.
class CliRunner : public QObject {
    Q_OBJECT
public:
    explicit CliRunner(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~CliRunner() override;

    /// True if argv names a command (so main() starts without a GUI).
    [[nodiscard]] static bool isCliCommand(int argc, char **argv);
    /// Parses, runs and returns the process exit code (runs the event loop while needed).
    int run(const QStringList &arguments);

private:
    int migrate(bool retryFailed);
    /// `import --path`: the archive's account (cli/ImportCommand), then the run of migrate.
    int importArchive();
    int preflight();
    /// The run itself, for a POP3 mailbox or a local archive: progress, Ctrl+C, the summary.
    int runAccount(const accounts::AccountConfig &account, bool retryFailed);
    int status();
    int exportLog();
    int listAccounts();
    int forget();

    [[nodiscard]] std::optional<accounts::AccountConfig> resolveAccount(QString *error);
    /// Checks an account's options as strictly as the command line, applies the test knobs and
    /// saves it with --save.
    [[nodiscard]] bool finishAccount(accounts::AccountConfig &account, QString *error);
    /// For status and export-log: the account whose ledger the options name (saved or not).
    [[nodiscard]] std::optional<accounts::AccountConfig> ledgerAccount(QString *error);
    [[nodiscard]] QString readPop3Password(const accounts::AccountConfig &account, QString *error);
    [[nodiscard]] std::optional<migration::GoogleAccess> googleAccess(const accounts::AccountConfig &account, QString *error);
    [[nodiscard]] QString readSecret(const QString &key);

    void printPlan(const migration::PlanPreview &plan);
    void printProgress(const migration::Progress &progress);
    void printLogLine();
    void printItem(const migration::ItemEvent &event);
    void printFinished(const accounts::AccountConfig &account, const migration::RunSummary &summary);
    void explainCertificate(const accounts::AccountConfig &account);
    void printJson(const QJsonObject &object);
    int exitCodeFor(const migration::RunSummary &summary) const;

    Clock *m_clock;
    CliOptions m_options;
    QSettings *m_settings = nullptr;
    secrets::CredentialStore *m_keychain = nullptr;
    accounts::AccountService *m_service = nullptr;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_tty = false;
    bool m_barShown = false;
    bool m_continuous = false;
    bool m_fromArchive = false; ///< the run reads a local archive (import), not a server
    migration::Progress m_lastProgress;
    bool m_haveProgress = false;
    /// "left" as last reported while the pass was still working (the engine zeroes it at the end
    /// of a pass, and an interrupted run must still say what was left to copy).
    int m_leftWhileWorking = 0;
    /// Failed items in the ledger after the run (-1: unknown); the engine's count may include
    /// messages an interrupted run left waiting, which did not fail.
    qint64 m_ledgerFailed = -1;
};

} // namespace mf::app
