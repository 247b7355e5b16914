#pragma once

#include "discovery/Pop3Proposal.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mf::discovery {

/// The built-in table of common mail providers and their published POP3 settings.
/// Kept in code, not in a file, so that it is reviewed like code and cannot be tampered with.
class ProviderTable {
public:
    struct Entry {
        QString name;              ///< shown to the user
        QStringList domains;       ///< address domains, lowercase ("gmx.de")
        QStringList mxSuffixes;    ///< MX host suffixes that identify the provider for hosted domains
        QString host;              ///< empty when the provider has no POP3
        quint16 port = 995;
        Security security = Security::ImplicitTls;
        bool userIsLocalPart = false; ///< log in with "maria" instead of "maria@free.fr"
        bool noPop3 = false;
    };

    /// Every entry of the table.
    [[nodiscard]] static const QList<Entry> &entries();
    /// The entry for an address domain (case-insensitive), if the provider is known.
    [[nodiscard]] static std::optional<Entry> forDomain(const QString &domain);
    /// The entry whose mail exchanger matches `mxHost` (e.g. "mx1.mail.ovh.net").
    [[nodiscard]] static std::optional<Entry> forMailExchanger(const QString &mxHost);
    /// The proposal an entry makes for `email`; nullopt for providers without POP3.
    [[nodiscard]] static std::optional<Pop3Proposal> proposalFor(const Entry &entry, const QString &email, Source source);
};

} // namespace mf::discovery
