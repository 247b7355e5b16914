// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "migration/PreflightReport.h"
#include "pop3/Pop3Types.h"
#include "pop3/Transport.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace mf::pop3 {
class Pop3Client;
}

namespace mf::migration {

/// The pre-flight of a POP3 mailbox, on a session of its own and read-only: STAT, LIST, UIDL,
/// then `TOP n 0` for every message, pipelined. It never sends RETR or DELE, so nothing is
/// downloaded whole and nothing changes on the server.
///
/// Memory: per message 16 bytes while it runs (number, size, already-in-Gmail) plus the tally's
/// 8; at most `window` header blocks are asked for at once and each is kept to `headerCap` bytes
/// (the rest of a longer one is read and dropped, and counted as cut), so a hostile server cannot
/// make it hold more than window x headerCap. Event-driven on the injected Clock, in the thread
/// that owns it.
class PreflightPop3Run : public QObject {
    Q_OBJECT
public:
    struct Setup {
        accounts::AccountConfig account;
        std::optional<LedgerIndex> ledger;       ///< what earlier runs copied; none when there is no record
        int window = 32;                         ///< TOP commands asked for at once
        qint64 headerCap = 64 * 1024;            ///< bytes kept of one header block
        pop3::TransportFactory transportFactory; ///< tests; empty for the real socket
    };
    using ProgressFn = std::function<void(qint64 checked, qint64 total)>;
    using DoneFn = std::function<void(Result<PreflightReport>)>;

    PreflightPop3Run(Clock *clock, QObject *parent = nullptr);
    ~PreflightPop3Run() override;

    /// Starts; `done` is called exactly once (with Cancelled after cancel()). The password is used for the
    /// login only and not kept.
    void start(Setup setup, const QString &password, ProgressFn progress, DoneFn done);
    /// Drops the session (nothing was marked, so nothing changes) and calls `done` with Cancelled.
    void cancel();

private:
    struct Entry {
        int number = 0;
        qint64 size = 0;
        bool alreadyInGmail = false;
    };
    void listed();
    void pump();
    void onHeader(size_t index, Result<pop3::CutReply> reply);
    void finish();
    void fail(const Error &error);

    Clock *m_clock;
    QPointer<pop3::Pop3Client> m_client;
    Setup m_setup;
    ProgressFn m_progress;
    DoneFn m_done;
    std::optional<PreflightTally> m_tally;
    std::optional<QList<pop3::ListEntry>> m_list;
    std::optional<Result<QList<pop3::UidlEntry>>> m_uidl;
    std::vector<Entry> m_entries;
    size_t m_next = 0;
    qint64 m_checked = 0;
    int m_inFlight = 0;
    qint64 m_lastReported = -1;
    bool m_over = false;
};

} // namespace mf::migration
