// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "secrets/CredentialStore.h"

namespace mf::secrets {

/// The OS keychain through QtKeychain: the Credential Manager on Windows, the Keychain on macOS,
/// the Secret Service (GNOME Keyring, KWallet) on Linux. Entries live under the service "Mailferry".
///
/// QtKeychain 0.13 has no isAvailable(): a missing Secret Service shows up as a failed job
/// (OtherError / NoBackendAvailable), reported as KeychainUnavailable so that the UI can offer the
/// in-memory store for this session instead. The insecure plain-file fallback is never enabled.
class KeychainCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr, QString service = QStringLiteral("Mailferry"));

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;
    [[nodiscard]] bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace mf::secrets
