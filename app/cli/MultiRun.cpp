// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/MultiRun.h"

#include "accounts/AccountService.h"
#include "cli/CliRunner.h"
#include "cli/StopRequests.h"
#include "cli/TerminalText.h"
#include "migration/SyncHost.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace mf::app {
namespace {

/// How bad an exit status is, for "the worst wins".
int severity(int exitCode)
{
    switch (exitCode) {
    case ExitOk: return 0;
    case ExitItemFailures: return 1;
    case ExitUnreachable: return 2;
    case ExitAlreadyRunning: return 3;
    case ExitAccount: return 4;
    case ExitInternal: return 5;
    case ExitCancelled: return 6;
    default: return 5;
    }
}

/// The terminal's width, so that no mailbox's line wraps (a wrapped line would break the redraw in place).
int terminalColumns()
{
#ifdef Q_OS_UNIX
    struct winsize size {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
#endif
    return 80;
}

bool notable(const migration::ItemEvent &e)
{
    return e.outcome == migration::ItemOutcome::Failed || e.outcome == migration::ItemOutcome::SkippedOversize
        || e.outcome == migration::ItemOutcome::PossibleDuplicate || e.possibleDuplicate;
}

} // namespace

MultiRun::MultiRun(Clock *clock, accounts::AccountService *service, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_service(service)
    , m_out(out)
    , m_err(err)
{
}

int MultiRun::worse(int a, int b)
{
    return severity(b) > severity(a) ? b : a;
}

QString MultiRun::statusWord(int exitCode)
{
    switch (exitCode) {
    case ExitOk: return QStringLiteral("done");
    case ExitItemFailures: return QStringLiteral("failed-messages");
    case ExitAccount: return QStringLiteral("needs-you");
    case ExitUnreachable: return QStringLiteral("unreachable");
    case ExitAlreadyRunning: return QStringLiteral("already-running");
    case ExitCancelled: return QStringLiteral("interrupted");
    default: return QStringLiteral("error");
    }
}

int MultiRun::exitCodeFor(const migration::RunSummary &summary)
{
    if (summary.state == migration::RunState::Cancelled)
        return ExitCancelled;
    if (summary.error) {
        switch (summary.error->scope) {
        case Error::Scope::Account: return summary.error->code == Error::Code::AlreadyRunning ? ExitAlreadyRunning : ExitAccount;
        case Error::Scope::Session: return ExitUnreachable;
        case Error::Scope::Cancelled: return ExitCancelled;
        case Error::Scope::Internal:
        case Error::Scope::Item: return ExitInternal;
        }
    }
    return (summary.failedOutstanding > 0 || summary.failed > 0) ? ExitItemFailures : ExitOk;
}

int MultiRun::run(const QList<MultiMailbox> &mailboxes)
{
    migration::SyncHost host;
    host.setClock(m_clock);
    host.setMaxParallel(m_maxParallel);
    if (m_recordHealth)
        host.setAccountService(m_service);
    QHash<QString, accounts::AccountConfig> accountOf;
    for (const MultiMailbox &m : mailboxes) {
        const QString address = m.account.email.isEmpty() ? m.account.id : m.account.email;
        if (m.refusedExit != 0) {
            MailboxOutcome o;
            o.address = address;
            o.into = m.account.gmailAccount;
            o.exitCode = m.refusedExit;
            o.error = m.refusal;
            m_outcomes.append(o);
            if (m_json)
                printJson({{QStringLiteral("type"), QStringLiteral("mailbox")},
                           {QStringLiteral("account"), address},
                           {QStringLiteral("into"), o.into},
                           {QStringLiteral("activity"), statusWord(o.exitCode)},
                           {QStringLiteral("status"), o.error}});
            else
                m_err << terminalSafe(address) << ": " << terminalSafe(m.refusal, 500) << '\n';
            continue;
        }
        if (!host.add(m.account, m.password, m.google)) {
            MailboxOutcome o;
            o.address = address;
            o.into = m.account.gmailAccount;
            o.exitCode = ExitInternal;
            o.error = tr("the mailbox could not be added to the run (its settings are incomplete)");
            m_outcomes.append(o);
            m_err << terminalSafe(address) << ": " << o.error << '\n';
            continue;
        }
        m_order.append(m.account.id);
        accountOf.insert(m.account.id, m.account);
        Line line;
        line.address = address;
        line.into = m.account.gmailAccount;
        m_lines.insert(m.account.id, line);
    }
    m_err.flush();

    if (!m_order.isEmpty()) {
        QEventLoop loop;
        connect(&host, &migration::SyncHost::mailboxChanged, this, &MultiRun::onChanged);
        connect(&host, &migration::SyncHost::itemFinished, this, &MultiRun::onItem);
        connect(&host, &migration::SyncHost::stopped, this, [this](const QString &id, const migration::RunSummary &summary) {
            if (m_lines.contains(id))
                m_lines[id].summary = summary;
        });
        connect(&host, &migration::SyncHost::allStopped, &loop, &QEventLoop::quit);

        // Without a terminal, every mailbox that works gets a line at a steady interval, so a log shows it moves.
        Timer *logTimer = nullptr;
        if (!m_tty && !m_json) {
            logTimer = m_clock->createTimer(this);
            connect(logTimer, &Timer::timeout, this, [this, logTimer] {
                for (const QString &id : std::as_const(m_order)) {
                    const Line &line = m_lines[id];
                    if (line.haveState && line.state.running)
                        printPlainLine(line);
                }
                logTimer->start(m_logInterval);
            });
            logTimer->start(m_logInterval);
        }

        StopRequests stopRequests;
        connect(&stopRequests, &StopRequests::requested, this, [&](int count) {
            if (count > 1)
                std::_Exit(ExitCancelled);
            if (m_tty && m_drawnLines > 0) {
                m_out << "\x1b[" << m_drawnLines << "A\r\x1b[J";
                m_drawnLines = 0;
            }
            m_err << '\n' << tr("Stopping every mailbox after the messages in progress (Ctrl+C again to stop at once)…") << '\n';
            m_err.flush();
            host.cancelAll();
        });

        host.startAll(m_request);
        if (host.anyRunning())
            loop.exec();
        if (logTimer)
            logTimer->stop();
        if (m_tty)
            redraw();
    }

    for (const QString &id : std::as_const(m_order)) {
        const Line &line = m_lines[id];
        MailboxOutcome o;
        o.address = line.address;
        o.into = line.into;
        migration::RunSummary s = line.summary.value_or(migration::RunSummary{});
        if (!line.summary) {
            s.state = migration::RunState::Failed;
            s.error = Error::internal(tr("the mailbox's run ended without a report"));
        }
        // The ledger is the truth about what is left failed (this run's and earlier runs').
        if (!m_request.dryRun) {
            const accounts::LedgerSummary ledger = m_service->ledgerSummary(accountOf.value(id));
            if (ledger.exists && ledger.error.isEmpty())
                s.failedOutstanding = std::max<int>(s.failedOutstanding, int(ledger.failed));
        }
        s.failedOutstanding = std::max(s.failedOutstanding, s.failed);
        o.copied = s.copied;
        o.skipped = s.skipped;
        o.failed = s.failedOutstanding;
        o.left = s.state == migration::RunState::Finished && !s.error ? 0 : line.leftWhileWorking;
        o.exitCode = exitCodeFor(s);
        if (o.exitCode == ExitOk && line.state.activity == migration::MailboxState::NeedsYou)
            o.exitCode = ExitAccount;
        if (s.error)
            o.error = s.error->message;
        else if (line.state.lastError && o.exitCode != ExitOk && o.exitCode != ExitItemFailures)
            o.error = line.state.lastError->message;
        m_outcomes.append(o);
        // Saved accounts keep their last run for the app and `status`, as a single migrate does.
        if (m_service->account(id))
            m_service->store().recordRun(id, QDateTime::currentDateTimeUtc(), migration::runStateName(s.state));
    }
    // The summary in the order of the file (or of the saved accounts), refused mailboxes included.
    QList<MailboxOutcome> ordered;
    for (const MultiMailbox &m : mailboxes) {
        const QString address = m.account.email.isEmpty() ? m.account.id : m.account.email;
        for (const MailboxOutcome &o : std::as_const(m_outcomes)) {
            if (o.address == address) {
                ordered.append(o);
                break;
            }
        }
    }
    m_outcomes = ordered;
    printSummary();
    int code = ExitOk;
    for (const MailboxOutcome &o : std::as_const(m_outcomes))
        code = worse(code, o.exitCode);
    return code;
}

void MultiRun::onChanged(const migration::MailboxState &state)
{
    if (!m_lines.contains(state.accountId))
        return;
    Line &line = m_lines[state.accountId];
    line.state = state;
    line.haveState = true;
    if (state.busy())
        line.leftWhileWorking = state.progress.left;
    if (m_json) {
        const migration::Progress &p = state.progress;
        printJson({{QStringLiteral("type"), QStringLiteral("mailbox")},
                   {QStringLiteral("account"), line.address},
                   {QStringLiteral("into"), line.into},
                   {QStringLiteral("activity"), migration::activityName(state.activity)},
                   {QStringLiteral("total"), p.total},
                   {QStringLiteral("copied"), p.copied},
                   {QStringLiteral("skipped"), p.skipped},
                   {QStringLiteral("failed"), p.failed},
                   {QStringLiteral("left"), p.left},
                   {QStringLiteral("messagesPerMinute"), p.messagesPerMinute},
                   {QStringLiteral("status"), terminalSafe(state.statusText, 500)}});
        return;
    }
    if (m_tty) {
        redraw();
        return;
    }
    if (state.activity != line.printedActivity) {
        line.printedActivity = state.activity;
        printPlainLine(line);
    }
}

void MultiRun::onItem(const QString &accountId, const migration::ItemEvent &e)
{
    if (!m_lines.contains(accountId) || !notable(e))
        return;
    const Line &line = m_lines[accountId];
    const QString word = e.possibleDuplicate ? QStringLiteral("copied-possibly-twice") : migration::outcomeName(e.outcome);
    if (m_json) {
        printJson({{QStringLiteral("type"), QStringLiteral("item")},
                   {QStringLiteral("account"), line.address},
                   {QStringLiteral("outcome"), word},
                   {QStringLiteral("uidl"), terminalSafe(QString::fromLatin1(e.uidl), 100)},
                   {QStringLiteral("subject"), terminalSafe(e.subject, 1000)},
                   {QStringLiteral("from"), terminalSafe(e.from, 500)},
                   {QStringLiteral("size"), double(e.size)},
                   {QStringLiteral("reason"), terminalSafe(e.reason, 1000)}});
        return;
    }
    if (m_tty && m_drawnLines > 0) {
        m_out << "\x1b[" << m_drawnLines << "A\r\x1b[J";
        m_drawnLines = 0;
    }
    m_out << terminalSafe(line.address) << ": " << word << ": \"" << terminalSafe(e.subject, 120) << "\" "
          << tr("from %1").arg(terminalSafe(e.from, 80));
    if (!e.reason.isEmpty())
        m_out << " — " << terminalSafe(e.reason, 300);
    m_out << '\n';
    if (m_tty)
        redraw();
    m_out.flush();
}

QString MultiRun::lineText(const Line &line) const
{
    QString text = terminalSafe(line.address, 60) + QStringLiteral(" → ") + terminalSafe(line.into, 60) + QStringLiteral("  ");
    if (!line.haveState)
        return text + migration::activityText(migration::MailboxState::Queued);
    const migration::Progress &p = line.state.progress;
    const int done = p.copied + p.skipped + p.failed;
    text += migration::activityText(line.state.activity);
    if (line.state.activity != migration::MailboxState::Queued && line.state.activity != migration::MailboxState::Idle
        && done + p.left > 0)
        text += QStringLiteral(" %1/%2").arg(done).arg(done + p.left);
    if (p.failed > 0)
        text += QStringLiteral(", ") + tr("%1 failed").arg(p.failed);
    if (line.state.activity == migration::MailboxState::Copying)
        text += QStringLiteral(", ") + tr("%1 msg/min").arg(p.messagesPerMinute, 0, 'f', 0);
    else if (!line.state.statusText.isEmpty() && line.state.activity != migration::MailboxState::Done)
        text += QStringLiteral("  ") + terminalSafe(line.state.statusText, 80);
    return text;
}

void MultiRun::redraw()
{
    if (m_drawnLines > 0)
        m_out << "\x1b[" << m_drawnLines << 'A';
    const int width = terminalColumns() - 1;
    for (const QString &id : std::as_const(m_order))
        m_out << "\r\x1b[2K" << lineText(m_lines[id]).left(width) << '\n';
    m_drawnLines = int(m_order.size());
    m_out.flush();
}

void MultiRun::printPlainLine(const Line &line)
{
    m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  " << lineText(line) << '\n';
    m_out.flush();
}

void MultiRun::printSummary()
{
    int code = ExitOk;
    for (const MailboxOutcome &o : std::as_const(m_outcomes))
        code = worse(code, o.exitCode);
    if (m_json) {
        QJsonArray rows;
        for (const MailboxOutcome &o : std::as_const(m_outcomes)) {
            QJsonObject row{{QStringLiteral("address"), o.address},
                            {QStringLiteral("into"), o.into},
                            {QStringLiteral("copied"), o.copied},
                            {QStringLiteral("skipped"), o.skipped},
                            {QStringLiteral("failed"), o.failed},
                            {QStringLiteral("left"), o.left},
                            {QStringLiteral("status"), statusWord(o.exitCode)},
                            {QStringLiteral("exitCode"), o.exitCode}};
            if (!o.error.isEmpty())
                row.insert(QStringLiteral("error"), terminalSafe(o.error, 1000));
            rows.append(row);
        }
        printJson({{QStringLiteral("type"), QStringLiteral("summary")},
                   {QStringLiteral("mailboxes"), rows},
                   {QStringLiteral("exitCode"), code}});
        return;
    }
    const QStringList headers{tr("address"), tr("into"), tr("copied"), tr("skipped"), tr("failed"), tr("left"), tr("status")};
    QList<QStringList> rows;
    for (const MailboxOutcome &o : std::as_const(m_outcomes))
        rows.append({terminalSafe(o.address, 60), terminalSafe(o.into, 60), QString::number(o.copied), QString::number(o.skipped),
                     QString::number(o.failed), QString::number(o.left), statusWord(o.exitCode)});
    QList<int> widths;
    for (int c = 0; c < headers.size(); ++c) {
        int w = int(headers.at(c).size());
        for (const QStringList &r : std::as_const(rows))
            w = std::max(w, int(r.at(c).size()));
        widths.append(w);
    }
    const auto printRow = [&](const QStringList &r) {
        QString text;
        for (int c = 0; c < r.size(); ++c) {
            const bool number = c >= 2 && c <= 5;
            text += (number ? r.at(c).rightJustified(widths.at(c)) : r.at(c).leftJustified(widths.at(c)));
            if (c + 1 < r.size())
                text += QStringLiteral("  ");
        }
        m_out << text.trimmed() << '\n';
    };
    m_out << '\n';
    printRow(headers);
    for (const QStringList &r : std::as_const(rows))
        printRow(r);
    for (const MailboxOutcome &o : std::as_const(m_outcomes)) {
        if (!o.error.isEmpty())
            m_out << terminalSafe(o.address) << ": " << terminalSafe(o.error, 500) << '\n';
    }
    m_out << tr("Exit status %1 (%2): the worst of all mailboxes.").arg(code).arg(statusWord(code)) << '\n';
    m_out.flush();
}

void MultiRun::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

} // namespace mf::app
