// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/LoopbackReceiver.h"

#include "common/Logging.h"

#include <QTcpSocket>

#include <algorithm>

namespace mf::google {

LoopbackReceiver::LoopbackReceiver(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

bool LoopbackReceiver::listen(const QString &callbackPath)
{
    close();
    m_path = callbackPath.startsWith(QLatin1Char('/')) ? callbackPath : QLatin1Char('/') + callbackPath;
    m_delivered = false;
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackReceiver::onNewConnection);
    // 127.0.0.1 only: nobody else on the network may deliver (or steal) the code.
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcGoogle) << "loopback listener failed:" << m_server->errorString();
        m_server.reset();
        return false;
    }
    return true;
}

QUrl LoopbackReceiver::redirectUri() const
{
    if (!m_server)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(m_path));
}

bool LoopbackReceiver::isListening() const
{
    return m_server && m_server->isListening();
}

int LoopbackReceiver::openConnections() const
{
    return int(std::count_if(m_open.cbegin(), m_open.cend(), [](const QPointer<QTcpSocket> &s) { return !s.isNull(); }));
}

void LoopbackReceiver::makeRoom()
{
    m_open.erase(std::remove_if(m_open.begin(), m_open.end(), [](const QPointer<QTcpSocket> &s) { return s.isNull(); }),
                 m_open.end());
    while (int(m_open.size()) >= kMaxConnections) {
        auto victim =
            std::find_if(m_open.begin(), m_open.end(), [this](const QPointer<QTcpSocket> &s) { return s != m_pending; });
        if (victim == m_open.end())
            return;
        QTcpSocket *socket = *victim;
        m_open.erase(victim);
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackReceiver::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        makeRoom();
        m_open.emplace_back(socket);
        // Qt buffers no more of a request than we would accept.
        socket->setReadBufferSize(kMaxRequestBytes + 1);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_deadline.count() > 0) {
            // A connection that sends nothing, or trickles, is dropped; the one whose callback is
            // being answered is held by the sign-in, which has a deadline of its own.
            Timer *deadline = m_clock->createTimer(socket);
            deadline->setObjectName(QStringLiteral("mfDeadline"));
            QPointer<QTcpSocket> guard(socket);
            connect(deadline, &Timer::timeout, this, [this, guard] {
                if (!guard || guard == m_pending)
                    return;
                guard->abort();
                guard->deleteLater();
            });
            deadline->start(m_deadline);
        }
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("mfBuffer").toByteArray() + socket->read(kMaxRequestBytes + 1);
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("mfBuffer", buffer);
        return;
    }
    socket->setProperty("mfBuffer", QByteArray());
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 2 || requestLine[0] != "GET") {
        reply(socket, 405, browserPage(tr("Not here"), tr("This address only receives Mailferry's sign-in."), false));
        return;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(requestLine[1]));
    // Exact path match, unlike NetworkAuth 6.4's prefix match.
    if (url.path() != m_path || m_delivered) {
        reply(socket, 404, browserPage(tr("Not here"), tr("This address only receives Mailferry's sign-in."), false));
        return;
    }
    m_delivered = true;
    m_pending = socket;
    if (Timer *deadline = socket->findChild<Timer *>(QStringLiteral("mfDeadline")))
        deadline->stop();
    emit callbackReceived(QUrlQuery(url.query(QUrl::FullyEncoded)));
}

void LoopbackReceiver::reject(int httpStatus, const QByteArray &html)
{
    if (m_pending)
        reply(m_pending, httpStatus, html);
    m_pending = nullptr;
    m_delivered = false;
}

void LoopbackReceiver::respond(int httpStatus, const QByteArray &html)
{
    if (m_pending)
        reply(m_pending, httpStatus, html);
    m_pending = nullptr;
    if (m_server)
        m_server->close();
}

void LoopbackReceiver::close()
{
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

void LoopbackReceiver::reply(QTcpSocket *socket, int status, const QByteArray &html)
{
    const QByteArray phrase = status == 200 ? "OK"
        : status == 404                     ? "Not Found"
        : status == 405                     ? "Method Not Allowed"
                                            : "Bad Request";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase + "\r\n"
        + "Content-Type: text/html; charset=utf-8\r\n" + "Cache-Control: no-store\r\n" + "Referrer-Policy: no-referrer\r\n"
        + "Content-Length: " + QByteArray::number(html.size()) + "\r\n" + "Connection: close\r\n\r\n" + html;
    // The socket outlives the listener (which closes right after this answer): detach it so the
    // page is flushed completely, and let it delete itself once the browser has it.
    socket->setParent(nullptr);
    QObject::connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->write(out);
    socket->flush();
    socket->disconnectFromHost();
}

QByteArray browserPage(const QString &title, const QString &text, bool success)
{
    const QString color = success ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318");
    const QString html =
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title>"
            "<style>body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f6f7f9;margin:0;"
            "display:flex;align-items:center;justify-content:center;min-height:100vh}"
            "main{background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:2.5em 3em;max-width:32em}"
            "h1{color:%3;font-size:1.5em;margin-top:0}p{color:#333;line-height:1.5;font-size:1.05em}</style></head>"
            "<body><main><h1>%1</h1><p>%2</p><p>%4</p></main></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped(), color,
                 LoopbackReceiver::tr("You can close this tab and return to Mailferry.").toHtmlEscaped());
    return html.toUtf8();
}

} // namespace mf::google
