// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How many bytes the ledger writes per message: runs the journal order of a migration
// (uploading -> copied [-> deleted]) for N small messages against a fresh ledger and prints what
// the process wrote (/proc/self/io: wchar = bytes handed to write(), write_bytes = bytes sent to
// the block device) and how large the database and its WAL ended up.
//
//   bench_ledger_writes [--messages N] [--batch B] [--delete] [--dir DIR]
//
// --batch is how many messages share one commit of each kind (the engine's pipeline commits a
// few at a time; 1 is the worst case). Use a --dir on a real disk: on tmpfs write_bytes stays 0.
#include "store/Ledger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace mf;
using namespace mf::store;

namespace {

struct IoCounters {
    qint64 wchar = 0;
    qint64 writeBytes = 0;
};

IoCounters readIo()
{
    IoCounters c;
    QFile f(QStringLiteral("/proc/self/io"));
    if (!f.open(QIODevice::ReadOnly))
        return c;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() != 2)
            continue;
        if (parts[0] == "wchar")
            c.wchar = parts[1].trimmed().toLongLong();
        else if (parts[0] == "write_bytes")
            c.writeBytes = parts[1].trimmed().toLongLong();
    }
    return c;
}

ItemInfo message(int n)
{
    ItemInfo i;
    i.uidl = "UID" + QByteArray::number(n).rightJustified(8, '0');
    i.size = 3500;
    i.listSize = 3500;
    i.messageId = "<" + QByteArray::number(n) + ".1234567890@mail.isp.example>";
    i.sha256 = QByteArray::number(qHash(n) * 2654435761u, 16).rightJustified(64, 'f');
    i.subject = QStringLiteral("Re: the minutes of meeting number %1").arg(n);
    i.from = QStringLiteral("Maria Example <maria@isp.example>");
    i.dateHeader = QStringLiteral("Sat, 15 Mar 2014 10:30:00 +0100");
    return i;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("messages"), QStringLiteral("Messages to record."), QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Messages per commit."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("delete"), QStringLiteral("Also record the deletion (delete mode).")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the ledger (a real disk)."), QStringLiteral("dir")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("messages")).toInt();
    const int batch = std::max(1, parser.value(QStringLiteral("batch")).toInt());
    const bool deleteMode = parser.isSet(QStringLiteral("delete"));

    QTemporaryDir temp(parser.isSet(QStringLiteral("dir"))
                           ? parser.value(QStringLiteral("dir")) + QStringLiteral("/ledger-writes-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/ledger-writes-XXXXXX"));
    const QString path = temp.filePath(QStringLiteral("ledger.sqlite"));
    auto opened = Ledger::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open ledger: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    Ledger &ledger = *opened.value();
    if (!ledger.setSourceAccount(QStringLiteral("maria@isp.example")))
        return 1;

    const IoCounters before = readIo();
    qint64 walPeak = 0;
    for (int first = 0; first < count; first += batch) {
        QList<ItemInfo> infos;
        for (int n = first; n < std::min(count, first + batch); ++n)
            infos.append(message(n));
        auto ids = ledger.beginUploads(infos);
        if (!ids)
            return 1;
        QList<Ledger::CopiedItem> copied;
        for (qint64 id : ids.value())
            copied.append({id, QStringLiteral("18c%1").arg(id, 13, 16, QLatin1Char('0')), false});
        if (!ledger.commitCopied(copied))
            return 1;
        if (deleteMode && !ledger.commitDeleted(ids.value()))
            return 1;
        walPeak = std::max(walPeak, QFileInfo(path + QStringLiteral("-wal")).size());
    }
    const IoCounters after = readIo();
    const qint64 dbSize = QFileInfo(path).size();
    const qint64 walSize = QFileInfo(path + QStringLiteral("-wal")).size();

    QTextStream out(stdout);
    out << "messages " << count << ", batch " << batch << (deleteMode ? ", delete mode" : ", keep mode") << "\n";
    out << "written (wchar):        " << (after.wchar - before.wchar) / 1024 << " KiB, "
        << double(after.wchar - before.wchar) / count / 1024.0 << " KiB per message\n";
    out << "written (write_bytes):  " << (after.writeBytes - before.writeBytes) / 1024 << " KiB, "
        << double(after.writeBytes - before.writeBytes) / count / 1024.0 << " KiB per message\n";
    out << "database file:          " << dbSize / 1024 << " KiB (" << double(dbSize) / count << " bytes per message)\n";
    out << "WAL now / largest seen: " << walSize / 1024 << " KiB / " << walPeak / 1024 << " KiB\n";
    return 0;
}
