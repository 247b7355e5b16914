// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// FakeGoogle, several Google accounts: tokens for more accounts than the one that signs in, and
// what each account saw (stored, throttled, at once, per minute), so that tests and benchmarks
// can show that mailboxes share one account's quota and that accounts do not slow each other.
#include "FakeGoogle.h"

#include <QJsonObject>

#include <algorithm>

namespace mf::test {

QString FakeGoogle::issueRefreshTokenFor(const QString &email, const QStringList &scopes)
{
    const QString saved = m_email;
    m_email = email;
    const QString token = issueRefreshToken(scopes);
    m_email = saved;
    return token;
}

qint64 FakeGoogle::quotaNowMs() const
{
    return m_quotaClock ? qint64(m_quotaClock->elapsed().count()) : m_uptime.elapsed();
}

void FakeGoogle::noteUploadBegins(const QString &user)
{
    const bool others = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(), [&](int n) { return n > 0; })
        && std::any_of(m_inFlight.keyValueBegin(), m_inFlight.keyValueEnd(),
                       [&](const auto &entry) { return entry.first != user && entry.second > 0; });
    if (others)
        ++m_crossOverlaps;
    AccountCounters &c = m_counters[user];
    c.peakConcurrency = std::max(c.peakConcurrency, m_inFlight.value(user) + 1);
}

void FakeGoogle::noteStored(const QString &user)
{
    const qint64 now = quotaNowMs();
    AccountCounters &c = m_counters[user];
    ++c.stored;
    if (c.firstStoredMs < 0)
        c.firstStoredMs = now;
    c.lastStoredMs = now;
    auto &window = m_storedWindow[user];
    window.push_back(now);
    while (!window.empty() && window.front() <= now - 60000)
        window.pop_front();
    c.peakPerMinute = std::max(c.peakPerMinute, int(window.size()));
}

void FakeGoogle::noteThrottled(const QString &user, bool concurrency)
{
    AccountCounters &c = m_counters[user];
    if (concurrency)
        ++c.throttledConcurrency;
    else
        ++c.throttledQuota;
}

void FakeGoogle::clearCounters()
{
    m_counters.clear();
    m_storedWindow.clear();
    m_crossOverlaps = 0;
}

FakeGoogle::AccountCounters FakeGoogle::counters(const QString &email) const
{
    return m_counters.value(email);
}

QStringList FakeGoogle::accountsSeen() const
{
    QStringList list = m_counters.keys();
    list.sort();
    return list;
}

QJsonObject FakeGoogle::statsJson() const
{
    QJsonObject accounts;
    for (const QString &email : accountsSeen()) {
        const AccountCounters c = m_counters.value(email);
        accounts.insert(email,
                        QJsonObject{{QStringLiteral("stored"), c.stored},
                                    {QStringLiteral("throttledQuota"), c.throttledQuota},
                                    {QStringLiteral("throttledConcurrency"), c.throttledConcurrency},
                                    {QStringLiteral("peakConcurrency"), c.peakConcurrency},
                                    {QStringLiteral("peakPerMinute"), c.peakPerMinute},
                                    {QStringLiteral("firstStoredMs"), double(c.firstStoredMs)},
                                    {QStringLiteral("lastStoredMs"), double(c.lastStoredMs)}});
    }
    return QJsonObject{{QStringLiteral("accounts"), accounts},
                       {QStringLiteral("crossAccountOverlaps"), m_crossOverlaps},
                       {QStringLiteral("nowMs"), double(quotaNowMs())}};
}

} // namespace mf::test
