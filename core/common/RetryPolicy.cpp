// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace mf {

namespace {

Millis clampWait(double ms, Millis ceiling)
{
    const double top = double(std::clamp(ceiling, Millis(0), RetryPolicy::kLongestWait).count());
    if (!(ms >= 0.0)) // negative or NaN
        return Millis(0);
    return Millis(qint64(std::min(ms, top)));
}

} // namespace

Millis RetryPolicy::backoff(int retry) const
{
    // pow() of a huge exponent is +inf, which the clamp turns into the ceiling: no overflow.
    const double base = double(initialDelay.count()) * std::pow(multiplier, std::max(0, retry - 1));
    return clampWait(std::min(base, double(maxDelay.count())), kLongestWait);
}

Millis RetryPolicy::delayFor(int retry, double random, std::optional<Millis> serverHint) const
{
    if (serverHint && hint == Hint::Exactly)
        return clampWait(double(serverHint->count()), maxHint);
    const double r = std::clamp(random, 0.0, 1.0);
    Millis delay = backoff(retry);
    if (jitterRatio > 0.0)
        delay = clampWait(double(delay.count()) * (1.0 - jitterRatio / 2.0 + jitterRatio * r), kLongestWait);
    if (serverHint) {
        const Millis wanted = clampWait(double(serverHint->count()), maxHint);
        if (wanted > delay)
            delay = wanted;
    }
    return delay + Millis(qint64(r * double(std::max(maxJitter, Millis(0)).count())));
}

RetryPolicy::RandomSource RetryPolicy::systemRandom()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}

} // namespace mf
