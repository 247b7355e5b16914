// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pop3/Transport.h"

#include <QByteArray>
#include <QList>
#include <QPointer>

namespace mf::test {

/// A scripted Transport for Pop3Client tests, in the spirit of Trojitá's FakeSocket: the test
/// plays the server. Everything is synchronous: serverSends() delivers bytes (readyRead) at once,
/// and takeWritten() returns what the client wrote since the last call.
///
///     FakeTransport *t = ...;             // from FakeTransport::factory(&t)
///     t->acceptConnection();
///     t->serverSends("+OK hello\r\n");
///     QCOMPARE(t->takeWritten(), QByteArray("CAPA\r\n"));
class FakeTransport final : public pop3::Transport {
    Q_OBJECT
public:
    explicit FakeTransport(QObject *parent = nullptr);

    /// A factory for Pop3Client that stores each transport it makes in `*latest`.
    [[nodiscard]] static pop3::TransportFactory factory(QPointer<FakeTransport> *latest);

    // Transport
    void connectToHost(const QString &host, quint16 port, bool implicitTls, const TlsPolicy &policy) override;
    void startTls() override;
    void write(const QByteArray &data) override;
    QByteArray readAll() override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    std::optional<pop3::CertificateInfo> peerCertificate() const override { return m_certificate; }

    // The server side, driven by the test
    /// Completes the connection (and, for implicit TLS, the handshake): emits connected().
    void acceptConnection();
    /// Completes a STLS handshake: emits encrypted().
    void completeStartTls();
    void serverSends(const QByteArray &data);
    /// Sends `data` one byte at a time (a very slow server).
    void serverTrickles(const QByteArray &data);
    /// The server hangs up (after any bytes already sent).
    void serverCloses();
    /// The transport fails as a real one would, e.g. ConnectionRefused or CertificateUntrusted.
    void fail(Error::Code code, const QString &detail = QStringLiteral("scripted failure"));
    void setCertificate(const std::optional<pop3::CertificateInfo> &info) { m_certificate = info; }

    [[nodiscard]] QByteArray takeWritten();
    [[nodiscard]] QByteArray written() const { return m_written; }

    // What the client asked for
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] bool implicitTls() const { return m_implicitTls; }
    [[nodiscard]] TlsPolicy policy() const { return m_policy; }
    [[nodiscard]] bool startTlsRequested() const { return m_startTlsRequested; }
    [[nodiscard]] bool closedByClient() const { return m_closed; }
    [[nodiscard]] bool abortedByClient() const { return m_aborted; }
    [[nodiscard]] int writeCalls() const { return m_writeCalls; }

private:
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    TlsPolicy m_policy;
    QByteArray m_incoming;
    QByteArray m_written;
    bool m_encrypted = false;
    bool m_startTlsRequested = false;
    bool m_closed = false;
    bool m_aborted = false;
    bool m_failed = false;
    int m_writeCalls = 0;
    std::optional<pop3::CertificateInfo> m_certificate;
};

} // namespace mf::test
