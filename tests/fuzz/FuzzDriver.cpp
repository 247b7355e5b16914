// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The main() of a fuzz target when it is built as an ordinary test (every build, every CI run)
// rather than with libFuzzer: it runs each seed in tests/fuzz/corpus/<target> as it is, then a
// fixed number of deterministic mutations of them (a fixed seed, so a failure replays exactly;
// the failing input is written to the build directory). libFuzzer explores far more; this keeps
// every parser honest on every build.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

const std::vector<QByteArray> &dictionary()
{
    static const std::vector<QByteArray> words = {
        "\r\n",
        "\n",
        ".\r\n",
        "..",
        "\r\n.\r\n",
        "+OK ",
        "+OK\r\n",
        "-ERR ",
        "+ ",
        "[AUTH]",
        "[IN-USE]",
        "[LOGIN-DELAY 900]",
        "[SYS/TEMP]",
        "[SYS/PERM]",
        "<1896.697170952@dbc.mtview.ca.us>",
        "STLS\r\n",
        "SASL PLAIN\r\n",
        "UTF8 USER\r\n",
        "PIPELINING\r\n",
        "EXPIRE NEVER\r\n",
        "LOGIN-DELAY 99999999999\r\n",
        "99999999999999999999",
        "2147483648",
        "-1",
        " octets\r\n",
        "1 ",
        "0 ",
        "\x16\x03\x01",
        "\x1b[31m",
        "Date: ",
        "Received: from a by b; ",
        "Mon, 1 Jan 2001 10:00:00 +0000",
        "Sat Mar 15 10:30:00 2014",
        " (UTC)",
        "=?utf-8?Q?caf=C3=A9?=",
        "=?iso-8859-1?B?",
        "Subject: ",
        "From: ",
        "Message-ID: <",
        ">",
        ";",
        "\r\n ",
        "\r\n\t",
        "\r\n\r\n",
        "\xff\xfe",
        QByteArray(1, '\0'),
        "+9999",
        "-9999",
        "GMT",
        "EST",
        "Z",
    };
    return words;
}

QByteArray mutate(QByteArray in, const std::vector<QByteArray> &corpus, std::mt19937_64 &rng)
{
    auto pick = [&](size_t n) { return n == 0 ? size_t(0) : size_t(rng() % n); };
    const int steps = 1 + int(rng() % 8);
    for (int s = 0; s < steps; ++s) {
        const qsizetype n = in.size();
        switch (rng() % 9) {
        case 0: // flip a bit
            if (n > 0)
                in[qsizetype(pick(size_t(n)))] ^= char(1 << (rng() % 8));
            break;
        case 1: // a random byte
            if (n > 0)
                in[qsizetype(pick(size_t(n)))] = char(rng());
            break;
        case 2: // insert random bytes
            in.insert(qsizetype(pick(size_t(n) + 1)), QByteArray(1 + qsizetype(rng() % 4), char(rng())));
            break;
        case 3: { // delete a range
            if (n == 0)
                break;
            const qsizetype from = qsizetype(pick(size_t(n)));
            in.remove(from, 1 + qsizetype(rng() % std::min<qsizetype>(64, n - from)));
            break;
        }
        case 4: { // duplicate a range (long lines, endless bodies)
            if (n == 0)
                break;
            const qsizetype from = qsizetype(pick(size_t(n)));
            const QByteArray part = in.mid(from, 1 + qsizetype(rng() % 256));
            const int times = 1 + int(rng() % 16);
            in.insert(qsizetype(pick(size_t(n) + 1)), part.repeated(times));
            break;
        }
        case 5:
        case 6: { // a dictionary word
            const QByteArray &word = dictionary()[pick(dictionary().size())];
            in.insert(qsizetype(pick(size_t(n) + 1)), word);
            break;
        }
        case 7: { // splice with another seed
            const QByteArray &other = corpus[pick(corpus.size())];
            if (other.isEmpty())
                break;
            const qsizetype cut = qsizetype(pick(size_t(n) + 1));
            const qsizetype from = qsizetype(pick(size_t(other.size())));
            in = in.left(cut) + other.mid(from);
            break;
        }
        default: // overwrite the settings bytes at the front
            if (n > 0)
                in[0] = char(rng());
            break;
        }
    }
    return in.left(64 * 1024);
}

const QByteArray *g_current = nullptr;
long g_iteration = 0;
char g_crashFile[512] = "fuzz-crash-input.bin";

extern "C" void dumpCurrentInput(int sig)
{
    // Only async-signal-safe calls: leave the input that broke behind for replay
    // (run the test binary with the file as its argument).
    if (g_current) {
        const int fd = ::open(g_crashFile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) {
            ssize_t ignored = ::write(fd, g_current->constData(), size_t(g_current->size()));
            (void)ignored;
            ::close(fd);
        }
        const char msg[] = "fuzz driver: the input that broke is in ";
        ssize_t ignored = ::write(2, msg, sizeof(msg) - 1);
        ignored = ::write(2, g_crashFile, strlen(g_crashFile));
        ignored = ::write(2, "\n", 1);
        (void)ignored;
    }
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void run(const QByteArray &input, long iteration)
{
    g_current = &input;
    g_iteration = iteration;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    g_current = nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Millions of sessions end with an error on purpose; their log lines would drown the report.
    QLoggingCategory::setFilterRules(QStringLiteral("mf.*=false"));
    // A crash leaves its input next to the test, absolute, named after the target.
    const QByteArray crashFile =
        QDir::current()
            .absoluteFilePath(QStringLiteral("crash-%1.bin").arg(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName()))
            .toLocal8Bit();
    std::snprintf(g_crashFile, sizeof g_crashFile, "%s", crashFile.constData());
    long iterations = MF_FUZZ_ITERATIONS;
    QString corpusDir = QStringLiteral(MF_FUZZ_CORPUS);
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--iterations=")))
            iterations = args.at(i).mid(13).toLong();
        else
            corpusDir = args.at(i); // a file or a folder to replay
    }

    std::vector<QByteArray> corpus;
    const QFileInfo info(corpusDir);
    const QStringList files = info.isDir() ? QDir(corpusDir).entryList(QDir::Files, QDir::Name) : QStringList{corpusDir};
    for (const QString &name : files) {
        QFile f(info.isDir() ? QDir(corpusDir).filePath(name) : name);
        if (f.open(QIODevice::ReadOnly))
            corpus.push_back(f.readAll());
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "no seeds in %s\n", qPrintable(corpusDir));
        return 1;
    }
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL})
        std::signal(sig, dumpCurrentInput);
    for (const QByteArray &seed : corpus)
        run(seed, -1);
    std::mt19937_64 rng(0x4d61696c66657272ull); // "Mailferr": fixed, so every run is the same
    for (long i = 0; i < iterations; ++i)
        run(mutate(corpus[size_t(rng() % corpus.size())], corpus, rng), i);
    std::printf("%zu seeds and %ld mutations ran without a broken promise\n", corpus.size(), iterations);
    return 0;
}
