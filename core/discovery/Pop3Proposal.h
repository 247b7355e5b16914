// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace mf::discovery {

/// How the connection to a POP3 server is protected. Mirrors accounts::AccountConfig::Security
/// (this layer sits below the engine and does not depend on it; the UI maps one to the other).
enum class Security { ImplicitTls, StartTls, PlainText };

/// Where a proposal came from, so the UI can say how sure it is.
enum class Source {
    KnownProvider, ///< the built-in table: settings published by the provider
    DnsSrv,        ///< the domain's own _pop3s._tcp / _pop3._tcp record (RFC 6186)
    MailExchanger, ///< the domain's MX points at a known hosting provider
    Guess,         ///< a usual host name (pop.<domain>, mail.<domain>, ...) that resolves
};

/// One set of POP3 settings to try.
struct Pop3Proposal {
    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;
    QString user; ///< the login name, usually the full address
    Source source = Source::Guess;
    QString providerName; ///< "GMX", "Outlook.com"; empty when unknown

    friend bool operator==(const Pop3Proposal &a, const Pop3Proposal &b)
    {
        return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port && a.security == b.security;
    }
};

/// What discovery found for one address.
struct DiscoveryResult {
    QString email;
    QString domain;
    QList<Pop3Proposal> proposals;  ///< best first; may be empty
    bool providerHasNoPop3 = false; ///< e.g. iCloud: the provider offers no POP3 at all
    QString note;                   ///< plain words for the user (translated), e.g. "iCloud Mail has no POP3"

    [[nodiscard]] bool hasProposal() const { return !proposals.isEmpty(); }
};

} // namespace mf::discovery

Q_DECLARE_METATYPE(mf::discovery::DiscoveryResult)
