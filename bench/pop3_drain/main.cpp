// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Drains a 2,000-message mixed mailbox (about 156 MB, 2 KB to 1 MB each) from the Dovecot fixture
// over TLS, in keep mode, with Pop3Client: UIDL, LIST, then RETRs pipelined with several in flight;
// each message is hashed (SHA-256, as the engine does) and, with --maildir, written to a Maildir
// like mpop does. When mpop is installed it drains the same mailbox in the same run (Maildir
// delivery, keep mode) and the ratio is printed. Rounds alternate between the two clients after
// one warm-up drain, so that Dovecot's first-RETR work (marking \Seen) favours neither.
//
// usage: bench_pop3_drain [--count N] [--inflight K] [--rounds R] [--no-mpop] [--no-maildir]
#include "DovecotFixture.h"
#include "common/Clock.h"
#include "pop3/Pop3Client.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace mf;
using namespace mf::pop3;

namespace {

const QString kUser = QStringLiteral("bench");
const QString kPassword = QStringLiteral("bench-pw");

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * (sysconf(_SC_PAGESIZE) / 1024) : -1;
}

struct Run {
    bool ok = false;
    QString error;
    int messages = 0;
    qint64 bytes = 0;
    double seconds = 0;
    QList<long> rssSamplesKb;
    double msgPerSec() const { return seconds > 0 ? messages / seconds : 0; }
    double mbPerSec() const { return seconds > 0 ? bytes / 1e6 / seconds : 0; }
};

Run drainWithMailferry(const test::DovecotFixture &dovecot, int inflight, const QString &maildir)
{
    Run run;
    Pop3Client client(Clock::system());
    QEventLoop loop;
    ServerSettings s;
    s.host = dovecot.host();
    s.port = dovecot.pop3sPort();
    s.security = Security::ImplicitTls;
    s.user = kUser;
    s.pinnedSha256 = dovecot.certificateSha256();

    int total = 0, next = 1, done = 0;
    QByteArray digestOfDigests; // keeps the hashing from being optimised away
    std::function<void()> issue;
    auto finish = [&](const QString &error) {
        if (!error.isEmpty())
            run.error = error;
        loop.quit();
    };
    auto quit = [&] {
        client.quit([&](Status st) {
            run.ok = st.ok() && run.error.isEmpty();
            finish(st.ok() ? QString() : st.error().toString());
        });
    };
    issue = [&] {
        while (next <= total && next - done <= inflight) {
            const int number = next++;
            client.retrieve(number, [&, number](Result<QByteArray> r) {
                if (!r) {
                    finish(QStringLiteral("RETR %1: %2").arg(number).arg(r.error().toString()));
                    return;
                }
                const QByteArray &message = r.value();
                digestOfDigests =
                    QCryptographicHash::hash(QCryptographicHash::hash(message, QCryptographicHash::Sha256) + digestOfDigests,
                                             QCryptographicHash::Sha256);
                if (!maildir.isEmpty()) {
                    // As an MDA would: tmp/, then rename into new/.
                    const QString name = QStringLiteral("%1.mailferry-bench.%2").arg(number).arg(::getpid());
                    QFile f(maildir + QStringLiteral("/tmp/") + name);
                    if (f.open(QIODevice::WriteOnly) && f.write(message) == message.size()) {
                        f.close();
                        QFile::rename(f.fileName(), maildir + QStringLiteral("/new/") + name);
                    }
                }
                run.bytes += message.size();
                ++run.messages;
                ++done;
                if (total >= 4 && done % (total / 4) == 0)
                    run.rssSamplesKb << currentRssKb();
                if (done == total)
                    quit();
                else
                    issue();
            });
        }
    };

    QElapsedTimer timer;
    timer.start();
    client.connectToServer(s, kPassword, [&](Status st) {
        if (!st) {
            finish(st.error().toString());
            return;
        }
        // What the engine does first: identities, then sizes, then the messages.
        client.uidl([&](Result<QList<UidlEntry>> u) {
            if (!u)
                finish(u.error().toString());
        });
        client.list([&](Result<QList<ListEntry>> l) {
            if (!l) {
                finish(l.error().toString());
                return;
            }
            total = int(l.value().size());
            if (total == 0)
                quit();
            else
                issue();
        });
    });
    loop.exec();
    run.seconds = timer.nsecsElapsed() / 1e9;
    if (digestOfDigests.isEmpty() && run.messages > 0)
        run.error = QStringLiteral("no digest");
    return run;
}

Run drainWithMpop(const test::DovecotFixture &dovecot, const QString &mpop, const QString &work, int round)
{
    Run run;
    const QString maildir = work + QStringLiteral("/mpop-maildir-%1").arg(round);
    for (const char *sub : {"/cur", "/new", "/tmp"})
        QDir().mkpath(maildir + QLatin1String(sub));
    const QString rc = work + QStringLiteral("/mpoprc");
    QFile rcFile(rc);
    if (!rcFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        run.error = QStringLiteral("cannot write %1").arg(rc);
        return run;
    }
    rcFile.write(QStringLiteral("defaults\n"
                                "account bench\n"
                                "host %1\n"
                                "port %2\n"
                                "tls on\n"
                                "tls_starttls off\n"
                                "user %3\n"
                                "password %4\n"
                                "auth user\n")
                     .arg(dovecot.host())
                     .arg(dovecot.pop3sPort())
                     .arg(kUser, kPassword)
                     .toUtf8());
    rcFile.close();
    rcFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // mpop insists on 0600
    const QString cert = work + QStringLiteral("/cert.pem");
    QFile certFile(cert);
    if (certFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        certFile.write(dovecot.certificatePem());
    certFile.close();

    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(mpop,
            {QStringLiteral("-C"), rc, QStringLiteral("--tls-trust-file=") + cert, QStringLiteral("--keep=on"),
             QStringLiteral("--only-new=off"), QStringLiteral("--delivery=maildir,") + maildir,
             QStringLiteral("--uidls-file=") + work + QStringLiteral("/uidls-%1").arg(round),
             QStringLiteral("--received-header=off"), QStringLiteral("--pipelining=auto"), QStringLiteral("-q"),
             QStringLiteral("bench")});
    const bool finished = p.waitForFinished(600000);
    run.seconds = timer.nsecsElapsed() / 1e9;
    if (!finished || p.exitCode() != 0) {
        run.error = QStringLiteral("mpop failed (exit %1): %2").arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAll()));
        return run;
    }
    QDir newDir(maildir + QStringLiteral("/new"));
    for (const QFileInfo &fi : newDir.entryInfoList(QDir::Files)) {
        ++run.messages;
        run.bytes += fi.size();
    }
    QDir(maildir).removeRecursively();
    run.ok = true;
    return run;
}

void print(const char *label, const Run &r)
{
    if (!r.ok) {
        std::printf("  %-28s FAILED: %s\n", label, qPrintable(r.error));
        return;
    }
    std::printf("  %-28s %5d msgs %8.1f MB in %6.2f s  = %7.1f msg/s %7.1f MB/s\n", label, r.messages, r.bytes / 1e6, r.seconds,
                r.msgPerSec(), r.mbPerSec());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 2000, inflight = 16, rounds = 2;
    bool withMpop = true, withMaildir = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--count") && i + 1 < args.size())
            count = args.at(++i).toInt();
        else if (a == QLatin1String("--inflight") && i + 1 < args.size())
            inflight = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--rounds") && i + 1 < args.size())
            rounds = std::max(1, args.at(++i).toInt());
        else if (a == QLatin1String("--no-mpop"))
            withMpop = false;
        else if (a == QLatin1String("--no-maildir"))
            withMaildir = false;
        else {
            std::fprintf(stderr, "usage: %s [--count N] [--inflight K] [--rounds R] [--no-mpop] [--no-maildir]\n", argv[0]);
            return 2;
        }
    }

    QString why;
    if (!test::DovecotFixture::available(&why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    QTemporaryDir work;
    QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    test::DovecotFixture dovecot;
    dovecot.addUser(kUser, kPassword);
    QElapsedTimer filling;
    filling.start();
    const qint64 lfBytes = dovecot.deliverMixed(kUser, count);
    QString error;
    if (!dovecot.start(&error)) {
        std::fprintf(stderr, "Dovecot did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("pop3_drain: %d messages, %.1f MB (LF form), filled in %.1f s; TLS (POP3S), keep mode, %d RETRs in flight\n",
                count, lfBytes / 1e6, filling.elapsed() / 1000.0, inflight);
    const QString mpop = withMpop ? QStandardPaths::findExecutable(QStringLiteral("mpop")) : QString();
    if (withMpop && mpop.isEmpty())
        std::printf("mpop not installed: Mailferry only\n");

    const QString ourMaildir = withMaildir ? work.path() + QStringLiteral("/mailferry-maildir") : QString();
    auto resetOurMaildir = [&] {
        if (ourMaildir.isEmpty())
            return;
        QDir(ourMaildir).removeRecursively();
        for (const char *sub : {"/cur", "/new", "/tmp"})
            QDir().mkpath(ourMaildir + QLatin1String(sub));
    };

    const long rssBeforeKb = currentRssKb();
    const long peakBeforeKb = peakRssKb();
    resetOurMaildir();
    print("warm-up (Mailferry)", drainWithMailferry(dovecot, inflight, ourMaildir));

    Run bestOurs, bestMpop;
    QList<long> samples;
    for (int r = 1; r <= rounds; ++r) {
        resetOurMaildir();
        const Run ours = drainWithMailferry(dovecot, inflight, ourMaildir);
        print(qPrintable(
                  QStringLiteral("round %1 Mailferry%2").arg(r).arg(withMaildir ? QStringLiteral(" ->Maildir") : QString())),
              ours);
        samples << ours.rssSamplesKb;
        if (ours.ok && ours.msgPerSec() > bestOurs.msgPerSec())
            bestOurs = ours;
        if (!mpop.isEmpty()) {
            const Run theirs = drainWithMpop(dovecot, mpop, work.path(), r);
            print(qPrintable(QStringLiteral("round %1 mpop ->Maildir").arg(r)), theirs);
            if (theirs.ok && theirs.msgPerSec() > bestMpop.msgPerSec())
                bestMpop = theirs;
        }
    }

    std::printf("\nbest Mailferry: %.1f msg/s, %.1f MB/s (%d msgs, %.1f MB)\n", bestOurs.msgPerSec(), bestOurs.mbPerSec(),
                bestOurs.messages, bestOurs.bytes / 1e6);
    if (bestMpop.ok) {
        std::printf("best mpop:      %.1f msg/s, %.1f MB/s (%d msgs, %.1f MB)\n", bestMpop.msgPerSec(), bestMpop.mbPerSec(),
                    bestMpop.messages, bestMpop.bytes / 1e6);
        std::printf("ratio Mailferry/mpop: %.2f (msg/s)\n", bestOurs.msgPerSec() / bestMpop.msgPerSec());
    }
    QStringList rss;
    for (long kb : samples)
        rss << QString::number(kb / 1024.0, 'f', 1);
    std::printf("RSS: %.1f MB before draining; during drains at 25/50/75/100%%: %s MB\n", rssBeforeKb / 1024.0,
                qPrintable(rss.join(QStringLiteral(", "))));
    std::printf("peak RSS (ru_maxrss): %.1f MB before draining (filling the mailbox), %.1f MB at the end\n",
                peakBeforeKb / 1024.0, peakRssKb() / 1024.0);
    return bestOurs.ok ? 0 : 1;
}
