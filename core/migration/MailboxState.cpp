// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/MailboxState.h"

#include <QCoreApplication>

namespace mf::migration {

QString activityName(MailboxState::Activity activity)
{
    switch (activity) {
    case MailboxState::Idle: return QStringLiteral("idle");
    case MailboxState::Queued: return QStringLiteral("queued");
    case MailboxState::Checking: return QStringLiteral("checking");
    case MailboxState::Copying: return QStringLiteral("copying");
    case MailboxState::WaitingForQuota: return QStringLiteral("waiting-for-quota");
    case MailboxState::Waiting: return QStringLiteral("waiting");
    case MailboxState::Paused: return QStringLiteral("paused");
    case MailboxState::NeedsYou: return QStringLiteral("needs-you");
    case MailboxState::Failed: return QStringLiteral("failed");
    case MailboxState::Done: return QStringLiteral("done");
    }
    return QStringLiteral("idle");
}

QString activityText(MailboxState::Activity activity)
{
    const char *text = "";
    switch (activity) {
    case MailboxState::Idle: text = QT_TRANSLATE_NOOP("mf::migration", "Idle"); break;
    case MailboxState::Queued: text = QT_TRANSLATE_NOOP("mf::migration", "Waiting for another mailbox to finish"); break;
    case MailboxState::Checking: text = QT_TRANSLATE_NOOP("mf::migration", "Checking"); break;
    case MailboxState::Copying: text = QT_TRANSLATE_NOOP("mf::migration", "Copying"); break;
    case MailboxState::WaitingForQuota: text = QT_TRANSLATE_NOOP("mf::migration", "Waiting for Gmail's quota"); break;
    case MailboxState::Waiting: text = QT_TRANSLATE_NOOP("mf::migration", "Waiting for the next check"); break;
    case MailboxState::Paused: text = QT_TRANSLATE_NOOP("mf::migration", "Paused"); break;
    case MailboxState::NeedsYou: text = QT_TRANSLATE_NOOP("mf::migration", "Needs you"); break;
    case MailboxState::Failed: text = QT_TRANSLATE_NOOP("mf::migration", "Stopped because of a problem"); break;
    case MailboxState::Done: text = QT_TRANSLATE_NOOP("mf::migration", "Done"); break;
    }
    return QCoreApplication::translate("mf::migration", text);
}

} // namespace mf::migration
