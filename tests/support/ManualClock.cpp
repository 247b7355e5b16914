// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ManualClock.h"

#include <QMetaObject>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace mf::test {

class ManualClock::ManualTimer final : public Timer {
public:
    ManualTimer(ManualClock *clock, QObject *parent)
        : Timer(parent)
        , m_clock(clock)
    {
    }
    ~ManualTimer() override { m_clock->disarm(this); }

    void start(Millis interval) override
    {
        m_active = true;
        m_clock->arm(this, m_clock->elapsed() + std::max(interval, Millis(0)));
    }
    void stop() override
    {
        m_active = false;
        m_clock->disarm(this);
    }
    bool isActive() const override { return m_active; }

    void fire()
    {
        m_active = false;
        emit timeout();
    }

private:
    ManualClock *m_clock;
    bool m_active = false;
};

ManualClock::ManualClock(QDateTime start)
    : m_wallStart(std::move(start))
{
}

ManualClock::~ManualClock() = default;

Millis ManualClock::elapsed() const
{
    QMutexLocker lock(&m_mutex);
    return m_elapsed;
}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_wallStart.addMSecs((m_elapsed + m_wallOffset).count());
}

Timer *ManualClock::createTimer(QObject *parent)
{
    return new ManualTimer(this, parent);
}

void ManualClock::arm(ManualTimer *timer, Millis at)
{
    QMutexLocker lock(&m_mutex);
    m_armed.erase(std::remove_if(m_armed.begin(), m_armed.end(), [&](const Entry &e) { return e.raw == timer; }), m_armed.end());
    m_armed.push_back(Entry{QPointer<ManualTimer>(timer), timer, at, m_seq++});
}

void ManualClock::disarm(ManualTimer *timer)
{
    QMutexLocker lock(&m_mutex);
    m_armed.erase(std::remove_if(m_armed.begin(), m_armed.end(), [&](const Entry &e) { return e.raw == timer; }), m_armed.end());
}

ManualClock::ManualTimer *ManualClock::takeDue(Millis until, Millis *dueAt)
{
    QMutexLocker lock(&m_mutex);
    auto best = m_armed.end();
    for (auto it = m_armed.begin(); it != m_armed.end(); ++it) {
        if (it->due > until)
            continue;
        if (best == m_armed.end() || it->due < best->due || (it->due == best->due && it->seq < best->seq))
            best = it;
    }
    if (best == m_armed.end())
        return nullptr;
    ManualTimer *timer = best->timer.data();
    *dueAt = best->due;
    m_armed.erase(best);
    return timer;
}

void ManualClock::advance(Millis by)
{
    const Millis target = elapsed() + by;
    for (;;) {
        Millis due{};
        ManualTimer *timer = takeDue(target, &due);
        if (!timer) {
            // Entries whose timer died are skipped by takeDue returning a null QPointer; loop on.
            QMutexLocker lock(&m_mutex);
            const bool anyDue = std::any_of(m_armed.begin(), m_armed.end(), [&](const Entry &e) { return e.due <= target; });
            if (!anyDue)
                break;
            continue;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_elapsed = std::max(m_elapsed, due);
        }
        if (timer->thread() == QThread::currentThread())
            timer->fire();
        else
            QMetaObject::invokeMethod(
                timer, [timer] { timer->fire(); }, Qt::QueuedConnection);
    }
    QMutexLocker lock(&m_mutex);
    m_elapsed = target;
}

bool ManualClock::advanceToNextTimer()
{
    const auto next = nextTimerIn();
    if (!next)
        return false;
    advance(*next);
    return true;
}

void ManualClock::setNow(const QDateTime &utc)
{
    QMutexLocker lock(&m_mutex);
    m_wallOffset = Millis(m_wallStart.msecsTo(utc)) - m_elapsed;
}

int ManualClock::pendingTimers() const
{
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_armed.begin(), m_armed.end(), [](const Entry &e) { return !e.timer.isNull(); }));
}

std::optional<Millis> ManualClock::nextTimerIn() const
{
    QMutexLocker lock(&m_mutex);
    std::optional<Millis> best;
    for (const Entry &e : m_armed) {
        if (e.timer.isNull())
            continue;
        if (!best || e.due < *best)
            best = e.due;
    }
    if (!best)
        return std::nullopt;
    return std::max(Millis(0), *best - m_elapsed);
}

bool driveUntil(ManualClock &clock, const std::function<bool()> &done, Millis step, int maxTurns)
{
    for (int turn = 0; turn < maxTurns; ++turn) {
        if (done())
            return true;
        QTest::qWait(1);
        clock.advance(step);
    }
    return done();
}

} // namespace mf::test
