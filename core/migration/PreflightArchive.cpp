// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/PreflightArchive.h"

#include "archive/ArchiveOpener.h"
#include "migration/EngineLimits.h"

#include <QIODevice>

namespace mf::migration {

QByteArray readHeaderBlock(QIODevice *device, qint64 cap, bool *cut)
{
    QByteArray out;
    *cut = false;
    constexpr qint64 kChunk = 4096;
    while (out.size() < cap) {
        const qint64 want = std::min<qint64>(kChunk, cap - out.size());
        const QByteArray chunk = device->read(want);
        if (chunk.isEmpty())
            return out;
        const qsizetype searchFrom = std::max<qsizetype>(0, out.size() - 3);
        out += chunk;
        // The header block ends at the first empty line (CRLF or bare LF).
        for (qsizetype i = searchFrom; i < out.size(); ++i) {
            if (out.at(i) != '\n')
                continue;
            if (i + 1 < out.size() && out.at(i + 1) == '\n')
                return out.left(i + 2);
            if (i + 2 < out.size() && out.at(i + 1) == '\r' && out.at(i + 2) == '\n')
                return out.left(i + 3);
        }
    }
    // The cap came first; it was cut only if the stream had more to give.
    *cut = !device->atEnd();
    return out;
}

Result<PreflightReport> runArchivePreflight(const accounts::AccountConfig &account, const std::optional<LedgerIndex> &ledger,
                                            const std::function<bool(qint64)> &progress, qint64 headerCap)
{
    auto opened = archive::openArchive(account.archivePath);
    if (!opened)
        return opened.error();
    archive::ArchiveReader &reader = *opened.value();
    const accounts::MigrationOptions &o = account.options;
    PreflightTally tally(
        PreflightTally::Limits{o.sizeLimitBytes, limits::kGmailMaxMessageBytes, limits::kGmailMessagesPerMinute});
    tally.base().source = PreflightReport::Source::Archive;
    tally.base().ledgerFound = ledger.has_value();
    tally.base().serverHasUidl = true; // an archive's ids are stable

    qint64 checked = 0;
    for (;;) {
        auto next = reader.next();
        if (!next) {
            // A damaged message is counted and passed over; a damaged archive ends the scan
            // with what was read before the damage.
            ++checked;
            tally.addUnreadable(0, false);
            if (next.error().scope == Error::Scope::Item)
                continue;
            break;
        }
        if (!next.value())
            break;
        const archive::ArchiveItem &item = *next.value();
        if (!account.archiveFolders.isEmpty() && !account.archiveFolders.contains(item.folder))
            continue;
        const bool inGmail = ledger && ledger->hasUidl(item.id.toUtf8(), item.size);
        auto stream = reader.open(item);
        if (!stream) {
            tally.addUnreadable(item.size, inGmail);
        } else {
            bool cut = false;
            const QByteArray header = readHeaderBlock(stream.value().get(), headerCap, &cut);
            MessageFacts facts = messageFacts(header, item.size, cut);
            facts.alreadyInGmail = inGmail || (ledger && ledger->hasMessageId(facts.messageId, item.size));
            tally.add(facts);
        }
        ++checked;
        if (progress && checked % 250 == 0 && !progress(checked))
            return Error::cancelled(QStringLiteral("pre-flight cancelled"));
    }
    if (progress && !progress(checked))
        return Error::cancelled(QStringLiteral("pre-flight cancelled"));
    return tally.report();
}

} // namespace mf::migration
