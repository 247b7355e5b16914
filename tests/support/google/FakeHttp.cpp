// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The fake Google's HTTP/1.1 transport: what happens on the wire, whatever Google would answer.
#include "FakeHttp.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif

namespace mf::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

// ---------------------------------------------------------------------------------------------
// One client connection: an HTTP/1.1 parser that copes with partial reads, Content-Length and
// chunked bodies, and keep-alive (QNetworkAccessManager reuses connections).
class FakeHttpConnection : public QObject {
public:
    FakeHttpConnection(QTcpSocket *socket, FakeHttpHandler handler, qint64 *streamedBytes)
        : QObject(socket)
        , m_handler(std::move(handler))
        , m_streamedBytes(streamedBytes)
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
    ~FakeHttpConnection() override
    {
        // The client gave up before the (delayed) answer: still free its concurrency slot.
        if (m_pendingOnSent)
            m_pendingOnSent();
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
#ifdef Q_OS_LINUX
        // Acknowledge at once. QNetworkAccessManager leaves Nagle's algorithm on and writes a
        // request in pieces, so its last piece waits for our ACK; over loopback Linux delays that
        // ACK by up to 40 ms, which would cap every connection near 50 uploads a second and hide
        // the engine's own speed in the benchmarks. (Linux clears the flag by itself: set it again
        // after every read.)
        const int quickAck = 1;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &quickAck, sizeof quickAck);
#endif
        processBuffer();
    }

    void processBuffer()
    {
        while (!m_busy) {
            FakeHttpRequest request;
            int consumed = 0;
            if (!parse(&request, &consumed))
                return;
            m_buffer.remove(0, consumed);
            m_busy = true;
            FakeHttpResponse response = m_handler(request);
            m_pendingOnSent = response.onSent;
            response.onSent = nullptr;
            const bool close = request.headers.value("connection").toLower() == "close";
            if (response.delayMs > 0) {
                QPointer<FakeHttpConnection> self(this);
                QTimer::singleShot(response.delayMs, this, [self, response, close] {
                    if (self)
                        self->send(response, close);
                });
            } else {
                send(response, close);
            }
        }
    }

    bool parse(FakeHttpRequest *request, int *consumed)
    {
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() < 2) {
            m_socket->abort();
            return false;
        }
        request->method = requestLine[0];
        request->target = requestLine[1];
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon > 0)
                request->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        int pos = headerEnd + 4;
        if (request->headers.value("transfer-encoding").toLower().contains("chunked")) {
            QByteArray body;
            for (;;) {
                const int lineEnd = m_buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return false;
                bool ok = false;
                const qint64 size = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
                if (!ok) {
                    m_socket->abort();
                    return false;
                }
                pos = lineEnd + 2;
                if (size == 0) {
                    const int trailerEnd = m_buffer.indexOf("\r\n", pos);
                    if (trailerEnd < 0)
                        return false;
                    pos = trailerEnd + 2;
                    break;
                }
                if (m_buffer.size() < pos + size + 2)
                    return false;
                body += m_buffer.mid(pos, size);
                pos += int(size) + 2;
            }
            request->body = body;
        } else {
            const qint64 length = request->headers.value("content-length").toLongLong();
            if (m_buffer.size() < pos + length)
                return false;
            request->body = m_buffer.mid(pos, int(length));
            pos += int(length);
        }
        const QUrl url(QStringLiteral("http://fake") + QString::fromLatin1(request->target));
        request->path = url.path();
        request->query = QUrlQuery(url.query(QUrl::FullyEncoded));
        *consumed = pos;
        return true;
    }

    void send(const FakeHttpResponse &response, bool close)
    {
        if (m_pendingOnSent) {
            auto onSent = std::move(m_pendingOnSent);
            m_pendingOnSent = nullptr;
            onSent();
        }
        if (response.reset) {
#ifdef Q_OS_UNIX
            // SO_LINGER 0 turns close() into a TCP RST: the client sees "connection reset by peer".
            struct linger lin {
                1, 0
            };
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lin, sizeof lin);
#endif
            m_socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        bool hasType = false;
        for (const auto &h : response.headers) {
            out += h.first + ": " + h.second + "\r\n";
            hasType = hasType || h.first.toLower() == "content-type";
        }
        if (!hasType && (!response.body.isEmpty() || response.stream))
            out += "Content-Type: application/json; charset=UTF-8\r\n";
        if (response.stream) {
            // A body too large (or endless) to hold: written as the socket drains, so the fake
            // itself stays small and a test can measure what the client buffers.
            const qint64 total = *response.stream;
            const bool announce = response.announceStream && total >= 0;
            if (announce)
                out += "Content-Length: " + QByteArray::number(total) + "\r\n";
            else
                out += "Connection: close\r\n"; // the body ends when the connection does
            out += "\r\n";
            m_socket->write(out);
            m_streamLeft = total;
            m_streamClose = close || !announce;
            if (!m_streaming) {
                m_streaming = true;
                connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { pumpStream(); });
            }
            pumpStream();
            return;
        }
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";
        out += response.body;
        m_socket->write(out);
        m_busy = false;
        if (close) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty())
            processBuffer();
    }

    void pumpStream()
    {
        if (m_streamLeft == 0 || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray filler(64 * 1024, 'x');
        while (m_socket->bytesToWrite() < 256 * 1024 && m_streamLeft != 0) {
            const qint64 n = m_streamLeft < 0 ? filler.size() : std::min<qint64>(filler.size(), m_streamLeft);
            m_socket->write(filler.constData(), n);
            *m_streamedBytes += n;
            if (m_streamLeft > 0)
                m_streamLeft -= n;
        }
        if (m_streamLeft == 0) {
            if (m_streamClose) {
                m_socket->disconnectFromHost();
                return;
            }
            m_busy = false;
            if (!m_buffer.isEmpty())
                processBuffer();
        }
    }

    FakeHttpHandler m_handler;
    qint64 *m_streamedBytes;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    qint64 m_streamLeft = 0;
    bool m_streamClose = false;
    bool m_streaming = false;
    std::function<void()> m_pendingOnSent;
};

} // namespace

void serveHttpConnection(QTcpSocket *socket, FakeHttpHandler handler, qint64 *streamedBytes)
{
    new FakeHttpConnection(socket, std::move(handler), streamedBytes);
}

} // namespace mf::test
