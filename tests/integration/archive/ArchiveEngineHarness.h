// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FakeGoogle.h"
#include "accounts/AccountConfig.h"
#include "migration/JournalStep.h"
#include "migration/MigrationTypes.h"

#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <vector>

namespace mf::test {

/// A fake Google in the test's process and the real MigrationController run against it with a
/// local archive as the account's source: what arrived in "Gmail" is compared with the archive.
class ArchiveEngineHarness {
public:
    struct Run {
        migration::RunSummary summary;
        QList<migration::ItemEvent> events;
        migration::PlanPreview plan;
        bool stopped = false;
    };

    ArchiveEngineHarness();
    [[nodiscard]] bool start();
    FakeGoogle &google() { return *m_google; }

    /// An archive account (own id, own ledger) with fast intervals and no Gmail quota.
    [[nodiscard]] accounts::AccountConfig account(const QString &archivePath, const QString &id = {}) const;
    /// Runs the controller until it stops; no POP3 password (an archive needs none).
    Run run(const accounts::AccountConfig &account, const migration::RunRequest &request = {},
            std::function<bool(migration::JournalStep)> stepHook = {}, int timeoutMs = 120000);

    /// Where a crash sweep stops a run: the n-th journal step of a kind (1-based).
    struct CrashPoint {
        migration::JournalStep step;
        int nth = 1;
    };
    /// Every step of a reference run, named by kind and occurrence: stopping at each of them
    /// reaches every kind of step however the group commits fall in a later run.
    [[nodiscard]] static std::vector<CrashPoint> crashPoints(const std::vector<migration::JournalStep> &reference);
    /// A step hook that stops the run dead at `point` (if it comes); `crashed` says whether it did.
    [[nodiscard]] static std::function<bool(migration::JournalStep)> crashAt(CrashPoint point, bool &crashed);

    /// One line on how a run ended, for a failed check's message.
    [[nodiscard]] static QString describe(const Run &run);

    /// Every message in the fake Gmail except Mailferry's report mails, by Message-ID.
    [[nodiscard]] QHash<QByteArray, FakeGoogle::StoredMessage> gmailByMessageId() const;
    [[nodiscard]] QHash<QByteArray, int> gmailMessageIdCounts() const;

private:
    std::unique_ptr<FakeGoogle> m_google;
    QString m_refreshToken;
};

} // namespace mf::test

/// The run ended on its own as finished, without an error.
#define MF_VERIFY_ARCHIVE_RUN_FINISHED(run)                                                                                      \
    QVERIFY2((run).stopped && (run).summary.state == mf::migration::RunState::Finished && !(run).summary.error,                  \
             qPrintable(mf::test::ArchiveEngineHarness::describe(run)))
