// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secrets/MemoryCredentialStore.h"

#include <QMetaObject>

namespace mf::secrets {

void MemoryCredentialStore::read(const QString &key, ReadCallback done)
{
    Result<QString> result = m_secrets.contains(key)
        ? Result<QString>(m_secrets.value(key))
        : Result<QString>(Error::account(Error::Code::SecretNotFound,
                                         tr("Mailferry has no saved password or sign-in for this account. Enter it again."),
                                         QStringLiteral("no entry for %1").arg(key)));
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString &key, const QString &secret, StatusCallback done)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Status()); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString &key, StatusCallback done)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Status()); }, Qt::QueuedConnection);
}

} // namespace mf::secrets
