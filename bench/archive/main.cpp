// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Generates an mbox of mixed messages in a temporary folder and reads it through MboxReader:
// first the scan (ids, sizes, hashes), then every message as a stream, and the largest one as a
// bounded buffer. Prints MB/s and the peak resident memory against Mailferry's bound
// (80 MB + 2 x the largest message, independent of the archive's size).
//
//   bench_archive [SIZE_MB=256] [LARGEST_MB=20] [DIR]
//   bench_archive --engine free|quota [SIZE_MB] [LARGEST_MB] [DIR]   (the whole engine, EngineBench.cpp)
#include "EngineBench.h"
#include "archive/MboxReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace mf::archive;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

QByteArray base64Body(QRandomGenerator &rng, qint64 bytes)
{
    QByteArray raw(static_cast<qsizetype>(bytes * 3 / 4), Qt::Uninitialized);
    for (char &c : raw) {
        c = static_cast<char>(rng.generate() & 0xff);
    }
    const QByteArray b64 = raw.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + '\n';
    }
    return out;
}

QByteArray messageOf(QRandomGenerator &rng, int n, qint64 bodyBytes)
{
    QByteArray m = "From: sender" + QByteArray::number(n % 97)
        + "@isp.example\nTo: maria@isp.example\n"
          "Subject: message "
        + QByteArray::number(n)
        + "\nDate: Tue, 01 Dec 2026 10:00:00 +0000\n"
          "Message-ID: <"
        + QByteArray::number(n)
        + "@bench.example>\n"
          "X-Mozilla-Status: 000"
        + QByteArray::number(n % 2) + "\n";
    if (bodyBytes < 20000) {
        m += "Content-Type: text/plain\n\nFrom the desk of sender " + QByteArray::number(n) + "\n>From quoted\n";
        while (m.size() < bodyBytes) {
            m += "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n";
        }
    } else {
        m += "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSee attached.\n--b\n"
             "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
            + base64Body(rng, bodyBytes) + "--b--\n";
    }
    return m;
}

bool generate(const QString &path, qint64 sizeMb, qint64 largestMb)
{
    // Generate: mostly small text, some 100 KB - 1 MB attachments, one message of LARGEST_MB.
    QRandomGenerator rng(42);
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            return false;
        }
        const qint64 target = sizeMb * 1024 * 1024;
        int n = 0;
        while (out.size() < target) {
            qint64 body = 2000 + rng.bounded(8000);
            if (n % 50 == 7) {
                body = 100000 + rng.bounded(900000);
            }
            if (n == 100) {
                body = largestMb * 1024 * 1024;
            }
            const QByteArray m = messageOf(rng, n++, body);
            out.write("From sender@isp.example Tue Dec  1 10:00:00 2026\n");
            QByteArray quoted = m;
            quoted.replace("\nFrom ", "\n>From ").replace("\n>From quoted", "\n>>From quoted");
            out.write(quoted);
            out.write("\n");
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--generate")) {
        return generate(args.at(2), args.at(3).toLongLong(), args.at(4).toLongLong()) ? 0 : 1;
    }
    const bool engine = args.size() > 2 && args.at(1) == QLatin1String("--engine");
    const bool quota = engine && args.at(2) == QLatin1String("quota");
    const int first = engine ? 3 : 1; // where SIZE_MB is
    const qint64 sizeMb = args.size() > first ? args.at(first).toLongLong() : (quota ? 8 : 256);
    const qint64 largestMb = args.size() > first + 1 ? args.at(first + 1).toLongLong() : (quota ? 2 : 20);
    QTemporaryDir tmp(args.size() > first + 2 ? args.at(first + 2) + QStringLiteral("/bench-archive-XXXXXX") : QString());
    if (sizeMb <= 0 || largestMb <= 0 || !tmp.isValid()) {
        std::fprintf(stderr, "usage: bench_archive [--engine free|quota] [SIZE_MB] [LARGEST_MB] [DIR]\n");
        return 2;
    }
    const QString path = tmp.filePath(QStringLiteral("Inbox"));

    // Generate in a child process, so that the figures below are the reader's alone.
    QElapsedTimer timer;
    timer.start();
    if (QProcess::execute(app.applicationFilePath(),
                          {QStringLiteral("--generate"), path, QString::number(sizeMb), QString::number(largestMb)})
        != 0) {
        std::fprintf(stderr, "could not generate %s\n", qPrintable(path));
        return 1;
    }
    const double fileMb = static_cast<double>(QFile(path).size()) / (1024.0 * 1024.0);
    std::printf("generated %.0f MB in %.1f s\n", fileMb, timer.elapsed() / 1000.0);

    if (engine) {
        return runEngineBench(path, quota, largestMb * 1024 * 1024);
    }
    std::printf("RSS before reading %lld kB\n", static_cast<long long>(peakRssKb()));

    // Scan.
    MboxReader reader(path);
    timer.restart();
    QList<ArchiveItem> items;
    qint64 largest = 0;
    ArchiveItem largestItem;
    while (true) {
        auto next = reader.next();
        if (!next) {
            std::fprintf(stderr, "error: %s\n", qPrintable(next.error().toString()));
            return 1;
        }
        if (!next.value()) {
            break;
        }
        if (next.value()->size > largest) {
            largest = next.value()->size;
            largestItem = *next.value();
        }
        items.append(std::move(*next.value()));
    }
    const double scanS = timer.elapsed() / 1000.0;
    std::printf("scan: %lld messages, %.0f MB/s (%.1f s)\n", static_cast<long long>(items.size()), fileMb / scanS, scanS);

    // Read every message as a stream (as an upload would), then the largest as a bounded buffer.
    timer.restart();
    qint64 streamed = 0;
    char buffer[64 * 1024];
    for (const ArchiveItem &item : items) {
        auto device = reader.open(item);
        if (!device) {
            return 1;
        }
        qint64 n = 0;
        while ((n = device.value()->read(buffer, sizeof buffer)) > 0) {
            streamed += n;
        }
    }
    const double readS = timer.elapsed() / 1000.0;
    std::printf("stream: %.0f MB/s (%.1f s)\n", static_cast<double>(streamed) / (1024.0 * 1024.0) / readS, readS);
    auto whole = reader.read(largestItem, largest);
    if (!whole || whole.value().size() != largest) {
        return 1;
    }
    std::printf("holding the largest message: peak RSS %lld kB\n", static_cast<long long>(peakRssKb()));
    whole = QByteArray();

    const qint64 peakKb = peakRssKb();
    const double boundMb = 80.0 + 2.0 * static_cast<double>(largest) / (1024.0 * 1024.0);
    std::printf("largest message %.1f MB; peak RSS %.1f MB; bound %.1f MB: %s\n",
                static_cast<double>(largest) / (1024.0 * 1024.0), peakKb / 1024.0, boundMb,
                peakKb / 1024.0 <= boundMb ? "within" : "OVER");
    return peakKb / 1024.0 <= boundMb ? 0 : 1;
}
