// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <optional>
#include <unordered_map>

namespace mf::google {

/// Paces uploads into one Gmail mailbox so that they stay under Google's per-user quota:
/// 15,000 units per minute at 25 units per insert or import, i.e. 600 messages per minute.
///
/// Starts are spaced evenly (a leaky bucket, no bursts) at a target a little under the ceiling,
/// and at most `maxConcurrent` uploads run at once, so the latency of one upload does not cap the
/// rate. After a 429 it cuts its rate by itself and honours Retry-After; successes win the rate
/// back slowly. Time comes from the injected Clock. Not thread-safe: lives in the worker thread.
///
/// One governor may pace several clients that go into the same Gmail account (several old
/// mailboxes feeding one inbox): the quota and the limit of requests at once belong to the Gmail
/// account. Waiting requests are then granted round-robin by owner (the least recently served
/// owner first, FIFO within an owner), so a mailbox with a long backlog cannot starve the others.
class RateGovernor : public QObject {
    Q_OBJECT
public:
    struct Config {
        int maxConcurrent = 4;
        double messagesPerMinute = 585; ///< 97.5% of 600: a margin for clock skew and retries
        double minMessagesPerMinute = 30;
        double cutFactor = 0.7;          ///< multiplicative decrease after a 429
        double recoverPerSuccess = 0.01; ///< additive increase, as a share of messagesPerMinute
    };
    using Ticket = quint64;
    /// The longest pause a Retry-After can impose on new starts.
    static constexpr Millis kMaxPause{3600 * 1000};

    explicit RateGovernor(Clock *clock, QObject *parent = nullptr);
    RateGovernor(Clock *clock, Config config, QObject *parent = nullptr);

    /// Queues a request; `go` runs (from the event loop or from within this call) when a slot is
    /// free and the pace allows. Every granted ticket must be finished with release().
    /// `owner` identifies who asks (a GmailClient), for the round-robin between owners.
    Ticket acquire(std::function<void()> go, const void *owner = nullptr);
    /// Frees the slot of a granted ticket.
    void release();
    /// Withdraws a ticket still waiting. False when it was already granted (then release()).
    bool cancel(Ticket ticket);

    /// Gmail said 429 / rate limit: slow down, and pause new starts for `retryAfter` if given.
    void reportThrottled(std::optional<Millis> retryAfter);
    /// An upload succeeded: win back a little of the rate.
    void reportSuccess();

    /// 0 disables pacing (tests of other behaviour); concurrency still applies.
    void setConfig(const Config &config);
    [[nodiscard]] Config config() const { return m_config; }
    [[nodiscard]] double currentRate() const { return m_rate; }
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int waiting() const { return int(m_queue.size()); }
    [[nodiscard]] int throttleCount() const { return m_throttles; }
    /// Requests granted so far to `owner` (for tests of the sharing).
    [[nodiscard]] int grantedTo(const void *owner) const;

signals:
    /// The rate changed (after a 429 or while recovering); for the UI's "Gmail asked us to slow down".
    void rateChanged(double messagesPerMinute);

private:
    struct Waiter {
        Ticket ticket;
        std::function<void()> go;
        const void *owner;
    };
    void pump();
    [[nodiscard]] Millis interval() const;
    /// The waiter to grant next: the first one of the least recently served owner.
    [[nodiscard]] std::deque<Waiter>::iterator nextWaiter();

    Clock *m_clock;
    Config m_config;
    double m_rate;
    Millis m_nextStart{0};
    Millis m_lastCut{-1000000};
    int m_inFlight = 0;
    int m_throttles = 0;
    std::deque<Waiter> m_queue;
    struct Served {
        quint64 lastGrant = 0; ///< serial of the owner's last grant (0: never)
        int grants = 0;
    };
    std::unordered_map<const void *, Served> m_served;
    quint64 m_grantSerial = 0;
    Ticket m_nextTicket = 1;
    Timer *m_timer;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace mf::google
