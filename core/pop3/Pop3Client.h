// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "common/ThreadCheck.h"
#include "pop3/Capabilities.h"
#include "pop3/CertificateInfo.h"
#include "pop3/ErrorTable.h"
#include "pop3/Pop3Types.h"
#include "pop3/ResponseReader.h"
#include "pop3/Transport.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace mf::pop3 {

/// An asynchronous, streaming POP3 client (RFC 1939, 2449 CAPA, 2595 STLS, 5034 SASL PLAIN).
///
/// Event-driven over a Transport: no blocking call, no lock; it lives and must be called in one
/// thread (the one that owns it). Every command takes a callback that is called exactly once,
/// with the result or an Error. Commands may be queued at any time, also before connectToServer()
/// has finished; they are sent in order, and PIPELINED (several in flight, RFC 2449) when the
/// server advertises PIPELINING, so a batch of RETRs does not pay one round trip each.
///
/// When the connection drops (server close, timeout, protocol violation) every pending callback
/// gets a Session-scope error exactly once: the one that was waiting gets the cause, the rest
/// ConnectionClosed. Nothing marked with DELE is then removed by the server (RFC 1939 UPDATE
/// state is reached only by QUIT), so the engine may simply repeat the DELE next session.
///
/// Protocol traces go to lcPop3 (debug level), with PASS, AUTH and APOP arguments redacted.
///
/// Hostile or broken servers: memory is bounded by Limits (a reply over its cap ends the
/// connection, see retrieve()), time by Timeouts (idle, a deadline per status line, a minimum
/// rate for bodies: TooSlow), numbers are parsed checked (ProtocolViolation when they do not
/// fit), and server text that reaches an Error is sanitised (no control characters, capped).
/// Callbacks may abort() or delete the client, or queue commands, from inside any callback.
class Pop3Client : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    using StatusCallback = std::function<void(Status)>;

    /// Production client: QSslSocket transport.
    explicit Pop3Client(Clock *clock, QObject *parent = nullptr);
    /// Client over another transport (tests pass a factory of scripted FakeTransports).
    Pop3Client(Clock *clock, TransportFactory factory, QObject *parent = nullptr);
    ~Pop3Client() override;

    /// Takes effect for the next connection and for the timers started from now on.
    void setTimeouts(const Timeouts &timeouts);
    [[nodiscard]] Timeouts timeouts() const { return m_timeouts; }
    /// Caps on replies; take effect for the commands queued from now on (the line cap at once).
    void setLimits(const Limits &limits);
    [[nodiscard]] Limits limits() const { return m_limits; }

    /// Connects, reads the greeting, asks CAPA, runs STLS when chosen, and logs in. `done` gets
    /// success once the session is in the TRANSACTION state. The password is used for this login
    /// only and never stored, logged or put in an error. The error table is at the top of
    /// ErrorTable.cpp; AuthFailed is Account scope and must never be retried automatically.
    void connectToServer(const ServerSettings &settings, const QString &password, StatusCallback done);

    void stat(Callback<StatInfo> done);
    void list(Callback<QList<ListEntry>> done);
    /// LIST for one message; Item-scope NoSuchMessage when the server has no such number.
    void list(int number, Callback<ListEntry> done);
    /// All UIDLs. A server without UIDL yields Account-scope UidlUnsupported: the engine must then
    /// refuse delete mode and identify messages by content.
    void uidl(Callback<QList<UidlEntry>> done);
    void uidl(int number, Callback<UidlEntry> done);
    /// TOP n lines: the header and the first `lines` body lines, unstuffed, as sent. A reply
    /// over Limits::maxTopBytes gives an Item-scope ReplyTooLarge (the message is at fault) and,
    /// as POP3 cannot abandon a reply, drops the connection: the other callbacks get
    /// ConnectionClosed.
    void top(int number, int lines, Callback<QByteArray> done);
    /// TOP n lines keeping only the first `keepBytes` of the reply: the rest is read and dropped,
    /// so a huge header block costs at most `keepBytes` and the connection goes on (unlike top(),
    /// whose cap ends it). CutReply::isCut() says whether anything was dropped.
    void topCut(int number, int lines, qint64 keepBytes, Callback<CutReply> done);
    /// RETR: the message exactly as the server sent it (line ends untouched), dot-unstuffed while
    /// it streams in. The size is what arrived, whatever LIST announced. bytesReceived() reports
    /// progress meanwhile. Capped at Limits::maxMessageBytes (64 MiB by default).
    void retrieve(int number, Callback<QByteArray> done);
    /// RETR with a cap: as soon as the unstuffed message passes `maxBytes` (or the
    /// Limits::maxMessageBytes ceiling, whichever is lower; a negative `maxBytes` means the
    /// ceiling alone), buffering stops, `done` gets an Item-scope MessageOversize error whose
    /// detail says how many bytes had arrived, and the connection is dropped (a RETR cannot be
    /// abandoned mid-stream): every other pending callback then fails as on any drop
    /// (Session-scope ConnectionClosed) and disconnected() is emitted. Nothing marked with DELE
    /// is removed by that drop. A message of exactly `maxBytes` is delivered.
    void retrieve(int number, qint64 maxBytes, Callback<QByteArray> done);
    /// Marks a message for deletion; it is removed only if a later quit() succeeds.
    void dele(int number, StatusCallback done);
    void rset(StatusCallback done);
    void noop(StatusCallback done);
    /// Ends the session with QUIT. Success means the server answered +OK, i.e. it committed the
    /// UPDATE state and removed what was marked; only then may the engine record "deleted".
    void quit(StatusCallback done);
    /// Drops the connection without QUIT, so nothing marked is deleted. Pending callbacks get a
    /// Cancelled error. disconnected() is not emitted for an abort the caller asked for.
    void abort();

    [[nodiscard]] bool isConnected() const { return m_state == State::Transaction; }
    /// What CAPA said (after STLS, the second CAPA). Valid once connectToServer() succeeded.
    [[nodiscard]] Capabilities capabilities() const { return m_caps; }
    /// The server certificate: after a TLS session was set up, or the one that stopped the connect
    /// with CertificateUntrusted (problems filled), so the UI can offer to pin it.
    [[nodiscard]] std::optional<CertificateInfo> peerCertificate() const { return m_peerCertificate; }
    /// Greeting text (without "+OK"), for the log.
    [[nodiscard]] QByteArray greeting() const { return m_greeting; }
    /// The server refused APOP in this connection (some hang up right after): the caller should
    /// ask for Auth::UserPass next time instead of trying APOP again.
    [[nodiscard]] bool apopRefused() const { return m_apopRefused; }
    /// RFC 6856: the server accepted the UTF8 command (sent whenever CAPA advertises UTF8), so
    /// it sends messages with their original 8-bit headers rather than a stand-in. False when it
    /// did not advertise UTF8 or refused the command (the login goes on in any case).
    [[nodiscard]] bool utf8Enabled() const { return m_utf8; }
    /// The most memory one reply held at any moment since this client was made: the capacity
    /// of the body buffer plus the reader's unconsumed input. Tests check it stays near the cap.
    [[nodiscard]] qint64 peakBufferedBytes() const { return m_peakBuffered; }

    /// How many commands may be in flight when pipelining (default 64). Bounded so that a huge
    /// queue does not make the server buffer without limit.
    void setMaxPipelineDepth(int depth) { m_maxInFlight = std::max(1, depth); }

signals:
    /// Raw bytes received on this connection so far, for progress display.
    void bytesReceived(qint64 total);
    /// The connection ended unexpectedly (drop, timeout, protocol error). Not emitted after a
    /// successful quit() or after abort().
    void disconnected();

private:
    enum class State { Idle, Connecting, Greeting, LoggingIn, StartingTls, Transaction, Quitting, Closed };

    /// What the server answered to one command.
    struct Reply {
        bool ok = false;
        bool continuation = false; ///< "+ " SASL challenge
        QByteArray text;           ///< status line after "+OK " / "-ERR "
        QByteArray body;           ///< unstuffed multi-line body, if any
        qint64 bodyBytes = 0;      ///< unstuffed octets the server sent (more than body.size() when cut)
    };
    using ReplyHandler = std::function<void(Result<Reply>)>;

    /// What a multi-line body is, for its cap and for the error when it passes it.
    enum class BodyKind { None, Capa, Listing, Top, Message };

    struct Command {
        QByteArray line;        ///< without CRLF
        QByteArray trace;       ///< what the log shows (secrets redacted)
        quint64 id = 0;         ///< unique per client, for the per-reply timers
        bool multiline = false; ///< +OK is followed by a body
        BodyKind kind = BodyKind::None;
        qint64 maxBody = -1;   ///< cap on the unstuffed body
        bool cutAtCap = false; ///< past maxBody the body is dropped, not an error (topCut)
        bool inBody = false;
        qint64 announced = -1;
        Reply reply;
        ReplyHandler handler;
        QByteArray continuationLine; ///< sent on a "+ " challenge (AUTH PLAIN), redacted in the log
    };

    // Pop3Client.cpp: the connection's machinery (queue, pipelining, reading replies, timers, ending).
    void init();
    void enqueue(QByteArray line, bool multiline, ReplyHandler handler, QByteArray trace = {}, BodyKind kind = BodyKind::None,
                 qint64 maxBody = -1, bool cutAtCap = false);
    void sendNow(Command command); ///< during login: bypasses the queue, one at a time
    void pump();
    void writeLine(const QByteArray &line, const QByteArray &trace);
    void armIdle();
    /// Starts or stops the status-line deadline and the body-rate window for the reply now due.
    void armReplyTimers();
    [[nodiscard]] Error bodyTooLarge(const Command &command) const;

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onTransportFailed(Error::Code code, const QString &detail);
    void processInput();
    bool handleGreeting(const QByteArray &line);

    // Pop3Login.cpp: greeting, CAPA, STLS, UTF8 and authentication, up to the TRANSACTION state.
    void askCapa();
    void startTlsStep();
    void beforeAuthentication();
    void enableUtf8();
    void authenticate();
    void authUserPass();
    void authSaslPlain();
    /// `fallBack`: chosen automatically, so a refusal gives way once to SASL PLAIN or USER/PASS.
    void authApop(bool fallBack);
    /// The reply handler of a login command: nothing when the connection ended (the connect
    /// callback has the cause); +OK runs `accepted`; -ERR is mapped by ErrorTable::fromLogin()
    /// and ends the login, or goes to `refused` when given.
    ReplyHandler loginStep(QByteArray command, std::function<void()> accepted, std::function<void(const Error &)> refused = {});
    void loginSucceeded();
    void finishConnect(Status status);

    /// Ends the connection: the first pending callback gets `cause`, the others ConnectionClosed.
    void failAll(const Error &cause, bool unexpected);
    void failLater(std::function<void()> fn);
    void stopTimers();

    /// What failures mean for the server of this connection (ErrorTable.cpp).
    [[nodiscard]] ErrorTable errors() const;
    [[nodiscard]] QString serverName() const;

    // Pop3Commands.cpp: the TRANSACTION commands and their reply handlers.
    template <typename T>
    ReplyHandler simple(Callback<T> done, std::function<Result<T>(Reply &)> parse, QByteArray command);
    ReplyHandler statusHandler(StatusCallback done, QByteArray command);

    Clock *m_clock;
    TransportFactory m_factory;
    QPointer<Transport> m_transport;
    Timer *m_connectTimer = nullptr;
    Timer *m_greetingTimer = nullptr;
    Timer *m_idleTimer = nullptr;
    Timer *m_replyLineTimer = nullptr;
    Timer *m_rateTimer = nullptr;
    quint64 m_replyLineFor = 0; ///< id of the command whose status line the deadline is for
    quint64 m_rateFor = 0;      ///< id of the command whose body the rate window watches
    qint64 m_windowBytes = 0;   ///< bytes received in the current rate window
    quint64 m_nextCommandId = 0;
    Timeouts m_timeouts;
    Limits m_limits;

    State m_state = State::Idle;
    quint64 m_generation = 0; ///< bumped when a connection ends; callbacks check it to stop early
    ServerSettings m_settings;
    QString m_password; ///< only while logging in; cleared right after
    StatusCallback m_connectDone;
    ResponseReader m_reader;
    std::deque<Command> m_sent;    ///< written, awaiting their reply (in order)
    std::deque<Command> m_waiting; ///< queued by the caller, not written yet
    int m_maxInFlight = 64;
    Capabilities m_caps;
    QByteArray m_greeting;
    QByteArray m_apopTimestamp;
    std::optional<CertificateInfo> m_peerCertificate;
    qint64 m_bytesReceived = 0;
    bool m_everConnected = false;
    bool m_tlsActive = false;
    bool m_utf8 = false;
    bool m_quitRequested = false; ///< no command may follow QUIT
    bool m_apopRefused = false;
    qint64 m_peakBuffered = 0;
};

} // namespace mf::pop3
