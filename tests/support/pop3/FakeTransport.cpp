// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeTransport.h"

namespace mf::test {

FakeTransport::FakeTransport(QObject *parent)
    : pop3::Transport(parent)
{
}

pop3::TransportFactory FakeTransport::factory(QPointer<FakeTransport> *latest)
{
    return [latest](QObject *parent) -> pop3::Transport * {
        auto *t = new FakeTransport(parent);
        *latest = t;
        return t;
    };
}

void FakeTransport::connectToHost(const QString &host, quint16 port, bool implicitTls, const TlsPolicy &policy)
{
    m_host = host;
    m_port = port;
    m_implicitTls = implicitTls;
    m_policy = policy;
}

void FakeTransport::startTls()
{
    m_startTlsRequested = true;
}

void FakeTransport::write(const QByteArray &data)
{
    if (m_aborted || m_closed)
        return;
    ++m_writeCalls;
    m_written += data;
}

QByteArray FakeTransport::readAll()
{
    return std::exchange(m_incoming, {});
}

void FakeTransport::close()
{
    m_closed = true;
}

void FakeTransport::abort()
{
    m_aborted = true;
}

void FakeTransport::acceptConnection()
{
    if (m_implicitTls)
        m_encrypted = true;
    emit connected();
}

void FakeTransport::completeStartTls()
{
    m_encrypted = true;
    emit encrypted();
}

void FakeTransport::serverSends(const QByteArray &data)
{
    if (m_aborted || m_closed || m_failed)
        return;
    m_incoming += data;
    emit readyRead();
}

void FakeTransport::serverTrickles(const QByteArray &data)
{
    for (char c : data)
        serverSends(QByteArray(1, c));
}

void FakeTransport::serverCloses()
{
    fail(Error::Code::ConnectionClosed, QStringLiteral("the server closed the connection"));
}

void FakeTransport::fail(Error::Code code, const QString &detail)
{
    if (m_aborted || m_closed || m_failed)
        return;
    m_failed = true;
    emit failed(code, detail);
}

QByteArray FakeTransport::takeWritten()
{
    return std::exchange(m_written, {});
}

} // namespace mf::test
