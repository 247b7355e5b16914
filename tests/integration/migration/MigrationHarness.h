// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DovecotFixture.h"
#include "FakeGoogle.h"
#include "migration/MigrationController.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace mf::test {

/// One real Dovecot and one fake Google, and helpers to run the real MigrationController against
/// them and to compare what arrived in "Gmail" with what was in the mailbox.
class MigrationHarness {
public:
    struct Run {
        migration::RunSummary summary;
        QList<migration::ItemEvent> events;
        migration::PlanPreview plan;
        bool stopped = false;
    };

    MigrationHarness();
    [[nodiscard]] bool start(QString *error);

    DovecotFixture &dovecot() { return m_dovecot; }
    FakeGoogle &google() { return *m_google; }

    /// An account config (own id, own ledger) for a fresh POP3 user from the pool, implicit TLS
    /// with the fixture's self-signed certificate pinned, fast intervals (no real-second waits).
    accounts::AccountConfig addAccount(const QString &id);
    /// Another account (own id, so its own ledger) on an existing POP3 user.
    [[nodiscard]] accounts::AccountConfig accountFor(const QString &user, const QString &id) const;
    [[nodiscard]] migration::GoogleAccess googleAccess() const;
    [[nodiscard]] static QString passwordFor(const accounts::AccountConfig &account);

    /// Runs the controller until it stops (or `timeoutMs` passes).
    Run run(const accounts::AccountConfig &account, const migration::RunRequest &request = {},
            std::function<bool(migration::JournalStep)> stepHook = {}, const QString &password = {}, int timeoutMs = 300000);

    /// How many times each Message-ID is in the fake Gmail (Mailferry's report mails left out).
    [[nodiscard]] QHash<QByteArray, int> gmailMessageIdCounts() const;

private:
    DovecotFixture m_dovecot;
    std::unique_ptr<FakeGoogle> m_google;
    QString m_refreshToken;
    static constexpr int kPoolSize = 16;
    int m_nextUser = 0;
};

} // namespace mf::test
