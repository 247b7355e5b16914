// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "discovery/ServerDiscovery.h"

#include "discovery/ProviderTable.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>

namespace mf::discovery {

namespace {
enum Stage { Idle = 0, SrvPop3s, SrvPop3, Mx, Guesses };

QList<Pop3Proposal> fromSrv(QList<DnsResolver::SrvRecord> records, Security security, const QString &email)
{
    // RFC 2782: a single record with target "." means "this service is decidedly not available".
    records.erase(std::remove_if(
                      records.begin(), records.end(),
                      [](const DnsResolver::SrvRecord &r) {
        return r.target.isEmpty() || r.target == QLatin1String(".") || r.port == 0;
                      }),
                  records.end());
    std::stable_sort(records.begin(), records.end(), [](const auto &a, const auto &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    QList<Pop3Proposal> out;
    for (const auto &r : records) {
        Pop3Proposal p;
        p.host = r.target.endsWith(QLatin1Char('.')) ? r.target.chopped(1) : r.target;
        p.port = r.port;
        p.security = security;
        p.user = email;
        p.source = Source::DnsSrv;
        if (!out.contains(p))
            out << p;
    }
    return out;
}
} // namespace

ServerDiscovery::ServerDiscovery(DnsResolver *resolver, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver ? resolver : DnsResolver::system())
    , m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<mf::discovery::DiscoveryResult>();
}

QString ServerDiscovery::domainOf(const QString &email)
{
    const QString e = email.trimmed();
    const int at = e.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == e.size() - 1)
        return {};
    QString domain = e.mid(at + 1).toLower();
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QLatin1Char(' ')))
        return {};
    return domain;
}

std::optional<DiscoveryResult> ServerDiscovery::fromProviderTable(const QString &email)
{
    const QString domain = domainOf(email);
    if (domain.isEmpty())
        return std::nullopt;
    const auto entry = ProviderTable::forDomain(domain);
    if (!entry)
        return std::nullopt;
    DiscoveryResult r;
    r.email = email.trimmed();
    r.domain = domain;
    if (entry->noPop3) {
        r.providerHasNoPop3 = true;
        r.note = tr("%1 does not offer POP3, so Mailferry cannot fetch mail from it. "
                    "Google's own tools can move it instead (search for \"Gmail import mail\").")
                     .arg(entry->name);
    } else if (auto p = ProviderTable::proposalFor(*entry, r.email, Source::KnownProvider)) {
        r.proposals << *p;
        r.note = tr("These are the settings %1 publishes.").arg(entry->name);
    }
    return r;
}

void ServerDiscovery::discover(const QString &email)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_result = DiscoveryResult{};
    m_result.email = email.trimmed();
    m_result.domain = domainOf(email);

    if (m_result.domain.isEmpty()) {
        m_result.note = tr("This does not look like an email address yet.");
        finish();
        return;
    }
    if (auto known = fromProviderTable(email)) {
        m_result = *known;
        finish();
        return;
    }
    lookupSrv(SrvPop3s);
}

void ServerDiscovery::cancel()
{
    ++m_generation;
    m_running = false;
    m_stage = Idle;
}

template <typename Fn>
void ServerDiscovery::armTimeout(int stage, Fn fn)
{
    const quint64 gen = m_generation;
    m_clock->singleShot(m_timeout, this, [this, gen, stage, fn] {
        if (gen == m_generation && m_stage == stage)
            fn();
    });
}

void ServerDiscovery::lookupSrv(int step)
{
    m_stage = step;
    const bool tls = step == SrvPop3s;
    const QString name = (tls ? QStringLiteral("_pop3s._tcp.") : QStringLiteral("_pop3._tcp.")) + m_result.domain;
    const quint64 gen = m_generation;
    auto next = [this, step] {
        if (step == SrvPop3s)
            lookupSrv(SrvPop3);
        else
            lookupMx();
    };
    armTimeout(step, next);
    m_resolver->lookupSrv(name, this, [this, gen, step, tls, next](QList<DnsResolver::SrvRecord> records) {
        if (gen != m_generation || m_stage != step)
            return; // abandoned, or the timeout already moved on
        // _pop3._tcp is plain POP3 on 110: ask for STARTTLS there, never send a password in clear.
        const auto found = fromSrv(std::move(records), tls ? Security::ImplicitTls : Security::StartTls, m_result.email);
        if (!found.isEmpty()) {
            m_result.proposals << found;
            m_result.note = tr("These settings are published by %1 itself.").arg(m_result.domain);
            finish();
            return;
        }
        next();
    });
}

void ServerDiscovery::lookupMx()
{
    m_stage = Mx;
    const quint64 gen = m_generation;
    armTimeout(Mx, [this] { tryGuesses(false); });
    m_resolver->lookupMx(m_result.domain, this, [this, gen](QStringList exchangers) {
        if (gen != m_generation || m_stage != Mx)
            return;
        bool cpanelLike = false;
        for (QString mx : exchangers) {
            mx = mx.toLower();
            if (mx.endsWith(QLatin1Char('.')))
                mx.chop(1);
            if (auto entry = ProviderTable::forMailExchanger(mx)) {
                if (auto p = ProviderTable::proposalFor(*entry, m_result.email, Source::MailExchanger)) {
                    m_result.proposals << *p;
                    m_result.note = tr("Your domain's mail is handled by %1; these are its settings.").arg(entry->name);
                    finish();
                    return;
                }
            }
            if (mx == m_result.domain || mx == QStringLiteral("mail.") + m_result.domain)
                cpanelLike = true;
        }
        tryGuesses(cpanelLike);
    });
}

void ServerDiscovery::tryGuesses(bool cpanelLike)
{
    m_stage = Guesses;
    const QString d = m_result.domain;
    m_guessHosts = cpanelLike ? QStringList{QStringLiteral("mail.") + d, QStringLiteral("pop.") + d, QStringLiteral("pop3.") + d}
                              : QStringList{QStringLiteral("pop.") + d, QStringLiteral("mail.") + d, QStringLiteral("pop3.") + d};
    m_guessAnswers = QList<std::optional<bool>>(m_guessHosts.size());
    m_guessesPending = int(m_guessHosts.size());
    const quint64 gen = m_generation;

    auto conclude = [this, d] {
        QList<Pop3Proposal> tls, starttls;
        for (int i = 0; i < m_guessHosts.size(); ++i) {
            if (!m_guessAnswers.at(i).value_or(false))
                continue;
            Pop3Proposal p;
            p.host = m_guessHosts.at(i);
            p.user = m_result.email;
            p.source = Source::Guess;
            p.port = 995;
            p.security = Security::ImplicitTls;
            tls << p;
            p.port = 110;
            p.security = Security::StartTls;
            starttls << p;
        }
        m_result.proposals << tls << starttls;
        m_result.note = m_result.proposals.isEmpty()
            ? tr("Mailferry could not find the settings for %1. Your provider's help pages list them "
                 "as \"POP3 server\" or \"incoming mail server\".")
                  .arg(d)
            : tr("This is a likely guess; \"Test connection\" will tell whether it works.");
        finish();
    };
    armTimeout(Guesses, conclude);
    for (int i = 0; i < m_guessHosts.size(); ++i) {
        m_resolver->hostExists(m_guessHosts.at(i), this, [this, gen, i, conclude](bool exists) {
            if (gen != m_generation || m_stage != Guesses)
                return;
            m_guessAnswers[i] = exists;
            if (--m_guessesPending == 0)
                conclude();
        });
    }
}

void ServerDiscovery::finish()
{
    m_stage = Idle;
    const quint64 gen = m_generation;
    const DiscoveryResult result = m_result;
    // Always asynchronous, so a caller connecting after discover() still hears the answer.
    QMetaObject::invokeMethod(
        this,
        [this, gen, result] {
        if (gen != m_generation)
            return;
        m_running = false;
        emit finished(result);
        },
        Qt::QueuedConnection);
}

} // namespace mf::discovery
