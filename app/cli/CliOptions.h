// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mf::app {

/// The command line of `mailferry <command>`: declares every option, then checks every value
/// before anything runs. A wrong value is refused with a sentence naming the option and what is
/// wrong (exit 2), never silently turned into another number: a port of 79659 is not 14123, and
/// "--delete-after 3O" is not 0 days.
class CliOptions {
    Q_DECLARE_TR_FUNCTIONS(mf::app::CliRunner)
public:
    /// Gmail refuses messages over 50 MiB, so a larger limit could only produce failures.
    static constexpr qint64 kGmailMaxMb = 50;
    static constexpr qint64 kMaxBatchSize = 1000;
    static constexpr qint64 kMaxDeleteAfterDays = 3650;
    static constexpr qint64 kMaxEveryMinutes = 7 * 24 * 60;
    /// A client_secret.json is a few hundred bytes.
    static constexpr qint64 kMaxClientSecretBytes = 64 * 1024;

    CliOptions();

    /// Parses `arguments`. False with `error` set on anything wrong; `notes` get adjustments the
    /// user should know about (a size limit capped at Gmail's maximum). --help and --version are
    /// answered by the caller before validation.
    [[nodiscard]] bool parse(const QStringList &arguments, QString *error, QStringList *notes);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    [[nodiscard]] bool isSet(const QString &name) const { return m_parser.isSet(name); }
    [[nodiscard]] QString value(const QString &name) const { return m_parser.value(name); }
    /// The names of the options given (as QCommandLineParser::optionNames).
    [[nodiscard]] QStringList givenOptions() const { return m_parser.optionNames(); }
    [[nodiscard]] QString command() const { return m_command; }
    [[nodiscard]] bool wantsHelp() const { return m_parser.isSet(QStringLiteral("help")); }
    [[nodiscard]] bool wantsVersion() const { return m_parser.isSet(QStringLiteral("version")); }
    [[nodiscard]] QString helpText() const;

    /// The account options on the command line laid over `account` (a saved one, or a fresh one).
    /// Only values parse() has already checked are used.
    void applyTo(accounts::AccountConfig &account) const;
    /// The pin given with --trust-fingerprint, lowercase hex without separators (empty if none).
    [[nodiscard]] QByteArray pin() const { return m_pin; }

    /// Reads a client_secret.json the user named: a regular file of at most 64 KiB, read with a
    /// bound (a device such as /dev/zero is refused, never read until memory runs out).
    [[nodiscard]] static std::optional<QByteArray> readClientSecretFile(const QString &path, QString *error);

private:
    bool checkApplicable(QString *error) const;
    bool checkValues(QString *error, QStringList *notes);

    QCommandLineParser m_parser;
    QString m_command;
    std::optional<quint16> m_port;
    std::optional<int> m_batchSize;
    std::optional<int> m_deleteAfterDays;
    std::optional<int> m_everyMinutes;
    std::optional<qint64> m_sizeLimitMb;
    std::optional<accounts::AccountConfig::Security> m_security;
    QByteArray m_pin;
};

} // namespace mf::app
