// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QMutex>
#include <QPointer>

#include <functional>
#include <vector>

namespace mf::test {

/// A Clock whose time moves only when the test says so. Timers created from it fire inside
/// advance(), in due order, each with the clock set to its due time, so a test can run a
/// 30-second backoff or a 10-minute poll interval in microseconds and assert exact timings.
///
/// Timers living in another thread (the migration worker) fire there, through a queued call.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
    ~ManualClock() override;

    Millis elapsed() const override;
    QDateTime now() const override;
    Timer *createTimer(QObject *parent) override;

    /// Moves time forward by `by`, firing every timer that falls due on the way.
    void advance(Millis by);
    /// Moves time to the next pending timer and fires it; false if none is pending.
    bool advanceToNextTimer();
    /// Sets the wall clock (e.g. to test "delete 30 days after copy"); monotonic time is untouched.
    void setNow(const QDateTime &utc);

    /// How many timers are running, and when the next one is due (relative to now).
    [[nodiscard]] int pendingTimers() const;
    [[nodiscard]] std::optional<Millis> nextTimerIn() const;

private:
    class ManualTimer;
    friend class ManualTimer;
    void arm(ManualTimer *timer, Millis at);
    void disarm(ManualTimer *timer);
    ManualTimer *takeDue(Millis until, Millis *dueAt);

    mutable QMutex m_mutex;
    Millis m_elapsed{0};
    QDateTime m_wallStart;
    Millis m_wallOffset{0};
    struct Entry {
        QPointer<ManualTimer> timer;
        ManualTimer *raw;
        Millis due;
        quint64 seq;
    };
    std::vector<Entry> m_armed;
    quint64 m_seq = 0;
};

/// Lets the event loop turn (the worker threads and an in-process fake Google run meanwhile),
/// moving `clock` on by `step` between turns, until `done` or `maxTurns` turns: only what waits
/// for time (paces, intervals, backoffs) sees it pass.
[[nodiscard]] bool driveUntil(ManualClock &clock, const std::function<bool()> &done, Millis step, int maxTurns = 20000);

} // namespace mf::test
