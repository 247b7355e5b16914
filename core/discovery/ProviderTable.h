// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "discovery/Pop3Proposal.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mf::discovery {

/// The table of common mail providers and their published POP3 settings. It lives in
/// resources/providers/providers.json (the shape of Thunderbird's autoconfig data), is compiled
/// into this library as a Qt resource, so that it is reviewed like code and cannot be changed on
/// disk, and is read and checked once, on first use.
class ProviderTable {
public:
    struct Entry {
        QString id;             ///< the provider's main domain, unique in the table
        QString name;           ///< shown to the user
        QStringList domains;    ///< address domains, lowercase ("gmx.de")
        QStringList mxSuffixes; ///< MX host suffixes that identify the provider for hosted domains
        QString host;           ///< empty when the provider has no POP3
        quint16 port = 995;
        Security security = Security::ImplicitTls;
        bool userIsLocalPart = false; ///< log in with "maria" instead of "maria@free.fr"
        bool noPop3 = false;
    };

    /// The resource the built-in table is read from.
    static const QString &resourcePath();

    /// Reads a table in the providers.json format. Any mistake (not JSON, a missing or mistyped
    /// field, an unknown socketType or username pattern, a port out of range, a domain listed
    /// twice) fails the whole table with an Internal error whose detail names the provider and field.
    [[nodiscard]] static Result<QList<Entry>> parse(const QByteArray &json);

    /// Every entry of the built-in table. Should the embedded file ever be damaged, the error is
    /// logged and the table is empty: discovery then goes on with DNS and the usual guesses.
    [[nodiscard]] static const QList<Entry> &entries();
    /// The entry for an address domain (case-insensitive), if the provider is known.
    [[nodiscard]] static std::optional<Entry> forDomain(const QString &domain);
    /// The entry whose mail exchanger matches `mxHost` (e.g. "mx1.mail.ovh.net").
    [[nodiscard]] static std::optional<Entry> forMailExchanger(const QString &mxHost);
    /// The proposal an entry makes for `email`; nullopt for providers without POP3.
    [[nodiscard]] static std::optional<Pop3Proposal> proposalFor(const Entry &entry, const QString &email, Source source);
};

} // namespace mf::discovery
