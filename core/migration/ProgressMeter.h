// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "migration/MigrationTypes.h"

#include <deque>
#include <utility>

namespace mf::migration {

/// What a run has done and how fast, as the progress page and the CLI show it: counts, bytes,
/// the rate of the last minute of copies and the time left at that rate. Reports at most every
/// 200 ms, except when told that something the user must see happened (a state change).
class ProgressMeter {
public:
    explicit ProgressMeter(Clock *clock)
        : m_clock(clock)
    {
    }

    [[nodiscard]] const Progress &progress() const { return m_progress; }
    [[nodiscard]] Progress &progress() { return m_progress; }

    /// A new pass: every count starts again; when the last pass succeeded is kept.
    void startPass();
    /// One message reached its end in this run (copied, skipped, failed; deleted counts nothing).
    void count(ItemOutcome outcome, qint64 size);
    /// One message turned out to be in Gmail already, with nothing to record.
    void countAlreadyThere();
    /// Gmail confirmed `bytes`: feeds the rate.
    void copyLanded(qint64 bytes);
    /// The pass is over: nothing left, no estimate.
    void passEnded();
    void setState(RunState state, const QString &statusText);

    /// Brings the rate and the estimate up to date; true when a report is due now (at most every
    /// 200 ms, or at once when `force`), which it then counts as sent.
    [[nodiscard]] bool update(bool force);

private:
    Clock *m_clock;
    Progress m_progress;
    Millis m_lastReport{-1000000};
    std::deque<std::pair<Millis, qint64>> m_rateWindow; ///< (when, bytes) of recent copies
};

} // namespace mf::migration
