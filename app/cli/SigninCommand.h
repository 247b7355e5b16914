// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mf::accounts {
class AccountService;
}

namespace mf::app {

class CliOptions;

/// `mailferry signin --gmail ADDRESS`: signs one Google account in, the way the app does
/// (google::GoogleSignIn: the browser, a loopback redirect on 127.0.0.1, PKCE), and stores its
/// refresh token in the keychain under that address (secrets::googleRefreshTokenKey), where
/// `bulk` and `migrate --all` find it. The link is always printed, for a machine without a
/// browser; on a terminal the browser is opened too (unless MAILFERRY_NO_BROWSER is set).
/// Signing in as another address than the one asked is refused, naming both; nothing is stored.
class SigninCommand {
    Q_DECLARE_TR_FUNCTIONS(mf::app::CliRunner)
public:
    SigninCommand(const CliOptions &options, accounts::AccountService *service, Clock *clock, QTextStream &out, QTextStream &err,
                  bool tty);
    /// Returns the exit code: 0 signed in and stored, 3 refused or not granted, 6 the keychain failed.
    int run();

private:
    const CliOptions &m_options;
    accounts::AccountService *m_service;
    Clock *m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_tty;
};

} // namespace mf::app
