// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QTcpSocket;

namespace mf::test {

/// One HTTP/1.1 request as the fake server read it.
struct FakeHttpRequest {
    QByteArray method;
    QByteArray target;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

/// What the fake server answers: a status, headers and a body, or a trick of the transport (a
/// delay, a reset instead of an answer, an endless or huge streamed body).
struct FakeHttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool reset = false;
    /// Instead of `body`: this many filler bytes (-1 endless), streamed as the socket drains.
    std::optional<qint64> stream;
    bool announceStream = false;
    std::function<void()> onSent; ///< e.g. release a concurrency slot
};

using FakeHttpHandler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

/// Serves one accepted client connection on loopback: an HTTP/1.1 parser that copes with partial
/// reads, Content-Length and chunked bodies and keep-alive (QNetworkAccessManager reuses
/// connections), asks `handler` for each answer and writes it as told (delayed, reset, streamed).
/// Bytes of streamed bodies are added to `*streamedBytes`. Lives as a child of `socket`.
void serveHttpConnection(QTcpSocket *socket, FakeHttpHandler handler, qint64 *streamedBytes);

} // namespace mf::test
