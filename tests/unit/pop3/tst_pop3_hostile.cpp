// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pop3Client against hostile and broken servers, scripted on a FakeTransport and a ManualClock:
// replies without end (memory must stay bounded), servers that trickle (time must stay bounded),
// numbers that do not fit, logins refused for reasons other than the password, UTF8 and APOP
// negotiation, and callbacks that abort or delete the client at awkward moments.
#include "Captured.h"
#include "FakeTransport.h"
#include "ManualClock.h"
#include "pop3/Pop3Client.h"
#include "pop3/ServerText.h"

#include <QCryptographicHash>
#include <QtTest/QtTest>

#include <memory>

using namespace mf;
using namespace mf::pop3;
using mf::test::Captured;
using mf::test::CapturedStatus;
using namespace std::chrono_literals;

#define S(data) m_t->serverSends(QByteArray(data))
#define C(data) QCOMPARE(m_t->takeWritten(), QByteArray(data))

namespace {

const QByteArray kCapa = "+OK\r\nTOP\r\nUIDL\r\nRESP-CODES\r\nPIPELINING\r\nUSER\r\n.\r\n";
const QString kPassword = QStringLiteral("s3cret-Pa55");

ServerSettings settings(Security security = Security::ImplicitTls)
{
    ServerSettings s;
    s.host = QStringLiteral("pop.example.net");
    s.port = security == Security::ImplicitTls ? 995 : 110;
    s.security = security;
    s.user = QStringLiteral("maria");
    s.allowPlaintextPassword = security == Security::PlainText;
    return s;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
            return true;
    }
    return false;
}

} // namespace

class TestPop3Hostile : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<Pop3Client> m_client;
    QPointer<test::FakeTransport> m_t;
    int m_disconnects = 0;

    void makeClient(const Limits &limits = Limits(), const Timeouts &timeouts = Timeouts())
    {
        m_client.reset();
        m_clock = std::make_unique<test::ManualClock>();
        m_client = std::make_unique<Pop3Client>(m_clock.get(), test::FakeTransport::factory(&m_t));
        m_client->setLimits(limits);
        m_client->setTimeouts(timeouts);
        m_disconnects = 0;
        connect(m_client.get(), &Pop3Client::disconnected, this, [this] { ++m_disconnects; });
    }

    /// Implicit TLS, USER/PASS; true once the session is open.
    bool login(const Limits &limits = Limits(), const Timeouts &timeouts = Timeouts())
    {
        makeClient(limits, timeouts);
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        m_t->acceptConnection();
        m_t->serverSends("+OK ready\r\n");
        if (m_t->takeWritten() != "CAPA\r\n")
            return false;
        m_t->serverSends(kCapa);
        if (m_t->takeWritten() != "USER maria\r\n")
            return false;
        m_t->serverSends("+OK\r\n");
        (void)m_t->takeWritten();
        m_t->serverSends("+OK logged in\r\n");
        return done.ok() && m_client->isConnected();
    }

    /// Feeds `chunk` again and again until the client hangs up or `maxBytes` went out; returns
    /// how many bytes the server managed to send.
    qint64 flood(const QByteArray &chunk, qint64 maxBytes)
    {
        qint64 sent = 0;
        while (m_t && !m_t->abortedByClient() && !m_t->closedByClient() && sent < maxBytes) {
            m_t->serverSends(chunk);
            sent += chunk.size();
        }
        return sent;
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_clock.reset();
    }

    // ---- bounded memory -----------------------------------------------------------------

    void endlessRetrStopsAtTheCap()
    {
        QVERIFY(login());
        constexpr qint64 cap = 10 * 1024;
        const QByteArray chunk = QByteArray(62, 'x') + "\r\n" + QByteArray(958, 'y') + "\r\n"; // 1 KiB reads
        Captured<QByteArray> retr;
        CapturedStatus dele;
        Captured<StatInfo> stat;
        m_client->retrieve(1, cap, retr.cb());
        m_client->dele(2, dele.cb());
        m_client->stat(stat.cb());
        C("RETR 1\r\nDELE 2\r\nSTAT\r\n");
        // It announces 64 MiB: the client must not reserve that either.
        S("+OK 67108864 octets\r\n");
        const qint64 sent = flood(chunk, 100 * 1024 * 1024);
        QVERIFY2(sent < 2 * cap, qPrintable(QString::number(sent))); // it hung up at once
        QCOMPARE(retr.calls, 1);
        QCOMPARE(retr.code(), Error::Code::MessageOversize);
        QCOMPARE(retr.scope(), Error::Scope::Item);
        QVERIFY2(retr.error().detail.contains(QLatin1String("bytes had arrived")), qPrintable(retr.error().detail));
        QVERIFY(!retr.error().message.isEmpty());
        // The others fail as on any drop, once each.
        QCOMPARE(dele.calls, 1);
        QCOMPARE(dele.code(), Error::Code::ConnectionClosed);
        QCOMPARE(dele.scope(), Error::Scope::Session);
        QCOMPARE(stat.calls, 1);
        QCOMPARE(stat.code(), Error::Code::ConnectionClosed);
        QVERIFY(m_t->abortedByClient()); // no QUIT: the DELE must not be committed
        QVERIFY(!m_t->written().contains("QUIT"));
        QCOMPARE(m_disconnects, 1);
        // Never more than the cap plus one read, whatever was announced or sent.
        QVERIFY2(m_client->peakBufferedBytes() <= cap + chunk.size(), qPrintable(QString::number(m_client->peakBufferedBytes())));
        QCoreApplication::processEvents();
        QCOMPARE(retr.calls + dele.calls + stat.calls, 3);
    }

    void retrOfExactlyTheCapIsDelivered()
    {
        QVERIFY(login());
        const QByteArray message = "Subject: hi\r\n\r\n" + QByteArray(100, 'a') + "\r\n";
        Captured<QByteArray> exact, over;
        m_client->retrieve(1, message.size(), exact.cb());
        S("+OK\r\n" + message + ".\r\n");
        QVERIFY(exact.ok());
        QCOMPARE(exact.result->value(), message);
        m_client->retrieve(1, message.size() - 1, over.cb());
        S("+OK\r\n" + message + ".\r\n");
        QCOMPARE(over.code(), Error::Code::MessageOversize);
        QVERIFY2(over.error().detail.contains(QString::number(message.size())), qPrintable(over.error().detail));
    }

    void exchangeQuirkAtTheCap()
    {
        // The final "." glued to the last line (old Exchange) makes the body 3 bytes longer for a
        // moment; a message of exactly the cap must still arrive.
        QVERIFY(login());
        const QByteArray message = "Subject: x\r\n\r\nbody";
        Captured<QByteArray> retr;
        m_client->retrieve(1, message.size(), retr.cb());
        S("+OK " + QByteArray::number(message.size()) + " octets\r\n" + message + ".\r\n");
        QVERIFY(retr.ok());
        QCOMPARE(retr.result->value(), message);
    }

    void oldRetrieveHasACeiling()
    {
        Limits limits;
        limits.maxMessageBytes = 4096;
        QVERIFY(login(limits));
        Captured<QByteArray> retr;
        m_client->retrieve(1, retr.cb());
        S("+OK\r\n");
        flood(QByteArray(510, 'z') + "\r\n", 1024 * 1024);
        QCOMPARE(retr.code(), Error::Code::MessageOversize);
        QVERIFY(m_client->peakBufferedBytes() <= 4096 + 512);

        // An explicit cap above the ceiling is held to the ceiling.
        QVERIFY(login(limits));
        Captured<QByteArray> big;
        m_client->retrieve(1, 1 << 30, big.cb());
        S("+OK\r\n");
        flood(QByteArray(510, 'z') + "\r\n", 1024 * 1024);
        QCOMPARE(big.code(), Error::Code::MessageOversize);
    }

    void hundredMegabyteUidlIsTooLarge()
    {
        Limits limits;
        limits.maxListingBytes = 64 * 1024;
        QVERIFY(login(limits));
        Captured<QList<UidlEntry>> uidl;
        CapturedStatus noop;
        m_client->uidl(uidl.cb());
        m_client->noop(noop.cb());
        S("+OK\r\n");
        QByteArray chunk;
        for (int i = 1; i <= 2000; ++i)
            chunk += QByteArray::number(i) + " 0000abcd" + QByteArray::number(i) + "\r\n";
        const qint64 sent = flood(chunk, 100 * 1024 * 1024);
        QVERIFY2(sent < 4 * 64 * 1024, qPrintable(QString::number(sent)));
        QCOMPARE(uidl.calls, 1);
        QCOMPARE(uidl.code(), Error::Code::ReplyTooLarge);
        QCOMPARE(uidl.scope(), Error::Scope::Session);
        QCOMPARE(noop.code(), Error::Code::ConnectionClosed);
        QVERIFY(m_client->peakBufferedBytes() <= 64 * 1024 + chunk.size());
        QVERIFY(!m_client->isConnected());
    }

    void listingEntriesAndLinesAreCapped()
    {
        Limits limits;
        limits.maxListingEntries = 3;
        QVERIFY(login(limits));
        Captured<QList<ListEntry>> fits, tooMany;
        m_client->list(fits.cb());
        S("+OK\r\n1 10\r\n2 20\r\n3 30\r\n.\r\n");
        QVERIFY(fits.ok());
        QCOMPARE(fits.result->value().size(), 3);
        m_client->list(tooMany.cb());
        S("+OK\r\n1 10\r\n2 20\r\n3 30\r\n4 40\r\n.\r\n");
        QCOMPARE(tooMany.code(), Error::Code::ReplyTooLarge);

        limits = Limits();
        limits.maxLineBytes = 200;
        QVERIFY(login(limits));
        Captured<QList<UidlEntry>> longLine;
        m_client->uidl(longLine.cb());
        S("+OK\r\n1 " + QByteArray(500, 'u') + "\r\n.\r\n");
        QCOMPARE(longLine.code(), Error::Code::ReplyTooLarge);
    }

    void statusLinesAreCapped()
    {
        Limits limits;
        limits.maxLineBytes = 100;
        QVERIFY(login(limits));
        CapturedStatus endless;
        m_client->noop(endless.cb());
        S("+OK ");
        flood(QByteArray(50, 'k'), 1024 * 1024);
        QCOMPARE(endless.code(), Error::Code::ReplyTooLarge);
        QCOMPARE(endless.scope(), Error::Scope::Session);

        // Too long even when its line end comes in the same read.
        QVERIFY(login(limits));
        CapturedStatus oneRead;
        m_client->noop(oneRead.cb());
        S("+OK " + QByteArray(300, 'k') + "\r\n");
        QCOMPARE(oneRead.code(), Error::Code::ReplyTooLarge);
    }

    void capaIsCappedDuringLogin()
    {
        Limits limits;
        limits.maxCapaBytes = 1024;
        makeClient(limits);
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\n");
        flood("X-JUNK-CAPABILITY\r\n", 1024 * 1024);
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.code(), Error::Code::ReplyTooLarge);
        QCOMPARE(done.scope(), Error::Scope::Session);
        QVERIFY(!m_t->written().contains("PASS"));
    }

    void endlessGreetingThatLooksLikePop3()
    {
        Limits limits;
        limits.maxLineBytes = 256;
        makeClient(limits);
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK ");
        flood(QByteArray(64, 'g'), 1024 * 1024);
        QCOMPARE(done.calls, 1);
        QCOMPARE(done.code(), Error::Code::ReplyTooLarge); // not taken as a greeting cut short
        QCOMPARE(m_t->written(), QByteArray());
    }

    void topIsCappedPerMessage()
    {
        Limits limits;
        limits.maxTopBytes = 2048;
        QVERIFY(login(limits));
        Captured<QByteArray> top;
        CapturedStatus dele;
        m_client->top(3, 0, top.cb());
        m_client->dele(4, dele.cb());
        S("+OK\r\n");
        flood("X-Spam: " + QByteArray(100, 's') + "\r\n", 1024 * 1024);
        QCOMPARE(top.code(), Error::Code::ReplyTooLarge);
        QCOMPARE(top.scope(), Error::Scope::Item); // this message, not the session: the run goes on
        QCOMPARE(dele.code(), Error::Code::ConnectionClosed);
    }

    // ---- bounded time -------------------------------------------------------------------

    void trickledStatusLineIsTooSlow()
    {
        Timeouts t;
        t.idle = 10s;
        t.replyLine = 30s;
        QVERIFY(login(Limits(), t));
        CapturedStatus noop;
        m_client->noop(noop.cb());
        const QByteArray reply = "+OK " + QByteArray(200, 'a') + "\r\n";
        int at = 0;
        while (noop.calls == 0 && at < reply.size()) {
            m_clock->advance(5s); // below the idle timeout: each byte restarts it
            if (m_t)
                m_t->serverSends(reply.mid(at++, 1));
        }
        QCOMPARE(noop.calls, 1);
        QCOMPARE(noop.code(), Error::Code::TooSlow);
        QCOMPARE(noop.scope(), Error::Scope::Session);
        QVERIFY(!noop.error().message.isEmpty());
        QVERIFY2(at <= 7, qPrintable(QString::number(at))); // 30 s at one byte per 5 s
        QCOMPARE(m_disconnects, 1);
    }

    void replyLineDeadlineIsPerReply()
    {
        // Pipelined replies that each come within the deadline never trip it.
        Timeouts t;
        t.idle = 100s;
        t.replyLine = 30s;
        QVERIFY(login(Limits(), t));
        CapturedStatus a, b, c;
        m_client->dele(1, a.cb());
        m_client->dele(2, b.cb());
        m_client->dele(3, c.cb());
        m_clock->advance(20s);
        S("+OK\r\n");
        m_clock->advance(20s);
        S("+OK\r\n");
        m_clock->advance(20s);
        S("+OK\r\n");
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(m_client->isConnected());
    }

    void trickledBodyIsTooSlow()
    {
        Timeouts t;
        t.idle = 10s;
        t.rateWindow = 20s;
        t.minBodyBytesPerWindow = 1000;
        QVERIFY(login(Limits(), t));
        Captured<QByteArray> retr;
        m_client->retrieve(1, retr.cb());
        S("+OK\r\n");
        int bytes = 0;
        while (retr.calls == 0 && bytes < 1000) {
            m_clock->advance(2s);
            if (m_t)
                m_t->serverSends("x");
            ++bytes;
        }
        QCOMPARE(retr.calls, 1);
        QCOMPARE(retr.code(), Error::Code::TooSlow);
        QCOMPARE(retr.scope(), Error::Scope::Session);
        QVERIFY2(bytes <= 11, qPrintable(QString::number(bytes)));
    }

    void aSilentWindowIsLeftToTheIdleTimeout()
    {
        // A server that pauses to think (nothing at all arrives) is judged by idle alone.
        Timeouts t;
        t.idle = 60s;
        t.rateWindow = 20s;
        t.minBodyBytesPerWindow = 1000;
        QVERIFY(login(Limits(), t));
        Captured<QByteArray> retr;
        m_client->retrieve(1, retr.cb());
        S("+OK\r\n" + QByteArray(3000, 'a') + "\r\n");
        m_clock->advance(50s);
        QCOMPARE(retr.calls, 0);
        S(QByteArray(3000, 'b') + "\r\n.\r\n");
        QVERIFY(retr.ok());
        QCOMPARE(retr.result->value().size(), 6004);
        m_clock->advance(1h); // nothing outstanding: nothing fires
        QVERIFY(m_client->isConnected());
    }

    // ---- numbers ------------------------------------------------------------------------

    void numbersThatDoNotFitAreProtocolViolations_data()
    {
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("STAT size") << QByteArray("STAT") << QByteArray("+OK 1 99999999999999999999\r\n");
        QTest::newRow("STAT count") << QByteArray("STAT") << QByteArray("+OK 99999999999 10\r\n");
        QTest::newRow("STAT negative") << QByteArray("STAT") << QByteArray("+OK -1 10\r\n");
        QTest::newRow("LIST size") << QByteArray("LIST") << QByteArray("+OK\r\n1 99999999999999999999\r\n.\r\n");
        QTest::newRow("LIST number") << QByteArray("LIST") << QByteArray("+OK\r\n4294967297 10\r\n.\r\n");
        QTest::newRow("LIST plus") << QByteArray("LIST") << QByteArray("+OK\r\n+1 10\r\n.\r\n");
        QTest::newRow("LIST negative") << QByteArray("LIST") << QByteArray("+OK\r\n1 -10\r\n.\r\n");
        QTest::newRow("UIDL number") << QByteArray("UIDL") << QByteArray("+OK\r\n99999999999999999999 abc\r\n.\r\n");
        QTest::newRow("LIST 1") << QByteArray("LIST 1") << QByteArray("+OK 1 18446744073709551617\r\n");
        QTest::newRow("UIDL 1") << QByteArray("UIDL 1") << QByteArray("+OK 0 abc\r\n");
    }

    void numbersThatDoNotFitAreProtocolViolations()
    {
        QFETCH(QByteArray, command);
        QFETCH(QByteArray, reply);
        QVERIFY(login());
        std::optional<Error> error;
        auto keep = [&](auto r) {
            if (!r)
                error = r.error();
        };
        if (command == "STAT")
            m_client->stat(keep);
        else if (command == "LIST")
            m_client->list([&](Result<QList<ListEntry>> r) { keep(std::move(r)); });
        else if (command == "UIDL")
            m_client->uidl([&](Result<QList<UidlEntry>> r) { keep(std::move(r)); });
        else if (command == "LIST 1")
            m_client->list(1, [&](Result<ListEntry> r) { keep(std::move(r)); });
        else
            m_client->uidl(1, [&](Result<UidlEntry> r) { keep(std::move(r)); });
        C(command + "\r\n");
        m_t->serverSends(reply);
        QVERIFY(error);
        QCOMPARE(error->code, Error::Code::ProtocolViolation);
    }

    void announcedOctetsAreOnlyAHint()
    {
        // A count that does not fit, or is absurd, is ignored; the body is what arrives.
        QVERIFY(login());
        Captured<QByteArray> a, b;
        m_client->retrieve(1, a.cb());
        m_client->retrieve(2, b.cb());
        S("+OK 99999999999999999999 octets\r\nbody\r\n.\r\n");
        S("+OK 9223372036854775806 octets\r\nbody.\r\n");
        QVERIFY(a.ok());
        QCOMPARE(a.result->value(), QByteArray("body\r\n"));
        QCOMPARE(b.calls, 0); // "body." is a body line; the terminator is still to come
        S(".\r\n");
        QVERIFY(b.ok());
        QCOMPARE(b.result->value(), QByteArray("body.\r\n"));
    }

    void checkedDecimal()
    {
        QCOMPARE(parseDecimal("0", 10).value, qint64(0));
        QVERIFY(parseDecimal("10", 10).ok());
        QCOMPARE(parseDecimal("11", 10).status, CheckedNumber::Status::TooLarge);
        QCOMPARE(parseDecimal("99999999999999999999999", std::numeric_limits<qint64>::max()).status,
                 CheckedNumber::Status::TooLarge);
        QCOMPARE(parseDecimal("9223372036854775807", std::numeric_limits<qint64>::max()).value,
                 std::numeric_limits<qint64>::max());
        QCOMPARE(parseDecimal("", 10).status, CheckedNumber::Status::NotANumber);
        QCOMPARE(parseDecimal("1 ", 10).status, CheckedNumber::Status::NotANumber);
        QCOMPARE(parseDecimal("-1", 10).status, CheckedNumber::Status::NotANumber);
        QCOMPARE(parseDecimal("99999999999999999999x", 10).status, CheckedNumber::Status::NotANumber);
    }

    // ---- capabilities -------------------------------------------------------------------

    void expireAndLoginDelay()
    {
        Capabilities caps = Capabilities::parse("EXPIRE 30 USER\r\nLOGIN-DELAY 900 USER\r\n");
        QCOMPARE(caps.expireDays, std::optional<int>(30));
        QVERIFY(caps.expirePerUser);
        QVERIFY(!caps.expireNever);
        QCOMPARE(caps.loginDelaySeconds, std::optional<int>(900));
        QVERIFY(caps.loginDelayPerUser);
        QCOMPARE(caps.loginDelay(), std::optional<Millis>(900s));

        caps = Capabilities::parse("EXPIRE NEVER\r\n");
        QVERIFY(caps.expireNever);
        QVERIFY(!caps.expireDays);
        QVERIFY(!caps.loginDelaySeconds);
        QVERIFY(!caps.loginDelay());

        caps = Capabilities::parse("EXPIRE 0\r\nLOGIN-DELAY 0\r\n");
        QCOMPARE(caps.expireDays, std::optional<int>(0)); // deleted at the end of the session
        QVERIFY(!caps.expirePerUser);
        QCOMPARE(caps.loginDelaySeconds, std::optional<int>(0));

        // Too large: clamped, never wrapped; not a number: ignored.
        caps = Capabilities::parse("EXPIRE 99999999999999999999\r\nLOGIN-DELAY 99999999999999999999\r\n");
        QCOMPARE(caps.expireDays, std::optional<int>(std::numeric_limits<int>::max()));
        QCOMPARE(caps.loginDelay(), std::optional<Millis>(Millis(std::numeric_limits<int>::max())));
        caps = Capabilities::parse("EXPIRE -5\r\nLOGIN-DELAY soon\r\nUTF8 USER\r\n");
        QVERIFY(!caps.expireDays && !caps.expireNever && !caps.loginDelaySeconds);
        QVERIFY(caps.utf8 && caps.utf8User);
    }

    void capabilitiesAfterStlsAreTheSecondCapa()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::StartTls), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nSTLS\r\nUSER\r\nEXPIRE NEVER\r\nLOGIN-DELAY 60\r\n.\r\n");
        C("STLS\r\n");
        S("+OK go\r\n");
        m_t->completeStartTls();
        C("CAPA\r\n");
        S("+OK\r\nUSER\r\nEXPIRE 30 USER\r\nLOGIN-DELAY 900 USER\r\n.\r\n");
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + kPassword.toUtf8() + "\r\n");
        S("+OK\r\n");
        QVERIFY(done.ok());
        const Capabilities caps = m_client->capabilities();
        QCOMPARE(caps.expireDays, std::optional<int>(30));
        QVERIFY(!caps.expireNever);
        QVERIFY(caps.expirePerUser);
        QCOMPARE(caps.loginDelaySeconds, std::optional<int>(900));
        QVERIFY(caps.loginDelayPerUser);
    }

    // ---- UTF8 and APOP ------------------------------------------------------------------

    void utf8IsSentWhenAdvertised()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::StartTls), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nSTLS\r\nUTF8 USER\r\nUSER\r\n.\r\n");
        C("STLS\r\n"); // not before TLS: what is said in plain text is forgotten
        S("+OK go\r\n");
        m_t->completeStartTls();
        C("CAPA\r\n");
        S("+OK\r\nUTF8 USER\r\nUSER\r\n.\r\n");
        C("UTF8\r\n");
        QVERIFY(!m_client->utf8Enabled());
        S("+OK UTF8 enabled\r\n");
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + kPassword.toUtf8() + "\r\n");
        S("+OK\r\n");
        QVERIFY(done.ok());
        QVERIFY(m_client->utf8Enabled());
        QVERIFY(m_client->capabilities().utf8User);
    }

    void utf8RefusedDoesNotBreakTheLogin()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nUTF8\r\nUSER\r\n.\r\n");
        C("UTF8\r\n");
        S("-ERR not today\r\n");
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + kPassword.toUtf8() + "\r\n");
        S("+OK\r\n");
        QVERIFY(done.ok());
        QVERIFY(!m_client->utf8Enabled());

        // Not advertised: not sent.
        makeClient();
        CapturedStatus plain;
        m_client->connectToServer(settings(), kPassword, plain.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nUSER\r\n.\r\n");
        C("USER maria\r\n");
    }

    void apopPreferredOnConsentedPlaintext()
    {
        const QByteArray greeting = "+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n";
        makeClient();
        ServerSettings s = settings(Security::PlainText);
        s.user = QStringLiteral("mrose");
        CapturedStatus done;
        m_client->connectToServer(s, QStringLiteral("tanstaaf"), done.cb());
        m_t->acceptConnection();
        S(greeting);
        C("CAPA\r\n");
        S("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
        C("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n"); // RFC 1939's example
        S("+OK maildrop has 1 message\r\n");
        QVERIFY(done.ok());

        // Plain text without a timestamp: the usual order.
        makeClient();
        CapturedStatus noStamp;
        m_client->connectToServer(settings(Security::PlainText), kPassword, noStamp.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S("+OK\r\nUSER\r\n.\r\n");
        C("USER maria\r\n");

        // STARTTLS: the password travels encrypted, so SASL stays preferred.
        makeClient();
        CapturedStatus tls;
        m_client->connectToServer(settings(Security::StartTls), kPassword, tls.cb());
        m_t->acceptConnection();
        S(greeting);
        C("CAPA\r\n");
        S("+OK\r\nSTLS\r\n.\r\n");
        C("STLS\r\n");
        S("+OK\r\n");
        m_t->completeStartTls();
        C("CAPA\r\n");
        S("+OK\r\nSASL PLAIN\r\n.\r\n");
        QVERIFY(m_t->takeWritten().startsWith("AUTH PLAIN "));
    }

    void apopErrWithoutAuthCodeIsLoginRefused()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::PlainText), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK hi <1.2@host>\r\n");
        C("CAPA\r\n");
        S("-ERR what\r\n");
        QVERIFY(m_t->takeWritten().startsWith("APOP maria "));
        // Chosen automatically, a refused APOP gives way once to USER/PASS (the user consented to
        // a plaintext password); the refusal that counts is the last one.
        S("-ERR APOP not set up for this user\r\n");
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + QByteArray(kPassword.toUtf8()) + "\r\n");
        S("-ERR message is damaged\r\n");
        QCOMPARE(done.code(), Error::Code::LoginRefused);
        QCOMPARE(done.scope(), Error::Scope::Account);
        QVERIFY(done.error().message.contains(QLatin1String("\"message is damaged\"")));
        QVERIFY(!done.error().toString().contains(kPassword));
    }

    void refusedApopFallsBackToUserPassOnce()
    {
        // mailutils and solid-pop3d: a timestamp in the greeting, but no APOP secrets kept.
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(Security::PlainText), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK hi <77.88@host>\r\n");
        C("CAPA\r\n");
        S("+OK\r\nUSER\r\n.\r\n");
        QVERIFY(m_t->takeWritten().startsWith("APOP maria "));
        S("-ERR [AUTH] Bad login\r\n");
        C("USER maria\r\n");
        S("+OK\r\n");
        C("PASS " + QByteArray(kPassword.toUtf8()) + "\r\n");
        S("+OK logged in\r\n");
        QVERIFY(done.ok());

        // A busy mailbox is not an APOP problem: no second try in that session.
        makeClient();
        CapturedStatus busy;
        m_client->connectToServer(settings(Security::PlainText), kPassword, busy.cb());
        m_t->acceptConnection();
        S("+OK hi <77.89@host>\r\n");
        C("CAPA\r\n");
        S("+OK\r\nRESP-CODES\r\nUSER\r\n.\r\n");
        QVERIFY(m_t->takeWritten().startsWith("APOP maria "));
        S("-ERR [IN-USE] mailbox locked\r\n");
        QCOMPARE(busy.code(), Error::Code::MailboxInUse);
        QVERIFY(!m_t->takeWritten().contains("USER"));
    }

    // ---- server text in errors ----------------------------------------------------------

    void serverTextIsSanitised()
    {
        makeClient();
        CapturedStatus done;
        m_client->connectToServer(settings(), kPassword, done.cb());
        m_t->acceptConnection();
        S("+OK ready\r\n");
        C("CAPA\r\n");
        S(kCapa);
        C("USER maria\r\n");
        S("+OK\r\n");
        (void)m_t->takeWritten();
        S("-ERR \x1b[31mred\x1b[0m \x07\x08\xc2\x9b"
          "2J \xe2\x80\xae"
          "desrever "
          + QByteArray(5000, 'w') + "\r\n");
        QCOMPARE(done.code(), Error::Code::LoginRefused);
        const Error e = done.error();
        QVERIFY2(!hasControlCharacters(e.message), qPrintable(e.message));
        QVERIFY2(!hasControlCharacters(e.detail), qPrintable(e.detail));
        QVERIFY(!e.message.contains(QChar(0x202e)));
        QVERIFY(e.message.size() < 600);
        QVERIFY(e.detail.size() < 600);
        QVERIFY(e.message.contains(QLatin1String("[31mred")));

        // A refusing greeting, and -ERR to a command in the session.
        makeClient();
        CapturedStatus greeting;
        m_client->connectToServer(settings(), kPassword, greeting.cb());
        m_t->acceptConnection();
        S("-ERR [SYS/TEMP] \x1b]0;owned\x07 go away\r\n");
        QCOMPARE(greeting.code(), Error::Code::ServerTemporary);
        QVERIFY(!hasControlCharacters(greeting.error().detail));

        QCOMPARE(sanitizeServerText("a\r\nb\tc", 10), QStringLiteral("a b c"));
        QCOMPARE(sanitizeServerText(QByteArray(50, 'x'), 10), QString(10, QLatin1Char('x')) + QChar(0x2026));
        QCOMPARE(sanitizeServerText("caf\xc3\xa9"), QStringLiteral("caf\u00e9"));
    }

    // ---- re-entrancy --------------------------------------------------------------------

    void abortAndDeleteLaterInsideACallback()
    {
        // What the engine does when a message fails: abort() and deleteLater() from inside.
        QVERIFY(login());
        Pop3Client *client = m_client.release();
        QPointer<Pop3Client> watch(client);
        int first = 0;
        Captured<QByteArray> second;
        CapturedStatus third;
        client->retrieve(1, [&](Result<QByteArray>) {
            ++first;
            client->abort();
            client->deleteLater();
        });
        client->retrieve(2, second.cb());
        client->dele(2, third.cb());
        S("+OK\r\na\r\n.\r\n+OK\r\nb\r\n.\r\n+OK\r\n");
        QCOMPARE(first, 1);
        QCOMPARE(second.calls, 1);
        QCOMPARE(second.scope(), Error::Scope::Cancelled);
        QCOMPARE(third.calls, 1);
        QCOMPARE(third.scope(), Error::Scope::Cancelled);
        QCOMPARE(m_disconnects, 0); // asked for: no disconnected()
        QVERIFY(!m_t || m_t->abortedByClient());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!watch);
        QCOMPARE(first + second.calls + third.calls, 3);
    }

    void abortFromBytesReceived()
    {
        QVERIFY(login());
        Captured<QByteArray> retr;
        CapturedStatus noop;
        m_client->retrieve(1, retr.cb());
        m_client->noop(noop.cb());
        connect(m_client.get(), &Pop3Client::bytesReceived, this, [this] { m_client->abort(); });
        S("+OK\r\nbody\r\n.\r\n+OK\r\n");
        QCOMPARE(retr.calls, 1);
        QCOMPARE(retr.scope(), Error::Scope::Cancelled); // the reply that came with the abort is not used
        QCOMPARE(noop.calls, 1);
        QCOMPARE(noop.scope(), Error::Scope::Cancelled);
    }

    void deleteInsideTheConnectCallbackAndInsideAFailure()
    {
        makeClient();
        bool called = false;
        m_client->connectToServer(settings(), kPassword, [&](Status) {
            called = true;
            m_client.reset();
        });
        Captured<StatInfo> queued;
        m_client->stat(queued.cb());
        m_t->acceptConnection();
        S("+OK\r\n");
        S(kCapa);
        S("+OK\r\n");
        S("-ERR [AUTH] no\r\n");
        QVERIFY(called);
        QVERIFY(!m_client);
        QCOMPARE(queued.calls, 0); // a deleted client calls nothing more

        // Delete the client from a callback of a dropped session.
        QVERIFY(login());
        Captured<QByteArray> other;
        m_client->noop([&](Status) { m_client.reset(); });
        m_client->retrieve(1, other.cb());
        m_t->serverCloses();
        QVERIFY(!m_client);
        QCOMPARE(other.calls, 0);
    }

    void commandsAfterQuitFailOnceAndLater()
    {
        QVERIFY(login());
        CapturedStatus quit;
        Captured<QByteArray> late;
        m_client->quit(quit.cb());
        m_client->retrieve(1, late.cb()); // after QUIT was asked for, before its answer
        C("QUIT\r\n");
        QCOMPARE(late.calls, 0); // never synchronously
        S("+OK bye\r\n");
        QVERIFY(quit.ok());
        QCoreApplication::processEvents();
        QCOMPARE(late.calls, 1);
        QCOMPARE(late.code(), Error::Code::ConnectionClosed);
        QCoreApplication::processEvents();
        QCOMPARE(late.calls, 1);
    }

    void reconnectFromInsideAFailure()
    {
        QVERIFY(login());
        QPointer<test::FakeTransport> first = m_t;
        CapturedStatus again;
        int drops = 0;
        m_client->noop([&](Status s) {
            ++drops;
            QVERIFY(!s.ok());
            m_client->connectToServer(settings(), kPassword, again.cb());
        });
        m_t->serverCloses();
        QCOMPARE(drops, 1);
        QVERIFY(m_t && m_t != first);
        QCOMPARE(m_disconnects, 0); // the next session is on its way; this one is not reported
        m_t->acceptConnection();
        S("+OK\r\n");
        C("CAPA\r\n");
        S(kCapa);
        C("USER maria\r\n");
        S("+OK\r\n");
        (void)m_t->takeWritten();
        S("+OK\r\n");
        QVERIFY(again.ok());
        QVERIFY(m_client->isConnected());
    }

    void queueFromInsideACallback()
    {
        QVERIFY(login());
        Captured<QByteArray> second;
        int first = 0;
        m_client->retrieve(1, [&](Result<QByteArray> r) {
            ++first;
            QVERIFY(r.ok());
            m_client->retrieve(2, second.cb());
        });
        S("+OK\r\na\r\n.\r\n");
        QCOMPARE(first, 1);
        QVERIFY(m_t->takeWritten().endsWith("RETR 2\r\n"));
        S("+OK\r\nb\r\n.\r\n");
        QVERIFY(second.ok());
        QCOMPARE(second.result->value(), QByteArray("b\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestPop3Hostile)
#include "tst_pop3_hostile.moc"
