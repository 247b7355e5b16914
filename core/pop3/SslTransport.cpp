// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/SslTransport.h"

#include <QSslConfiguration>

namespace mf::pop3 {

SslTransport::SslTransport(QObject *parent)
    : Transport(parent)
{
}

SslTransport::~SslTransport()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

TransportFactory SslTransport::factory()
{
    return [](QObject *parent) -> Transport * { return new SslTransport(parent); };
}

void SslTransport::connectToHost(const QString &host, quint16 port, bool implicitTls, const TlsPolicy &policy)
{
    m_policy = policy;
    m_host = host;
    m_implicitTls = implicitTls;
    m_failed = false;
    m_rejected.reset();
    m_socket = new QSslSocket(this);

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(policy.peerVerifyName.isEmpty() ? host : policy.peerVerifyName);

    connect(m_socket, &QSslSocket::connected, this, [this] {
        // Commands are small and pipelined: do not let Nagle hold them back behind a delayed ACK.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_implicitTls)
            emit connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        const bool wasImplicit = m_implicitTls && m_handshaking;
        m_handshaking = false;
        if (wasImplicit)
            emit connected();
        else
            emit encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this,
            [this] { fail(Error::Code::ConnectionClosed, QStringLiteral("the server closed the connection")); });

    if (implicitTls) {
        m_handshaking = true;
        m_socket->connectToHostEncrypted(host, port, m_socket->peerVerifyName());
    } else {
        m_socket->connectToHost(host, port);
    }
}

void SslTransport::startTls()
{
    if (!m_socket)
        return;
    m_handshaking = true;
    m_socket->startClientEncryption();
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate leaf = m_socket->peerCertificate();
    CertificateInfo info = CertificateInfo::fromCertificate(leaf, errors);
    if (!leaf.isNull() && info.matchesPin(m_policy.pinnedSha256)) {
        // The user looked at exactly this certificate and chose to trust it.
        m_socket->ignoreSslErrors(errors);
        return;
    }
    // Not ignored: the handshake fails next, and onSocketError reports it as untrusted.
    m_rejected = std::move(info);
}

void SslTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString detail = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError: fail(Error::Code::ConnectionRefused, detail); break;
    case QAbstractSocket::HostNotFoundError: fail(Error::Code::HostNotFound, detail); break;
    case QAbstractSocket::SocketTimeoutError: fail(Error::Code::Timeout, detail); break;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(m_rejected ? Error::Code::CertificateUntrusted : Error::Code::TlsHandshakeFailed, detail);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        fail(m_handshaking ? Error::Code::TlsHandshakeFailed : Error::Code::ConnectionClosed, detail);
        break;
    default:
        fail(m_rejected ? Error::Code::CertificateUntrusted
                        : (m_handshaking ? Error::Code::TlsHandshakeFailed : Error::Code::NetworkError),
             detail);
        break;
    }
}

void SslTransport::fail(Error::Code code, const QString &detail)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(code, detail);
}

void SslTransport::write(const QByteArray &data)
{
    if (m_socket)
        m_socket->write(data);
}

QByteArray SslTransport::readAll()
{
    return m_socket ? m_socket->readAll() : QByteArray();
}

void SslTransport::close()
{
    if (!m_socket)
        return;
    m_failed = true; // an orderly close is not a failure
    m_socket->disconnect(this);
    m_socket->disconnectFromHost();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void SslTransport::abort()
{
    if (!m_socket)
        return;
    m_failed = true;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

bool SslTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

std::optional<CertificateInfo> SslTransport::peerCertificate() const
{
    if (m_rejected)
        return m_rejected;
    if (m_socket && m_socket->isEncrypted())
        return CertificateInfo::fromCertificate(m_socket->peerCertificate(), m_socket->sslHandshakeErrors());
    return std::nullopt;
}

} // namespace mf::pop3
