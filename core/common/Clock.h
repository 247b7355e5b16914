// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace mf {

using Millis = std::chrono::milliseconds;

/// A single-shot timer created by a Clock. Production code uses it wherever it would use a
/// QTimer, so that tests can drive timeouts, backoff and poll intervals from a ManualClock
/// instead of sleeping (Trojitá's overridable intervals, taken one step further).
class Timer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Starts (or restarts) the timer; timeout() fires once, `interval` from now.
    virtual void start(Millis interval) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;

signals:
    void timeout();
};

/// The source of time for the core. Inject it; never read the system clock directly.
class Clock {
public:
    virtual ~Clock() = default;

    /// Monotonic time since an arbitrary epoch; use it for durations and deadlines.
    [[nodiscard]] virtual Millis elapsed() const = 0;
    /// Wall-clock time in UTC; use it for what is recorded (ledger times, "delete after N days").
    [[nodiscard]] virtual QDateTime now() const = 0;
    /// A new single-shot timer owned by `parent`, living in `parent`'s thread.
    [[nodiscard]] virtual Timer *createTimer(QObject *parent) = 0;

    /// Calls `fn` in `context`'s thread after `delay`, unless `context` dies first. The returned
    /// timer (owned by `context`) may be stopped to cancel; it deletes itself after firing.
    Timer *singleShot(Millis delay, QObject *context, std::function<void()> fn);

    /// The real clock (QElapsedTimer, QDateTime::currentDateTimeUtc and QTimer).
    [[nodiscard]] static Clock *system();
};

} // namespace mf
