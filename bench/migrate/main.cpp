// bench_migrate: moves a mixed mailbox from a real Dovecot into the fake Google through the real
// MigrationController (worker thread, ledger, pipeline) and prints what it sustained.
//   --count N       messages (default 2000)
//   --mode quota    Google's per-user quota enforced and 300 ms latency per upload: messages per
//                   minute against the 600/min ceiling
//   --mode free     no quota, no latency: the engine's own throughput (compare with bench_pop3_drain)
// The fake Google runs as a separate process (fake-google), so the peak RSS is the engine's own.
// Figures, not a pass/fail test.
#include "DovecotFixture.h"
#include "migration/MigrationController.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace mf;
using namespace std::chrono_literals;

namespace {
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// fake-google in its own process: what it prints at start, and a tally of the answers it gave.
struct ExternalFake {
    QProcess process;
    QString baseUrl, clientId, clientSecret, refreshToken;
    int uploadsAnswered = 0, throttled = 0;
    QByteArray pending;

    bool start(bool quota)
    {
        QStringList args{QStringLiteral("--issue-refresh-token"), QStringLiteral("--email"),
                         QStringLiteral("bench@example.com")};
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
            static const QRegularExpression field(QStringLiteral("^(?:export MAILFERRY_GOOGLE_BASE_URL=(\\S+)|client id: (\\S+)  client secret: (\\S+)|refresh token: (\\S+))$"));
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
            // "<status> <path>" for every request it answered.
            const int space = line.indexOf(QLatin1Char(' '));
            const int status = line.left(space).toInt();
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 2000;
    QString mode = QStringLiteral("free");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toInt();
        if (args[i] == QLatin1String("--mode"))
            mode = args[i + 1];
    }
    QTemporaryDir data;
    qputenv("MAILFERRY_DATA_DIR", data.path().toUtf8());
    // Dovecot's unprivileged processes must reach the fixture: not inside a 0700 temp dir.

    test::DovecotFixture dovecot;
    dovecot.addUser(QStringLiteral("bench"), QStringLiteral("pw"));
    QElapsedTimer fill;
    fill.start();
    const qint64 bytes = dovecot.deliverMixed(QStringLiteral("bench"), count);
    QString error;
    if (!dovecot.start(&error)) {
        std::fprintf(stderr, "dovecot: %s\n", qPrintable(error));
        return 1;
    }
    qint64 largest = 0;
    for (QDirIterator it(dovecot.maildir(QStringLiteral("bench")), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        largest = std::max(largest, it.fileInfo().size());
    }
    std::printf("mailbox: %d messages, %.1f MB (filled in %lld ms)\n", count, double(bytes) / 1e6, fill.elapsed());

    const bool quota = mode == QLatin1String("quota");
    ExternalFake google;
    if (!google.start(quota)) {
        std::fprintf(stderr, "fake-google did not start\n");
        return 1;
    }

    migration::AccountConfig account;
    account.id = QStringLiteral("bench");
    account.email = QStringLiteral("bench@isp.example");
    account.host = dovecot.host();
    account.port = dovecot.pop3sPort();
    account.user = QStringLiteral("bench");
    account.pinnedSha256 = dovecot.certificateSha256();
    account.gmailAccount = QStringLiteral("bench@example.com");
    account.options.batchSize = quota ? 50 : 250;
    account.options.batchPause = quota ? 3000ms : 0ms;
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
    QObject::connect(&controller, &migration::MigrationController::itemFinished, &controller,
                     [&](const migration::ItemEvent &e) {
                         if (e.outcome == migration::ItemOutcome::Copied && ++copied == 1)
                             firstCopyMs = timer.elapsed();
                     });
    timer.start();
    controller.start(account, QStringLiteral("pw"), access);
    stopped.wait(3 * 3600 * 1000);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const auto summary = stopped.isEmpty() ? migration::RunSummary{} : stopped.first().first().value<migration::RunSummary>();
    google.read();
    const int throttled = google.throttled;
    const int uploads = google.uploadsAnswered;
    const double sustainedSeconds = firstCopyMs >= 0 ? seconds - double(firstCopyMs) / 1000.0 : seconds;

    std::printf("mode: %s\n", quota ? "quota enforced, 300 ms latency" : "no quota, no latency");
    std::printf("copied: %d of %d, failed %d, in %.1f s\n", summary.copied, count, summary.failed, seconds);
    std::printf("rate: %.1f msg/s, %.0f msg/min overall; %.0f msg/min sustained after the first copy\n",
                summary.copied / seconds, summary.copied / seconds * 60.0,
                copied > 1 ? (copied - 1) / sustainedSeconds * 60.0 : 0.0);
    if (quota)
        std::printf("ceiling: %.1f%% of 600/min; throttled answers: %d of %d (%.2f%%)\n",
                    copied > 1 ? (copied - 1) / sustainedSeconds * 60.0 / 6.0 : 0.0, throttled, uploads,
                    uploads ? 100.0 * throttled / uploads : 0.0);
    std::printf("throughput: %.1f MB/s\n", double(summary.bytesCopied) / 1e6 / seconds);
    std::printf("peak RSS: %.1f MB, Mailferry alone (the fake Google runs in its own process); largest message %.1f MB\n",
                peakRssMb(), double(largest) / 1e6);
    return summary.copied == count ? 0 : 2;
}
