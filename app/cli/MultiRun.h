// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Clock.h"
#include "migration/MailboxState.h"
#include "migration/MigrationTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QJsonObject;

namespace mf::accounts {
class AccountService;
}

namespace mf::app {

/// One mailbox of a run of many, as the command line got it ready: the account and its secrets
/// (in memory only), or why it cannot start (no password, Google account not signed in). A
/// mailbox that cannot start fails alone; the others run.
struct MultiMailbox {
    accounts::AccountConfig account;
    QString password;
    migration::GoogleAccess google;
    int refusedExit = 0; ///< non-zero: the mailbox does not run and ends with this exit status
    QString refusal;     ///< why, in words (a command to run, never a secret)
};

/// How one mailbox of the run ended: a row of the summary table.
struct MailboxOutcome {
    QString address;
    QString into;
    int copied = 0;
    int skipped = 0;
    int failed = 0; ///< failed and still to do (this run's and earlier runs', from the ledger)
    int left = 0;   ///< still to copy when the run stopped
    int exitCode = 0;
    QString error;
};

/// `mailferry migrate --all` and `mailferry bulk`: many mailboxes through one SyncHost (one engine
/// per mailbox, mailboxes into different Google accounts in parallel, those into one account
/// sharing its quota). Each mailbox has its own ledger, its own progress line prefixed by its
/// address (on a terminal one line per mailbox, redrawn in place; otherwise a line when its state
/// changes and at a steady interval; JSON lines with --json) and its own exit status. The run
/// ends with a summary table (or a JSON "summary" object) and the worst exit status of all.
///
/// Ctrl+C stops every mailbox after the messages in flight; a second one stops at once.
class MultiRun : public QObject {
    Q_OBJECT
public:
    MultiRun(Clock *clock, accounts::AccountService *service, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    void setJson(bool json) { m_json = json; }
    void setTerminal(bool tty) { m_tty = tty; }
    /// Mailboxes copying at once (0: no limit).
    void setMaxParallel(int n) { m_maxParallel = n; }
    void setRequest(const migration::RunRequest &request) { m_request = request; }
    /// Record each pass's health (last check, last copy) in the settings: for saved accounts only.
    void setRecordHealth(bool record) { m_recordHealth = record; }
    /// Between plain progress lines without a terminal.
    void setLogInterval(Millis interval) { m_logInterval = interval; }

    /// Runs them all to the end (runs the event loop while needed); returns the exit code.
    int run(const QList<MultiMailbox> &mailboxes);
    [[nodiscard]] const QList<MailboxOutcome> &outcomes() const { return m_outcomes; }

    /// The worse of two exit statuses: 0 done < 1 messages failed < 4 unreachable < 5 already
    /// running < 3 needs you < 6 internal error < 130 interrupted.
    [[nodiscard]] static int worse(int a, int b);
    /// The word for an exit status in the summary: done, failed-messages, needs-you ...
    [[nodiscard]] static QString statusWord(int exitCode);
    /// A mailbox's exit status from how its run ended.
    [[nodiscard]] static int exitCodeFor(const migration::RunSummary &summary);

private:
    struct Line {
        QString address;
        QString into;
        migration::MailboxState state;
        bool haveState = false;
        int leftWhileWorking = 0;
        std::optional<migration::RunSummary> summary;
        migration::MailboxState::Activity printedActivity = migration::MailboxState::Idle;
    };

    void onChanged(const migration::MailboxState &state);
    void onItem(const QString &accountId, const migration::ItemEvent &event);
    void redraw();
    void printPlainLine(const Line &line);
    [[nodiscard]] QString lineText(const Line &line) const;
    void printSummary();
    void printJson(const QJsonObject &object);

    Clock *m_clock;
    accounts::AccountService *m_service;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_tty = false;
    int m_maxParallel = 0;
    bool m_recordHealth = false;
    Millis m_logInterval{10000};
    migration::RunRequest m_request;
    QStringList m_order; ///< account ids of the mailboxes that run, in the order given
    QHash<QString, Line> m_lines;
    int m_drawnLines = 0;
    QList<MailboxOutcome> m_outcomes;
};

} // namespace mf::app
