// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <functional>
#include <optional>

namespace mf {

/// How long to wait before trying again after a failure that may heal by itself (a dropped
/// connection, a busy server, a rate limit): truncated exponential backoff with jitter, one policy
/// for the POP3 side and the Google side.
///
/// The n-th retry (n >= 1) waits
///     backoff(n) = min(initialDelay * multiplier^(n-1), maxDelay)
/// with jitter on top: `random * maxJitter` added, and/or the backoff scaled by a factor spread
/// evenly over [1 - jitterRatio/2, 1 + jitterRatio/2]. `random` comes from an injected source,
/// uniform in [0, 1), so a test fixes it and asserts exact timings.
///
/// A server's own hint (HTTP Retry-After, POP3 [LOGIN-DELAY] / [IN-USE] waits) wins when it is
/// given: it says when the server will accept us. It is clamped to [0, maxHint], so a hostile or
/// broken server cannot make a timer overflow or park a run for ever. With Hint::AtLeast the hint
/// is a floor under the backoff and the additive jitter still applies (several clients told the
/// same Retry-After do not return in the same millisecond); with Hint::Exactly the wait is the
/// hint itself, nothing added.
struct RetryPolicy {
    enum class Hint {
        AtLeast, ///< wait max(hint, backoff) + jitter
        Exactly, ///< wait the hint, clamped; no backoff, no jitter
    };

    /// The longest wait any policy produces; it always fits a Qt timer (about 24.8 days).
    static constexpr Millis kLongestWait{7LL * 24 * 3600 * 1000};

    int maxAttempts = 6;
    Millis initialDelay{1000};
    double multiplier = 2.0;
    Millis maxDelay{32000};
    Millis maxJitter{1000};
    double jitterRatio = 0.0;
    Hint hint = Hint::AtLeast;
    Millis maxHint = kLongestWait;

    /// The backoff of the `retry`-th retry without jitter or hint, truncated at maxDelay.
    [[nodiscard]] Millis backoff(int retry) const;
    /// The wait before the `retry`-th retry. `random` in [0, 1] (clamped); `serverHint` as above.
    [[nodiscard]] Millis delayFor(int retry, double random, std::optional<Millis> serverHint) const;

    /// A source of jitter, uniform in [0, 1).
    using RandomSource = std::function<double()>;
    /// The system's random generator; tests inject a constant instead.
    [[nodiscard]] static RandomSource systemRandom();
};

} // namespace mf
