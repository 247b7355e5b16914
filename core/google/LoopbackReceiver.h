#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QTcpSocket;

namespace mf::google {

/// The loopback end of the OAuth redirect: a tiny HTTP listener on 127.0.0.1 only, at a free port,
/// that answers exactly one callback path. It replaces QOAuthHttpServerReplyHandler, which in
/// Qt 6.4 listens on every interface by default, matches paths by prefix and inserts its callback
/// text unescaped (FACTS.md, NetworkAuth pitfalls 3 and 7).
///
/// The browser's connection is held open until respond(), so the page it shows can tell the truth
/// about the whole sign-in (including the token exchange), not just "code received".
class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /// Starts listening on 127.0.0.1 at a free port for `callbackPath` (e.g. "/mailferry/oauth2").
    [[nodiscard]] bool listen(const QString &callbackPath);
    /// http://127.0.0.1:PORT/PATH (the redirect_uri registered in the authorization request).
    [[nodiscard]] QUrl redirectUri() const;
    [[nodiscard]] bool isListening() const;

    /// Answers the browser that delivered the callback with a complete HTML page, then closes
    /// the connection and stops listening.
    void respond(int httpStatus, const QByteArray &html);
    /// Stops listening and drops any held browser connection.
    void close();

signals:
    /// The browser arrived at the callback path with these query parameters. Emitted once.
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void reply(QTcpSocket *socket, int status, const QByteArray &html);

    std::unique_ptr<QTcpServer> m_server;
    QString m_path;
    QPointer<QTcpSocket> m_pending;
    bool m_delivered = false;
};

/// A small, friendly, self-contained HTML page for the browser tab. Both texts are escaped.
[[nodiscard]] QByteArray browserPage(const QString &title, const QString &text, bool success);

} // namespace mf::google
