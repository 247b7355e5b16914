// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "secrets/CredentialStore.h"

#include <QHash>

namespace mf::secrets {

/// Keeps secrets in memory for this process only: unit tests, and the UI's "keep it for this
/// session only" choice when the computer has no keychain. Callbacks are delivered through the
/// event loop, like a real keychain's, so that callers cannot come to rely on synchronous answers.
class MemoryCredentialStore final : public CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;
    [[nodiscard]] bool isPersistent() const override { return false; }

    /// For tests: how many secrets are held, and whether one exists.
    [[nodiscard]] int count() const { return int(m_secrets.size()); }
    [[nodiscard]] bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace mf::secrets
