// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/JournalWriter.h"

namespace mf::migration {

JournalWriter::JournalWriter(StepHook hook, std::function<void()> onStoppedDead)
    : m_hook(std::move(hook))
    , m_onStoppedDead(std::move(onStoppedDead))
{
}

bool JournalWriter::step(JournalStep step)
{
    if (m_stoppedDead)
        return false;
    if (!m_hook || m_hook(step))
        return true;
    m_stoppedDead = true;
    if (m_onStoppedDead)
        m_onStoppedDead();
    return false;
}

std::vector<PendingBegin> JournalWriter::takeBegins()
{
    std::vector<PendingBegin> ready;
    ready.swap(m_begins);
    return ready;
}

std::vector<PendingCopy> JournalWriter::takeCopies()
{
    std::vector<PendingCopy> confirmed;
    confirmed.swap(m_copies);
    return confirmed;
}

void JournalWriter::dropBegins()
{
    std::vector<PendingBegin> dropped = takeBegins();
    for (PendingBegin &p : dropped)
        p.go(false);
}

bool JournalWriter::claimFlush()
{
    if (m_flushScheduled)
        return false;
    m_flushScheduled = true;
    return true;
}

Status JournalWriter::stepAfterWrite(JournalStep journalStep)
{
    if (step(journalStep))
        return {};
    return Error::internal(QStringLiteral("Interrupted."), journalStepName(journalStep));
}

Result<QList<qint64>> JournalWriter::writeUploading(const std::vector<PendingBegin> &begins)
{
    QList<store::ItemInfo> infos;
    infos.reserve(qsizetype(begins.size()));
    for (const PendingBegin &p : begins)
        infos.append(p.info);
    auto ids = m_ledger->beginUploads(infos);
    if (!ids)
        return ids;
    const Status stepped = stepAfterWrite(JournalStep::Uploading);
    if (!stepped.ok())
        return stepped.error();
    return ids;
}

Status JournalWriter::writeCopied(const std::vector<PendingCopy> &copies)
{
    QList<store::Ledger::CopiedItem> entries;
    entries.reserve(qsizetype(copies.size()));
    for (const PendingCopy &c : copies)
        entries.append(store::Ledger::CopiedItem{c.ledgerId, c.gmailId, c.possiblyDuplicated});
    const Status committed = m_ledger->commitCopied(entries);
    if (!committed.ok())
        return committed;
    return stepAfterWrite(JournalStep::Copied);
}

Status JournalWriter::writeDeleted(const QList<qint64> &ids)
{
    const Status committed = m_ledger->commitDeleted(ids);
    if (!committed.ok())
        return committed;
    return stepAfterWrite(JournalStep::Deleted);
}

} // namespace mf::migration
