// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "accounts/PasswordFile.h"
#include "common/Clock.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QTextStream>

#include <optional>

namespace mf::accounts {
class AccountService;
}

namespace mf::app {

class CliOptions;
struct MultiMailbox;

/// `mailferry bulk --csv FILE` (a consultant's office: one CSV row per mailbox) and
/// `mailferry migrate --all` (every saved mailbox): gets each mailbox's POP3 password (password
/// file, standard input or the keychain) and its Google account's refresh token (the keychain,
/// stored there by `mailferry signin --gmail`), then runs them all at once with MultiRun.
/// A mailbox without a password or whose Google account is not signed in fails alone.
class BulkCommand {
    Q_DECLARE_TR_FUNCTIONS(mf::app::CliRunner)
public:
    struct Context {
        CliOptions &options;
        accounts::AccountService *service;
        Clock *clock;
        QTextStream &out;
        QTextStream &err;
        bool tty = false;
    };

    static constexpr int kMaxParallel = 64;
    static constexpr int kDefaultParallel = 4;

    /// The options of bulk, migrate --all and signin, for CliOptions to declare.
    [[nodiscard]] static QList<QCommandLineOption> options();
    /// For CliOptions: whether the options fit bulk, signin or migrate --all (nullopt: none of
    /// these commands, and none of their options used elsewhere; the usual checks apply).
    [[nodiscard]] static std::optional<bool> checkApplicable(const CliOptions &options, QString *error);
    /// True for the commands this class (or SigninCommand) runs.
    [[nodiscard]] static bool handles(const CliOptions &options);

    explicit BulkCommand(Context context);
    /// bulk or migrate --all; returns the exit code.
    int run();

private:
    int bulk();
    int migrateAll();
    int runAll(QList<accounts::AccountConfig> accounts, bool saveSecrets);
    [[nodiscard]] std::optional<accounts::PasswordList> passwordsGiven(QString *error);
    [[nodiscard]] QString readSecret(const QString &key);
    [[nodiscard]] bool writeSecret(const QString &key, const QString &secret);
    [[nodiscard]] bool prepare(accounts::AccountConfig &account, QString *error) const;

    Context m_c;
};

} // namespace mf::app
