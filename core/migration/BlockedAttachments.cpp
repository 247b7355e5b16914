// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/BlockedAttachments.h"

#include "common/Paths.h"
#include "common/PrivateFiles.h"
#include "mail/AttachmentStripper.h"
#include "store/Ledger.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mf::migration {
namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void syncDirectory(const QString &dir)
{
#ifndef Q_OS_WIN
    // The rename is durable only once the folder's entry is.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

} // namespace

bool BlockedAttachments::applies(const Error &error, const MigrationOptions &options, bool journaled, const ItemEvent &event)
{
    return error.code == Error::Code::BlockedAttachment && options.stripBlockedAttachments && journaled
        && event.removedAttachments.isEmpty();
}

QString BlockedAttachments::originalsDir(const QString &ledgerPath)
{
    return QFileInfo(ledgerPath).absolutePath() + QStringLiteral("/originals");
}

QString BlockedAttachments::originalPath(const QString &originalsDir, qint64 ledgerId, const QString &subject)
{
    QString name = paths::safeFileName(subject.simplified().left(60));
    if (name.isEmpty() || name == QLatin1String("_"))
        name = QStringLiteral("message");
    return QStringLiteral("%1/%2-%3.eml").arg(originalsDir).arg(ledgerId).arg(name);
}

QByteArray BlockedAttachments::originalOf(const QByteArray &uploaded, const store::ItemInfo &info)
{
    if (info.sha256.isEmpty() || sha256Hex(uploaded) == info.sha256)
        return uploaded;
    if (!info.flags.testFlag(store::ItemFlag::DateRescued) || !uploaded.startsWith("Date: "))
        return uploaded;
    // DateRescue put a Date line first and renamed a broken Date to X-Original-Date.
    const qsizetype firstLine = uploaded.indexOf('\n');
    if (firstLine < 0)
        return uploaded;
    const QByteArray rest = uploaded.mid(firstLine + 1);
    if (sha256Hex(rest) == info.sha256)
        return rest;
    QByteArray renamed = rest;
    qsizetype at = -1;
    if (renamed.startsWith("X-Original-Date:")) {
        at = 0;
    } else if (const qsizetype nl = renamed.indexOf("\nX-Original-Date:"); nl >= 0) {
        at = nl + 1;
    }
    if (at >= 0) {
        renamed.replace(at, qsizetype(15), "Date"); // "X-Original-Date" back to "Date"
        if (sha256Hex(renamed) == info.sha256)
            return renamed;
    }
    return uploaded;
}

Status BlockedAttachments::writeDurably(const QString &path, const QByteArray &bytes)
{
    const QString dir = QFileInfo(path).absolutePath();
    const auto failed = [&](const QString &detail) {
        Error e = Error::item(Error::Code::StorageFailed,
                              tr("Mailferry could not keep a copy of the original message on this computer, so it "
                                 "was not copied without its attachment. Check that the disk is not full."),
                              QStringLiteral("%1: %2").arg(path, detail));
        return Status(e);
    };
    if (!privatefiles::ensurePrivateDir(dir))
        return failed(QStringLiteral("cannot create the folder"));
    const QString temp = path + QStringLiteral(".part");
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failed(file.errorString());
    (void)privatefiles::makeFilePrivate(temp);
    if (file.write(bytes) != bytes.size() || !file.flush() || !syncToDisk(file)) {
        const QString why = file.errorString();
        file.close();
        QFile::remove(temp);
        return failed(why);
    }
    file.close();
    QFile::remove(path); // an earlier attempt's copy of the same message (same id, same bytes)
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return failed(QStringLiteral("rename failed"));
    }
    syncDirectory(dir);
    return {};
}

Result<BlockedAttachments::Copy> BlockedAttachments::prepare(store::Ledger &ledger, const QString &originalsDir, qint64 ledgerId,
                                                             const store::ItemInfo &info, const QByteArray &uploaded,
                                                             const MigrationOptions &options, bool fromArchive)
{
    Copy copy;
    copy.originalPath = QDir::toNativeSeparators(originalPath(originalsDir, ledgerId, info.subject));
    auto stripped = mail::AttachmentStripper::strip(uploaded, copy.originalPath);
    if (!stripped)
        return stripped.error();
    if (stripped.value().removed.isEmpty())
        return Error::item(Error::Code::BlockedAttachment,
                           fromArchive ? tr("Gmail does not accept one of this message's attachments, and Mailferry "
                                            "could not tell which one. It is still in the archive.")
                                       : tr("Gmail does not accept one of this message's attachments, and Mailferry "
                                            "could not tell which one. It stays on the old server."));
    // The original first, durably: from here on a copy without its attachment may exist in Gmail.
    if (Status kept = writeDurably(QDir::fromNativeSeparators(copy.originalPath), originalOf(uploaded, info)); !kept)
        return kept.error();
    copy.removed = mail::AttachmentStripper::describe(stripped.value().removed);
    copy.keepOnServer = !options.deleteStrippedFromServer;
    if (Status recorded = ledger.recordRemovedAttachments(ledgerId, copy.removed, copy.originalPath, copy.keepOnServer);
        !recorded)
        return recorded.error();
    copy.bytes = std::move(stripped.value().bytes);
    copy.note = store::Ledger::removedAttachmentsNote(copy.removed, copy.originalPath);
    return copy;
}

} // namespace mf::migration
