// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// bench_ledger_resume [count] [dir]
//
// Fills a ledger with `count` (default 100,000) Copied items, then measures what a resumed run
// pays before its first RETR: open the ledger, load the resume state, and plan against a server
// list of `count` UIDLs (1% of them new). Also measures the durable commit points themselves.
// Prints figures; it is not a pass/fail test.
#include "common/Clock.h"
#include "store/Ledger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace mf;
using namespace mf::store;

namespace {

QByteArray uidlOf(int i)
{
    // Dovecot's format (%08Xu%08Xv): 16 hex characters.
    return QByteArray::number(i, 16).rightJustified(8, '0').toUpper() + "5F3A9C01";
}

ItemInfo infoOf(int i)
{
    ItemInfo info;
    info.uidl = uidlOf(i);
    info.size = 2000 + (i * 7919) % 200000;
    info.listSize = info.size;
    info.messageId = "<bench-" + QByteArray::number(i) + "@mailferry.test>";
    info.sha256 = QCryptographicHash::hash(info.messageId, QCryptographicHash::Sha256).toHex();
    info.subject = QStringLiteral("Benchmark message %1 with a subject of typical length").arg(i);
    info.from = QStringLiteral("Sender %1 <sender%1@example.org>").arg(i % 500);
    info.dateHeader = QStringLiteral("Sat, 15 Mar 2014 10:30:00 +0100");
    return info;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir tmp;
    const QString dir = args.size() > 2 ? args.at(2) : tmp.path();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/bench-ledger.sqlite");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    std::printf("ledger_resume: %d items, %s\n", count, qPrintable(path));

    // 1) The commit points through the real API (each a durable transaction with fsync).
    const int apiItems = qMin(count / 2, 500);
    {
        auto ledger = Ledger::open(path);
        if (!ledger) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(ledger.error().toString()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < apiItems; ++i) {
            auto id = ledger.value()->beginUpload(infoOf(i));
            if (!id || !ledger.value()->commitCopied(id.value(), QStringLiteral("gm-%1").arg(i))) {
                std::fprintf(stderr, "commit failed at %d\n", i);
                return 1;
            }
        }
        const double elapsed = ms(t);
        std::printf("commit points via API, one transaction each: %d items (beginUpload + commitCopied) in %.1f ms = "
                    "%.2f ms/item, %.0f items/s\n",
                    apiItems, elapsed, elapsed / apiItems, apiItems * 1000.0 / elapsed);

        // The same through the batched commit points, 50 messages per transaction (one POP3 batch).
        const int batch = 50;
        t.restart();
        for (int first = apiItems; first < 2 * apiItems; first += batch) {
            QList<ItemInfo> infos;
            for (int i = first; i < first + batch; ++i)
                infos.append(infoOf(i));
            auto ids = ledger.value()->beginUploads(infos);
            if (!ids)
                return 1;
            QList<Ledger::CopiedItem> copied;
            for (qint64 id : ids.value())
                copied.append({id, QStringLiteral("gm-%1").arg(id)});
            if (!ledger.value()->commitCopied(copied))
                return 1;
        }
        const double batched = ms(t);
        std::printf("commit points via API, batches of %d: %d items in %.1f ms = %.3f ms/item, %.0f items/s\n", batch, apiItems,
                    batched, batched / apiItems, apiItems * 1000.0 / batched);
    }

    // 2) The rest in bulk (one transaction), so that the benchmark fills 100,000 rows in seconds.
    {
        QElapsedTimer t;
        t.start();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(path);
        if (!db.open()) {
            std::fprintf(stderr, "bulk open failed\n");
            return 1;
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN"));
        q.prepare(QStringLiteral(
            "INSERT INTO items (uidl, size, list_size, message_id, sha256, subject, sender, date_header, status, gmail_id,"
            " attempts, first_seen, copied_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 2 * apiItems; i < count; ++i) {
            const ItemInfo info = infoOf(i);
            q.addBindValue(info.uidl);
            q.addBindValue(info.size);
            q.addBindValue(info.listSize);
            q.addBindValue(QString::fromLatin1(info.messageId));
            q.addBindValue(QString::fromLatin1(info.sha256));
            q.addBindValue(info.subject);
            q.addBindValue(info.from);
            q.addBindValue(info.dateHeader);
            q.addBindValue(int(ItemStatus::Copied));
            q.addBindValue(QStringLiteral("gm-%1").arg(i));
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec()) {
                std::fprintf(stderr, "bulk insert failed: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
        }
        q.exec(QStringLiteral("COMMIT"));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
        std::printf("bulk fill: %d rows in %.0f ms\n", count - 2 * apiItems, ms(t));
    }
    std::printf("ledger file: %.1f MB (%lld bytes), wal %lld bytes\n", fileSize(path) / 1048576.0, fileSize(path),
                fileSize(path + QStringLiteral("-wal")));

    // The server's list for the resumed run: the same mailbox with 1% new messages.
    QList<QByteArray> serverList;
    serverList.reserve(count);
    for (int i = 0; i < count; ++i)
        serverList.append(i % 100 == 99 ? uidlOf(count + i) : uidlOf(i));

    // 3) What a resumed run pays before its first RETR, three times (the first one is the coldest).
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer total;
        total.start();
        QElapsedTimer t;
        t.start();
        auto opened = Ledger::open(path);
        if (!opened) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        Ledger &ledger = *opened.value();
        const double openMs = ms(t);
        t.restart();
        auto recovered = ledger.recoverInterrupted();
        const double recoverMs = ms(t);
        t.restart();
        auto state = ledger.loadResumeState();
        if (!state) {
            std::fprintf(stderr, "loadResumeState failed: %s\n", qPrintable(state.error().toString()));
            return 1;
        }
        const double loadMs = ms(t);
        t.restart();
        int toCopy = 0;
        int settled = 0;
        int toDelete = 0;
        const qint64 deleteBefore = QDateTime::currentMSecsSinceEpoch() - 30LL * 24 * 3600 * 1000;
        const auto &byUidl = state.value().byUidl;
        for (const QByteArray &uidl : serverList) {
            const auto it = byUidl.constFind(uidl);
            if (it == byUidl.constEnd() || !isSettled(it->status)) {
                ++toCopy;
                continue;
            }
            ++settled;
            if (it->status == ItemStatus::Copied && it->copiedAtMs < deleteBefore)
                ++toDelete; // "delete 30 days after copy"
        }
        const double planMs = ms(t);
        std::printf("round %d: open %.1f ms, recoverInterrupted %.1f ms, loadResumeState %.1f ms (%lld items), "
                    "plan %.1f ms over %lld UIDLs -> %d to copy, %d already done, %d due for deletion; total %.1f ms\n",
                    round, openMs, recoverMs, loadMs, qint64(byUidl.size()), planMs, qint64(serverList.size()), toCopy, settled,
                    toDelete, ms(total));
        if (!recovered)
            return 1;
    }

    // 4) The UI's table: a page deep in the ledger, and the failures count.
    {
        auto ledger = std::move(Ledger::open(path)).value();
        QElapsedTimer t;
        t.start();
        auto page = ledger->items(ItemFilter::All, count - 100, 100);
        const double pageMs = ms(t);
        t.restart();
        auto failures = ledger->itemCount(ItemFilter::Failures);
        const double countMs = ms(t);
        t.restart();
        auto summary = ledger->summary();
        const double summaryMs = ms(t);
        t.restart();
        auto identity = ledger->findByIdentity(infoOf(count / 2).messageId, infoOf(count / 2).size, infoOf(count / 2).sha256);
        const double identityMs = ms(t);
        std::printf("UI: last page of 100 in %.2f ms (%lld rows), failures count %.2f ms, summary %.1f ms (%lld copied), "
                    "findByIdentity %.3f ms (%s)\n",
                    pageMs, page ? qint64(page.value().size()) : -1LL, countMs, summaryMs,
                    summary ? summary.value().copied : -1LL, identityMs, identity && identity.value() ? "found" : "NOT FOUND");
    }
    std::printf("peak RSS: %ld kB\n", peakRssKb());
    return 0;
}
