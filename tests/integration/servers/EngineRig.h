// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "FakeGoogle.h"
#include "ManualClock.h"
#include "migration/MigrationController.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace mf::test {

/// The fake Google and the real MigrationController (worker thread and all), run against any
/// plain-text POP3 server on loopback: the scripted one or a real server fixture.
class EngineRig {
public:
    struct Run {
        migration::RunSummary summary;
        QList<migration::ItemEvent> events;
        migration::PlanPreview plan;
        bool planSeen = false;
        bool stopped = false;
    };

    [[nodiscard]] bool start(QString *error);
    FakeGoogle &google() { return *m_google; }

    /// An account on 127.0.0.1:port, plain text with the password allowed, fast intervals.
    [[nodiscard]] accounts::AccountConfig account(const QString &id, quint16 port, const QString &user) const;

    /// Runs the controller until it stops or `timeoutMs` of real time pass. With a clock, the
    /// engine runs on it and the rig moves it to the engine's next timer whenever the engine says
    /// it is waiting (LOGIN-DELAY, [IN-USE], backoff), so no test waits real seconds.
    Run run(const accounts::AccountConfig &account, const QString &password, const migration::RunRequest &request = {},
            ManualClock *clock = nullptr, int timeoutMs = 120000);

    /// Every message in the fake Gmail (Mailferry's report mails left out).
    [[nodiscard]] QList<QByteArray> gmailRaw() const;

private:
    std::unique_ptr<FakeGoogle> m_google;
    QString m_refreshToken;
};

/// A message's subject (or the start of its bytes), to name it in a failure message.
[[nodiscard]] QByteArray nameOf(const QByteArray &raw);

/// What went wrong, in words: messages lost (neither in Gmail nor on the server), doubled in
/// Gmail, deleted from the server while Gmail lacks them, in Gmail but not an original (a stand-in,
/// a cut message), or, when `mustBeCopied`, originals still missing from Gmail. Empty = all good.
/// `originals` and `leftOnServer` are the CRLF bytes as the server serves them.
[[nodiscard]] QString auditRun(const QList<QByteArray> &originals, const QList<QByteArray> &gmail,
                               const QList<QByteArray> &leftOnServer, bool mustBeCopied = true);

QString describe(const EngineRig::Run &run);

} // namespace mf::test
