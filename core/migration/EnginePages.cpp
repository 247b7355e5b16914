// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A local archive, one page at a time: the engine holds one page of the scan and what the ledger
// knows of that page, never the whole archive, so its memory is the same for any archive size.
#include "migration/MigrationEngine.h"

#include "migration/source/ArchiveCatalog.h"
#include "store/Ledger.h"

#include <limits>

namespace mf::migration {

namespace {

QList<QByteArray> uidlsOf(const QList<ListedMessage> &listing)
{
    QList<QByteArray> uidls;
    uidls.reserve(listing.size());
    for (const ListedMessage &m : listing)
        uidls.append(m.uidl);
    return uidls;
}

void addCapped(int &to, int n)
{
    to = n > std::numeric_limits<int>::max() - to ? std::numeric_limits<int>::max() : to + n;
}

void addCapped(qint64 &to, qint64 n)
{
    to = n > std::numeric_limits<qint64>::max() - to ? std::numeric_limits<qint64>::max() : to + n;
}

} // namespace

bool MigrationEngine::loadKnownForPage(const QList<ListedMessage> &listing)
{
    m_known = store::ResumeState{};
    if (!m_ledger)
        return true; // a dry run before any run: the ledger knows nothing
    auto state = m_ledger->loadResumeState(uidlsOf(listing));
    if (!state) {
        stopRun(RunState::Failed, state.error());
        return false;
    }
    m_known = std::move(state).value();
    return true;
}

Result<PlanPreview> MigrationEngine::archivePreview(const SessionPlanner::Policy &policy) const
{
    // Every page is planned against the ledger as its session will plan it, and the figures are
    // added up: what the run says before it starts is what it will find.
    PlanPreview whole;
    std::optional<Error> failed;
    const Status read = m_catalog->forEachPage([&](const std::vector<CatalogEntry> &page) {
        const QList<ListedMessage> listing = ArchiveCatalog::listingOf(page);
        store::ResumeState known;
        if (m_ledger) {
            auto state = m_ledger->loadResumeState(uidlsOf(listing));
            if (!state) {
                failed = state.error();
                return false;
            }
            known = std::move(state).value();
        }
        const PlanPreview p = SessionPlanner::plan(listing, true, known, policy).preview;
        addCapped(whole.messagesOnServer, p.messagesOnServer);
        addCapped(whole.bytesOnServer, p.bytesOnServer);
        addCapped(whole.toCopy, p.toCopy);
        addCapped(whole.bytesToCopy, p.bytesToCopy);
        addCapped(whole.toCheckByContent, p.toCheckByContent);
        addCapped(whole.alreadyCopied, p.alreadyCopied);
        addCapped(whole.failedEarlier, p.failedEarlier);
        addCapped(whole.oversize, p.oversize);
        addCapped(whole.toDeleteFromServer, p.toDeleteFromServer);
        addCapped(whole.unreliableIds, p.unreliableIds);
        return true;
    });
    if (!read.ok())
        return read.error();
    if (failed)
        return *failed;
    return whole;
}

void MigrationEngine::turnPage()
{
    // Nothing is on its way to Gmail (turned only then): the marks of the page's messages that
    // were not uploaded (refused, already there) go with it.
    m_marks.clear();
    if (const Status next = m_catalog->nextPage(); !next.ok()) {
        stopRun(RunState::Failed, next.error());
        return;
    }
    listThenPlan();
}

} // namespace mf::migration
