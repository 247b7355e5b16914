// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pop3/Transport.h"

#include <QPointer>
#include <QSslSocket>

namespace mf::pop3 {

/// The production transport: QSslSocket, certificate verification on, TLS 1.2 or later.
///
/// A certificate that fails verification is accepted only when its SHA-256 fingerprint equals the
/// pinned one; otherwise the handshake is stopped and failed(CertificateUntrusted) is emitted with
/// peerCertificate() describing it, so that the UI can offer "trust this server".
class SslTransport final : public Transport {
    Q_OBJECT
public:
    explicit SslTransport(QObject *parent = nullptr);
    ~SslTransport() override;

    void connectToHost(const QString &host, quint16 port, bool implicitTls, const TlsPolicy &policy) override;
    void startTls() override;
    void write(const QByteArray &data) override;
    QByteArray readAll() override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override;
    std::optional<CertificateInfo> peerCertificate() const override;

    [[nodiscard]] static TransportFactory factory();

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void fail(Error::Code code, const QString &detail);

    QPointer<QSslSocket> m_socket;
    TlsPolicy m_policy;
    QString m_host;
    bool m_implicitTls = false;
    bool m_handshaking = false;
    bool m_failed = false;
    std::optional<CertificateInfo> m_rejected;
};

} // namespace mf::pop3
