// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mf::accounts {
class AccountService;
}

namespace mf::app {

/// `mailferry preflight`: what a mailbox (or, with --path, an archive on this computer) holds,
/// from its listing and header blocks only, before anything is copied: counts, sizes, dates,
/// duplicates, what is in Gmail already and the time at Gmail's pace. Plain sentences, or one
/// JSON object with --json (type "preflight", the report's fields, exitCode). Nothing is
/// downloaded whole and nothing changes on the server.
class PreflightCommand {
    Q_DECLARE_TR_FUNCTIONS(mf::app::CliRunner)
public:
    PreflightCommand(QTextStream &out, QTextStream &err, bool json, bool tty);

    /// Runs it (the event loop turns meanwhile; Ctrl+C stops it) and returns the exit code:
    /// 0 when the mailbox could be read, 3 when the account needs the user, 4 unreachable, 6
    /// internal, 130 interrupted.
    int run(const accounts::AccountConfig &account, const QString &pop3Password, const accounts::AccountService *service);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    bool m_tty;
};

} // namespace mf::app
