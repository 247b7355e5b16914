// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace mf::secrets {

/// Where Mailferry keeps secrets (POP3 passwords, Google refresh tokens): the OS keychain in the
/// app, memory in unit tests and as the "this session only" fallback when no keychain exists.
/// Nothing else in Mailferry ever stores a secret, so none can reach settings, logs or the CSV.
///
/// Every call is asynchronous (the OS keychain may ask the user or talk over D-Bus); the callback
/// runs later in the store's thread, never inside the call itself.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    using ReadCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    /// Reads the secret under `key`; SecretNotFound when there is none.
    virtual void read(const QString &key, ReadCallback done) = 0;
    /// Stores (or replaces) the secret under `key`.
    virtual void write(const QString &key, const QString &secret, StatusCallback done) = 0;
    /// Removes the secret under `key`; removing a missing secret succeeds (it is gone either way).
    virtual void remove(const QString &key, StatusCallback done) = 0;

    /// True when secrets outlive the process (a real keychain).
    [[nodiscard]] virtual bool isPersistent() const = 0;
};

/// The keychain key of a POP3 account's password.
[[nodiscard]] QString pop3PasswordKey(const QString &accountId);
/// The keychain key of the Google refresh token for `email` (case-insensitive).
[[nodiscard]] QString googleRefreshTokenKey(const QString &email);

} // namespace mf::secrets
