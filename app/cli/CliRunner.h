#pragma once

#include "migration/AccountConfig.h"
#include "migration/MigrationController.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

class QSettings;

namespace mf::app {

/// Exit codes of the headless command line, for consultants' scripts.
enum ExitCode : int {
    ExitOk = 0,            ///< everything asked for is done; no message failed
    ExitItemFailures = 1,  ///< the run finished, but some messages could not be copied (see export-log)
    ExitUsage = 2,         ///< the command line was wrong
    ExitAccount = 3,       ///< the account needs the user: password, Google consent, settings
    ExitUnreachable = 4,   ///< the server or Google stayed unreachable after retries
    ExitAlreadyRunning = 5,///< another Mailferry is working on this mailbox
    ExitInternal = 6,      ///< disk or database trouble, or a bug
    ExitCancelled = 130,   ///< interrupted (Ctrl+C)
};

/// `mailferry migrate|status|export-log|retry-failed|accounts`: the same engine, settings and
/// ledger as the GUI, without a window. Progress goes to the terminal as a bar, or as JSON lines
/// with --json. Secrets never come from the command line: the POP3 password comes from the
/// keychain, standard input (--password-stdin) or MAILFERRY_POP3_PASSWORD.
class CliRunner : public QObject {
    Q_OBJECT
public:
    explicit CliRunner(QObject *parent = nullptr);
    ~CliRunner() override;

    /// True if argv names a command (so main() starts without a GUI).
    [[nodiscard]] static bool isCliCommand(int argc, char **argv);
    /// Parses, runs and returns the process exit code (runs the event loop while needed).
    int run(const QStringList &arguments);

private:
    int migrate(bool retryFailed);
    int status();
    int exportLog();
    int listAccounts();

    [[nodiscard]] std::optional<migration::AccountConfig> resolveAccount(QString *error);
    [[nodiscard]] QString readPop3Password(const migration::AccountConfig &account, QString *error);
    [[nodiscard]] std::optional<migration::GoogleAccess> googleAccess(const migration::AccountConfig &account,
                                                                      QString *error);
    [[nodiscard]] QString readSecret(const QString &key);

    void printProgress(const migration::Progress &progress);
    void printItem(const migration::ItemEvent &event);
    void printJson(const QJsonObject &object);
    int exitCodeFor(const migration::RunSummary &summary) const;

    QCommandLineParser m_parser;
    QSettings *m_settings = nullptr;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_tty = false;
    bool m_barShown = false;
};

} // namespace mf::app
