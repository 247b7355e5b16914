// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/JournalStep.h"

namespace mf::migration {

QString journalStepName(JournalStep step)
{
    switch (step) {
    case JournalStep::Connected: return QStringLiteral("pop3.connected");
    case JournalStep::Planned: return QStringLiteral("plan");
    case JournalStep::Retrieved: return QStringLiteral("pop3.retrieved");
    case JournalStep::Queued: return QStringLiteral("gmail.queued");
    case JournalStep::Uploading: return QStringLiteral("ledger.uploading");
    case JournalStep::Confirmed: return QStringLiteral("gmail.confirmed");
    case JournalStep::Copied: return QStringLiteral("ledger.copied");
    case JournalStep::Dele: return QStringLiteral("pop3.dele");
    case JournalStep::Quit: return QStringLiteral("pop3.quit");
    case JournalStep::Deleted: return QStringLiteral("ledger.deleted");
    }
    return QStringLiteral("unknown");
}

} // namespace mf::migration
