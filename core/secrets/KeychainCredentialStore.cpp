// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secrets/KeychainCredentialStore.h"

#include "common/Logging.h"
#include "secrets/KeychainPolicy.h"

#include <qt6keychain/keychain.h>

namespace mf::secrets {
namespace {

/// Maps a QtKeychain failure to a plain error. The key is logged, never the secret.
Error mapError(QKeychain::Error code, const QString &errorString, const QString &key)
{
    const QString detail = QStringLiteral("keychain error %1 for %2: %3").arg(int(code)).arg(key, errorString);
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::account(Error::Code::SecretNotFound,
                              KeychainCredentialStore::tr("Mailferry has no saved password or sign-in for this "
                                                          "account. Enter it again."),
                              detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::account(Error::Code::KeychainAccessDenied,
                              KeychainCredentialStore::tr("Mailferry was not allowed to use the system keychain. "
                                                          "Allow access when your computer asks, then try again."),
                              detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError: break;
    }
    return Error::account(Error::Code::KeychainUnavailable,
                          KeychainCredentialStore::tr("Mailferry could not reach the system keychain, where it keeps "
                                                      "passwords safely. You can keep them in memory for this session "
                                                      "only, or unlock your keychain and try again."),
                          detail);
}

/// The entry name this system's keychain files `key` under (see keychainEntryName()).
QString entryName(const QString &service, const QString &key)
{
    return keychainEntryName(currentKeychainSystem(), service, key);
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent, QString service)
    : CredentialStore(parent)
    , m_service(std::move(service))
{
}

void KeychainCredentialStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(m_service, key));
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError) {
            done(readJob->textData());
            return;
        }
        const Error error = mapError(j->error(), j->errorString(), key);
        qCInfo(lcSecrets) << "keychain read failed:" << error.detail;
        done(error);
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &key, const QString &secret, StatusCallback done)
{
    if (!fitsEveryKeychain(secret)) {
        // Refused here, the same on every system, before Windows' Credential Manager would fail
        // it with a message about an unreachable keychain. Asynchronous like every answer.
        const Error error = Error::account(Error::Code::SecretTooLong,
                                           tr("This password is longer than the system keychain can keep (at most %1 bytes). "
                                              "Check that only the password was pasted.")
                                               .arg(kMaxSecretBytes),
                                           QStringLiteral("secret for %1 has more than %2 bytes").arg(key).arg(kMaxSecretBytes));
        qCWarning(lcSecrets) << "keychain write refused:" << error.detail;
        QMetaObject::invokeMethod(
            this, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(m_service, key));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            done(Status());
            return;
        }
        const Error error = mapError(j->error(), j->errorString(), key);
        qCWarning(lcSecrets) << "keychain write failed:" << error.detail;
        done(error);
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, StatusCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(m_service, key));
    connect(job, &QKeychain::Job::finished, this, [key, done = std::move(done)](QKeychain::Job *j) {
        // Removing what is not there leaves the keychain as the caller wants it.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            done(Status());
            return;
        }
        const Error error = mapError(j->error(), j->errorString(), key);
        qCWarning(lcSecrets) << "keychain remove failed:" << error.detail;
        done(error);
    });
    job->start();
}

} // namespace mf::secrets
