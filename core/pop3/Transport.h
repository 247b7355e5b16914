// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"
#include "pop3/CertificateInfo.h"

#include <QObject>

#include <functional>
#include <optional>

namespace mf::pop3 {

/// The byte pipe under Pop3Client (Trojitá's Socket seam): SslTransport over QSslSocket in
/// production, a scripted FakeTransport in tests. Event-driven, never blocking.
///
/// Contract: after connectToHost() the transport emits connected() once (for implicit TLS, only
/// after the handshake and certificate check passed), readyRead() whenever bytes wait, and
/// failed() at most once when the connection ends for any reason (remote close included). After
/// abort() it emits nothing more.
class Transport : public QObject {
    Q_OBJECT
public:
    /// How the server's certificate is judged.
    struct TlsPolicy {
        QString peerVerifyName;  ///< name the certificate must carry; empty: the host
        QByteArray pinnedSha256; ///< accepted even if verification fails (lowercase hex, DER SHA-256)
    };

    using QObject::QObject;

    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls, const TlsPolicy &policy) = 0;
    /// Starts the TLS handshake on the open plain connection (after STLS +OK); emits encrypted() or failed().
    virtual void startTls() = 0;
    virtual void write(const QByteArray &data) = 0;
    [[nodiscard]] virtual QByteArray readAll() = 0;
    /// Orderly close after QUIT: pending writes are flushed.
    virtual void close() = 0;
    /// Drops the connection at once; no signal is emitted afterwards.
    virtual void abort() = 0;
    [[nodiscard]] virtual bool isEncrypted() const = 0;
    /// The peer's certificate once TLS is up, or the one that was rejected (problems filled).
    [[nodiscard]] virtual std::optional<CertificateInfo> peerCertificate() const = 0;

signals:
    void connected();
    void encrypted();
    void readyRead();
    /// `code` is one of ConnectionRefused, HostNotFound, ConnectionClosed, Timeout, NetworkError,
    /// TlsHandshakeFailed or CertificateUntrusted; `detail` is technical text for the log.
    void failed(mf::Error::Code code, const QString &detail);
};

/// Makes the transport of one connection; the client owns (parents) what it returns.
using TransportFactory = std::function<Transport *(QObject *parent)>;

} // namespace mf::pop3
