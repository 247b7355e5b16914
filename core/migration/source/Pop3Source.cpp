// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/source/Pop3Source.h"

#include "pop3/Pop3Client.h"

#include <QHash>

namespace mf::migration {

pop3::ServerSettings serverSettingsOf(const accounts::AccountConfig &a)
{
    pop3::ServerSettings s;
    s.host = a.host;
    s.port = a.port;
    switch (a.security) {
    case accounts::AccountConfig::Security::ImplicitTls: s.security = pop3::Security::ImplicitTls; break;
    case accounts::AccountConfig::Security::StartTls: s.security = pop3::Security::StartTls; break;
    case accounts::AccountConfig::Security::PlainText: s.security = pop3::Security::PlainText; break;
    }
    s.user = a.user;
    s.allowPlaintextPassword = a.allowPlaintextPassword;
    s.pinnedSha256 = a.pinnedSha256;
    return s;
}

Pop3Source::Pop3Source(Clock *clock, pop3::ServerSettings settings, QString password, QObject *parent)
    : MessageSource(parent)
    , m_client(new pop3::Pop3Client(clock, this))
    , m_settings(std::move(settings))
    , m_password(std::move(password))
{
    connect(m_client, &pop3::Pop3Client::disconnected, this, &MessageSource::disconnected);
}

Pop3Source::~Pop3Source() = default;

void Pop3Source::open(StatusCallback done)
{
    m_client->connectToServer(m_settings, m_password, std::move(done));
}

bool Pop3Source::loginMethodRefused() const
{
    return m_client && m_client->apopRefused();
}

SourceTraits Pop3Source::traits() const
{
    SourceTraits t;
    if (!m_client)
        return t;
    const pop3::Capabilities caps = m_client->capabilities();
    t.loginDelaySeconds = std::max(0, caps.loginDelaySeconds.value_or(0));
    t.expireDays = caps.expireNever ? std::nullopt : caps.expireDays;
    return t;
}

void Pop3Source::list(ListingCallback done)
{
    QPointer<pop3::Pop3Client> client = m_client;
    client->uidl([client, done = std::move(done)](Result<QList<pop3::UidlEntry>> uidls) mutable {
        if (!client)
            return;
        QHash<int, QByteArray> byNumber;
        bool haveUidl = true;
        if (!uidls) {
            if (uidls.error().code != Error::Code::UidlUnsupported) {
                done(uidls.error());
                return;
            }
            haveUidl = false;
        } else {
            byNumber.reserve(uidls.value().size());
            for (const auto &u : uidls.value())
                byNumber.insert(u.number, u.uidl);
        }
        client->list([byNumber, haveUidl, done = std::move(done)](Result<QList<pop3::ListEntry>> list) {
            if (!list) {
                done(list.error());
                return;
            }
            SourceListing listing;
            listing.stableIds = haveUidl;
            listing.messages.reserve(list.value().size());
            for (const auto &l : list.value())
                listing.messages.append(ListedMessage{l.number, byNumber.value(l.number), l.size});
            done(std::move(listing));
        });
    });
}

void Pop3Source::fetch(int number, qint64 maxBytes, BytesCallback done)
{
    m_client->retrieve(number, maxBytes, std::move(done));
}

void Pop3Source::headers(int number, BytesCallback done)
{
    m_client->top(number, 0, std::move(done));
}

void Pop3Source::remove(int number, StatusCallback done)
{
    m_client->dele(number, std::move(done));
}

void Pop3Source::close(StatusCallback done)
{
    m_client->quit(std::move(done));
}

void Pop3Source::abort()
{
    if (m_client)
        m_client->abort();
}

} // namespace mf::migration
