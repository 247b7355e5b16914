// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountConfig.h"

#include "accounts/TypedSettings.h"
#include "common/Paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace mf::accounts {

QString AccountConfig::ledgerPath() const
{
    return paths::accountDir(id) + QStringLiteral("/ledger.sqlite");
}

QString AccountConfig::lockPath() const
{
    return paths::accountDir(id) + QStringLiteral("/run.lock");
}

QString AccountConfig::idForEmail(const QString &email)
{
    return paths::safeFileName(email.trimmed().toLower());
}

QString AccountConfig::idForArchive(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path.trimmed()).absoluteFilePath());
    const QByteArray digest = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString name = QFileInfo(absolute).fileName().toLower();
    if (name.size() > 40)
        name.truncate(40);
    return paths::safeFileName(QStringLiteral("archive-%1-%2").arg(name, QString::fromLatin1(digest.left(12))));
}

AccountStore::AccountStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<AccountConfig> AccountStore::accounts() const
{
    QList<AccountConfig> out;
    for (const QString &id : settings().accountIds()) {
        if (auto a = account(id))
            out.append(*a);
    }
    return out;
}

TypedSettings AccountStore::settings() const
{
    return TypedSettings(m_settings);
}

std::optional<AccountConfig> AccountStore::account(const QString &id) const
{
    const TypedSettings s = settings();
    if (!s.contains(id, key::host) && !s.contains(id, key::archivePath))
        return std::nullopt;
    AccountConfig a;
    a.id = id;
    a.source = s.get(id, key::source);
    a.archivePath = s.get(id, key::archivePath);
    a.archiveFolders = s.get(id, key::archiveFolders);
    a.foldersAsLabels = s.get(id, key::foldersAsLabels);
    a.email = s.get(id, key::email);
    a.host = s.get(id, key::host);
    a.port = s.get(id, key::port);
    a.security = s.get(id, key::security);
    a.user = s.get(id, key::user);
    a.pinnedSha256 = s.get(id, key::pinnedSha256);
    a.allowPlaintextPassword = s.get(id, key::allowPlaintextPassword);
    a.gmailAccount = s.get(id, key::gmailAccount);
    MigrationOptions &o = a.options;
    o.afterCopy = s.get(id, key::afterCopy);
    o.deleteAfterDays = s.get(id, key::deleteAfterDays);
    o.placement = s.get(id, key::placement);
    o.label = s.get(id, key::label);
    o.sizeLimitBytes = s.get(id, key::sizeLimitBytes);
    o.continuous = s.get(id, key::continuous);
    o.intervalMinutes = std::max(1, s.get(id, key::intervalMinutes));
    o.useImport = s.get(id, key::useImport);
    o.neverMarkSpam = s.get(id, key::neverMarkSpam);
    o.stripBlockedAttachments = s.get(id, key::stripBlockedAttachments);
    o.deleteStrippedFromServer = s.get(id, key::deleteStrippedFromServer);
    o.batchSize = std::max(1, s.get(id, key::batchSize));
    return a;
}

void AccountStore::save(const AccountConfig &a)
{
    TypedSettings s = settings();
    s.set(a.id, key::source, a.source);
    if (a.isArchive()) {
        s.set(a.id, key::archivePath, a.archivePath);
        s.set(a.id, key::archiveFolders, a.archiveFolders);
        s.set(a.id, key::foldersAsLabels, a.foldersAsLabels);
    }
    s.set(a.id, key::email, a.email);
    s.set(a.id, key::host, a.host);
    s.set(a.id, key::port, a.port);
    s.set(a.id, key::security, a.security);
    s.set(a.id, key::user, a.user);
    s.set(a.id, key::pinnedSha256, a.pinnedSha256);
    s.set(a.id, key::allowPlaintextPassword, a.allowPlaintextPassword);
    s.set(a.id, key::gmailAccount, a.gmailAccount);
    const MigrationOptions &o = a.options;
    s.set(a.id, key::afterCopy, o.afterCopy);
    s.set(a.id, key::deleteAfterDays, o.deleteAfterDays);
    s.set(a.id, key::placement, o.placement);
    s.set(a.id, key::label, o.label);
    s.set(a.id, key::sizeLimitBytes, o.sizeLimitBytes);
    s.set(a.id, key::continuous, o.continuous);
    s.set(a.id, key::intervalMinutes, o.intervalMinutes);
    s.set(a.id, key::useImport, o.useImport);
    s.set(a.id, key::neverMarkSpam, o.neverMarkSpam);
    s.set(a.id, key::stripBlockedAttachments, o.stripBlockedAttachments);
    s.set(a.id, key::deleteStrippedFromServer, o.deleteStrippedFromServer);
    s.set(a.id, key::batchSize, o.batchSize);
    s.sync();
}

void AccountStore::remove(const QString &id)
{
    TypedSettings s = settings();
    s.removeAccount(id);
    s.sync();
}

void AccountStore::recordRun(const QString &id, const QDateTime &when, const QString &outcome)
{
    TypedSettings s = settings();
    s.set(id, key::lastRun, when);
    s.set(id, key::lastOutcome, outcome);
    s.sync();
}

QDateTime AccountStore::lastRun(const QString &id) const
{
    return settings().get(id, key::lastRun);
}

QString AccountStore::lastOutcome(const QString &id) const
{
    return settings().get(id, key::lastOutcome);
}

} // namespace mf::accounts
