// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/RateGovernor.h"

#include "common/Logging.h"

#include <algorithm>
#include <limits>

namespace mf::google {

RateGovernor::RateGovernor(Clock *clock, QObject *parent)
    : RateGovernor(clock, Config(), parent)
{
}

RateGovernor::RateGovernor(Clock *clock, Config config, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
    , m_rate(config.messagesPerMinute)
    , m_timer(clock->createTimer(this))
{
    connect(m_timer, &Timer::timeout, this, &RateGovernor::pump);
}

void RateGovernor::setConfig(const Config &config)
{
    m_config = config;
    m_rate = config.messagesPerMinute;
    pump();
}

Millis RateGovernor::interval() const
{
    if (m_rate <= 0)
        return Millis(0);
    return Millis(qint64(60000.0 / m_rate + 0.5));
}

RateGovernor::Ticket RateGovernor::acquire(std::function<void()> go, const void *owner)
{
    const Ticket ticket = m_nextTicket++;
    if (m_served.size() > 256) {
        // Owners come and go (a client per run): forget those with nothing waiting.
        for (auto it = m_served.begin(); it != m_served.end();) {
            const void *key = it->first;
            const bool waits = std::any_of(m_queue.cbegin(), m_queue.cend(), [key](const Waiter &w) { return w.owner == key; });
            it = waits ? std::next(it) : m_served.erase(it);
        }
    }
    m_queue.push_back(Waiter{ticket, std::move(go), owner});
    pump();
    return ticket;
}

void RateGovernor::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    pump();
}

bool RateGovernor::cancel(Ticket ticket)
{
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    return true;
}

void RateGovernor::pump()
{
    // A granted callback may finish at once and release, which calls pump() again: loop instead
    // of recursing, so grants stay in order and the stack stays flat.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (!m_queue.empty() && m_inFlight < std::max(1, m_config.maxConcurrent)) {
            const Millis now = m_clock->elapsed();
            if (m_config.messagesPerMinute > 0 && now < m_nextStart) {
                if (!m_timer->isActive())
                    m_timer->start(m_nextStart - now);
                break;
            }
            // Evenly spaced starts; idle time is not banked, so there is never a burst.
            if (m_config.messagesPerMinute > 0)
                m_nextStart = std::max(now, m_nextStart) + interval();
            const auto next = nextWaiter();
            Waiter w = std::move(*next);
            m_queue.erase(next);
            Served &served = m_served[w.owner];
            served.lastGrant = ++m_grantSerial;
            ++served.grants;
            ++m_inFlight;
            w.go();
        }
    } while (m_pumpAgain);
    m_pumping = false;
}

std::deque<RateGovernor::Waiter>::iterator RateGovernor::nextWaiter()
{
    // Round-robin between owners: the owner served longest ago (or never) goes first; ties and
    // the requests of one owner keep their arrival order. One owner alone is plain FIFO.
    auto best = m_queue.begin();
    quint64 bestServed = std::numeric_limits<quint64>::max();
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        const auto found = m_served.find(it->owner);
        const quint64 served = found == m_served.end() ? 0 : found->second.lastGrant;
        if (served < bestServed) {
            bestServed = served;
            best = it;
            if (served == 0)
                break;
        }
    }
    return best;
}

int RateGovernor::grantedTo(const void *owner) const
{
    const auto found = m_served.find(owner);
    return found == m_served.end() ? 0 : found->second.grants;
}

void RateGovernor::reportThrottled(std::optional<Millis> retryAfter)
{
    ++m_throttles;
    const Millis now = m_clock->elapsed();
    // Several uploads in flight hit the same 429 wave: cut once per wave, not once per reply.
    if (now - m_lastCut >= Millis(2000) && m_config.messagesPerMinute > 0) {
        m_lastCut = now;
        m_rate = std::max(m_config.minMessagesPerMinute, m_rate * m_config.cutFactor);
        qCInfo(lcGoogle) << "Gmail throttled; upload rate now" << int(m_rate) << "per minute";
        emit rateChanged(m_rate);
    }
    // Bounded: a wait from the server is clamped, so a timer can always hold it.
    if (retryAfter)
        m_nextStart = std::max(m_nextStart, now + std::clamp(*retryAfter, Millis(0), kMaxPause));
    else
        m_nextStart = std::max(m_nextStart, now + interval());
}

void RateGovernor::reportSuccess()
{
    if (m_rate >= m_config.messagesPerMinute)
        return;
    m_rate = std::min(m_config.messagesPerMinute, m_rate + m_config.messagesPerMinute * m_config.recoverPerSuccess);
    emit rateChanged(m_rate);
}

} // namespace mf::google
