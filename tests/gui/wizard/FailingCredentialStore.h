// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "secrets/CredentialStore.h"

namespace mf::test {

/// A keychain that is not there, like QtKeychain on Linux without a Secret Service: every call
/// fails with KeychainUnavailable (through the event loop, as the real one does). Counts the
/// attempts so that tests can see what the UI tried.
class FailingCredentialStore final : public secrets::CredentialStore {
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, StatusCallback done) override;
    void remove(const QString &key, StatusCallback done) override;
    [[nodiscard]] bool isPersistent() const override { return true; }

    [[nodiscard]] int writes() const { return m_writes; }
    [[nodiscard]] int reads() const { return m_reads; }

private:
    [[nodiscard]] static Error unavailable();
    int m_writes = 0;
    int m_reads = 0;
};

} // namespace mf::test
