// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// When things go wrong in MigrationEngine. Failures are counted per side (a working POP3 server
// says nothing about Gmail, and back) and by scope: an Item error is recorded and the run goes
// on; a Session error owes a retry after a backoff; an Account error stops the run. A run that
// ends with failures puts a report mail into the user's inbox.
#include "migration/MigrationEngine.h"

#include "common/Logging.h"
#include "common/RetryPolicy.h"
#include "google/GmailClient.h"
#include "mail/ReportMail.h"
#include "migration/EngineLimits.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace mf::migration {

using namespace limits;

namespace {

QString minutesText(Millis ms)
{
    return QString::number(std::max<qint64>(1, (ms.count() + 59999) / 60000));
}

} // namespace

void MigrationEngine::sessionFailed(const Error &error)
{
    // Called once for the first failure and again for every callback that the broken session
    // fails afterwards; only the first error is the one worth telling the user.
    if (m_phase != SessionPhase::Broken) {
        qCInfo(lcMigration) << "session failed:" << error.toString();
        m_lastSessionError = error;
        if (m_retry == Retry::None)
            m_retry = Retry::Pop3;
        const bool open = sessionUsable();
        if (open)
            m_phase = SessionPhase::Broken;
        // A session that broke before it achieved anything: read one message at a time until a
        // session ends well, so that progress is made and a message that breaks it is known.
        if (!m_sessionProgress)
            m_fetchDepth = 1;
        if (!m_batch.empty())
            m_moreWork = true;
        m_batch.clear();
        // Drop the POP3 connection without QUIT: the server then removes nothing (RFC 1939).
        // Copies already committed stay committed; their DELE is simply repeated next session.
        if (m_source && open)
            m_source->abort();
    }
    // Uploads already under way finish and commit; once nothing is in flight, back off.
    advance();
}

void MigrationEngine::googleFailed(const Error &error)
{
    // Gmail failed after its own retries. The POP3 side may be fine, but fetching more while
    // Gmail cannot take it would only read the mailbox again and again: stop fetching, let the
    // uploads under way end, then retry one round after a backoff.
    if (m_retry != Retry::Gmail)
        qCInfo(lcMigration) << "Gmail failed:" << error.toString();
    m_retry = Retry::Gmail;
    m_gmailProven = false;
    m_lastGoogleError = error;
    if (!m_googleDownSince)
        m_googleDownSince = m_clock->elapsed();
    advance();
}

void MigrationEngine::giveUp(const Error &error)
{
    // A one-time run ends here (the CLI exits 4); continuous sync records the failure for this
    // pass and looks again at its next interval.
    if (m_options.continuous) {
        m_summary.error = error;
        endPass(RunState::Failed);
    } else {
        stopRun(RunState::Failed, error);
    }
}

void MigrationEngine::accountFailed(const Error &error)
{
    qCWarning(lcMigration) << "account stopped:" << error.toString();
    stopRun(RunState::Failed, error);
}

Millis MigrationEngine::backoffFor(int failures, const Error &error) const
{
    // Mailferry's one retry policy: truncated exponential backoff (doubling from the base, at most
    // eight times, capped at five minutes) with the wait spread over ±25 %. The server's own hint
    // wins exactly when it gives one: it says when it will accept us, and the status text repeats
    // its words, so waiting longer would contradict them.
    RetryPolicy policy;
    policy.initialDelay = m_options.retryBackoffBase;
    policy.multiplier = 2.0;
    policy.maxDelay = kBackoffMax;
    policy.maxJitter = Millis(0);
    policy.jitterRatio = 0.5;
    policy.hint = RetryPolicy::Hint::Exactly;
    policy.maxHint = kMaxServerWait;
    const int retry = std::clamp(failures, 1, kMaxBackoffDoublings + 1);
    return policy.delayFor(retry, RetryPolicy::systemRandom()(), error.retryAfter);
}

bool MigrationEngine::waitTooLong(const Error &error)
{
    if (!error.retryAfter || *error.retryAfter <= kMaxServerWait)
        return false;
    const QDateTime when = m_clock->now().addMSecs(error.retryAfter->count());
    Error tooLong =
        Error::session(Error::Code::WaitTooLong,
                       tr("%1 The server asks Mailferry to wait %2 minutes, longer than it waits unattended. Try again after %3.")
                           .arg(error.message, minutesText(*error.retryAfter),
                                QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)),
                       error.detail, error.retryAfter);
    giveUp(tooLong);
    return true;
}

void MigrationEngine::retryAfterBackoff(const Error &error)
{
    // A session that recorded outcomes proved that the server works; only failures in a row count.
    if (m_sessionProgress)
        m_pop3Failures = 0;
    ++m_pop3Failures;
    if (waitTooLong(error))
        return;
    // A server that floods or breaks the protocol does not heal in a few minutes: after a second
    // try, stop and say so, instead of reading hundreds of megabytes again and again.
    const bool broken = error.code == Error::Code::ReplyTooLarge || error.code == Error::Code::ProtocolViolation;
    if (m_pop3Failures > kMaxSessionFailures || (broken && m_pop3Failures >= 2)) {
        giveUp(error);
        return;
    }
    const Millis delay = backoffFor(m_pop3Failures, error);
    // One statement of when: the server's message already says it when the server set the wait.
    const QString text = error.retryAfter
        ? tr("%1 (Attempt %2 of %3.)").arg(error.message).arg(m_pop3Failures + 1).arg(kMaxSessionFailures + 1)
        : tr("%1 Trying again in %2 seconds (attempt %3 of %4).")
              .arg(error.message)
              .arg((delay.count() + 999) / 1000)
              .arg(m_pop3Failures + 1)
              .arg(kMaxSessionFailures + 1);
    scheduleNextSession(delay, text);
}

void MigrationEngine::retryGoogleAfterBackoff(const Error &error)
{
    ++m_googleFailures;
    if (waitTooLong(error))
        return;
    const Millis down = m_clock->elapsed() - m_googleDownSince.value_or(m_clock->elapsed());
    if ((m_googleFailures >= kMinGoogleRounds && down >= m_options.googleOutageLimit) || m_googleFailures > kMaxGoogleRounds) {
        // Gmail has been failing for minutes: a one-time run ends (exit 4 on the command line) and
        // says what to do; continuous sync waits for its next check.
        Error outage =
            Error::session(error.code,
                           tr("Gmail could not take messages for %1 minutes (%2). Nothing more was read from the mail server; "
                              "run Mailferry again later to go on where it stopped.")
                               .arg(minutesText(down), error.message),
                           error.detail, error.retryAfter);
        giveUp(outage);
        return;
    }
    const Millis delay = backoffFor(m_googleFailures, error);
    scheduleNextSession(delay,
                        tr("Gmail is not taking messages now (%1). Trying again in %2 seconds (attempt %3).")
                            .arg(error.message)
                            .arg((delay.count() + 999) / 1000)
                            .arg(m_googleFailures + 1));
}

void MigrationEngine::sendReportThenFinish()
{
    // One report mail per set of failures: "Retry failed" that fails the same way again, or a
    // continuous pass that meets the same stuck message, does not fill the inbox with reports.
    QCryptographicHash signature(QCryptographicHash::Sha256);
    const Status listed = m_ledger->forEachItem(store::ItemFilter::Failures, [&](const store::Item &item) {
        signature.addData(QByteArray::number(item.id) + ':' + item.lastErrorCode.toUtf8() + ';');
        return true;
    });
    const QString failures = QString::fromLatin1(signature.result().toHex());
    auto reported = m_ledger->metaValue(QStringLiteral("report_failures"));
    if (listed.ok() && reported && reported.value() == failures) {
        qCInfo(lcMigration) << "report mail skipped: the same failures were reported before";
        endPass(RunState::Finished);
        return;
    }
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    store::CsvExporter::Options csvOptions;
    csvOptions.content = store::CsvExporter::Content::Items;
    csvOptions.filter = store::ItemFilter::Failures;
    auto rows = store::CsvExporter::exportTo(*m_ledger, &csv, csvOptions);
    if (!rows) {
        qCWarning(lcMigration) << "report mail not built:" << rows.error().toString();
        endPass(RunState::Finished);
        return;
    }
    mail::ReportMail::Facts facts;
    facts.mailbox = sourceName();
    facts.gmailAccount = m_setup.google.accountEmail;
    facts.copied = m_summary.copied;
    facts.skipped = m_summary.skipped;
    facts.failed = m_summary.failed;
    facts.deletedFromServer = m_summary.deletedFromServer;
    facts.possibleDuplicates = m_summary.possibleDuplicates;
    facts.localArchive = m_setup.account.isArchive();
    const QByteArray report = mail::ReportMail::build(facts, csv.data(), m_clock->now());
    google::UploadOptions options;
    options.mode = google::UploadOptions::Insert;
    options.labelIds = {QStringLiteral("INBOX"), QStringLiteral("UNREAD")};
    m_gmail->upload(report, options, [this, failures](Result<google::UploadResult> result) {
        if (dead())
            return;
        m_summary.reportMailSent = result.ok();
        if (!result)
            qCWarning(lcMigration) << "report mail not delivered:" << result.error().toString();
        else if (!m_ledger->setMetaValue(QStringLiteral("report_failures"), failures).ok())
            qCWarning(lcMigration) << "could not remember the report mail";
        endPass(RunState::Finished);
    });
}

void MigrationEngine::fillOutstanding()
{
    // What is left, from the ledger (the truth), not from this run's counters: a rerun that
    // copies nothing must still say that failed messages remain.
    if (!m_ledger)
        return;
    auto summary = m_ledger->summary();
    if (!summary) {
        qCWarning(lcMigration) << "summary not read:" << summary.error().toString();
        return;
    }
    const store::Summary &s = summary.value();
    // Failed messages that are still on the server: those this run met, and those listed again
    // but left alone (failed in an earlier run, not retried). One the user removed from the server
    // meanwhile is no longer "left to do".
    m_summary.failedOutstanding = m_failedEarlierListed + m_summary.failed;
    m_summary.oversizeOutstanding = int(std::min<qint64>(s.skippedOversize, std::numeric_limits<int>::max()));
    m_summary.copiedStillOnServer = m_options.afterCopy == AfterCopy::Delete && m_haveUidl && m_canDelete
        ? int(std::min<qint64>(s.copied, std::numeric_limits<int>::max()))
        : 0;
}

} // namespace mf::migration
