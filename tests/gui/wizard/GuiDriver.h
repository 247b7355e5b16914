// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "AppContext.h"
#include "DovecotFixture.h"
#include "FakeGoogle.h"
#include "accounts/AccountConfig.h"
#include "secrets/MemoryCredentialStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace mf::ui {
class SetupWizard;
}

namespace mf::test {

/// Everything a GUI test (and the screenshot tool) needs: a private settings file and data
/// directory, Dovecot with `messages` mails for maria, the fake Google, and an AppContext wired
/// to them whose "browser" follows the consent redirect like a user clicking "Allow".
class GuiDriver {
public:
    static constexpr const char *kPassword = "Vault-Pa55-9f3Kq";

    /// With `keychain` (owned by the driver) the context uses it instead of the in-memory one,
    /// e.g. a FailingCredentialStore for a computer without a keychain.
    explicit GuiDriver(secrets::CredentialStore *keychain = nullptr);
    ~GuiDriver();
    /// Starts Dovecot and the fake Google; false (with `why`) if a real part is missing.
    bool start(int messages, QString *why);

    [[nodiscard]] ui::AppContext &context() { return *m_context; }
    [[nodiscard]] DovecotFixture &dovecot() { return m_dovecot; }
    [[nodiscard]] FakeGoogle &google() { return m_google; }
    /// The in-memory keychain (when no other store was given).
    [[nodiscard]] secrets::MemoryCredentialStore &keychain() { return *m_keychain; }
    [[nodiscard]] QSettings &settings() { return *m_settings; }
    [[nodiscard]] QString settingsFile() const { return m_settingsFile; }
    [[nodiscard]] QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    [[nodiscard]] QString workDir() const { return m_dir.path(); }

    /// A returning user without going through the wizard: signed in to the fake Google (the
    /// refresh token in the keychain, only the email in settings) and maria's mailbox saved with
    /// the fixture's certificate pinned; the password in the keychain when `storePassword`.
    accounts::AccountConfig addReturningUser(bool continuous = false, bool storePassword = true);

    // Steps of the wizard, each asserting as it goes (return false on failure; see lastError()).
    bool signIn(ui::SetupWizard &wizard);
    /// Fills the mailbox page for Dovecot's implicit TLS port, tests, and trusts the certificate.
    bool fillMailboxAndTest(ui::SetupWizard &wizard, const QString &password = QString::fromLatin1(kPassword),
                            bool expectSuccess = true);
    bool next(ui::SetupWizard &wizard, int expectedPage);
    bool waitForRunToFinish(ui::SetupWizard &wizard, int timeoutMs = 120000);
    [[nodiscard]] QString lastError() const { return m_error; }
    /// Called with the certificate dialog before "Trust this server" is clicked (screenshots).
    std::function<void(QWidget *)> onCertificateDialog;

private:
    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<QSettings> m_settings;
    secrets::MemoryCredentialStore *m_keychain = nullptr;
    secrets::CredentialStore *m_store = nullptr;
    std::unique_ptr<ui::AppContext> m_context;
    DovecotFixture m_dovecot;
    FakeGoogle m_google;
    QNetworkAccessManager m_browser;
    QString m_error;
};

} // namespace mf::test
