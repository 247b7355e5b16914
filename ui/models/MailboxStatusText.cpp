// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/MailboxStatusText.h"

#include <QLocale>
#include <QStringList>

namespace mf::ui {

using migration::MailboxState;

int MailboxStatusText::passDone(const migration::Progress &p)
{
    return p.copied + p.skipped + p.failed;
}

int MailboxStatusText::passTotal(const migration::Progress &p)
{
    return passDone(p) + p.left;
}

QString MailboxStatusText::needsYouReason(const MailboxState &state)
{
    if (!state.lastError)
        return tr("open its settings");
    const migration::HealthFailure failure = migration::HealthFailure::fromError(*state.lastError, QDateTime());
    if (failure.reason == migration::HealthReason::Other || failure.reason == migration::HealthReason::None)
        return state.lastError->message;
    return migration::SyncHealth::reasonText(failure.reason);
}

QString MailboxStatusText::stateText(const MailboxState &state)
{
    const QLocale locale;
    const migration::Progress &p = state.progress;
    switch (state.activity) {
    case MailboxState::Idle: return tr("Idle");
    case MailboxState::Queued: return tr("Waiting for its turn");
    case MailboxState::Checking: return tr("Checking");
    case MailboxState::Copying: return tr("Copying %1 of %2").arg(locale.toString(passDone(p)), locale.toString(passTotal(p)));
    case MailboxState::WaitingForQuota:
        return tr("Waiting for Gmail's quota (%1 of %2 copied)").arg(locale.toString(passDone(p)), locale.toString(passTotal(p)));
    case MailboxState::Waiting:
        if (state.lastError)
            return tr("Will try again: %1").arg(needsYouReason(state));
        return tr("Up to date");
    case MailboxState::Paused: return tr("Paused");
    case MailboxState::NeedsYou: return tr("Needs you: %1").arg(needsYouReason(state));
    case MailboxState::Failed: return tr("Stopped: %1").arg(needsYouReason(state));
    case MailboxState::Done:
        if (state.lastError)
            return tr("Stopped: %1").arg(needsYouReason(state));
        if (p.failed > 0)
            return tr("Finished: %1 copied, %2 failed").arg(locale.toString(p.copied), locale.toString(p.failed));
        if (p.copied > 0)
            return tr("Finished: %1 copied").arg(locale.toString(p.copied));
        return tr("Up to date");
    }
    return migration::activityText(state.activity);
}

QString MailboxStatusText::detailText(const MailboxState &state)
{
    QStringList lines{stateText(state)};
    if (state.lastError && !state.lastError->message.isEmpty())
        lines << state.lastError->message;
    else if (!state.statusText.isEmpty() && state.statusText != lines.first())
        lines << state.statusText;
    return lines.join(QLatin1Char('\n'));
}

QString MailboxStatusText::summaryText(const QList<MailboxState> &states)
{
    const QLocale locale;
    int upToDate = 0, checking = 0, copying = 0, paused = 0, needsYou = 0, stopped = 0, idle = 0;
    int done = 0, total = 0;
    for (const MailboxState &s : states) {
        switch (s.activity) {
        case MailboxState::Waiting:
        case MailboxState::Done:
            if (s.lastError)
                ++stopped;
            else
                ++upToDate;
            break;
        case MailboxState::Queued:
        case MailboxState::Checking: ++checking; break;
        case MailboxState::Copying:
        case MailboxState::WaitingForQuota:
            ++copying;
            done += passDone(s.progress);
            total += passTotal(s.progress);
            break;
        case MailboxState::Paused: ++paused; break;
        case MailboxState::NeedsYou: ++needsYou; break;
        case MailboxState::Failed: ++stopped; break;
        case MailboxState::Idle: ++idle; break;
        }
    }
    QStringList parts;
    if (upToDate)
        parts << tr("%n up to date", nullptr, upToDate);
    if (copying)
        parts << tr("%n copying %1 of %2", nullptr, copying).arg(locale.toString(done), locale.toString(total));
    if (checking)
        parts << tr("%n checking", nullptr, checking);
    if (needsYou)
        parts << tr("%n waiting for you", nullptr, needsYou);
    if (paused)
        parts << tr("%n paused", nullptr, paused);
    if (stopped)
        parts << tr("%n stopped", nullptr, stopped);
    if (idle)
        parts << tr("%n not started", nullptr, idle);
    const int n = int(states.size());
    const QString head = n == 1 ? tr("1 mailbox") : tr("%n mailboxes", nullptr, n);
    return parts.isEmpty() ? head : tr("%1: %2").arg(head, parts.join(tr(", ")));
}

QString MailboxStatusText::healthWarning(const migration::HealthVerdict &verdict)
{
    switch (verdict.state) {
    case migration::HealthState::Late: return tr("Late: %1").arg(verdict.text);
    case migration::HealthState::Stalled: return tr("Stalled: %1").arg(verdict.text);
    case migration::HealthState::Healthy:
    case migration::HealthState::NeedsYou: break;
    }
    return {};
}

} // namespace mf::ui
