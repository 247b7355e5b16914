// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/MigrationTypes.h"

#include "store/LedgerTypes.h"

#include <QCoreApplication>

namespace mf::migration {

QString outcomeName(ItemOutcome outcome)
{
    // The store holds the one vocabulary; the live events use the same words as the log.
    switch (outcome) {
    case ItemOutcome::Copied: return store::stateWord(store::EventOutcome::Copied);
    case ItemOutcome::SkippedDuplicate: return store::stateWord(store::EventOutcome::SkippedDuplicate);
    case ItemOutcome::SkippedOversize: return store::stateWord(store::EventOutcome::SkippedOversize);
    case ItemOutcome::Failed: return store::stateWord(store::EventOutcome::Failed);
    case ItemOutcome::DeletedFromServer: return store::stateWord(store::EventOutcome::DeletedFromServer);
    case ItemOutcome::PossibleDuplicate: return store::stateWord(store::EventOutcome::Copied, true);
    }
    return store::stateWord(store::EventOutcome::Failed);
}

QString runStateName(RunState state)
{
    switch (state) {
    case RunState::Idle: return QStringLiteral("idle");
    case RunState::Connecting: return QStringLiteral("connecting");
    case RunState::Planning: return QStringLiteral("planning");
    case RunState::Transferring: return QStringLiteral("transferring");
    case RunState::Pausing: return QStringLiteral("pausing");
    case RunState::Paused: return QStringLiteral("paused");
    case RunState::Waiting: return QStringLiteral("waiting");
    case RunState::Finishing: return QStringLiteral("finishing");
    case RunState::Finished: return QStringLiteral("finished");
    case RunState::Failed: return QStringLiteral("failed");
    case RunState::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("idle");
}

QString runStateText(RunState state)
{
    const char *text = "";
    switch (state) {
    case RunState::Idle: text = QT_TRANSLATE_NOOP("mf::migration", "Ready"); break;
    case RunState::Connecting: text = QT_TRANSLATE_NOOP("mf::migration", "Connecting to your old mailbox…"); break;
    case RunState::Planning: text = QT_TRANSLATE_NOOP("mf::migration", "Working out what is left to copy…"); break;
    case RunState::Transferring: text = QT_TRANSLATE_NOOP("mf::migration", "Copying messages into Gmail"); break;
    case RunState::Pausing: text = QT_TRANSLATE_NOOP("mf::migration", "Pausing after the messages in progress…"); break;
    case RunState::Paused: text = QT_TRANSLATE_NOOP("mf::migration", "Paused"); break;
    case RunState::Waiting: text = QT_TRANSLATE_NOOP("mf::migration", "Waiting for the next check"); break;
    case RunState::Finishing: text = QT_TRANSLATE_NOOP("mf::migration", "Finishing up…"); break;
    case RunState::Finished: text = QT_TRANSLATE_NOOP("mf::migration", "Finished"); break;
    case RunState::Failed: text = QT_TRANSLATE_NOOP("mf::migration", "Stopped because of a problem"); break;
    case RunState::Cancelled: text = QT_TRANSLATE_NOOP("mf::migration", "Cancelled"); break;
    }
    return QCoreApplication::translate("mf::migration", text);
}

} // namespace mf::migration
