// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>

namespace mf::test {

FaultProxy::FaultProxy(QHostAddress target, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

bool FaultProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::setRandomDrops(double probability, qint64 minBytes, qint64 maxBytes, quint32 seed)
{
    m_probability = probability;
    m_minBytes = minBytes;
    m_maxBytes = std::max(minBytes, maxBytes);
    m_rng.seed(seed);
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        qint64 budget = -1; // bytes from the server before the cut; -1 = never
        if (m_probability > 0 && m_rng.generateDouble() < m_probability)
            budget = m_minBytes + qint64(m_rng.generateDouble() * double(m_maxBytes - m_minBytes));

        auto cut = [this, client, upstream] {
            ++m_drops;
            upstream->abort();
            client->abort();
            client->deleteLater();
        };
        auto pending = std::make_shared<QByteArray>();
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, pending] {
            if (!pending->isEmpty())
                upstream->write(*pending);
            pending->clear();
            Q_UNUSED(client);
        });
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
            const QByteArray data = client->readAll();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                pending->append(data);
        });
        auto left = std::make_shared<qint64>(budget);
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, left, cut] {
            QByteArray data = upstream->readAll();
            if (*left >= 0) {
                if (data.size() >= *left) {
                    client->write(data.left(*left));
                    client->flush();
                    cut();
                    return;
                }
                *left -= data.size();
            }
            client->write(data);
        });
        connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::disconnected, client, [client] {
            client->disconnectFromHost();
            client->deleteLater();
        });
        connect(client, &QTcpSocket::errorOccurred, upstream, [upstream](QAbstractSocket::SocketError) { upstream->abort(); });
        upstream->connectToHost(m_target, m_targetPort);
    }
}

} // namespace mf::test
