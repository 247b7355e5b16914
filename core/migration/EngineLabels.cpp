// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The labels a message gets in MigrationEngine: the placement's (INBOX, UNREAD) and the account's
// label, adjusted by what the source knows of the message (an archive's read and flagged marks),
// and its folder as a nested label, made before the first of its messages is fetched.
#include "migration/MigrationEngine.h"

#include "google/GmailClient.h"
#include "google/GmailLabels.h"

namespace mf::migration {

QStringList MigrationEngine::labelIds() const
{
    QStringList ids;
    switch (m_options.placement) {
    case Placement::InboxUnread: ids << QStringLiteral("INBOX") << QStringLiteral("UNREAD"); break;
    case Placement::InboxRead: ids << QStringLiteral("INBOX"); break;
    case Placement::ArchiveWithLabel: break;
    }
    if (!m_labelId.isEmpty())
        ids << m_labelId;
    return ids;
}

QStringList MigrationEngine::labelIdsFor(const QByteArray &uidl) const
{
    QStringList ids = labelIds();
    const auto marks = m_marks.constFind(uidl);
    if (marks == m_marks.constEnd())
        return ids;
    // Where the archive kept read/unread and flagged, they win over the placement's default.
    if (marks->flagsKnown) {
        ids.removeAll(QStringLiteral("UNREAD"));
        if (!marks->read)
            ids << QStringLiteral("UNREAD");
        if (marks->flagged)
            ids << QStringLiteral("STARRED");
    }
    if (m_setup.account.foldersAsLabels && m_folderLabels) {
        const QString folderId = m_folderLabels->cached(folderLabelName(marks->folder));
        if (!folderId.isEmpty() && !ids.contains(folderId))
            ids << folderId;
    }
    return ids;
}

QString MigrationEngine::folderLabelName(const QString &folder) const
{
    const QString path = google::NestedLabels::normalized(folder);
    if (path.isEmpty())
        return {};
    if (!m_options.label.isEmpty())
        return google::NestedLabels::normalized(m_options.label + QLatin1Char('/') + path);
    // At the top level a folder cannot take a name Gmail keeps for itself ("Inbox", "Sent").
    const QString top = path.section(QLatin1Char('/'), 0, 0);
    if (google::NestedLabels::isReservedName(top))
        return tr("%1 (archive)").arg(top) + path.mid(top.size());
    return path;
}

void MigrationEngine::ensureFolderLabels()
{
    // Each folder becomes a nested label, made before the first of its messages is fetched (and
    // only when the user asked for it: without that, no label call at all).
    if (!m_setup.account.foldersAsLabels || m_options.dryRun || !m_folderLabels || !m_source)
        return;
    QStringList missing;
    for (const WorkItem &w : m_batch) {
        const auto marks = m_source->marks(w.number);
        if (!marks)
            continue;
        const QString name = folderLabelName(marks->folder);
        if (!name.isEmpty() && m_folderLabels->cached(name).isEmpty() && !missing.contains(name))
            missing.append(name);
    }
    if (missing.isEmpty())
        return;
    m_folderLabelsPending = true;
    ensureFolderLabel(missing, 0, m_session);
}

void MigrationEngine::ensureFolderLabel(const QStringList &missing, int index, quint64 session)
{
    if (index >= missing.size()) {
        m_folderLabelsPending = false;
        pump();
        advance();
        return;
    }
    m_folderLabels->ensure(missing.at(index), [this, missing, index, session](Result<QString> id) {
        if (dead() || session != m_session)
            return;
        if (!id) {
            m_folderLabelsPending = false;
            if (id.error().scope == Error::Scope::Session) {
                // Nothing is fetched until Gmail answers: a Gmail failure, retried as such.
                if (!m_batch.empty())
                    m_moreWork = true;
                m_batch.clear();
                googleFailed(id.error());
            } else {
                accountFailed(id.error());
            }
            return;
        }
        ensureFolderLabel(missing, index + 1, session);
    });
}

} // namespace mf::migration
