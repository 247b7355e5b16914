// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mf::google::pkce {
namespace {
QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (char &c : bytes)
        c = char(rng->bounded(256));
    return bytes;
}
} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray newVerifier()
{
    return base64Url(randomBytes(64));
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray newState()
{
    return base64Url(randomBytes(32));
}

} // namespace mf::google::pkce
