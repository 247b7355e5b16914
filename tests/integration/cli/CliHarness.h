// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DovecotFixture.h"
#include "FakeGoogle.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace mf::test {

/// Runs the real `mailferry` binary as a child process against a private Dovecot and the fake
/// Google running IN this test process (the child reaches it through MAILFERRY_GOOGLE_BASE_URL).
/// The child gets its own settings folder (XDG_CONFIG_HOME) and state folder (MAILFERRY_DATA_DIR);
/// secrets come the unattended way: MAILFERRY_POP3_PASSWORD, MAILFERRY_GOOGLE_REFRESH_TOKEN and a
/// --client-secret file. While the child runs, this process's event loop serves the fake Google.
class CliHarness {
public:
    struct Result {
        int exitCode = -1;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
        bool finished = false;
        QString out;
        QString err;
        [[nodiscard]] QString all() const { return out + err; }
    };

    CliHarness();
    ~CliHarness();

    /// Starts Dovecot (users "user0".."user7", password "pw-<user>") and the fake Google.
    [[nodiscard]] bool start(QString *error);

    DovecotFixture &dovecot() { return m_dovecot; }
    FakeGoogle &google() { return *m_google; }
    [[nodiscard]] QString dataDir() const { return m_data.path(); }
    [[nodiscard]] QString configDir() const { return m_config.path(); }
    [[nodiscard]] QString scratch() const { return m_scratch.path(); }
    [[nodiscard]] QString clientSecretFile() const { return m_clientFile; }

    /// The arguments that name a POP3 user of the fixture over implicit TLS, with its certificate pinned.
    [[nodiscard]] QStringList accountArgs(const QString &user, bool pin = true) const;
    /// The environment of the child (secrets, fake Google, private folders, no pacing).
    [[nodiscard]] QProcessEnvironment environment(const QString &user) const;

    /// Runs mailferry with `args` until it ends (or `timeoutMs`). `started` is called once the
    /// child runs, `onOutput` each time it prints (to send a signal at a chosen moment).
    Result run(const QStringList &args, const QString &user = {}, const QProcessEnvironment &extraEnv = {},
               int timeoutMs = 120000, const std::function<void(QProcess &, const QString &allOut)> &onOutput = {},
               const QByteArray &stdinData = {});

    [[nodiscard]] static QString binary();

private:
    DovecotFixture m_dovecot;
    std::unique_ptr<FakeGoogle> m_google;
    QTemporaryDir m_data;
    QTemporaryDir m_config;
    QTemporaryDir m_scratch;
    QString m_clientFile;
    QString m_refreshToken;
};

} // namespace mf::test
