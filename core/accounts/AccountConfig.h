// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace mf::accounts {

class TypedSettings;

/// One source of mail that feeds the connected Gmail account: a POP3 mailbox (where it is, who
/// logs in) or a local archive (mbox, Maildir, .eml tree, .emlx, .pst), and the options chosen in
/// the wizard. Stored in QSettings under "accounts/<id>/"; a POP3 password is not here, it is in
/// the keychain under secrets::pop3PasswordKey(id).
struct AccountConfig {
    QString id; ///< stable, file-name safe; derived from the address ("maria@isp.example") or archive path
    enum class Source { Pop3, Archive } source = Source::Pop3;
    QString email; ///< the old address, as the user typed it
    QString host;
    quint16 port = 995;
    enum class Security { ImplicitTls, StartTls, PlainText } security = Security::ImplicitTls;
    QString user;
    QByteArray pinnedSha256; ///< certificate the user chose to trust, lowercase hex; empty if none
    bool allowPlaintextPassword = false;
    QString gmailAccount; ///< the Google account email it feeds
    MigrationOptions options;

    QString archivePath;          ///< file or folder of a local archive (Source::Archive)
    QStringList archiveFolders;   ///< folder paths chosen ("" = top level); empty = all folders
    bool foldersAsLabels = false; ///< each folder becomes a nested Gmail label ("Old mail/Invoices/2019")

    [[nodiscard]] bool isArchive() const { return source == Source::Archive; }
    /// A POP3 account needs a host, port and user; an archive account needs only its path.
    [[nodiscard]] bool isValid() const
    {
        if (id.isEmpty())
            return false;
        if (isArchive())
            return !archivePath.isEmpty();
        return !host.isEmpty() && port != 0 && !user.isEmpty();
    }
    /// Where this mailbox's ledger lives (under paths::accountDir(id)).
    [[nodiscard]] QString ledgerPath() const;
    [[nodiscard]] QString lockPath() const;
    /// An id for an address: the address itself, made safe for file names.
    [[nodiscard]] static QString idForEmail(const QString &email);
    /// An id for a local archive: "archive-<file name>-<hash of the absolute path>", file-name
    /// safe and the same every time for the same path.
    [[nodiscard]] static QString idForArchive(const QString &path);
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
