// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

namespace mf::test {

/// A TCP proxy on 127.0.0.1 that forwards to a real server (Dovecot) and cuts connections at
/// chosen or random points, for the "network drops mid-run" fault tests. TLS passes through it
/// untouched (it forwards bytes), so the client still verifies the real server's certificate.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    FaultProxy(QHostAddress target, quint16 targetPort, QObject *parent = nullptr);

    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    /// Each new connection is cut, with `probability`, after a random number of bytes from the
    /// server in [minBytes, maxBytes] (seeded, so a failing run can be repeated).
    void setRandomDrops(double probability, qint64 minBytes, qint64 maxBytes, quint32 seed);
    /// Stops cutting connections.
    void setNoDrops() { m_probability = 0; }

    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] int drops() const { return m_drops; }

private:
    void onNewConnection();

    QTcpServer m_server;
    QHostAddress m_target;
    quint16 m_targetPort;
    double m_probability = 0;
    qint64 m_minBytes = 0;
    qint64 m_maxBytes = 0;
    QRandomGenerator m_rng;
    int m_connections = 0;
    int m_drops = 0;
};

} // namespace mf::test
