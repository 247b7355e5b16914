// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveEngineHarness.h"

#include "mail/MessageHeaders.h"
#include "migration/MigrationController.h"

#include <QSignalSpy>

using namespace std::chrono_literals;

namespace mf::test {

ArchiveEngineHarness::ArchiveEngineHarness()
    : m_google(std::make_unique<FakeGoogle>())
{
}

bool ArchiveEngineHarness::start()
{
    if (!m_google->start())
        return false;
    m_google->setAccountEmail(QStringLiteral("maria.gmail@example.com"));
    m_refreshToken = m_google->issueRefreshToken();
    return true;
}

accounts::AccountConfig ArchiveEngineHarness::account(const QString &archivePath, const QString &id) const
{
    accounts::AccountConfig a;
    a.source = accounts::AccountConfig::Source::Archive;
    a.archivePath = archivePath;
    a.id = id.isEmpty() ? accounts::AccountConfig::idForArchive(archivePath) : id;
    a.gmailAccount = m_google->accountEmail();
    a.options.batchPause = 0ms;
    a.options.retryBackoffBase = 5ms;
    a.options.gmailMessagesPerMinute = 0;
    a.options.maxConcurrentUploads = 8;
    // An archive is never changed: a delete option must have no effect at all.
    a.options.afterCopy = accounts::AfterCopy::Delete;
    return a;
}

std::vector<ArchiveEngineHarness::CrashPoint>
ArchiveEngineHarness::crashPoints(const std::vector<migration::JournalStep> &reference)
{
    std::vector<CrashPoint> points;
    QHash<int, int> seen;
    for (const migration::JournalStep step : reference)
        points.push_back(CrashPoint{step, ++seen[int(step)]});
    return points;
}

std::function<bool(migration::JournalStep)> ArchiveEngineHarness::crashAt(CrashPoint point, bool &crashed)
{
    crashed = false;
    auto count = std::make_shared<int>(0);
    return [point, count, &crashed](migration::JournalStep step) {
        if (step != point.step || ++*count < point.nth)
            return true;
        crashed = true;
        return false;
    };
}

QString ArchiveEngineHarness::describe(const Run &run)
{
    QString s = QStringLiteral("stopped=%1 state=%2 copied=%3 failed=%4 skipped=%5")
                    .arg(run.stopped)
                    .arg(int(run.summary.state))
                    .arg(run.summary.copied)
                    .arg(run.summary.failed)
                    .arg(run.summary.skipped);
    if (run.summary.error)
        s += QStringLiteral(" error=") + run.summary.error->toString();
    return s;
}

ArchiveEngineHarness::Run ArchiveEngineHarness::run(const accounts::AccountConfig &account, const migration::RunRequest &request,
                                                    std::function<bool(migration::JournalStep)> stepHook, int timeoutMs)
{
    Run result;
    migration::MigrationController controller;
    if (stepHook)
        controller.setStepHook(std::move(stepHook));
    QObject::connect(&controller, &migration::MigrationController::itemFinished, &controller,
                     [&](const migration::ItemEvent &e) { result.events.append(e); });
    QObject::connect(&controller, &migration::MigrationController::planReady, &controller,
                     [&](const migration::PlanPreview &p) { result.plan = p; });
    QSignalSpy stopped(&controller, &migration::MigrationController::stopped);
    migration::GoogleAccess g;
    const auto client = m_google->clientConfig();
    g.clientId = client.clientId;
    g.clientSecret = client.clientSecret;
    g.refreshToken = m_refreshToken;
    g.accountEmail = m_google->accountEmail();
    g.baseUrlOverride = m_google->baseUrl();
    controller.start(account, QString(), g, request);
    if (stopped.isEmpty())
        stopped.wait(timeoutMs);
    if (!stopped.isEmpty()) {
        result.stopped = true;
        result.summary = stopped.first().first().value<migration::RunSummary>();
    }
    return result;
}

QHash<QByteArray, FakeGoogle::StoredMessage> ArchiveEngineHarness::gmailByMessageId() const
{
    QHash<QByteArray, FakeGoogle::StoredMessage> out;
    for (const auto &m : m_google->messages()) {
        const QByteArray id = mail::MessageHeaders::parse(m.raw).messageId();
        if (!id.startsWith("<report-"))
            out.insert(id, m);
    }
    return out;
}

QHash<QByteArray, int> ArchiveEngineHarness::gmailMessageIdCounts() const
{
    QHash<QByteArray, int> counts;
    for (const auto &m : m_google->messages()) {
        const QByteArray id = mail::MessageHeaders::parse(m.raw).messageId();
        if (!id.startsWith("<report-"))
            ++counts[id];
    }
    return counts;
}

} // namespace mf::test
