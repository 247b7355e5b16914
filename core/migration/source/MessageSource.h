// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "migration/SessionPlanner.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace mf::migration {

/// What a source listed in one session: every message with its number (valid in this session
/// only), its stable id (the engine's "uidl") and its size.
struct SourceListing {
    QList<ListedMessage> messages;
    /// False when the source has no stable ids (a POP3 server without UIDL): then nothing is
    /// deleted and every message is identified by its content.
    bool stableIds = true;
};

/// What a source knows about a listed message beyond its bytes (a local archive: its folder and
/// the flags the mail program kept).
struct SourceMarks {
    QString folder;          ///< "/"-separated folder path; "" = the top level
    bool flagsKnown = false; ///< false: the archive keeps no flags; the options decide
    bool read = false;
    bool flagged = false;
};

/// What the server said about itself at login (POP3 CAPA); a local archive says nothing.
struct SourceTraits {
    int loginDelaySeconds = 0;     ///< logins are spaced by this much
    std::optional<int> expireDays; ///< the server removes retrieved messages after this many days
};

/// Where the engine's mail comes from: a POP3 mailbox or a local archive. The engine drives one
/// source object per session, always from its own thread, event-driven: open, list, then fetch
/// (and, where the source allows it, delete) by number, and close. Every callback runs exactly
/// once, later, from the event loop (never inside the call that asked for it).
class MessageSource : public QObject {
    Q_OBJECT
public:
    using StatusCallback = std::function<void(Status)>;
    using BytesCallback = std::function<void(Result<QByteArray>)>;
    using ListingCallback = std::function<void(Result<SourceListing>)>;

    using QObject::QObject;
    ~MessageSource() override = default;

    /// Whether messages can be removed from this source. An archive never can: the engine then
    /// never deletes, whatever the options say.
    [[nodiscard]] virtual bool canDelete() const = 0;
    /// Connects and logs in (POP3) or opens the archive. An error with Scope::Session is worth a
    /// retry; any other scope stops the run.
    virtual void open(StatusCallback done) = 0;
    /// The source refused the login method it offered (POP3 APOP): the next session avoids it.
    [[nodiscard]] virtual bool loginMethodRefused() const { return false; }
    [[nodiscard]] virtual SourceTraits traits() const { return {}; }
    virtual void list(ListingCallback done) = 0;
    /// One whole message, at most maxBytes (an Item error MessageOversize beyond). An Item error
    /// fails this message only; any other scope ends the session.
    virtual void fetch(int number, qint64 maxBytes, BytesCallback done) = 0;
    /// The message's header block only (to record one that is far too large).
    virtual void headers(int number, BytesCallback done) = 0;
    /// Marks a message for removal; it takes effect only when close() succeeds.
    virtual void remove(int number, StatusCallback done) = 0;
    /// Ends the session cleanly (POP3 QUIT: the removals take effect).
    virtual void close(StatusCallback done) = 0;
    /// Ends at once without removing anything; callbacks under way fail (POP3) or never run.
    virtual void abort() = 0;
    /// Folder and flags of a listed message, where the source has them.
    [[nodiscard]] virtual std::optional<SourceMarks> marks(int number) const
    {
        Q_UNUSED(number);
        return std::nullopt;
    }

signals:
    /// The connection ended while the session was open (a POP3 server hung up).
    void disconnected();
};

} // namespace mf::migration
