// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Clock.h"
#include "discovery/DnsResolver.h"
#include "discovery/Pop3Proposal.h"

#include <QObject>

namespace mf::discovery {

/// Proposes POP3 settings for an email address, so that Maria never has to know what a port is.
///
/// The order, best evidence first:
///  1. the built-in table of common providers (ProviderTable), answered without any network;
///  2. DNS SRV `_pop3s._tcp.<domain>`, then `_pop3._tcp.<domain>` (RFC 6186);
///  3. the domain's MX records, when they point at a known host (OVH, IONOS, Zoho, Fastmail...);
///  4. the usual names `pop.<domain>`, `mail.<domain>`, `pop3.<domain>` that resolve, on 995 with
///     implicit TLS first (RFC 8314), then on 110 with STARTTLS. A cPanel-style domain (its MX is
///     the domain itself or mail.<domain>) gets mail.<domain> first.
///
/// Discovery only proposes; the wizard's "Test connection" proves. Each DNS step has its own
/// timeout from the injected Clock, so a dead resolver cannot leave the page waiting.
/// Lives in one thread; all calls and the signal are in that thread.
class ServerDiscovery : public QObject {
    Q_OBJECT
public:
    /// `resolver` and `clock` default to DnsResolver::system() and Clock::system(); not owned.
    explicit ServerDiscovery(DnsResolver *resolver = nullptr, Clock *clock = nullptr, QObject *parent = nullptr);

    /// Starts discovery for `email`; finished() follows exactly once (always asynchronously).
    /// A new call abandons the previous one, whose result is never delivered.
    void discover(const QString &email);
    /// Abandons the discovery in progress; finished() is not emitted for it.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    /// How long each DNS question may take (default 4 s).
    void setLookupTimeout(Millis timeout) { m_timeout = timeout; }

    /// The lowercase domain of an address ("Maria@GMX.de" -> "gmx.de"); empty when it is not one.
    [[nodiscard]] static QString domainOf(const QString &email);
    /// The answer the built-in table alone gives (no network), or nullopt if the domain is unknown.
    [[nodiscard]] static std::optional<DiscoveryResult> fromProviderTable(const QString &email);

signals:
    void finished(const mf::discovery::DiscoveryResult &result);

private:
    void lookupSrv(int step);
    void lookupMx();
    void tryGuesses(bool cpanelLike);
    void finish();
    /// Runs `fn` after m_timeout unless the discovery moved on (generation) or was cancelled.
    template <typename Fn>
    void armTimeout(int stage, Fn fn);

    DnsResolver *m_resolver;
    Clock *m_clock;
    Millis m_timeout{4000};
    DiscoveryResult m_result;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_stage = 0; ///< which question is outstanding; stale answers are dropped
    int m_guessesPending = 0;
    QList<std::optional<bool>> m_guessAnswers;
    QStringList m_guessHosts;
};

} // namespace mf::discovery
