// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "migration/MigrationTypes.h"
#include "store/LedgerTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mf::store {
class Ledger;
}

namespace mf::migration {

/// What the engine does when Gmail refuses a message for an attachment type it blocks (a program,
/// or an archive holding one): with the option on, the whole original is kept as an .eml file in
/// the mailbox's folder of kept originals, durably and private to the user, the ledger records
/// which files were taken out and where the original is, and then a copy without those
/// attachments (mail::AttachmentStripper) goes to Gmail through the normal journal path. Unless
/// the user chose to delete these too, the message never leaves the POP3 server.
///
/// No network and no engine state: the engine calls prepare() where the upload failed and
/// uploads what it returns.
class BlockedAttachments {
    Q_DECLARE_TR_FUNCTIONS(mf::migration::BlockedAttachments)
public:
    /// The copy to upload instead, once the original is safe and the ledger says so.
    struct Copy {
        QByteArray bytes;
        QString removed;      ///< the files taken out, in plain words ("setup.exe")
        QString originalPath; ///< the kept original (.eml)
        bool keepOnServer = true;
        QString note; ///< "Copied without attachment setup.exe; original kept at ..."
    };

    /// Whether a failed upload is one to copy without its blocked attachments: Gmail's refusal,
    /// the option on, its "uploading" on disk, and not already such a copy (never a second round).
    [[nodiscard]] static bool applies(const Error &error, const MigrationOptions &options, bool journaled,
                                      const ItemEvent &event);

    /// Strips, keeps the original, records both in the ledger, in that order. An error leaves the
    /// message failed and on the server, as without the option.
    [[nodiscard]] static Result<Copy> prepare(store::Ledger &ledger, const QString &originalsDir, qint64 ledgerId,
                                              const store::ItemInfo &info, const QByteArray &uploaded,
                                              const MigrationOptions &options, bool fromArchive = false);

    /// The folder of kept originals for the mailbox whose ledger is `ledgerPath`: beside it.
    [[nodiscard]] static QString originalsDir(const QString &ledgerPath);
    /// "<ledger id>-<subject made safe as a file name>.eml" in `originalsDir`.
    [[nodiscard]] static QString originalPath(const QString &originalsDir, qint64 ledgerId, const QString &subject);
    /// The bytes the server sent, from the bytes that were uploaded: a rescued Date is undone and
    /// the result checked against the SHA-256 the ledger recorded. When that cannot be done, the
    /// uploaded bytes (with the rescued Date) are what is kept.
    [[nodiscard]] static QByteArray originalOf(const QByteArray &uploaded, const store::ItemInfo &info);
    /// Writes `bytes` to `path` whole and durably: a temporary file beside it, flushed to disk,
    /// private to the user, renamed into place.
    [[nodiscard]] static Status writeDurably(const QString &path, const QByteArray &bytes);
};

} // namespace mf::migration
