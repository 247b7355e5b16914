// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <memory>

class QTcpSocket;

namespace mf::google {

/// The loopback end of the OAuth redirect: a tiny HTTP listener on 127.0.0.1 only, at a free port,
/// that answers exactly one callback path. It replaces QOAuthHttpServerReplyHandler, which in
/// Qt 6.4 listens on every interface by default, matches paths by prefix and inserts its callback
/// text unescaped.
///
/// The browser's connection is held open until respond(), so the page it shows can tell the truth
/// about the whole sign-in (including the token exchange), not just "code received".
///
/// Anything on this machine can connect, so the listener is bounded: a request larger than
/// kMaxRequestBytes is dropped, every connection has a deadline (from the injected Clock), and at
/// most kMaxConnections are open at once (the oldest idle one makes room for a new one, so junk
/// connections can neither grow memory nor lock the real browser out).
class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxRequestBytes = 32 * 1024;
    static constexpr int kMaxConnections = 16;

    /// `clock` drives the per-connection deadline; null means the system clock.
    explicit LoopbackReceiver(Clock *clock = nullptr, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// Starts listening on 127.0.0.1 at a free port for `callbackPath` (e.g. "/mailferry/oauth2").
    [[nodiscard]] bool listen(const QString &callbackPath);
    /// http://127.0.0.1:PORT/PATH (the redirect_uri registered in the authorization request).
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] bool isListening() const;

    /// Answers the browser that delivered the callback with a complete HTML page, then closes
    /// the connection and stops listening.
    void respond(int httpStatus, const QByteArray &html);
    /// Answers the connection that delivered the callback (one that is not this sign-in's) and
    /// keeps listening: the next request to the callback path is delivered again.
    void reject(int httpStatus, const QByteArray &html);
    /// How long one connection may take to send its request (default 10 s).
    void setConnectionDeadline(Millis deadline) { m_deadline = deadline; }
    /// Connections open now (tests: junk connections must not pile up).
    [[nodiscard]] int openConnections() const;
    /// Stops listening and drops any held browser connection.
    void close();

signals:
    /// The browser arrived at the callback path with these query parameters. The receiver then
    /// delivers nothing more until reject() (or for good after respond()).
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void reply(QTcpSocket *socket, int status, const QByteArray &html);

    void makeRoom();

    Clock *m_clock;
    std::unique_ptr<QTcpServer> m_server;
    QString m_path;
    QPointer<QTcpSocket> m_pending;
    bool m_delivered = false;
    Millis m_deadline{10000};
    std::deque<QPointer<QTcpSocket>> m_open; ///< oldest first
};

/// A small, friendly, self-contained HTML page for the browser tab. Both texts are escaped.
[[nodiscard]] QByteArray browserPage(const QString &title, const QString &text, bool success);

} // namespace mf::google
