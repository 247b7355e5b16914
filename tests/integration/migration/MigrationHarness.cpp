// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MigrationHarness.h"

#include "mail/MessageHeaders.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace std::chrono_literals;

namespace mf::test {

MigrationHarness::MigrationHarness()
    : m_google(std::make_unique<FakeGoogle>())
{
}

bool MigrationHarness::start(QString *error)
{
    if (!m_google->start()) {
        *error = QStringLiteral("fake Google did not start");
        return false;
    }
    m_google->setAccountEmail(QStringLiteral("maria.gmail@example.com"));
    m_refreshToken = m_google->issueRefreshToken();
    // Dovecot re-reads its passwd-file at most once a second, so users added to a running server
    // can go unseen for a moment; a pool made before the start avoids that race.
    for (int i = 0; i < kPoolSize; ++i)
        m_dovecot.addUser(QStringLiteral("user%1").arg(i), QStringLiteral("pw-user%1").arg(i));
    return m_dovecot.start(error);
}

QString MigrationHarness::passwordFor(const accounts::AccountConfig &account)
{
    return QStringLiteral("pw-") + account.user;
}

accounts::AccountConfig MigrationHarness::addAccount(const QString &id)
{
    Q_ASSERT(m_nextUser < kPoolSize);
    return accountFor(QStringLiteral("user%1").arg(m_nextUser++), id);
}

accounts::AccountConfig MigrationHarness::accountFor(const QString &name, const QString &id) const
{
    accounts::AccountConfig a;
    a.id = id;
    a.email = name + QStringLiteral("@isp.example");
    a.host = m_dovecot.host();
    a.port = m_dovecot.pop3sPort();
    a.security = accounts::AccountConfig::Security::ImplicitTls;
    a.user = name;
    a.pinnedSha256 = m_dovecot.certificateSha256();
    a.gmailAccount = m_google->accountEmail();
    a.options.batchPause = 0ms;
    a.options.retryBackoffBase = 5ms;
    a.options.gmailMessagesPerMinute = 0; // the quota is bench/migrate's business
    a.options.maxConcurrentUploads = 8;
    return a;
}

migration::GoogleAccess MigrationHarness::googleAccess() const
{
    migration::GoogleAccess g;
    const auto client = m_google->clientConfig();
    g.clientId = client.clientId;
    g.clientSecret = client.clientSecret;
    g.refreshToken = m_refreshToken;
    g.accountEmail = m_google->accountEmail();
    g.baseUrlOverride = m_google->baseUrl();
    return g;
}

MigrationHarness::Run MigrationHarness::run(const accounts::AccountConfig &account, const migration::RunRequest &request,
                                            std::function<bool(migration::JournalStep)> stepHook, const QString &password,
                                            int timeoutMs)
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
    QElapsedTimer timer;
    timer.start();
    if (qEnvironmentVariableIsSet("MF_TRACE_RUNS"))
        QObject::connect(&controller, &migration::MigrationController::progressChanged, &controller,
                         [&](const migration::Progress &p) { qInfo("%6lld ms  %s", timer.elapsed(), qPrintable(p.statusText)); });
    controller.start(account, password.isEmpty() ? passwordFor(account) : password, googleAccess(), request);
    if (stopped.isEmpty())
        stopped.wait(timeoutMs);
    if (!stopped.isEmpty()) {
        result.stopped = true;
        result.summary = stopped.first().first().value<migration::RunSummary>();
    }
    return result;
}

QHash<QByteArray, int> MigrationHarness::gmailMessageIdCounts() const
{
    QHash<QByteArray, int> counts;
    for (const auto &m : m_google->messages()) {
        const QByteArray id = mail::MessageHeaders::parse(m.raw).messageId();
        if (!id.startsWith("<report-")) // Mailferry's own report of failures
            ++counts[id];
    }
    return counts;
}

} // namespace mf::test
