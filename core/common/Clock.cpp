// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace mf {
namespace {

class SystemTimer final : public Timer {
public:
    explicit SystemTimer(QObject *parent)
        : Timer(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
    }
    void start(Millis interval) override
    {
        // QTimer takes an int of milliseconds: past 24.8 days it would wrap to a negative interval
        // ("Timers cannot have negative intervals") and never fire. No caller waits that long on
        // purpose; a wait that long is clamped, never turned into "never" or "at once".
        const qint64 ms = std::clamp<qint64>(interval.count(), 0, std::numeric_limits<int>::max());
        m_timer.start(std::chrono::milliseconds(ms));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer{this};
};

class SystemClock final : public Clock {
public:
    SystemClock() { m_elapsed.start(); }
    Millis elapsed() const override { return Millis(m_elapsed.elapsed()); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    Timer *createTimer(QObject *parent) override { return new SystemTimer(parent); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Timer *Clock::singleShot(Millis delay, QObject *context, std::function<void()> fn)
{
    Timer *timer = createTimer(context);
    QObject::connect(timer, &Timer::timeout, context, [timer, fn = std::move(fn)]() {
        timer->deleteLater();
        fn();
    });
    timer->start(delay);
    return timer;
}

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace mf
