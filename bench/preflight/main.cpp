// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The pre-flight of a large mailbox: Dovecot holds N messages (default 50,000, 2 to 20 KB, some
// without a Message-ID, some copies); PreflightPop3Run reads the listing and every header block
// over TLS (TOP n 0, pipelined) and builds the report. Prints the time, messages/s, the peak RSS
// of this process and the report's counts (which must match what was delivered).
//
// usage: bench_preflight [--count N] [--window K] [--rounds R]
#include "DovecotFixture.h"
#include "MailFactory.h"
#include "common/Clock.h"
#include "migration/PreflightPop3.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>

#include <cstdio>
#include <sys/resource.h>

using namespace mf;

namespace {

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = argValue(args, QStringLiteral("--count"), 50000);
    const int window = argValue(args, QStringLiteral("--window"), 32);
    const int rounds = argValue(args, QStringLiteral("--rounds"), 3);

    test::DovecotFixture dovecot;
    const QString user = QStringLiteral("bench");
    const QString password = QStringLiteral("bench-pw");
    dovecot.addUser(user, password);
    QString error;
    if (!dovecot.start(&error)) {
        std::fprintf(stderr, "dovecot: %s\n", qPrintable(error));
        return 1;
    }

    // Deliver in slices so that the messages are never all in memory at once.
    QRandomGenerator rng(7);
    int withoutId = 0, copies = 0;
    QElapsedTimer fill;
    fill.start();
    QByteArray previous;
    for (int start = 0; start < count; start += 1000) {
        QList<QByteArray> slice;
        for (int i = start; i < std::min(count, start + 1000); ++i) {
            if (i % 500 == 499 && !previous.isEmpty()) {
                slice << previous;
                ++copies;
                continue;
            }
            test::MailFactory::Options o;
            o.index = i + 1;
            o.targetSize = 2048 + int(rng.bounded(18 * 1024));
            o.withMessageId = i % 250 != 7;
            withoutId += o.withMessageId ? 0 : 1;
            previous = test::MailFactory::message(o);
            slice << previous;
        }
        dovecot.deliver(user, slice);
    }
    std::printf("mailbox: %d messages (%d without Message-ID, %d copies), filled in %.1f s\n", count, withoutId, copies,
                fill.elapsed() / 1000.0);

    accounts::AccountConfig account;
    account.id = QStringLiteral("bench");
    account.host = dovecot.host();
    account.port = dovecot.pop3sPort();
    account.user = user;
    account.pinnedSha256 = dovecot.certificateSha256();

    for (int round = 1; round <= rounds; ++round) {
        const long rssBefore = peakRssKb();
        migration::PreflightPop3Run run(Clock::system());
        QEventLoop loop;
        std::optional<Result<migration::PreflightReport>> result;
        QElapsedTimer timer;
        timer.start();
        migration::PreflightPop3Run::Setup setup;
        setup.account = account;
        setup.window = window;
        run.start(setup, password, {}, [&](Result<migration::PreflightReport> r) {
            result = std::move(r);
            loop.quit();
        });
        if (!result)
            loop.exec();
        const double seconds = timer.elapsed() / 1000.0;
        if (!result->ok()) {
            std::fprintf(stderr, "pre-flight failed: %s\n", qPrintable(result->error().toString()));
            return 1;
        }
        const migration::PreflightReport &r = result->value();
        std::printf("round %d: %lld messages in %.2f s = %.0f msg/s (window %d); peak RSS %ld KB (before %ld KB); "
                    "without Message-ID %lld, duplicates %lld, %.1f MB listed\n",
                    round, qlonglong(r.messages), seconds, r.messages / std::max(seconds, 1e-9), window, peakRssKb(), rssBefore,
                    qlonglong(r.withoutMessageId), qlonglong(r.duplicates), r.totalBytes / 1e6);
        if (r.messages != count || r.withoutMessageId != withoutId || r.duplicates != copies) {
            std::fprintf(stderr, "counts do not match what was delivered\n");
            return 1;
        }
    }
    return 0;
}
