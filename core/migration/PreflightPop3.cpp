// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/PreflightPop3.h"

#include "migration/EngineLimits.h"
#include "migration/source/Pop3Source.h"
#include "pop3/Pop3Client.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace mf::migration {

namespace {

/// Progress is reported at most this often (in messages), and at the end.
constexpr qint64 kProgressStep = 250;

} // namespace

PreflightPop3Run::PreflightPop3Run(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
}

PreflightPop3Run::~PreflightPop3Run()
{
    m_over = true;
    if (m_client)
        m_client->abort();
}

void PreflightPop3Run::start(Setup setup, const QString &password, ProgressFn progress, DoneFn done)
{
    m_setup = std::move(setup);
    m_setup.window = std::max(1, m_setup.window);
    m_progress = std::move(progress);
    m_done = std::move(done);
    const accounts::MigrationOptions &o = m_setup.account.options;
    m_tally.emplace(PreflightTally::Limits{o.sizeLimitBytes, limits::kGmailMaxMessageBytes, limits::kGmailMessagesPerMinute});
    m_tally->base().source = PreflightReport::Source::Pop3;
    m_tally->base().ledgerFound = m_setup.ledger.has_value();

    m_client = m_setup.transportFactory ? new pop3::Pop3Client(m_clock, m_setup.transportFactory, this)
                                        : new pop3::Pop3Client(m_clock, this);
    m_client->setMaxPipelineDepth(m_setup.window);
    m_client->connectToServer(serverSettingsOf(m_setup.account), password, [this](Status status) {
        if (m_over)
            return;
        if (!status) {
            fail(status.error());
            return;
        }
        // The listings go out pipelined; both must be in before the header blocks are asked for.
        m_client->list([this](Result<QList<pop3::ListEntry>> list) {
            if (m_over)
                return;
            if (!list) {
                fail(list.error());
                return;
            }
            m_list = std::move(list.value());
            listed();
        });
        m_client->uidl([this](Result<QList<pop3::UidlEntry>> uidl) {
            if (m_over)
                return;
            m_uidl = std::move(uidl);
            listed();
        });
    });
}

void PreflightPop3Run::listed()
{
    if (!m_list || !m_uidl)
        return;
    const Result<QList<pop3::UidlEntry>> &uidl = *m_uidl;
    if (!uidl && uidl.error().code != Error::Code::UidlUnsupported) {
        fail(uidl.error());
        return;
    }
    m_tally->base().serverHasUidl = uidl.ok();

    // A UIDL names a message only when it is listed once (the planner's rule); only then may
    // the record's UIDL say it is in Gmail already.
    QHash<int, QByteArray> uidlOf;
    if (uidl && m_setup.ledger) {
        QHash<QByteArray, int> seen;
        for (const pop3::UidlEntry &e : uidl.value())
            ++seen[e.uidl];
        for (const pop3::UidlEntry &e : uidl.value()) {
            if (seen.value(e.uidl) == 1)
                uidlOf.insert(e.number, e.uidl);
        }
    }
    m_entries.reserve(size_t(m_list->size()));
    for (const pop3::ListEntry &e : std::as_const(*m_list)) {
        Entry entry{e.number, e.size, false};
        if (m_setup.ledger)
            entry.alreadyInGmail = m_setup.ledger->hasUidl(uidlOf.value(e.number), e.size);
        m_entries.push_back(entry);
    }
    m_list.reset();
    m_uidl.reset();
    if (m_progress)
        m_progress(0, qint64(m_entries.size()));
    pump();
}

void PreflightPop3Run::pump()
{
    while (!m_over && m_inFlight < m_setup.window && m_next < m_entries.size()) {
        const size_t index = m_next++;
        ++m_inFlight;
        m_client->topCut(m_entries[index].number, 0, m_setup.headerCap,
                         [this, index](Result<pop3::CutReply> reply) { onHeader(index, std::move(reply)); });
    }
    if (!m_over && m_inFlight == 0 && m_next >= m_entries.size())
        finish();
}

void PreflightPop3Run::onHeader(size_t index, Result<pop3::CutReply> reply)
{
    if (m_over)
        return;
    --m_inFlight;
    const Entry &entry = m_entries[index];
    if (!reply) {
        // A message the server cannot show (gone since the listing, or refused) is counted and
        // passed over; a session that broke ends the pre-flight.
        if (reply.error().scope != Error::Scope::Item) {
            fail(reply.error());
            return;
        }
        m_tally->addUnreadable(entry.size, entry.alreadyInGmail);
    } else {
        const pop3::CutReply &cut = reply.value();
        MessageFacts facts = messageFacts(cut.bytes, entry.size, cut.isCut());
        facts.alreadyInGmail =
            entry.alreadyInGmail || (m_setup.ledger && m_setup.ledger->hasMessageId(facts.messageId, entry.size));
        m_tally->add(facts);
    }
    ++m_checked;
    if (m_progress && (m_checked - m_lastReported >= kProgressStep || m_checked == qint64(m_entries.size()))) {
        m_lastReported = m_checked;
        m_progress(m_checked, qint64(m_entries.size()));
    }
    pump();
}

void PreflightPop3Run::finish()
{
    m_over = true;
    PreflightReport report = m_tally->report();
    // QUIT ends the session politely; nothing was marked, so the server changes nothing. The
    // report stands whatever the answer.
    QPointer<pop3::Pop3Client> client = m_client;
    client->quit([client](Status) {
        if (client)
            client->deleteLater();
    });
    m_client = nullptr;
    DoneFn done = std::exchange(m_done, {});
    if (done)
        done(std::move(report));
}

void PreflightPop3Run::fail(const Error &error)
{
    if (m_over)
        return;
    m_over = true;
    if (m_client) {
        m_client->abort();
        m_client->deleteLater();
        m_client = nullptr;
    }
    DoneFn done = std::exchange(m_done, {});
    if (done)
        done(error);
}

void PreflightPop3Run::cancel()
{
    if (m_over)
        return;
    fail(Error::cancelled(QStringLiteral("pre-flight cancelled")));
}

} // namespace mf::migration
