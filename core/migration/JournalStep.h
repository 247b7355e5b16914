// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <array>

namespace mf::migration {

/// The steps of one message's way from the POP3 server into Gmail, in the order they happen.
/// The durable ones (Uploading, Copied, Deleted) are group commits of the ledger; each one is
/// written strictly before the step after it may happen:
///
///   Retrieved → Queued → Uploading → Confirmed → Copied → Dele → Quit → Deleted
///   (in RAM)    (to Gmail) (on disk)  (Gmail has it) (on disk) (POP3)  (POP3)  (on disk)
///
/// Connected and Planned come first, once a session. The crash harness (EngineSetup::stepHook)
/// is called at every step and may stop the engine dead there, as if the process had died.
enum class JournalStep {
    Connected, ///< logged in to the POP3 server
    Planned,   ///< the session's work is planned against the ledger
    Retrieved, ///< a message's bytes arrived whole (RETR)
    Queued,    ///< the upload is handed to the Gmail client; it leaves after "uploading" is on disk
    Uploading, ///< "uploading" is on disk for a group of messages about to be sent
    Confirmed, ///< Gmail answered an upload (stored, or failed)
    Copied,    ///< "copied + Gmail id" is on disk for a group: from now on they may leave the server
    Dele,      ///< a DELE is about to go out
    Quit,      ///< the server acknowledged QUIT: its DELEs took effect
    Deleted,   ///< "deleted" is on disk for the session's DELEs
};

/// Every step, in journal order (for the crash harness and the tests).
inline constexpr std::array<JournalStep, 10> kJournalSteps{
    JournalStep::Connected, JournalStep::Planned, JournalStep::Retrieved, JournalStep::Queued, JournalStep::Uploading,
    JournalStep::Confirmed, JournalStep::Copied,  JournalStep::Dele,      JournalStep::Quit,   JournalStep::Deleted,
};

/// True for the steps that are a durable ledger commit.
[[nodiscard]] constexpr bool isDurable(JournalStep step)
{
    return step == JournalStep::Uploading || step == JournalStep::Copied || step == JournalStep::Deleted;
}

/// A stable name for logs and test messages, e.g. "ledger.copied".
[[nodiscard]] QString journalStepName(JournalStep step);

} // namespace mf::migration
