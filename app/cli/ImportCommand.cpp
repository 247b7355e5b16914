// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/ImportCommand.h"

#include "archive/ArchiveOpener.h"
#include "cli/CliOptions.h"

#include <QDir>
#include <QFileInfo>

namespace mf::app {

const QStringList &ImportCommand::pop3OnlyOptions()
{
    static const QStringList names{QStringLiteral("email"),          QStringLiteral("host"),
                                   QStringLiteral("port"),           QStringLiteral("security"),
                                   QStringLiteral("user"),           QStringLiteral("trust-fingerprint"),
                                   QStringLiteral("password-stdin"), QStringLiteral("delete"),
                                   QStringLiteral("delete-after"),   QStringLiteral("batch-size"),
                                   QStringLiteral("every")};
    return names;
}

const QStringList &ImportCommand::importOnlyOptions()
{
    static const QStringList names{QStringLiteral("path"), QStringLiteral("folders"), QStringLiteral("folders-as-labels"),
                                   QStringLiteral("retry-failed")};
    return names;
}

QStringList ImportCommand::parseFolders(const QString &text)
{
    QStringList folders;
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString folder = part.trimmed();
        while (folder.endsWith(QLatin1Char('/')))
            folder.chop(1);
        if (!folder.isEmpty() && !folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

bool ImportCommand::checkOptions(const CliOptions &options, QString *error)
{
    for (const QString &name : pop3OnlyOptions()) {
        if (!options.isSet(name))
            continue;
        if (name == QLatin1String("delete") || name == QLatin1String("delete-after"))
            *error = tr("--%1 does not apply to import: Mailferry never changes or deletes anything on this computer.").arg(name);
        else
            *error = tr("--%1 applies to a mailbox on a server (migrate), not to import.").arg(name);
        return false;
    }
    if (!options.isSet(QStringLiteral("path")) && !options.isSet(QStringLiteral("account"))) {
        *error = tr("import needs --path with the mail file or folder to copy (an mbox, a Thunderbird profile's Mail "
                    "folder, a Maildir, a folder of .eml files, Apple Mail's folder or an Outlook .pst).");
        return false;
    }
    if (options.isSet(QStringLiteral("path"))) {
        const QString path = options.value(QStringLiteral("path"));
        if (path.trimmed().isEmpty()) {
            *error = tr("--path is empty.");
            return false;
        }
        if (path.size() > 4096) {
            *error = tr("--path is longer than 4096 characters.");
            return false;
        }
    }
    if (options.isSet(QStringLiteral("folders"))) {
        const QString text = options.value(QStringLiteral("folders"));
        if (parseFolders(text).isEmpty()) {
            *error = tr("--folders names no folder; give folder names separated by commas, such as Inbox,Old mail/2019.");
            return false;
        }
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control) {
                *error = tr("--folders contains control characters.");
                return false;
            }
        }
    }
    return true;
}

std::optional<accounts::AccountConfig> ImportCommand::resolve(const CliOptions &options, QSettings *settings, QString *error)
{
    accounts::AccountStore store(settings);
    std::optional<accounts::AccountConfig> account;
    if (options.isSet(QStringLiteral("path"))) {
        const QString given = options.value(QStringLiteral("path")).trimmed();
        const QFileInfo info(given);
        if (!info.exists()) {
            *error = tr("There is no file or folder %1.").arg(given);
            return std::nullopt;
        }
        if (!info.isReadable()) {
            *error = tr("%1 cannot be read (check its permissions).").arg(given);
            return std::nullopt;
        }
        const QString path = QDir::cleanPath(info.absoluteFilePath());
        const archive::ArchiveFormat format = archive::detectFormat(path);
        if (format == archive::ArchiveFormat::Unknown) {
            *error = tr("%1 holds no mail Mailferry can read (mbox, Maildir, .eml, Apple Mail or Outlook .pst).").arg(given);
            return std::nullopt;
        }
        if (format == archive::ArchiveFormat::Pst && !archive::pstSupported()) {
            *error = tr("This build of Mailferry cannot read Outlook files (%1).").arg(given);
            return std::nullopt;
        }
        const QString id = options.isSet(QStringLiteral("account")) ? options.value(QStringLiteral("account")).trimmed()
                                                                    : accounts::AccountConfig::idForArchive(path);
        account = store.account(id);
        if (account && !account->isArchive()) {
            *error = tr("The account \"%1\" is a mailbox on a server; use migrate for it.").arg(id);
            return std::nullopt;
        }
        if (!account) {
            account = accounts::AccountConfig{};
            account->id = id;
        }
        account->source = accounts::AccountConfig::Source::Archive;
        account->archivePath = path;
        account->email = info.fileName().isEmpty() ? path : info.fileName();
    } else {
        const QString id = options.value(QStringLiteral("account")).trimmed();
        account = store.account(id);
        if (!account || !account->isArchive()) {
            *error = account ? tr("The account \"%1\" is a mailbox on a server; use migrate for it.").arg(id)
                             : tr("There is no account \"%1\" (see 'mailferry accounts'), and no --path to import.").arg(id);
            return std::nullopt;
        }
        if (!QFileInfo::exists(account->archivePath)) {
            *error = tr("The account \"%1\" imports %2, which is no longer there.").arg(id, account->archivePath);
            return std::nullopt;
        }
    }
    if (options.isSet(QStringLiteral("folders")))
        account->archiveFolders = parseFolders(options.value(QStringLiteral("folders")));
    if (options.isSet(QStringLiteral("folders-as-labels")))
        account->foldersAsLabels = true;
    // Nothing on this computer is ever deleted: whatever a saved account said, the mail stays.
    account->options.afterCopy = accounts::AfterCopy::Keep;
    account->options.continuous = false;
    return account;
}

} // namespace mf::app
