// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace mf::app {

class CliOptions;

/// `mailferry import --path PATH`: the mail already on this computer (an mbox, a Thunderbird
/// profile's Mail folder, a Maildir, a folder of .eml files, Apple Mail, an Outlook .pst) copied
/// into Gmail by the same run as `migrate`. This turns the command line into the archive's
/// account; CliRunner then runs it like any other. Nothing in the archive is changed or deleted.
class ImportCommand {
    Q_DECLARE_TR_FUNCTIONS(mf::app::CliRunner)
public:
    /// Options that only make sense for a POP3 mailbox (a server, a login, deleting from it).
    [[nodiscard]] static const QStringList &pop3OnlyOptions();
    /// Options that belong to import alone.
    [[nodiscard]] static const QStringList &importOnlyOptions();

    /// Refuses, with a sentence naming the option, what import cannot do; checks --folders.
    [[nodiscard]] static bool checkOptions(const CliOptions &options, QString *error);

    /// The archive account the command line names: --path (a file or a folder; its format is
    /// detected) with --folders and --folders-as-labels, or a saved archive account (--account).
    /// The id comes from the path, so a rerun on the same archive resumes. An error names the
    /// path and says what is wrong with it.
    [[nodiscard]] static std::optional<accounts::AccountConfig> resolve(const CliOptions &options, QSettings *settings,
                                                                        QString *error);

    /// "--folders A,B": the folder paths, trimmed, without empty ones; "/" separates levels.
    [[nodiscard]] static QStringList parseFolders(const QString &text);
};

} // namespace mf::app
