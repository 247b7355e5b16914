// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_gmail_upload: how close Mailferry gets to Gmail's per-user ceiling (600 inserts a minute).
// The fake Google enforces 15,000 units/min (25 per insert) in real time and answers each upload
// after 300 ms; GmailClient and its RateGovernor run on the real clock. Prints the sustained
// messages per minute and the share of upload requests answered 429.
//
// usage: bench_gmail_upload [messages=1200] [latencyMs=300]
#include "FakeGoogle.h"
#include "google/GmailClient.h"
#include "google/RateGovernor.h"
#include "google/TokenManager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

using namespace mf;
using namespace mf::google;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1200;
    const int latency = argc > 2 ? QByteArray(argv[2]).toInt() : 300;

    test::FakeGoogle fake;
    fake.setQuotaEnforced(true);
    fake.setLatency(latency);
    if (!fake.start())
        return 1;

    QNetworkAccessManager nam;
    TokenManager tokens(fake.clientConfig(), fake.endpoints(), fake.issueRefreshToken(), &nam, Clock::system());
    RateGovernor governor(Clock::system());
    GmailClient gmail(fake.endpoints(), &tokens, &nam, Clock::system(), &governor);

    QTextStream out(stdout);
    out << "bench_gmail_upload: " << total << " messages, " << latency << " ms per upload, quota 15,000 units/min, "
        << "governor " << governor.config().messagesPerMinute << "/min x " << governor.config().maxConcurrent << " concurrent\n";
    out.flush();

    int done = 0, failed = 0;
    qint64 firstDone = -1, lastDone = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < total; ++i) {
        QByteArray raw = "From: bench@oldisp.example\r\nTo: maria@example.com\r\nDate: Mon, 2 Jan 2012 08:00:00 +0000\r\n"
                         "Subject: bench "
            + QByteArray::number(i) + "\r\nMessage-ID: <bench" + QByteArray::number(i)
            + "@oldisp.example>\r\n\r\nA small message body, about one kilobyte.\r\n" + QByteArray(900, 'x') + "\r\n";
        UploadOptions options;
        options.labelIds = {QStringLiteral("INBOX")};
        gmail.upload(raw, options, [&](Result<UploadResult> r) {
            if (!r.ok())
                ++failed;
            ++done;
            const qint64 now = clock.elapsed();
            if (firstDone < 0)
                firstDone = now;
            lastDone = now;
            if (done % 200 == 0) {
                QTextStream(stdout) << "  " << done << " done after " << now / 1000.0 << " s\n";
            }
            if (done == total)
                QCoreApplication::quit();
        });
    }
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        if (qEnvironmentVariableIsSet("MAILFERRY_BENCH_VERBOSE"))
            QTextStream(stdout) << "  t=" << clock.elapsed() / 1000 << "s done " << done << " inflight " << governor.inFlight()
                                << " waiting " << governor.waiting() << " pending " << gmail.pendingCount() << " fake requests "
                                << fake.totalRequests() << " 429s " << fake.responsesWithStatus(429) << '\n';
    });
    progress.start(5000);
    app.exec();

    const int requests = fake.requestCount(test::FakeGoogle::Endpoint::Insert);
    const int throttled = fake.responsesWithStatus(429);
    const double seconds = lastDone / 1000.0;
    // Sustained rate: completions after the first, over the time between first and last completion.
    const double sustained = (total - 1) * 60.0 / ((lastDone - firstDone) / 1000.0);
    out << "elapsed " << seconds << " s; stored " << fake.messages().size() << "; failed " << failed << '\n'
        << "overall rate:   " << QString::number(total * 60.0 / seconds, 'f', 1) << " messages/min\n"
        << "sustained rate: " << QString::number(sustained, 'f', 1) << " messages/min (target >= 570)\n"
        << "upload requests " << requests << ", answered 429: " << throttled << " ("
        << QString::number(requests ? 100.0 * throttled / requests : 0, 'f', 2) << "%, target < 1%)\n"
        << "peak concurrency at the fake: " << fake.peakConcurrency() << '\n';
    return failed == 0 ? 0 : 2;
}
