// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/MessagePreparation.h"

#include "mail/DateRescue.h"
#include "mail/StandInDetector.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace mf::migration {

ItemEvent MessagePreparation::eventFor(const QByteArray &uidl, const mail::MessageHeaders &headers, qint64 size)
{
    ItemEvent e;
    e.uidl = uidl;
    e.messageId = QString::fromUtf8(headers.messageId());
    e.subject = headers.subject();
    e.from = headers.from();
    e.date = QString::fromUtf8(headers.value("Date"));
    e.size = size;
    return e;
}

store::ItemInfo MessagePreparation::oversizeInfo(const PlannedMessage &item, const mail::MessageHeaders &headers)
{
    const ItemEvent e = eventFor(item.uidl, headers, item.listSize);
    store::ItemInfo info;
    info.uidl = item.uidl;
    info.listSize = item.listSize;
    info.messageId = headers.messageId();
    info.subject = e.subject;
    info.from = e.from;
    info.dateHeader = e.date;
    return info;
}

QString MessagePreparation::oversizeReason(qint64 size, qint64 sizeLimitBytes, bool fromArchive)
{
    return (fromArchive ? tr("The message is %1 MB, over the %2 MB limit. It was not copied; it is still in the archive.")
                        : tr("The message is %1 MB, over the %2 MB limit. It was left on the server."))
        .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(double(sizeLimitBytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

PreparedMessage MessagePreparation::inspect(const PlannedMessage &item, const QByteArray &raw, qint64 sizeLimitBytes,
                                            bool fromArchive)
{
    PreparedMessage p;
    const qint64 size = raw.size();
    const mail::MessageHeaders headers = mail::MessageHeaders::parse(raw);
    p.event = eventFor(item.uidl, headers, size);

    store::ItemInfo &info = p.info;
    info.uidl = item.contentIdentity ? QByteArray() : item.uidl;
    info.listSize = item.listSize;
    info.size = size;
    info.messageId = headers.messageId();
    info.subject = p.event.subject;
    info.from = p.event.from;
    info.dateHeader = p.event.date;
    info.sha256 = QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex();
    if (item.contentIdentity)
        info.flags |= store::ItemFlag::KeepOnServer;
    p.contentKey = info.sha256 + '/' + QByteArray::number(size) + '/' + info.messageId;

    auto refuse = [&p](store::ItemStatus status, const QString &reason, Error::Code code) {
        p.refusal = PreparedMessage::Refusal{status, reason, code};
        return p;
    };

    // Bad input is recorded with its reason and left on the server; the run goes on.
    if (size == 0 || headers.isEmpty()) {
        QString reason;
        if (fromArchive)
            reason = size == 0 ? tr("The message is empty. It is still in the archive.")
                               : tr("The message has no readable headers, so Gmail would refuse it. It is still in the "
                                    "archive.");
        else
            reason = size == 0 ? tr("The message is empty. It was left on the server.")
                               : tr("The message has no readable headers, so Gmail would refuse it. It was left on "
                                    "the server.");
        return refuse(store::ItemStatus::Failed, reason, Error::Code::MessageMalformed);
    }
    if (size > sizeLimitBytes)
        return refuse(store::ItemStatus::SkippedOversize, oversizeReason(size, sizeLimitBytes, fromArchive),
                      Error::Code::MessageOversize);
    // LIST sizes are hints (bare LF counted as one octet, and so on), but a message that arrives
    // far shorter than announced was most likely cut off: never put half a message into Gmail.
    const qint64 tolerance = std::max<qint64>(1024, item.listSize / 4);
    if (item.listSize > 0 && size < item.listSize - tolerance)
        return refuse(store::ItemStatus::Failed,
                      tr("The server sent %1 bytes of a message it announced as %2 bytes; it may be cut short. It "
                         "was left on the server.")
                          .arg(size)
                          .arg(item.listSize),
                      Error::Code::SizeMismatch);
    p.keepOnServer = item.contentIdentity;
    if (size > item.listSize + tolerance) {
        // Copied (it is all there), but the server's description does not fit what it sent, so
        // Mailferry does not trust it enough to delete the original.
        p.keepOnServer = true;
        info.flags |= store::ItemFlag::KeepOnServer;
        p.sizeNote = tr("The server sent %1 bytes for a message it announced as %2 bytes, so the original is kept "
                        "on the server.")
                         .arg(size)
                         .arg(item.listSize);
    }
    if (const QString standIn = mail::StandInDetector::reason(raw); !standIn.isEmpty()) {
        // In an archive the stand-in is what the mail program once downloaded: the original was
        // never on this computer.
        return refuse(store::ItemStatus::Failed,
                      fromArchive ? tr("This message in the archive is a mail server's stand-in (\"cannot display "
                                       "Unicode content\"), not the original message. It was not copied.")
                                  : standIn,
                      Error::Code::StandInMessage);
    }
    return p;
}

QByteArray MessagePreparation::finish(PreparedMessage &p, QByteArray raw, const PlannedMessage &item, bool uncertainUpload)
{
    // A missing or broken Date would make Gmail file the message under "today".
    mail::DateRescue::Result rescued = mail::DateRescue::rescue(raw);
    raw.clear();
    QStringList notes;
    if (rescued.rescued) {
        p.info.flags |= store::ItemFlag::DateRescued;
        p.info.dateHeader = QString::fromUtf8(mail::MessageHeaders::parse(rescued.bytes).value("Date"));
        p.event.dateRescued = true;
    }
    if (!rescued.note.isEmpty())
        notes << rescued.note; // rescued, or could not be: either way the log says so
    if (!p.sizeNote.isEmpty())
        notes << p.sizeNote;
    if (item.contentIdentity)
        notes << tr("The server's id for this message is not reliable, so it is kept on the server.");
    p.info.note = notes.join(QLatin1Char(' '));
    p.event.reason = p.info.note;
    if (item.possibleDuplicate) {
        p.info.flags |= store::ItemFlag::PossibleDuplicate;
        p.event.possibleDuplicate = true;
        // Say why, truthfully: an earlier attempt in this run that Gmail may have stored, or an
        // upload that was under way when Mailferry stopped.
        const QString why = uncertainUpload
            ? tr("An earlier upload of this message failed in a way that may have stored it, so it was uploaded "
                 "again; Gmail may show it twice.")
            : tr("Mailferry stopped while this message was being uploaded, so it was uploaded again; Gmail may "
                 "show it twice.");
        p.event.reason = p.event.reason.isEmpty() ? why : why + QLatin1Char(' ') + p.event.reason;
    }
    return std::move(rescued.bytes);
}

} // namespace mf::migration
