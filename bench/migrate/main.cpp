// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_migrate: moves a mailbox from a real Dovecot into the fake Google through the real
// MigrationController (worker thread, ledger, pipeline) and prints what it sustained.
//   --count N       messages (default 2000)
//   --mode quota    Google's per-user quota enforced and 300 ms latency per upload: messages per
//                   minute against the 600/min ceiling
//   --mode free     no quota, no latency: the engine's own throughput (compare with bench_pop3_drain)
//   --mode small    many small messages (about 3.5 KB each), no quota: what a growing mailbox costs
//                   in POP3 traffic and CPU, in keep and delete mode. Each size and mode runs in a
//                   child process of its own (its own Dovecot, ledger, CPU time and peak RSS); a
//                   byte-counting relay between Mailferry and Dovecot counts the POP3 bytes on the
//                   wire (TLS included) and the sessions (connections).
//     --small-sizes 1000,10000,50000   sizes (default 1000,10000; giving it implies --mode small)
//     --small-after keep,delete        modes (default both)
//     --batch-size N                   messages per session in delete mode (default 250, as free)
//     --batch-pause-ms N               pause between sessions (default 0, as free)
//   --max-in-flight-mb N  (any mode) at most N MB fetched but not yet in Gmail (default: the engine's)
// The fake Google runs as a separate process (fake-google), so the peak RSS is the engine's own.
// Figures, not a pass/fail test.
#include "DovecotFixture.h"
#include "MailFactory.h"
#include "migration/EngineLimits.h"
#include "migration/MigrationController.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

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
    int uploadsAnswered = 0, throttled = 0, stored = 0;
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
            // "<status> <path>" for every request it answered.
            const int space = line.indexOf(QLatin1Char(' '));
            const int status = line.left(space).toInt();
            if (line.contains(QLatin1String("/messages"))) {
                ++uploadsAnswered;
                if (status == 200)
                    ++stored;
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

/// The 1-minute load average: on a shared machine, wall times and CPU seconds are only
/// comparable between runs at a similar load.
double loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    return load.open(QIODevice::ReadOnly) ? load.readAll().split(' ').first().toDouble() : -1.0;
}

/// Peak RSS of this process since the last resetPeakRss(), in MB (VmHWM; ru_maxrss if /proc is
/// not there).
double peakRssSinceResetMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return peakRssMb();
}

/// Makes the peak RSS start again from the current RSS, so the mailbox fill does not count.
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// CPU seconds of another process from /proc: its own, plus (with `reaped`) those of its children
/// that have exited (Dovecot's pop3 processes end with their session).
double otherProcessCpuSeconds(qint64 pid, bool reaped)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray all = stat.readAll();
    // Fields after "(comm) ": state is field 3, utime 14, stime 15, cutime 16, cstime 17.
    const QList<QByteArray> f = all.mid(all.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 15)
        return 0;
    double ticks = f[11].toDouble() + f[12].toDouble();
    if (reaped)
        ticks += f[13].toDouble() + f[14].toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

/// What Dovecot's log says its POP3 sessions did (its default pop3_logout_format:
/// "top=%t/%p, retr=%r/%b, del=%d/%m, size=%s").
struct DovecotTally {
    int sessions = 0;
    qint64 tops = 0, topBytes = 0, retrs = 0, retrBytes = 0, deles = 0;
    qint64 listed = 0; ///< messages in the maildrop at each login, summed: what UIDL and LIST cover
};

DovecotTally dovecotTally(const QString &logPath)
{
    DovecotTally t;
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return t;
    static const QRegularExpression logout(QStringLiteral("top=(\\d+)/(\\d+), retr=(\\d+)/(\\d+), del=(\\d+)/(\\d+)"));
    for (const QByteArray &line : log.readAll().split('\n')) {
        const auto m = logout.match(QString::fromLatin1(line));
        if (!m.hasMatch())
            continue;
        ++t.sessions;
        t.tops += m.captured(1).toLongLong();
        t.topBytes += m.captured(2).toLongLong();
        t.retrs += m.captured(3).toLongLong();
        t.retrBytes += m.captured(4).toLongLong();
        t.deles += m.captured(5).toLongLong();
        t.listed += m.captured(6).toLongLong();
    }
    return t;
}

/// A loopback TCP relay between Mailferry and Dovecot that counts the bytes each way and the
/// connections (one per POP3 session). It lives in a thread of its own, so its CPU time can be
/// taken out of Mailferry's; its buffers are bounded (a 64 KB read buffer and 256 KB queued
/// per direction), so it adds little to the peak RSS.
class CountingRelay : public QObject {
public:
    explicit CountingRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }
    [[nodiscard]] bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    std::atomic<qint64> fromServer{0}; ///< what Mailferry read: greetings, listings, messages, TLS
    std::atomic<qint64> toServer{0};   ///< what Mailferry sent: commands, TLS
    std::atomic<int> connections{0};
    std::atomic<qint64> sessionMs{0}; ///< summed over the connections: from accept to both sides closed

private:
    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr qint64 kQueued = 256 * 1024;

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++connections;
            auto *server = new QTcpSocket(client);
            client->setReadBufferSize(kChunk);
            server->setReadBufferSize(kChunk);
            connect(server, &QTcpSocket::connected, client, [this, client, server] {
                pipe(client, server, &toServer);
                pipe(server, client, &fromServer);
            });
            const qint64 openedAt = m_clock.elapsed();
            auto closed = std::make_shared<bool>(false);
            auto tidy = [this, client, server, openedAt, closed] {
                if (*closed || client->state() != QAbstractSocket::UnconnectedState
                    || server->state() != QAbstractSocket::UnconnectedState)
                    return;
                *closed = true;
                sessionMs += m_clock.elapsed() - openedAt;
                client->deleteLater();
            };
            connect(client, &QTcpSocket::disconnected, client, tidy, Qt::QueuedConnection);
            connect(server, &QTcpSocket::disconnected, client, tidy, Qt::QueuedConnection);
            connect(server, &QTcpSocket::errorOccurred, client, [client, server](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError && server->state() != QAbstractSocket::ConnectedState) {
                    client->abort(); // Dovecot could not be reached
                    client->deleteLater();
                }
            });
            server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    /// Moves bytes from `from` to `to` while `to` has room, and counts them.
    static void pipe(QTcpSocket *from, QTcpSocket *to, std::atomic<qint64> *counter)
    {
        auto move = [from, to, counter] {
            while (from->bytesAvailable() > 0 && to->bytesToWrite() < kQueued) {
                const QByteArray data = from->read(kChunk);
                *counter += data.size();
                to->write(data);
            }
        };
        connect(from, &QTcpSocket::readyRead, to, move);
        connect(to, &QTcpSocket::bytesWritten, from, move);
        connect(from, &QTcpSocket::disconnected, to, [from, to, counter] {
            const QByteArray rest = from->readAll();
            *counter += rest.size();
            to->write(rest);
            to->disconnectFromHost();
        });
        move();
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QElapsedTimer m_clock;
};

/// What the relay saw, and what it cost.
struct RelayCounts {
    qint64 fromServer = 0;
    qint64 toServer = 0;
    int connections = 0;
    qint64 sessionMs = 0;
    double cpuSeconds = 0;
};

/// The relay and the thread it runs in.
struct RelayThread {
    QThread thread;
    QObject anchor; ///< lives in `thread`: the context for calls into it
    CountingRelay *relay = nullptr;
    quint16 port = 0;
    double cpuAtStart = 0;

    [[nodiscard]] bool start(quint16 targetPort)
    {
        thread.setObjectName(QStringLiteral("bench-relay"));
        thread.start();
        anchor.moveToThread(&thread);
        QMetaObject::invokeMethod(
            &anchor,
            [this, targetPort] {
            relay = new CountingRelay(targetPort);
            if (relay->listen())
                port = relay->port();
            cpuAtStart = threadCpuSeconds();
            },
            Qt::BlockingQueuedConnection);
        return port != 0;
    }
    /// Stops the relay; what it counted, and its thread's CPU seconds since start().
    [[nodiscard]] RelayCounts stop()
    {
        RelayCounts counts;
        QObject *home = QCoreApplication::instance();
        QMetaObject::invokeMethod(
            &anchor,
            [this, &counts, home] {
            counts.cpuSeconds = threadCpuSeconds() - cpuAtStart;
            counts.fromServer = relay->fromServer;
            counts.toServer = relay->toServer;
            counts.connections = relay->connections;
            counts.sessionMs = relay->sessionMs;
            delete relay; // its sockets are its children
            relay = nullptr;
            anchor.moveToThread(home->thread());
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        return counts;
    }
};

/// Engine settings the command line may change.
struct Tuning {
    int batchSize = 250;   ///< small mode, delete: messages per session
    int batchPauseMs = 0;  ///< small mode: pause between sessions
    int maxInFlightMb = 0; ///< fetched but not yet in Gmail; 0: the engine's default
};

/// One "many small messages" case, in this process: prints its figures and a RESULT line that the
/// series (the parent process) gathers into a table.
int runSmallCase(int count, bool deleteMode, const Tuning &tuning)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const char *after = deleteMode ? "delete" : "keep";
    QTemporaryDir data;
    qputenv("MAILFERRY_DATA_DIR", data.path().toUtf8());

    test::DovecotFixture dovecot;
    const QString user = QStringLiteral("bench");
    dovecot.addUser(user, QStringLiteral("pw"));
    QElapsedTimer fill;
    fill.start();
    qint64 fileBytes = 0; // as the Maildir holds them (LF)
    qint64 octets = 0;    // as POP3 sends and LIST counts them (CRLF)
    int written = 0;
    QList<QByteArray> batch;
    for (int i = 0; i < count; ++i) {
        test::MailFactory::Options o;
        o.index = i;
        o.seed = 7;
        o.targetSize = 3000 + int((quint32(i) * 2654435761u) % 1001u); // 3.0 to 4.0 KB, mean 3.5 KB
        QByteArray m = test::MailFactory::message(o);
        fileBytes += m.size();
        octets += m.size() + m.count('\n');
        batch.append(std::move(m));
        if (batch.size() == 500 || i + 1 == count) {
            written += dovecot.deliver(user, batch);
            batch.clear();
        }
    }
    if (written != count) {
        std::fprintf(stderr, "fill: wrote %d of %d messages\n", written, count);
        return 1;
    }
    QString error;
    if (!dovecot.start(&error)) {
        std::fprintf(stderr, "dovecot: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("[%s %d] mailbox: %d messages, %.1f MB in Maildir, %.1f MB as POP3 octets (filled in %.1f s)\n", after, count,
                count, double(fileBytes) / 1e6, double(octets) / 1e6, double(fill.elapsed()) / 1000.0);

    ExternalFake google;
    if (!google.start(false)) {
        std::fprintf(stderr, "fake-google did not start\n");
        return 1;
    }
    RelayThread relay;
    if (!relay.start(dovecot.pop3sPort())) {
        std::fprintf(stderr, "the counting relay did not start\n");
        return 1;
    }

    accounts::AccountConfig account;
    account.id = QStringLiteral("bench");
    account.email = QStringLiteral("bench@isp.example");
    account.host = dovecot.host();
    account.port = relay.port;
    account.user = user;
    account.pinnedSha256 = dovecot.certificateSha256();
    account.gmailAccount = QStringLiteral("bench@example.com");
    account.options.afterCopy = deleteMode ? migration::AfterCopy::Delete : migration::AfterCopy::Keep;
    account.options.batchSize = tuning.batchSize;
    account.options.batchPause = std::chrono::milliseconds(tuning.batchPauseMs);
    if (tuning.maxInFlightMb > 0)
        account.options.maxBytesInFlight = qint64(tuning.maxInFlightMb) * 1024 * 1024;
    account.options.gmailMessagesPerMinute = 0; // no pacing: the engine alone
    account.options.maxConcurrentUploads = 8;

    migration::GoogleAccess access;
    access.clientId = google.clientId;
    access.clientSecret = google.clientSecret;
    access.refreshToken = google.refreshToken;
    access.accountEmail = QStringLiteral("bench@example.com");
    access.baseUrlOverride = QUrl(google.baseUrl);

    migration::MigrationController controller;
    QSignalSpy stopped(&controller, &migration::MigrationController::stopped);
    QFile masterPid(dovecot.directory() + QStringLiteral("/run/master.pid"));
    const qint64 dovecotPid = masterPid.open(QIODevice::ReadOnly) ? masterPid.readAll().trimmed().toLongLong() : 0;
    const qint64 googlePid = google.process.processId();
    const double dovecotCpuAtStart = otherProcessCpuSeconds(dovecotPid, true);
    const double googleCpuAtStart = otherProcessCpuSeconds(googlePid, false);
    const double loadAtStart = loadAverage();
    const bool peakReset = resetPeakRss();
    const double cpuAtStart = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    controller.start(account, QStringLiteral("pw"), access);
    stopped.wait(3 * 3600 * 1000);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const double processCpu = processCpuSeconds() - cpuAtStart;
    const double peakMb = peakReset ? peakRssSinceResetMb() : peakRssMb();
    const double dovecotCpu = otherProcessCpuSeconds(dovecotPid, true) - dovecotCpuAtStart;
    const double googleCpu = otherProcessCpuSeconds(googlePid, false) - googleCpuAtStart;
    const RelayCounts wire = relay.stop();
    const double cpu = processCpu - wire.cpuSeconds;
    const auto summary = stopped.isEmpty() ? migration::RunSummary{} : stopped.first().first().value<migration::RunSummary>();
    google.read();
    const int left = dovecot.messageCount(user);
    const DovecotTally tally = dovecotTally(dovecot.directory() + QStringLiteral("/dovecot.log"));
    const int done = summary.copied;

    std::printf("[%s %d] copied %d, failed %d, deleted from the server %d, left on the server %d; Gmail stored %d\n", after,
                count, summary.copied, summary.failed, summary.deletedFromServer, left, google.stored);
    std::printf("[%s %d] POP3 on the wire (TLS included): %.2f MB read, %.3f MB sent, %d sessions; "
                "%.2f x the POP3 octets, %.1f KB per session beyond the messages\n",
                after, count, double(wire.fromServer) / 1e6, double(wire.toServer) / 1e6, wire.connections,
                octets ? double(wire.fromServer) / double(octets) : 0.0,
                wire.connections ? double(wire.fromServer - octets) / 1e3 / wire.connections : 0.0);
    std::printf("[%s %d] %.1f s, %.0f msg/s; CPU %.2f s for Mailferry (%.0f us per message), %.2f s for the relay "
                "(not counted); peak RSS %.1f MB%s\n",
                after, count, seconds, done / seconds, cpu, done ? cpu * 1e6 / done : 0.0, wire.cpuSeconds, peakMb,
                peakReset ? " (since the fill)" : " (whole process)");
    std::printf("[%s %d] beside it: Dovecot %.2f s CPU, fake Google %.2f s CPU; a POP3 session open %.1f s of the %.1f s; "
                "machine load %.2f at the start, %.2f at the end (2 cores)\n",
                after, count, dovecotCpu, googleCpu, double(wire.sessionMs) / 1000.0, seconds, loadAtStart, loadAverage());
    std::printf("[%s %d] Dovecot's log: %d sessions logged out; RETR %lld (%.2f MB), TOP %lld (%.2f MB), DELE %lld; "
                "messages listed at the logins, summed: %lld\n",
                after, count, tally.sessions, tally.retrs, double(tally.retrBytes) / 1e6, tally.tops,
                double(tally.topBytes) / 1e6, tally.deles, tally.listed);
    // One line for the series to gather: after messages octets fileBytes read sent sessions wall cpu rss copied deleted left
    std::printf("RESULT %s %d %lld %lld %lld %lld %d %.3f %.3f %.1f %d %d %d\n", after, count, (long long)octets,
                (long long)fileBytes, (long long)wire.fromServer, (long long)wire.toServer, wire.connections, seconds, cpu,
                peakMb, summary.copied, summary.deletedFromServer, left);
    const bool complete = summary.copied == count && (deleteMode ? left == 0 : left == count);
    return complete ? 0 : 2;
}

/// Runs each size and mode in a child process of its own, then prints the table.
int runSmallSeries(const QList<int> &sizes, const QStringList &afters, const Tuning &tuning)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const migration::MigrationOptions defaults;
    std::printf("many small messages: no quota, no pacing, 8 uploads at once; delete mode ends a session after %d "
                "messages or 60 s; %d ms between sessions; at most %.0f MB or %d messages fetched ahead of Gmail\n",
                tuning.batchSize, tuning.batchPauseMs,
                tuning.maxInFlightMb > 0 ? double(tuning.maxInFlightMb) : double(defaults.maxBytesInFlight) / 1048576.0,
                migration::limits::kMaxMessagesAhead);
    struct Row {
        QString after;
        int messages = 0;
        qint64 octets = 0, fileBytes = 0, read = 0, sent = 0;
        int sessions = 0;
        double wall = 0, cpu = 0, rss = 0;
        int copied = 0, deleted = 0, left = 0;
        int exitCode = 0;
    };
    QList<Row> rows;
    int worst = 0;
    for (const int size : sizes) {
        for (const QString &after : afters) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--small-one"), QString::number(size), QStringLiteral("--small-after"), after,
                         QStringLiteral("--batch-size"), QString::number(tuning.batchSize), QStringLiteral("--batch-pause-ms"),
                         QString::number(tuning.batchPauseMs), QStringLiteral("--max-in-flight-mb"),
                         QString::number(tuning.maxInFlightMb)});
            Row row;
            row.after = after;
            row.messages = size;
            QByteArray pending;
            auto take = [&] {
                pending += child.readAllStandardOutput();
                int eol;
                while ((eol = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(eol);
                    pending.remove(0, eol + 1);
                    if (!line.startsWith("RESULT ")) {
                        std::printf("%s\n", line.constData());
                        continue;
                    }
                    const QList<QByteArray> f = line.split(' ');
                    if (f.size() < 14)
                        continue;
                    row.octets = f[3].toLongLong();
                    row.fileBytes = f[4].toLongLong();
                    row.read = f[5].toLongLong();
                    row.sent = f[6].toLongLong();
                    row.sessions = f[7].toInt();
                    row.wall = f[8].toDouble();
                    row.cpu = f[9].toDouble();
                    row.rss = f[10].toDouble();
                    row.copied = f[11].toInt();
                    row.deleted = f[12].toInt();
                    row.left = f[13].toInt();
                }
            };
            while (child.state() != QProcess::NotRunning) {
                child.waitForReadyRead(1000);
                take();
            }
            child.waitForFinished(-1);
            take();
            row.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 3;
            worst = std::max(worst, row.exitCode);
            rows.append(row);
        }
    }

    std::printf("\n| mode | messages | mailbox MB | POP3 MB read | read / mailbox | sessions | wall s | CPU s | CPU us/msg "
                "| msg/s | peak RSS MB | outcome |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (const Row &r : rows) {
        QByteArray outcome;
        if (r.exitCode == 0)
            outcome = r.after == QLatin1String("delete") ? "all copied, all deleted" : "all copied, all kept";
        else
            outcome =
                QStringLiteral("INCOMPLETE: copied %1, deleted %2, left %3").arg(r.copied).arg(r.deleted).arg(r.left).toUtf8();
        std::printf("| %s | %d | %.1f | %.1f | %.3f | %d | %.1f | %.2f | %.0f | %.0f | %.1f | %s |\n", qPrintable(r.after),
                    r.messages, double(r.octets) / 1e6, double(r.read) / 1e6, r.octets ? double(r.read) / double(r.octets) : 0.0,
                    r.sessions, r.wall, r.cpu, r.copied ? r.cpu * 1e6 / r.copied : 0.0, r.wall > 0 ? r.copied / r.wall : 0.0,
                    r.rss, outcome.constData());
    }
    std::printf("mailbox MB: the POP3 octets (CRLF, as LIST counts them); POP3 MB read: bytes from Dovecot on the wire, "
                "TLS included; CPU: the Mailferry process alone (the fake Google runs apart, the relay thread is "
                "taken out); peak RSS: during the run\n");
    return worst;
}

/// The mixed mailbox (2 KB to 1 MB), quota or free mode.
int runMixed(int count, const QString &mode, const Tuning &tuning)
{
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

    accounts::AccountConfig account;
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
    if (tuning.maxInFlightMb > 0)
        account.options.maxBytesInFlight = qint64(tuning.maxInFlightMb) * 1024 * 1024;

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
    QObject::connect(&controller, &migration::MigrationController::itemFinished, &controller, [&](const migration::ItemEvent &e) {
        if (e.outcome == migration::ItemOutcome::Copied && ++copied == 1)
            firstCopyMs = timer.elapsed();
    });
    const double loadAtStart = loadAverage();
    timer.start();
    controller.start(account, QStringLiteral("pw"), access);
    stopped.wait(3 * 3600 * 1000);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const auto summary = stopped.isEmpty() ? migration::RunSummary{} : stopped.first().first().value<migration::RunSummary>();
    google.read();
    const int throttled = google.throttled;
    const int uploads = google.uploadsAnswered;
    const double sustainedSeconds = firstCopyMs >= 0 ? seconds - double(firstCopyMs) / 1000.0 : seconds;

    std::printf("mode: %s; at most %.0f MB or %d messages fetched ahead of Gmail\n",
                quota ? "quota enforced, 300 ms latency" : "no quota, no latency",
                double(account.options.maxBytesInFlight) / 1048576.0, migration::limits::kMaxMessagesAhead);
    std::printf("copied: %d of %d, failed %d, in %.1f s\n", summary.copied, count, summary.failed, seconds);
    std::printf("rate: %.1f msg/s, %.0f msg/min overall; %.0f msg/min sustained after the first copy\n", summary.copied / seconds,
                summary.copied / seconds * 60.0, copied > 1 ? (copied - 1) / sustainedSeconds * 60.0 : 0.0);
    if (quota)
        std::printf("ceiling: %.1f%% of 600/min; throttled answers: %d of %d (%.2f%%)\n",
                    copied > 1 ? (copied - 1) / sustainedSeconds * 60.0 / 6.0 : 0.0, throttled, uploads,
                    uploads ? 100.0 * throttled / uploads : 0.0);
    std::printf("throughput: %.1f MB/s\n", double(summary.bytesCopied) / 1e6 / seconds);
    std::printf("peak RSS: %.1f MB, Mailferry alone (the fake Google runs in its own process); largest message %.1f MB\n",
                peakRssMb(), double(largest) / 1e6);
    std::printf("machine load: %.2f at the start, %.2f at the end (2 cores)\n", loadAtStart, loadAverage());
    return summary.copied == count ? 0 : 2;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 2000;
    QString mode = QStringLiteral("free");
    QList<int> smallSizes{1000, 10000};
    QStringList smallAfters{QStringLiteral("keep"), QStringLiteral("delete")};
    int smallOne = 0;
    Tuning tuning;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        const QString &value = args[i + 1];
        if (args[i] == QLatin1String("--count"))
            count = value.toInt();
        if (args[i] == QLatin1String("--mode"))
            mode = value;
        if (args[i] == QLatin1String("--small-sizes")) {
            mode = QStringLiteral("small");
            smallSizes.clear();
            for (const QString &n : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (n.toInt() > 0)
                    smallSizes.append(n.toInt());
        }
        if (args[i] == QLatin1String("--small-after"))
            smallAfters = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (args[i] == QLatin1String("--small-one"))
            smallOne = value.toInt();
        if (args[i] == QLatin1String("--batch-size"))
            tuning.batchSize = std::max(1, value.toInt());
        if (args[i] == QLatin1String("--batch-pause-ms"))
            tuning.batchPauseMs = std::max(0, value.toInt());
        if (args[i] == QLatin1String("--max-in-flight-mb"))
            tuning.maxInFlightMb = std::max(0, value.toInt());
    }
    for (const QString &after : smallAfters) {
        if (after != QLatin1String("keep") && after != QLatin1String("delete")) {
            std::fprintf(stderr, "--small-after takes keep, delete or keep,delete\n");
            return 1;
        }
    }
    if (smallOne > 0)
        return runSmallCase(smallOne, smallAfters.value(0) == QLatin1String("delete"), tuning);
    if (mode == QLatin1String("small"))
        return runSmallSeries(smallSizes, smallAfters, tuning);
    return runMixed(count, mode, tuning);
}
