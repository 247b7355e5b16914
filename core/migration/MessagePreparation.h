// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Error.h"
#include "mail/MessageHeaders.h"
#include "migration/MigrationTypes.h"
#include "migration/SessionPlanner.h"
#include "store/LedgerTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mf::migration {

/// What Mailferry knows about one fetched message before it goes to Gmail: its headers, its
/// second identity (SHA-256 + size + Message-ID), whether it may be copied at all (empty, over
/// the limit, cut short, a stand-in the server made up), and, last, its Date rescued.
///
/// Pure: no ledger, no network. The engine asks the ledger whether the second identity is in
/// Gmail already between inspect() and finish(), and records a refusal as a failure.
struct PreparedMessage {
    /// Why the message is not copied: recorded with this status and reason, left on the server.
    struct Refusal {
        store::ItemStatus status = store::ItemStatus::Failed;
        QString reason;
        Error::Code code = Error::Code::MessageMalformed;
    };

    store::ItemInfo info;  ///< what the ledger records about it
    ItemEvent event;       ///< what the item log shows
    QByteArray contentKey; ///< the second identity: sha256/size/Message-ID
    std::optional<Refusal> refusal;
    bool keepOnServer = false; ///< copied, but the original stays (unreliable id, or size mismatch)
    QString sizeNote;          ///< why it is kept, when its size did not match the listing
};

class MessagePreparation {
    // These words are the engine's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(mf::migration::MigrationEngine)
public:
    /// Headers, hash and the checks, from the bytes RETR returned for `item`.
    /// `fromArchive`: the message comes from an archive on this computer (a refusal says it is
    /// still there, not "left on the server").
    [[nodiscard]] static PreparedMessage inspect(const PlannedMessage &item, const QByteArray &raw, qint64 sizeLimitBytes,
                                                 bool fromArchive = false);
    /// The bytes to upload: `raw` with its Date rescued if it needs one; the notes and flags
    /// (rescued date, kept on the server, possible duplicate) go into `prepared`.
    /// `uncertainUpload`: an earlier upload of it in this process failed in a way that may have
    /// stored it (otherwise a possible duplicate comes from a run that stopped mid-upload).
    [[nodiscard]] static QByteArray finish(PreparedMessage &prepared, QByteArray raw, const PlannedMessage &item,
                                           bool uncertainUpload);

    /// The item log's view of a message from its headers.
    [[nodiscard]] static ItemEvent eventFor(const QByteArray &uidl, const mail::MessageHeaders &headers, qint64 size);
    /// What the ledger records about a message over the limit by LIST, from its headers (TOP).
    [[nodiscard]] static store::ItemInfo oversizeInfo(const PlannedMessage &item, const mail::MessageHeaders &headers);
    [[nodiscard]] static QString oversizeReason(qint64 size, qint64 sizeLimitBytes, bool fromArchive = false);
};

} // namespace mf::migration
