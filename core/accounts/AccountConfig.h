// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace mf::accounts {

class TypedSettings;

/// One POP3 mailbox that feeds the connected Gmail account: where it is, who logs in, and the
/// options chosen in the wizard. Stored in QSettings under "accounts/<id>/"; the password is not
/// here, it is in the keychain under secrets::pop3PasswordKey(id).
struct AccountConfig {
    QString id;    ///< stable, file-name safe; derived from the address ("maria@isp.example")
    QString email; ///< the old address, as the user typed it
    QString host;
    quint16 port = 995;
    enum class Security { ImplicitTls, StartTls, PlainText } security = Security::ImplicitTls;
    QString user;
    QByteArray pinnedSha256; ///< certificate the user chose to trust, lowercase hex; empty if none
    bool allowPlaintextPassword = false;
    QString gmailAccount; ///< the Google account email it feeds
    MigrationOptions options;

    [[nodiscard]] bool isValid() const { return !id.isEmpty() && !host.isEmpty() && port != 0 && !user.isEmpty(); }
    /// Where this mailbox's ledger lives (under paths::accountDir(id)).
    [[nodiscard]] QString ledgerPath() const;
    [[nodiscard]] QString lockPath() const;
    /// An id for an address: the address itself, made safe for file names.
    [[nodiscard]] static QString idForEmail(const QString &email);
};

/// Reads and writes the accounts in QSettings (the same store for the GUI and the CLI).
class AccountStore {
public:
    explicit AccountStore(QSettings *settings);
    [[nodiscard]] QList<AccountConfig> accounts() const;
    [[nodiscard]] std::optional<AccountConfig> account(const QString &id) const;
    void save(const AccountConfig &account);
    void remove(const QString &id);
    /// Last run's time and outcome, for the accounts window.
    void recordRun(const QString &id, const QDateTime &when, const QString &outcome);
    [[nodiscard]] QDateTime lastRun(const QString &id) const;
    [[nodiscard]] QString lastOutcome(const QString &id) const;

    /// Typed access to the same settings file (accounts/TypedSettings.h).
    [[nodiscard]] TypedSettings settings() const;

private:
    QSettings *m_settings;
};

} // namespace mf::accounts
