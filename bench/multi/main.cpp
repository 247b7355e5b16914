// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_multi: many mailboxes at once through the real SyncHost, from a real Dovecot into the fake
// Google in its own process (Google's per-user quota enforced, 300 ms per upload).
//   (a) 5 mailboxes x 400 messages into ONE Gmail account: the share of 600/min they reach
//       together, and the share of uploads answered 429 (the shared governor should avoid them);
//   (b) 20 mailboxes x 300 messages into 20 Gmail accounts: the aggregate share of 20 x 600/min,
//       the peak RSS of this process, and the largest stall of the host's thread (a 10 ms timer in
//       that thread measuring its own lateness: what a UI thread would feel).
// The rate is Gmail's view: messages stored between the first and the last store, per account
// (quota is per account and per minute). Options: --a-mailboxes N --a-count N --b-mailboxes N
// --b-count N --size BYTES --only a|b. Figures, not a pass/fail test. The last two lines are
// machine-readable.
#include "DovecotFixture.h"
#include "MailFactory.h"
#include "migration/SyncHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace mf;
using namespace std::chrono_literals;

namespace {

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

/// Makes the peak RSS start again from the current RSS, so the mailbox fill does not count.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/// fake-google in its own process, quota enforced, 300 ms per upload, one refresh token per account.
struct ExternalFake {
    QProcess process;
    QString baseUrl, clientId, clientSecret;
    QHash<QString, QString> tokens; ///< by account email
    QByteArray pending;

    bool start(const QStringList &accounts)
    {
        QStringList args{QStringLiteral("--issue-refresh-token"),
                         QStringLiteral("--quiet"),
                         QStringLiteral("--quota"),
                         QStringLiteral("--latency"),
                         QStringLiteral("300"),
                         QStringLiteral("--email"),
                         accounts.first()};
        for (const QString &a : accounts.mid(1))
            args << QStringLiteral("--account") << a;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(MF_FAKE_GOOGLE_EXE), args);
        QElapsedTimer waited;
        waited.start();
        while (tokens.size() < accounts.size() && waited.elapsed() < 10000 && process.waitForReadyRead(10000))
            read(accounts.first());
        return tokens.size() == accounts.size();
    }
    void read(const QString &firstAccount)
    {
        pending += process.readAllStandardOutput();
        int eol;
        while ((eol = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(eol)).trimmed();
            pending.remove(0, eol + 1);
            static const QRegularExpression field(
                QStringLiteral("^(?:export MAILFERRY_GOOGLE_BASE_URL=(\\S+)|client id: (\\S+)  client secret: "
                               "(\\S+)|refresh token: (\\S+)|refresh token for (\\S+): (\\S+))$"));
            const auto m = field.match(line);
            if (!m.hasMatch())
                continue;
            if (!m.captured(1).isEmpty())
                baseUrl = m.captured(1);
            if (!m.captured(2).isEmpty()) {
                clientId = m.captured(2);
                clientSecret = m.captured(3);
            }
            if (!m.captured(4).isEmpty())
                tokens.insert(firstAccount, m.captured(4));
            if (!m.captured(5).isEmpty())
                tokens.insert(m.captured(5), m.captured(6));
        }
    }
    /// GET /fake/stats: every account's counters.
    QJsonObject stats() const
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/fake/stats"))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }
    ~ExternalFake()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

/// A timer in the host's thread that measures how late it fires: the longest stall of that thread.
struct StallMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    qint64 worstAt = 0;
    int over20 = 0; ///< ticks more than 20 ms late
    void start()
    {
        clock.start();
        last = 0;
        worst = 0;
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.elapsed();
            const qint64 late = now - last - 10;
            if (late > worst) {
                worst = late;
                worstAt = now;
            }
            over20 += late > 20 ? 1 : 0;
            last = now;
        });
        timer.start();
    }
};

struct Outcome {
    int stored = 0;
    int throttled = 0;
    int failedMailboxes = 0;
    double sharePercent = 0;     ///< of the ceiling (600/min per account)
    double throttledPercent = 0; ///< of the upload answers
    double seconds = 0;
    double peakRss = 0;
    qint64 maxStallMs = 0;
};

/// Runs `mailboxes` mailboxes of `count` messages each, mailbox i into account accounts[i % n].
Outcome runPhase(const QString &name, test::DovecotFixture &dovecot, int firstUser, int mailboxes, int count,
                 const QStringList &accounts, int size)
{
    Outcome outcome;
    std::fprintf(stderr, "(%s) delivering %d x %d messages...\n", qPrintable(name), mailboxes, count);
    for (int m = 0; m < mailboxes; ++m) {
        QList<QByteArray> messages;
        for (int i = 0; i < count; ++i) {
            test::MailFactory::Options o;
            o.index = (firstUser + m) * 100000 + i;
            o.targetSize = size;
            messages << test::MailFactory::message(o);
        }
        dovecot.deliver(QStringLiteral("user%1").arg(firstUser + m), messages);
    }

    ExternalFake fake;
    if (!fake.start(accounts)) {
        std::fprintf(stderr, "fake-google did not start\n");
        return outcome;
    }
    migration::SyncHost host;
    for (int m = 0; m < mailboxes; ++m) {
        const QString user = QStringLiteral("user%1").arg(firstUser + m);
        accounts::AccountConfig a;
        a.id = QStringLiteral("%1-%2").arg(name).arg(m);
        a.email = user + QStringLiteral("@isp.example");
        a.host = dovecot.host();
        a.port = dovecot.pop3sPort();
        a.security = accounts::AccountConfig::Security::ImplicitTls;
        a.user = user;
        a.pinnedSha256 = dovecot.certificateSha256();
        a.gmailAccount = accounts.at(m % accounts.size());
        migration::GoogleAccess g;
        g.clientId = fake.clientId;
        g.clientSecret = fake.clientSecret;
        g.accountEmail = a.gmailAccount;
        g.refreshToken = fake.tokens.value(a.gmailAccount);
        g.baseUrlOverride = QUrl(fake.baseUrl);
        host.add(a, QStringLiteral("pw-") + user, g);
    }
    QObject::connect(&host, &migration::SyncHost::stopped, &host, [&outcome](const QString &id, const migration::RunSummary &s) {
        if (s.state != migration::RunState::Finished) {
            ++outcome.failedMailboxes;
            std::fprintf(stderr, "  %s stopped: %s\n", qPrintable(id), s.error ? qPrintable(s.error->toString()) : "");
        }
    });
    StallMeter stall;
    resetPeakRss();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QObject::connect(&host, &migration::SyncHost::allStopped, &loop, &QEventLoop::quit);
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &progress, [&] {
        const migration::SyncTotals t = host.totals();
        std::fprintf(stderr, "  %5.0f s  copied %d, busy %d\n", wall.elapsed() / 1000.0, t.copied, t.busy);
    });
    progress.start(15000);
    host.startAll();
    stall.start();
    loop.exec();
    outcome.seconds = wall.elapsed() / 1000.0;
    outcome.maxStallMs = stall.worst;
    std::fprintf(stderr, "(%s) host thread: worst stall %lld ms at %.1f s, %d ticks over 20 ms late\n", qPrintable(name),
                 qlonglong(stall.worst), stall.worstAt / 1000.0, stall.over20);
    outcome.peakRss = peakRssMb();

    // Gmail's view: each account's rate between its first and its last store; the aggregate is
    // everything stored over the span from the first store anywhere to the last.
    const QJsonObject stats = fake.stats().value(QStringLiteral("accounts")).toObject();
    double first = -1, last = -1;
    for (const QString &account : accounts) {
        const QJsonObject c = stats.value(account).toObject();
        const int stored = c.value(QStringLiteral("stored")).toInt();
        const int throttled =
            c.value(QStringLiteral("throttledQuota")).toInt() + c.value(QStringLiteral("throttledConcurrency")).toInt();
        outcome.stored += stored;
        outcome.throttled += throttled;
        const double f = c.value(QStringLiteral("firstStoredMs")).toDouble();
        const double l = c.value(QStringLiteral("lastStoredMs")).toDouble();
        if (f >= 0 && (first < 0 || f < first))
            first = f;
        last = std::max(last, l);
        std::fprintf(stderr, "  %-28s stored %5d  429 %4d  peak/min %4d  peak at once %d\n", qPrintable(account), stored,
                     throttled, c.value(QStringLiteral("peakPerMinute")).toInt(),
                     c.value(QStringLiteral("peakConcurrency")).toInt());
    }
    const double minutes = (last - first) / 60000.0;
    if (minutes > 0 && outcome.stored > 1)
        outcome.sharePercent = 100.0 * (outcome.stored - 1) / minutes / (600.0 * accounts.size());
    const int answered = outcome.stored + outcome.throttled;
    outcome.throttledPercent = answered > 0 ? 100.0 * outcome.throttled / answered : 0;
    std::fprintf(stderr, "(%s) %d stored in %.1f s (first to last store %.1f s; wall %.1f s), %d mailboxes failed\n",
                 qPrintable(name), outcome.stored, (last - first) / 1000.0, (last - first) / 1000.0, outcome.seconds,
                 outcome.failedMailboxes);
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption aMailboxes(QStringLiteral("a-mailboxes"), QStringLiteral("(a) mailboxes"), QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption aCount(QStringLiteral("a-count"), QStringLiteral("(a) messages each"), QStringLiteral("n"),
                                    QStringLiteral("400"));
    const QCommandLineOption bMailboxes(QStringLiteral("b-mailboxes"), QStringLiteral("(b) mailboxes"), QStringLiteral("n"),
                                        QStringLiteral("20"));
    const QCommandLineOption bCount(QStringLiteral("b-count"), QStringLiteral("(b) messages each"), QStringLiteral("n"),
                                    QStringLiteral("300"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("bytes a message"), QStringLiteral("bytes"),
                                  QStringLiteral("6000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("a or b"), QStringLiteral("phase"));
    parser.addOptions({aMailboxes, aCount, bMailboxes, bCount, size, only});
    parser.addHelpOption();
    parser.process(app);

    const int na = parser.value(aMailboxes).toInt();
    const int nb = parser.value(bMailboxes).toInt();
    test::DovecotFixture dovecot;
    for (int i = 0; i < na + nb; ++i)
        dovecot.addUser(QStringLiteral("user%1").arg(i), QStringLiteral("pw-user%1").arg(i));
    QString error;
    if (!dovecot.start(&error)) {
        std::fprintf(stderr, "dovecot: %s\n", qPrintable(error));
        return 1;
    }

    Outcome a, b;
    const QString phase = parser.value(only);
    if (phase.isEmpty() || phase == QLatin1String("a"))
        a = runPhase(QStringLiteral("a"), dovecot, 0, na, parser.value(aCount).toInt(), {QStringLiteral("household@example.com")},
                     parser.value(size).toInt());
    if (phase.isEmpty() || phase == QLatin1String("b")) {
        QStringList accounts;
        for (int i = 0; i < nb; ++i)
            accounts << QStringLiteral("office%1@example.com").arg(i);
        b = runPhase(QStringLiteral("b"), dovecot, na, nb, parser.value(bCount).toInt(), accounts, parser.value(size).toInt());
    }
    std::printf("(a) %d mailboxes x %s into one account: %d stored, %d answered 429, host thread max stall %lld ms\n", na,
                qPrintable(parser.value(aCount)), a.stored, a.throttled, qlonglong(a.maxStallMs));
    std::printf("(b) %d mailboxes x %s into %d accounts: %d stored, %d answered 429, %.1f s\n", nb,
                qPrintable(parser.value(bCount)), nb, b.stored, b.throttled, b.seconds);
    std::printf("(a) shared: %.1f%% of 600/min, throttled %.1f%%\n", a.sharePercent, a.throttledPercent);
    std::printf("(b) aggregate: %.1f%% of %dx600/min, peak RSS %.0f MB, max stall %lld ms\n", b.sharePercent, nb, b.peakRss,
                qlonglong(b.maxStallMs));
    return 0;
}
