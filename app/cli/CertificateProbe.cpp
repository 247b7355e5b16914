// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CertificateProbe.h"

#include "pop3/CertificateInfo.h"

#include <QSslSocket>

namespace mf::app {

QByteArray probeCertificateSha256(const accounts::AccountConfig &account, int timeoutMs)
{
    if (account.security == accounts::AccountConfig::Security::PlainText)
        return {};
    QSslSocket socket;
    QSslCertificate seen;
    // The certificate is read in sslErrors and the handshake is left to fail: nothing is ever
    // sent over a connection Mailferry does not trust.
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                     [&](const QList<QSslError> &) { seen = socket.peerCertificate(); });
    if (account.security == accounts::AccountConfig::Security::ImplicitTls) {
        socket.connectToHostEncrypted(account.host, account.port);
    } else {
        socket.connectToHost(account.host, account.port);
        if (!socket.waitForConnected(timeoutMs) || !socket.waitForReadyRead(timeoutMs))
            return {};
        if (!socket.readLine(512).startsWith("+OK"))
            return {};
        socket.write("STLS\r\n");
        if (!socket.waitForReadyRead(timeoutMs) || !socket.readLine(512).startsWith("+OK"))
            return {};
        socket.startClientEncryption();
    }
    socket.waitForEncrypted(timeoutMs);
    if (seen.isNull())
        seen = socket.peerCertificate();
    socket.abort();
    return seen.isNull() ? QByteArray() : pop3::CertificateInfo::fingerprint(seen);
}

} // namespace mf::app
