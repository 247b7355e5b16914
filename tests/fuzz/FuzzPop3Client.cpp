// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: a whole POP3 conversation played by the fuzz bytes against Pop3Client over the
// FakeTransport, on a ManualClock. The first three bytes choose the settings, how the stream is
// cut into reads and how much time passes between reads; the rest is what the server says.
//
// Besides the sanitizers, it checks the client's promises: every callback is called at most
// once (exactly once while the client lives), and memory held for replies stays within the
// caps plus one read.
#include "FakeTransport.h"
#include "ManualClock.h"
#include "pop3/Capabilities.h"
#include "pop3/Pop3Client.h"
#include "pop3/ResponseReader.h"
#include "pop3/ServerText.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace mf;
using namespace mf::pop3;
using namespace std::chrono_literals;

namespace {

QCoreApplication *application()
{
    // Qt's event-driven parts need one application object, made once for the whole run.
    static int argc = 1;
    static char name[] = "fuzz_pop3_client";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = [] {
        QCoreApplication *existing = QCoreApplication::instance();
        QLoggingCategory::setFilterRules(QStringLiteral("mf.*=false"));
        return existing ? existing : new QCoreApplication(argc, argv);
    }();
    return app;
}

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_pop3_client: broken promise: %s\n", what);
    std::abort();
}

constexpr int kMaxRead = 97;

Limits smallLimits()
{
    Limits l;
    l.maxLineBytes = 512;
    l.maxCapaBytes = 1024;
    l.maxListingBytes = 4096;
    l.maxListingEntries = 64;
    l.maxTopBytes = 2048;
    l.maxMessageBytes = 8192;
    return l;
}

/// The callbacks of one conversation: each must be called at most once.
struct Calls {
    std::vector<int> count;
    int add()
    {
        count.push_back(0);
        return int(count.size()) - 1;
    }
    void hit(int i)
    {
        if (++count[size_t(i)] > 1)
            broken("a callback was called twice");
    }
};

void exerciseHelpers(const QByteArray &bytes)
{
    // The pure parsers see the same bytes on their own.
    const Capabilities caps = Capabilities::parse(bytes);
    (void)caps.loginDelay();
    (void)parseDecimal(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 40)), std::numeric_limits<qint64>::max());
    const QString text = sanitizeServerText(bytes, 50);
    if (text.size() > 51)
        broken("sanitised text longer than its cap");
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            broken("control character in sanitised text");
    }
    ResponseReader reader;
    reader.setMaxLineLength(256);
    QByteArray body;
    reader.append(bytes);
    QByteArray line;
    if (reader.takeLine(&line) == ResponseReader::LineStatus::Line) {
        reader.beginBody(&body, bytes.size() % 3 == 0 ? -1 : bytes.size() / 2, 1024);
        (void)reader.readBody();
        if (body.capacity() > 1024 + 3)
            broken("reader body grew past its cap");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    application();
    if (size < 3)
        return 0;
    const uint8_t flags = data[0];
    uint32_t cut = data[1] * 2654435761u + 1;
    const uint8_t timing = data[2];
    const QByteArray stream(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    exerciseHelpers(stream);

    test::ManualClock clock;
    QPointer<test::FakeTransport> t;
    auto owned = std::make_unique<Pop3Client>(&clock, test::FakeTransport::factory(&t));
    QPointer<Pop3Client> client = owned.get();
    Pop3Client *raw = owned.get();
    client->setLimits(smallLimits());
    Timeouts timeouts;
    timeouts.connect = 5s;
    timeouts.greeting = 10s;
    timeouts.idle = 10s;
    timeouts.replyLine = 20s;
    timeouts.rateWindow = 5s;
    timeouts.minBodyBytesPerWindow = 64;
    client->setTimeouts(timeouts);
    client->setMaxPipelineDepth(1 + (flags >> 6));

    ServerSettings s;
    s.host = QStringLiteral("pop.example.net");
    s.user = QStringLiteral("maria");
    s.security = (flags & 3) == 0 ? Security::ImplicitTls : (flags & 3) == 1 ? Security::StartTls : Security::PlainText;
    s.allowPlaintextPassword = (flags & 3) != 3;
    s.auth = static_cast<ServerSettings::Auth>((flags >> 2) & 3);
    // What a callback does to the client: nothing, abort, abort + delete, or quit.
    const int rude = (flags >> 4) & 3;

    Calls calls;
    bool deleted = false;
    auto misbehave = [&] {
        if (!client)
            return;
        switch (rude) {
        case 1: client->abort(); break;
        case 2:
            client->abort();
            owned.reset();
            deleted = true;
            break;
        case 3: client->quit([](Status) {}); break;
        default: break;
        }
    };
    auto status = [&](bool bad) {
        const int i = calls.add();
        return [&, i, bad](Status) {
            calls.hit(i);
            if (bad)
                misbehave();
        };
    };
    auto any = [&](auto tag, bool bad) {
        using T = decltype(tag);
        const int i = calls.add();
        return [&, i, bad](Result<T>) {
            calls.hit(i);
            if (bad)
                misbehave();
        };
    };

    client->connectToServer(s, QStringLiteral("pässword"), status(false));
    client->stat(any(StatInfo(), false));
    client->uidl(any(QList<UidlEntry>(), false));
    client->list(any(QList<ListEntry>(), false));
    client->list(1, any(ListEntry(), false));
    client->uidl(1, any(UidlEntry(), false));
    client->retrieve(1, 4096, any(QByteArray(), true));
    client->top(1, 0, any(QByteArray(), false));
    client->retrieve(2, any(QByteArray(), false));
    client->dele(1, status(false));
    client->noop(status(false));
    client->quit(status(false));

    if (t)
        t->acceptConnection();
    qsizetype at = 0;
    while (at < stream.size() && t && client) {
        if (t->startTlsRequested() && !t->isEncrypted())
            t->completeStartTls();
        if (!t || !client)
            break;
        cut = cut * 1103515245u + 12345u;
        const qsizetype n = std::min<qsizetype>(1 + qsizetype((cut >> 16) % kMaxRead), stream.size() - at);
        t->serverSends(stream.mid(at, n));
        at += n;
        if (client && client->peakBufferedBytes() > 8192 + 512 + kMaxRead + 64)
            broken("more memory held than the caps allow");
        if (timing & 1)
            clock.advance(Millis((cut >> 8) % (timing * 40 + 1)));
    }
    if (t && client)
        t->serverCloses();
    for (int i = 0; i < 50 && clock.advanceToNextTimer(); ++i) {}
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();

    if (!deleted && client) {
        for (size_t i = 0; i < calls.count.size(); ++i) {
            if (calls.count[i] != 1) {
                std::fprintf(stderr, "callback %zu called %d times\n", i, calls.count[i]);
                broken("a callback was never called");
            }
        }
        if (client->isConnected())
            broken("still connected after the server closed");
    }
    (void)raw;
    owned.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
