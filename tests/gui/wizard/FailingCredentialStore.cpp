// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FailingCredentialStore.h"

#include <QMetaObject>

namespace mf::test {

Error FailingCredentialStore::unavailable()
{
    // The same shape as KeychainCredentialStore's error for QKeychain::OtherError on D-Bus.
    return Error::account(Error::Code::KeychainUnavailable, QStringLiteral("Mailferry could not reach the system keychain."),
                          QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
}

void FailingCredentialStore::read(const QString &, ReadCallback done)
{
    ++m_reads;
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Result<QString>(unavailable())); }, Qt::QueuedConnection);
}

void FailingCredentialStore::write(const QString &, const QString &, StatusCallback done)
{
    ++m_writes;
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Status(unavailable())); }, Qt::QueuedConnection);
}

void FailingCredentialStore::remove(const QString &, StatusCallback done)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(Status(unavailable())); }, Qt::QueuedConnection);
}

} // namespace mf::test
