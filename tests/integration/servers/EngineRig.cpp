// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EngineRig.h"

#include "mail/MessageHeaders.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace std::chrono_literals;

namespace mf::test {

bool EngineRig::start(QString *error)
{
    m_google = std::make_unique<FakeGoogle>();
    if (!m_google->start()) {
        *error = QStringLiteral("fake Google did not start");
        return false;
    }
    m_google->setAccountEmail(QStringLiteral("maria.gmail@example.com"));
    m_refreshToken = m_google->issueRefreshToken();
    return true;
}

accounts::AccountConfig EngineRig::account(const QString &id, quint16 port, const QString &user) const
{
    accounts::AccountConfig a;
    a.id = id;
    a.email = user + QStringLiteral("@isp.example");
    a.host = QStringLiteral("127.0.0.1");
    a.port = port;
    a.security = accounts::AccountConfig::Security::PlainText;
    a.allowPlaintextPassword = true;
    a.user = user;
    a.gmailAccount = m_google->accountEmail();
    a.options.batchPause = 0ms;
    a.options.retryBackoffBase = 5ms;
    a.options.gmailMessagesPerMinute = 0;
    a.options.maxConcurrentUploads = 4;
    return a;
}

EngineRig::Run EngineRig::run(const accounts::AccountConfig &account, const QString &password,
                              const migration::RunRequest &request, ManualClock *clock, int timeoutMs)
{
    Run result;
    migration::MigrationController controller;
    if (clock)
        controller.setClock(clock);
    bool waiting = false;
    QObject::connect(&controller, &migration::MigrationController::itemFinished, &controller,
                     [&](const migration::ItemEvent &e) { result.events.append(e); });
    QObject::connect(&controller, &migration::MigrationController::planReady, &controller, [&](const migration::PlanPreview &p) {
        result.plan = p;
        result.planSeen = true;
    });
    QObject::connect(&controller, &migration::MigrationController::progressChanged, &controller,
                     [&](const migration::Progress &p) { waiting = p.state == migration::RunState::Waiting; });
    QSignalSpy stopped(&controller, &migration::MigrationController::stopped);
    migration::GoogleAccess g;
    const auto client = m_google->clientConfig();
    g.clientId = client.clientId;
    g.clientSecret = client.clientSecret;
    g.refreshToken = m_refreshToken;
    g.accountEmail = m_google->accountEmail();
    g.baseUrlOverride = m_google->baseUrl();
    controller.start(account, password, g, request);
    QElapsedTimer timer;
    timer.start();
    qint64 lastProgress = 0;
    int eventsSeen = 0;
    while (stopped.isEmpty() && timer.elapsed() < timeoutMs) {
        if (!clock) {
            (void)stopped.wait(std::max<int>(1, int(timeoutMs - timer.elapsed())));
            continue;
        }
        (void)QTest::qWaitFor([&] { return !stopped.isEmpty() || waiting; }, 200);
        if (result.events.size() != eventsSeen) {
            eventsSeen = int(result.events.size());
            lastProgress = timer.elapsed();
        }
        // The engine said it waits (or nothing moved for 3 s of real time: then it can only be
        // waiting on the clock): move the clock to its next timer.
        if (stopped.isEmpty() && (waiting || timer.elapsed() - lastProgress > 3000)) {
            waiting = false;
            lastProgress = timer.elapsed();
            clock->advanceToNextTimer();
        }
    }
    if (!stopped.isEmpty()) {
        result.stopped = true;
        result.summary = stopped.first().first().value<migration::RunSummary>();
    }
    return result;
}

QList<QByteArray> EngineRig::gmailRaw() const
{
    QList<QByteArray> out;
    for (const auto &m : m_google->messages())
        if (!mail::MessageHeaders::parse(m.raw).messageId().startsWith("<report-"))
            out.append(m.raw);
    return out;
}

QByteArray nameOf(const QByteArray &raw)
{
    const QByteArray subject = mail::MessageHeaders::parse(raw).subject().toUtf8();
    if (!subject.isEmpty())
        return '"' + subject + '"';
    return '"' + raw.left(40).simplified() + "...\"";
}

QString auditRun(const QList<QByteArray> &originals, const QList<QByteArray> &gmail, const QList<QByteArray> &left,
                 bool mustBeCopied)
{
    QHash<QByteArray, int> inGmail;
    for (const QByteArray &m : gmail)
        ++inGmail[m];
    QSet<QByteArray> onServer(left.begin(), left.end());
    QSet<QByteArray> known(originals.begin(), originals.end());
    QStringList problems;
    QSet<QByteArray> seen;
    for (const QByteArray &m : originals) {
        if (seen.contains(m))
            continue; // byte-identical copies: one in Gmail is right
        seen.insert(m);
        const int n = inGmail.value(m);
        if (n > 1)
            problems << QStringLiteral("doubled in Gmail (%1 times): %2").arg(n).arg(QString::fromUtf8(nameOf(m)));
        if (n == 0 && !onServer.contains(m))
            problems << QStringLiteral("LOST: deleted from the server but not in Gmail: %1").arg(QString::fromUtf8(nameOf(m)));
        else if (n == 0 && mustBeCopied)
            problems << QStringLiteral("not copied (still on the server): %1").arg(QString::fromUtf8(nameOf(m)));
    }
    for (auto it = inGmail.cbegin(); it != inGmail.cend(); ++it)
        if (!known.contains(it.key()))
            problems << QStringLiteral("in Gmail but not a message of the mailbox (%1 bytes, stand-in or altered): %2")
                            .arg(it.key().size())
                            .arg(QString::fromUtf8(nameOf(it.key())));
    return problems.join(QLatin1String("; "));
}

QString describe(const EngineRig::Run &run)
{
    if (!run.stopped)
        return QStringLiteral("the run did not stop in time");
    return QStringLiteral("state %1, copied %2, skipped %3, failed %4, deleted %5%6")
        .arg(migration::runStateName(run.summary.state))
        .arg(run.summary.copied)
        .arg(run.summary.skipped)
        .arg(run.summary.failed)
        .arg(run.summary.deletedFromServer)
        .arg(run.summary.error ? QStringLiteral(", error: ") + run.summary.error->toString() : QString());
}

} // namespace mf::test
