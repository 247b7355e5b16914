// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Clock.h"
#include "migration/source/MessageSource.h"
#include "pop3/Pop3Types.h"

#include <QPointer>

namespace mf::pop3 {
class Pop3Client;
}

namespace mf::migration {

/// Where and how to reach an account's POP3 server, as the POP3 client takes it (the engine's
/// sessions and the pre-flight's one session alike).
[[nodiscard]] pop3::ServerSettings serverSettingsOf(const accounts::AccountConfig &account);

/// A POP3 mailbox as a message source: one Pop3Client connection per session. Open is the login,
/// list is UIDL + LIST (a server without UIDL lists without stable ids), fetch is RETR with a
/// cap, headers is TOP n 0, remove is DELE and close is QUIT.
class Pop3Source : public MessageSource {
    Q_OBJECT
public:
    Pop3Source(Clock *clock, pop3::ServerSettings settings, QString password, QObject *parent = nullptr);
    ~Pop3Source() override;

    [[nodiscard]] bool canDelete() const override { return true; }
    void open(StatusCallback done) override;
    [[nodiscard]] bool loginMethodRefused() const override;
    [[nodiscard]] SourceTraits traits() const override;
    void list(ListingCallback done) override;
    void fetch(int number, qint64 maxBytes, BytesCallback done) override;
    void headers(int number, BytesCallback done) override;
    void remove(int number, StatusCallback done) override;
    void close(StatusCallback done) override;
    void abort() override;

private:
    QPointer<pop3::Pop3Client> m_client;
    pop3::ServerSettings m_settings;
    QString m_password;
};

} // namespace mf::migration
