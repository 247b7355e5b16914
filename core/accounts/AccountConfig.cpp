#include "accounts/AccountConfig.h"

#include "common/Paths.h"
#include "common/SettingsKeys.h"

#include <QSettings>

namespace mf::accounts {
namespace {

QString key(const QString &id, const char *name)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(keys::kAccountsGroup), id, QLatin1String(name));
}

QString securityName(AccountConfig::Security s)
{
    switch (s) {
    case AccountConfig::Security::ImplicitTls: return QStringLiteral("tls");
    case AccountConfig::Security::StartTls: return QStringLiteral("starttls");
    case AccountConfig::Security::PlainText: return QStringLiteral("plain");
    }
    return QStringLiteral("tls");
}

AccountConfig::Security securityFromName(const QString &name)
{
    if (name == QLatin1String("starttls"))
        return AccountConfig::Security::StartTls;
    if (name == QLatin1String("plain"))
        return AccountConfig::Security::PlainText;
    return AccountConfig::Security::ImplicitTls;
}

QString afterCopyName(AfterCopy a)
{
    switch (a) {
    case AfterCopy::Keep: return QStringLiteral("keep");
    case AfterCopy::Delete: return QStringLiteral("delete");
    case AfterCopy::DeleteAfterDays: return QStringLiteral("delete-after-days");
    }
    return QStringLiteral("keep");
}

AfterCopy afterCopyFromName(const QString &name)
{
    if (name == QLatin1String("delete"))
        return AfterCopy::Delete;
    if (name == QLatin1String("delete-after-days"))
        return AfterCopy::DeleteAfterDays;
    return AfterCopy::Keep; // anything unknown falls back to the safe choice
}

QString placementName(Placement p)
{
    switch (p) {
    case Placement::InboxUnread: return QStringLiteral("inbox-unread");
    case Placement::InboxRead: return QStringLiteral("inbox-read");
    case Placement::ArchiveWithLabel: return QStringLiteral("archive-label");
    }
    return QStringLiteral("inbox-unread");
}

Placement placementFromName(const QString &name)
{
    if (name == QLatin1String("inbox-read"))
        return Placement::InboxRead;
    if (name == QLatin1String("archive-label"))
        return Placement::ArchiveWithLabel;
    return Placement::InboxUnread;
}

} // namespace

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

AccountStore::AccountStore(QSettings *settings)
    : m_settings(settings)
{
}

QList<AccountConfig> AccountStore::accounts() const
{
    QList<AccountConfig> out;
    m_settings->beginGroup(QLatin1String(keys::kAccountsGroup));
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto a = account(id))
            out.append(*a);
    }
    return out;
}

std::optional<AccountConfig> AccountStore::account(const QString &id) const
{
    if (!m_settings->contains(key(id, keys::kPop3Host)))
        return std::nullopt;
    AccountConfig a;
    a.id = id;
    a.email = m_settings->value(key(id, keys::kPop3Email)).toString();
    a.host = m_settings->value(key(id, keys::kPop3Host)).toString();
    a.port = quint16(m_settings->value(key(id, keys::kPop3Port), 995).toUInt());
    a.security = securityFromName(m_settings->value(key(id, keys::kPop3Security)).toString());
    a.user = m_settings->value(key(id, keys::kPop3User)).toString();
    a.pinnedSha256 = m_settings->value(key(id, keys::kPop3PinnedCert)).toByteArray();
    a.allowPlaintextPassword = m_settings->value(key(id, keys::kPop3AllowPlaintext), false).toBool();
    a.gmailAccount = m_settings->value(key(id, keys::kGoogleAccountEmail)).toString();
    MigrationOptions &o = a.options;
    o.afterCopy = afterCopyFromName(m_settings->value(key(id, keys::kAfterCopy)).toString());
    o.deleteAfterDays = m_settings->value(key(id, keys::kDeleteAfterDays), o.deleteAfterDays).toInt();
    o.placement = placementFromName(m_settings->value(key(id, keys::kPlacement)).toString());
    o.label = m_settings->value(key(id, keys::kLabel)).toString();
    o.sizeLimitBytes = m_settings->value(key(id, keys::kSizeLimitBytes), o.sizeLimitBytes).toLongLong();
    o.continuous = m_settings->value(key(id, keys::kContinuous), false).toBool();
    o.intervalMinutes = std::max(1, m_settings->value(key(id, keys::kIntervalMinutes), o.intervalMinutes).toInt());
    o.useImport = m_settings->value(key(id, keys::kUseImport), false).toBool();
    o.batchSize = std::max(1, m_settings->value(key(id, keys::kBatchSize), o.batchSize).toInt());
    return a;
}

void AccountStore::save(const AccountConfig &a)
{
    m_settings->setValue(key(a.id, keys::kPop3Email), a.email);
    m_settings->setValue(key(a.id, keys::kPop3Host), a.host);
    m_settings->setValue(key(a.id, keys::kPop3Port), a.port);
    m_settings->setValue(key(a.id, keys::kPop3Security), securityName(a.security));
    m_settings->setValue(key(a.id, keys::kPop3User), a.user);
    m_settings->setValue(key(a.id, keys::kPop3PinnedCert), a.pinnedSha256);
    m_settings->setValue(key(a.id, keys::kPop3AllowPlaintext), a.allowPlaintextPassword);
    m_settings->setValue(key(a.id, keys::kGoogleAccountEmail), a.gmailAccount);
    const MigrationOptions &o = a.options;
    m_settings->setValue(key(a.id, keys::kAfterCopy), afterCopyName(o.afterCopy));
    m_settings->setValue(key(a.id, keys::kDeleteAfterDays), o.deleteAfterDays);
    m_settings->setValue(key(a.id, keys::kPlacement), placementName(o.placement));
    m_settings->setValue(key(a.id, keys::kLabel), o.label);
    m_settings->setValue(key(a.id, keys::kSizeLimitBytes), o.sizeLimitBytes);
    m_settings->setValue(key(a.id, keys::kContinuous), o.continuous);
    m_settings->setValue(key(a.id, keys::kIntervalMinutes), o.intervalMinutes);
    m_settings->setValue(key(a.id, keys::kUseImport), o.useImport);
    m_settings->setValue(key(a.id, keys::kBatchSize), o.batchSize);
    m_settings->sync();
}

void AccountStore::remove(const QString &id)
{
    m_settings->remove(QStringLiteral("%1/%2").arg(QLatin1String(keys::kAccountsGroup), id));
    m_settings->sync();
}

void AccountStore::recordRun(const QString &id, const QDateTime &when, const QString &outcome)
{
    m_settings->setValue(key(id, keys::kLastRun), when);
    m_settings->setValue(key(id, keys::kLastOutcome), outcome);
    m_settings->sync();
}

QDateTime AccountStore::lastRun(const QString &id) const
{
    return m_settings->value(key(id, keys::kLastRun)).toDateTime();
}

QString AccountStore::lastOutcome(const QString &id) const
{
    return m_settings->value(key(id, keys::kLastOutcome)).toString();
}

} // namespace mf::accounts
