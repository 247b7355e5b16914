// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/TypedSettings.h"

#include "common/Paths.h"

#include <array>
#include <utility>

namespace mf::accounts {
namespace {

// Stored names of the enum settings; the first entry of each table is what an unknown name reads
// as only when it is also the key's fallback (decodeSetting leaves the fallback alone otherwise).
const std::array<std::pair<AccountConfig::Security, const char *>, 3> kSecurityNames{{
    {AccountConfig::Security::ImplicitTls, "tls"},
    {AccountConfig::Security::StartTls, "starttls"},
    {AccountConfig::Security::PlainText, "plain"},
}};
const std::array<std::pair<AccountConfig::Source, const char *>, 2> kSourceNames{{
    {AccountConfig::Source::Pop3, "pop3"},
    {AccountConfig::Source::Archive, "archive"},
}};
const std::array<std::pair<AfterCopy, const char *>, 3> kAfterCopyNames{{
    {AfterCopy::Keep, "keep"},
    {AfterCopy::Delete, "delete"},
    {AfterCopy::DeleteAfterDays, "delete-after-days"},
}};
const std::array<std::pair<Placement, const char *>, 3> kPlacementNames{{
    {Placement::InboxUnread, "inbox-unread"},
    {Placement::InboxRead, "inbox-read"},
    {Placement::ArchiveWithLabel, "archive-label"},
}};

template <typename E, std::size_t N>
QVariant encodeName(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(table.front().second);
}

template <typename E, std::size_t N>
void decodeName(const std::array<std::pair<E, const char *>, N> &table, const QVariant &stored, E &out)
{
    const QString name = stored.toString();
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n)) {
            out = e;
            return;
        }
    }
}

template <typename N>
void decodeNumber(const QVariant &stored, N &out)
{
    bool ok = false;
    const qlonglong v = stored.toLongLong(&ok);
    if (ok)
        out = N(v);
}

} // namespace

QVariant encodeSetting(const QString &value)
{
    return value;
}
QVariant encodeSetting(const QStringList &value)
{
    return value;
}
QVariant encodeSetting(const QByteArray &value)
{
    return value;
}
QVariant encodeSetting(const QDateTime &value)
{
    return value;
}
QVariant encodeSetting(bool value)
{
    return value;
}
QVariant encodeSetting(int value)
{
    return value;
}
QVariant encodeSetting(quint16 value)
{
    return value;
}
QVariant encodeSetting(qint64 value)
{
    return value;
}
QVariant encodeSetting(AccountConfig::Security value)
{
    return encodeName(kSecurityNames, value);
}
QVariant encodeSetting(AccountConfig::Source value)
{
    return encodeName(kSourceNames, value);
}
QVariant encodeSetting(AfterCopy value)
{
    return encodeName(kAfterCopyNames, value);
}
QVariant encodeSetting(Placement value)
{
    return encodeName(kPlacementNames, value);
}

void decodeSetting(const QVariant &stored, QString &out)
{
    out = stored.toString();
}
void decodeSetting(const QVariant &stored, QStringList &out)
{
    out = stored.toStringList();
}
void decodeSetting(const QVariant &stored, QByteArray &out)
{
    out = stored.toByteArray();
}
void decodeSetting(const QVariant &stored, QDateTime &out)
{
    out = stored.toDateTime();
}
void decodeSetting(const QVariant &stored, bool &out)
{
    out = stored.toBool();
}
void decodeSetting(const QVariant &stored, int &out)
{
    decodeNumber(stored, out);
}
void decodeSetting(const QVariant &stored, qint64 &out)
{
    decodeNumber(stored, out);
}
void decodeSetting(const QVariant &stored, quint16 &out)
{
    bool ok = false;
    const uint v = stored.toUInt(&ok);
    if (ok && v > 0 && v <= 65535)
        out = quint16(v);
}
void decodeSetting(const QVariant &stored, AccountConfig::Security &out)
{
    decodeName(kSecurityNames, stored, out);
}
void decodeSetting(const QVariant &stored, AccountConfig::Source &out)
{
    decodeName(kSourceNames, stored, out);
}
void decodeSetting(const QVariant &stored, AfterCopy &out)
{
    decodeName(kAfterCopyNames, stored, out);
}
void decodeSetting(const QVariant &stored, Placement &out)
{
    decodeName(kPlacementNames, stored, out);
}

QString TypedSettings::path(const QString &id, const char *name)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(keys::kAccountsGroup), id, QLatin1String(name));
}

QStringList TypedSettings::accountIds() const
{
    m_settings->beginGroup(QLatin1String(keys::kAccountsGroup));
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    return ids;
}

void TypedSettings::removeAccount(const QString &id)
{
    m_settings->remove(QStringLiteral("%1/%2").arg(QLatin1String(keys::kAccountsGroup), id));
}

QString TypedSettings::googlePath(const QString &googleEmail, const char *name)
{
    return QStringLiteral("%1/%2/%3")
        .arg(QLatin1String(keys::kGoogleAccountsGroup), paths::safeFileName(googleEmail.trimmed().toLower()),
             QLatin1String(name));
}

void TypedSettings::removeGoogleAccount(const QString &googleEmail)
{
    m_settings->remove(QStringLiteral("%1/%2").arg(QLatin1String(keys::kGoogleAccountsGroup),
                                                   paths::safeFileName(googleEmail.trimmed().toLower())));
}

} // namespace mf::accounts
