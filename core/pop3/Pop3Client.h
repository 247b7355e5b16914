#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "pop3/Capabilities.h"
#include "pop3/CertificateInfo.h"
#include "pop3/Pop3Types.h"
#include "pop3/ResponseReader.h"
#include "pop3/Transport.h"
#include "common/ThreadCheck.h"

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

    /// Connects, reads the greeting, asks CAPA, runs STLS when chosen, and logs in. `done` gets
    /// success once the session is in the TRANSACTION state. The password is used for this login
    /// only and never stored, logged or put in an error. The error table is at the top of
    /// Pop3Client.cpp; AuthFailed is Account scope and must never be retried automatically.
    void connectToServer(const ServerSettings &settings, const QString &password, StatusCallback done);

    void stat(Callback<StatInfo> done);
    void list(Callback<QList<ListEntry>> done);
    /// LIST for one message; Item-scope NoSuchMessage when the server has no such number.
    void list(int number, Callback<ListEntry> done);
    /// All UIDLs. A server without UIDL yields Account-scope UidlUnsupported: the engine must then
    /// refuse delete mode and identify messages by content.
    void uidl(Callback<QList<UidlEntry>> done);
    void uidl(int number, Callback<UidlEntry> done);
    /// TOP n lines: the header and the first `lines` body lines, unstuffed, as sent.
    void top(int number, int lines, Callback<QByteArray> done);
    /// RETR: the message exactly as the server sent it (line ends untouched), dot-unstuffed while
    /// it streams in. The size is what arrived, whatever LIST announced. bytesReceived() reports
    /// progress meanwhile.
    void retrieve(int number, Callback<QByteArray> done);
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
    };
    using ReplyHandler = std::function<void(Result<Reply>)>;

    struct Command {
        QByteArray line;        ///< without CRLF
        QByteArray trace;       ///< what the log shows (secrets redacted)
        bool multiline = false; ///< +OK is followed by a body
        bool inBody = false;
        qint64 announced = -1;
        Reply reply;
        ReplyHandler handler;
        QByteArray continuationLine; ///< sent on a "+ " challenge (AUTH PLAIN), redacted in the log
    };

    void init();
    void enqueue(QByteArray line, bool multiline, ReplyHandler handler, QByteArray trace = {});
    void sendNow(Command command); ///< during login: bypasses the queue, one at a time
    void pump();
    void writeLine(const QByteArray &line, const QByteArray &trace);
    void armIdle();

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onTransportFailed(Error::Code code, const QString &detail);
    void processInput();
    bool handleGreeting(const QByteArray &line);

    void askCapa();
    void startTlsStep();
    void authenticate();
    void authUserPass();
    void authSaslPlain();
    void authApop();
    void loginSucceeded();
    void finishConnect(Status status);

    /// Ends the connection: the first pending callback gets `cause`, the others ConnectionClosed.
    void failAll(const Error &cause, bool unexpected);
    void failLater(std::function<void()> fn);

    [[nodiscard]] Error errorFromReply(const Reply &reply, const QByteArray &command) const;
    [[nodiscard]] Error authError(const Reply &reply, const QByteArray &command) const;
    [[nodiscard]] Error transportError(Error::Code code, const QString &detail) const;
    [[nodiscard]] Error connectionClosed(const QString &detail) const;
    [[nodiscard]] Error notConnected() const;
    [[nodiscard]] QString serverName() const;

    template <typename T>
    ReplyHandler simple(Callback<T> done, std::function<Result<T>(Reply &)> parse, QByteArray command);
    ReplyHandler statusHandler(StatusCallback done, QByteArray command);

    Clock *m_clock;
    TransportFactory m_factory;
    QPointer<Transport> m_transport;
    Timer *m_connectTimer = nullptr;
    Timer *m_greetingTimer = nullptr;
    Timer *m_idleTimer = nullptr;
    Timeouts m_timeouts;

    State m_state = State::Idle;
    quint64 m_generation = 0; ///< bumped when a connection ends; callbacks check it to stop early
    ServerSettings m_settings;
    QString m_password;       ///< only while logging in; cleared right after
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
    bool m_quitRequested = false; ///< no command may follow QUIT
};

} // namespace mf::pop3
