// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/MailboxActivity.h"

#include "accounts/TypedSettings.h"

namespace mf::accounts {

MailboxActivity MailboxActivity::read(const TypedSettings &s, const QString &id)
{
    MailboxActivity a;
    a.lastCheckOk = s.get(id, key::lastCheckOk);
    a.lastCopy = s.get(id, key::lastCopy);
    a.failureAt = s.get(id, key::failureAt);
    a.failingSince = s.get(id, key::failingSince);
    a.failureCode = s.get(id, key::failureCode);
    a.failureScope = s.get(id, key::failureScope);
    a.failureMessage = s.get(id, key::failureMessage);
    a.notifiedEpisode = s.get(id, key::healthNotified);
    return a;
}

void MailboxActivity::recordCheck(TypedSettings &s, const QString &id, const QDateTime &at, bool ok,
                                  const std::optional<Error> &error)
{
    if (ok) {
        s.set(id, key::lastCheckOk, at);
        // A success ends the trouble: the failure, its streak and the episode notified go.
        s.set(id, key::failureAt, QDateTime());
        s.set(id, key::failingSince, QDateTime());
        s.set(id, key::failureCode, QString());
        s.set(id, key::failureScope, QString());
        s.set(id, key::failureMessage, QString());
        s.set(id, key::healthNotified, QString());
        return;
    }
    // A pass that ended without success and without an error was stopped (cancelled, paused):
    // it says nothing about the server, so nothing is recorded.
    if (!error)
        return;
    if (!s.get(id, key::failingSince).isValid())
        s.set(id, key::failingSince, at);
    s.set(id, key::failureAt, at);
    s.set(id, key::failureCode, Error::codeName(error->code));
    s.set(id, key::failureScope, Error::scopeName(error->scope));
    s.set(id, key::failureMessage, error->message);
}

void MailboxActivity::recordCopy(TypedSettings &s, const QString &id, const QDateTime &at)
{
    s.set(id, key::lastCopy, at);
}

void MailboxActivity::recordNotified(TypedSettings &s, const QString &id, const QString &episode)
{
    s.set(id, key::healthNotified, episode);
}

} // namespace mf::accounts
