// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EngineBench.h"

#include "accounts/AccountConfig.h"
#include "migration/MigrationController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace mf;
using namespace std::chrono_literals;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return double(line.mid(6).trimmed().split(' ').value(0).toLongLong()) / 1024.0;
    }
    return -1;
}

/// fake-google in its own process: what it prints at start, and a tally of its upload answers.
struct ExternalFake {
    QProcess process;
    QString baseUrl, clientId, clientSecret, refreshToken;
    int uploadsAnswered = 0, throttled = 0;
    QByteArray pending;

    bool start(bool quota)
    {
        QStringList args{QStringLiteral("--issue-refresh-token"), QStringLiteral("--email"), QStringLiteral("bench@example.com")};
        if (quota)
            args << QStringLiteral("--quota") << QStringLiteral("--latency") << QStringLiteral("300");
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [this] { read(); });
        process.start(QStringLiteral(MF_FAKE_GOOGLE_EXE), args);
        QElapsedTimer waited;
        waited.start();
        while (refreshToken.isEmpty() && waited.elapsed() < 10000 && process.waitForReadyRead(10000))
            read();
        return !refreshToken.isEmpty();
    }
    void read()
    {
        pending += process.readAllStandardOutput();
        int eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(eol)).trimmed();
            pending.remove(0, eol + 1);
            static const QRegularExpression field(QStringLiteral(
                "^(?:export MAILFERRY_GOOGLE_BASE_URL=(\\S+)|client id: (\\S+)  client secret: (\\S+)|refresh token: (\\S+))$"));
            const auto m = field.match(line);
            if (m.hasMatch()) {
                if (!m.captured(1).isEmpty())
                    baseUrl = m.captured(1);
                if (!m.captured(2).isEmpty()) {
                    clientId = m.captured(2);
                    clientSecret = m.captured(3);
                }
                if (!m.captured(4).isEmpty())
                    refreshToken = m.captured(4);
                continue;
            }
            const int status = line.left(line.indexOf(QLatin1Char(' '))).toInt();
            if (line.contains(QLatin1String("/messages"))) {
                ++uploadsAnswered;
                if (status == 429 || status == 403)
                    ++throttled;
            }
        }
    }
    ~ExternalFake()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

} // namespace

int runEngineBench(const QString &mboxPath, bool quota, qint64 largestBytes)
{
    // The ledger goes to a fresh data folder of its own.
    QTemporaryDir home;
    qputenv("MAILFERRY_DATA_DIR", home.path().toUtf8());
    ExternalFake google;
    if (!google.start(quota)) {
        std::fprintf(stderr, "fake-google did not start\n");
        return 1;
    }
    accounts::AccountConfig account;
    account.source = accounts::AccountConfig::Source::Archive;
    account.archivePath = mboxPath;
    account.id = accounts::AccountConfig::idForArchive(mboxPath);
    account.gmailAccount = QStringLiteral("bench@example.com");
    account.options.batchSize = 250;
    account.options.batchPause = 0ms;
    if (!quota)
        account.options.gmailMessagesPerMinute = 0; // no pacing: the engine alone
    account.options.maxConcurrentUploads = quota ? 4 : 8;

    migration::GoogleAccess access;
    access.clientId = google.clientId;
    access.clientSecret = google.clientSecret;
    access.refreshToken = google.refreshToken;
    access.accountEmail = QStringLiteral("bench@example.com");
    access.baseUrlOverride = QUrl(google.baseUrl);

    migration::MigrationController controller;
    QSignalSpy stopped(&controller, &migration::MigrationController::stopped);
    QElapsedTimer timer;
    qint64 firstCopyMs = -1;
    int copied = 0;
    int total = 0;
    QObject::connect(&controller, &migration::MigrationController::planReady, &controller,
                     [&](const migration::PlanPreview &p) { total = p.messagesOnServer; });
    QObject::connect(&controller, &migration::MigrationController::itemFinished, &controller, [&](const migration::ItemEvent &e) {
        if (e.outcome == migration::ItemOutcome::Copied && ++copied == 1)
            firstCopyMs = timer.elapsed();
    });
    const double fileMb = double(QFile(mboxPath).size()) / (1024.0 * 1024.0);
    timer.start();
    controller.start(account, QString(), access);
    stopped.wait(3 * 3600 * 1000);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const auto summary = stopped.isEmpty() ? migration::RunSummary{} : stopped.first().first().value<migration::RunSummary>();
    google.read();
    const double sustainedSeconds = firstCopyMs >= 0 ? seconds - double(firstCopyMs) / 1000.0 : seconds;

    std::printf("engine mode: %s\n", quota ? "quota enforced, 300 ms latency, default pace" : "no quota, no latency, no pacing");
    std::printf("copied: %d of %d, failed %d, in %.1f s (the scan included)\n", summary.copied, total, summary.failed, seconds);
    std::printf("throughput: %.1f MB/s of archive (%.0f MB), %.1f msg/s\n", fileMb / seconds, fileMb, summary.copied / seconds);
    if (quota)
        std::printf("pace: %.0f msg/min sustained after the first copy = %.1f%% of 600/min; throttled answers %d of %d\n",
                    copied > 1 ? (copied - 1) / sustainedSeconds * 60.0 : 0.0,
                    copied > 1 ? (copied - 1) / sustainedSeconds * 60.0 / 6.0 : 0.0, google.throttled, google.uploadsAnswered);
    const double largestMb = double(largestBytes) / (1024.0 * 1024.0);
    const double bound = 80.0 + 2.0 * largestMb;
    const double peak = peakRssMb();
    std::printf("peak RSS %.1f MB (Mailferry alone); largest message %.1f MB; bound %.1f MB: %s\n", peak, largestMb, bound,
                peak <= bound ? "within" : "OVER");
    return summary.copied == total && total > 0 ? 0 : 2;
}
