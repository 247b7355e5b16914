// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/ProgressMeter.h"

#include <algorithm>

namespace mf::migration {
namespace {

constexpr Millis kRateWindow{60 * 1000};
constexpr Millis kReportInterval{200};

} // namespace

void ProgressMeter::startPass()
{
    const QDateTime lastSuccess = m_progress.lastSuccess;
    m_progress = Progress{};
    m_progress.lastSuccess = lastSuccess;
    m_rateWindow.clear();
}

void ProgressMeter::count(ItemOutcome outcome, qint64 size)
{
    switch (outcome) {
    case ItemOutcome::Copied:
    case ItemOutcome::PossibleDuplicate:
        ++m_progress.copied;
        m_progress.bytesDone += size;
        --m_progress.left;
        break;
    case ItemOutcome::SkippedDuplicate:
    case ItemOutcome::SkippedOversize:
        ++m_progress.skipped;
        --m_progress.left;
        break;
    case ItemOutcome::Failed:
        ++m_progress.failed;
        --m_progress.left;
        break;
    case ItemOutcome::DeletedFromServer: break;
    }
    m_progress.left = std::max(0, m_progress.left);
}

void ProgressMeter::countAlreadyThere()
{
    ++m_progress.alreadyDone;
    m_progress.left = std::max(0, m_progress.left - 1);
}

void ProgressMeter::copyLanded(qint64 bytes)
{
    m_rateWindow.emplace_back(m_clock->elapsed(), bytes);
}

void ProgressMeter::passEnded()
{
    m_progress.left = 0;
    m_progress.eta.reset();
    m_progress.currentSubject.clear();
}

void ProgressMeter::setState(RunState state, const QString &statusText)
{
    m_progress.state = state;
    m_progress.statusText = statusText.isEmpty() ? runStateText(state) : statusText;
}

bool ProgressMeter::update(bool force)
{
    const Millis now = m_clock->elapsed();
    while (!m_rateWindow.empty() && now - m_rateWindow.front().first > kRateWindow)
        m_rateWindow.pop_front();
    if (m_rateWindow.size() >= 2) {
        const double seconds = std::max(1.0, double((now - m_rateWindow.front().first).count()) / 1000.0);
        qint64 bytes = 0;
        for (const auto &r : m_rateWindow)
            bytes += r.second;
        m_progress.messagesPerMinute = double(m_rateWindow.size()) * 60.0 / seconds;
        m_progress.bytesPerSecond = double(bytes) / seconds;
        if (m_progress.messagesPerMinute > 0)
            m_progress.eta = Millis(qint64(m_progress.left / m_progress.messagesPerMinute * 60000.0));
    }
    if (!force && now - m_lastReport < kReportInterval)
        return false;
    m_lastReport = now;
    return true;
}

} // namespace mf::migration
