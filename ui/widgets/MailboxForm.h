// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Error.h"
#include "discovery/Pop3Proposal.h"
#include "pop3/Pop3Client.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mf::discovery {
class DnsResolver;
class ServerDiscovery;
} // namespace mf::discovery

namespace mf::ui {

class AppContext;

/// The old mailbox's settings, shared by the wizard's "Your old mailbox" page and the accounts
/// window's settings dialog: the address (with server discovery), host, port, security, user,
/// password, and "Test connection", which logs in for real and asks STAT. Failures are explained
/// in plain words; an untrusted certificate opens the CertificateDialog and pins what the user
/// trusts. It stores nothing itself: its owner saves the account and the password.
class MailboxForm : public QWidget {
    Q_OBJECT
public:
    explicit MailboxForm(QWidget *parent = nullptr);

    /// Must be called before testing (network, clock). Discovery runs only when enabled.
    void setContext(AppContext *context, bool discovery);
    /// Where discovery asks DNS (before setContext; tests answer from a table). Not owned.
    void setResolver(discovery::DnsResolver *resolver) { m_resolver = resolver; }
    /// Fills the fields from a saved account (the password stays empty).
    void setAccount(const accounts::AccountConfig &account);
    /// Copies the server fields (email, id, host, port, security, user, pin, plaintext) into `account`.
    void applyTo(accounts::AccountConfig &account) const;
    /// A settings dialog keeps the address, and with it the account id and its ledger.
    void setEmailEditable(bool editable);
    /// The password used when the field is left empty (the one already saved); memory only.
    void setSavedPassword(const QString &password);
    /// What was typed, or the saved password when the field is empty.
    [[nodiscard]] QString password() const;
    /// Whether the user typed a new password.
    [[nodiscard]] bool passwordTyped() const;

    /// True once the current fields passed "Test connection" (any edit clears it).
    [[nodiscard]] bool isTested() const { return m_tested; }
    /// True once the user changed a server field or the password since setAccount().
    [[nodiscard]] bool isEdited() const { return m_edited; }
    void testConnection();
    [[nodiscard]] bool isTesting() const { return m_client != nullptr; }

    void setStatus(const QString &text, bool problem);
    [[nodiscard]] QString statusText() const;
    void focusFirstField();

    /// The plain-language explanation of a failed connection test, with what to do.
    [[nodiscard]] static QString explainFailure(const Error &error, const QString &host, quint16 port);

signals:
    /// "Test connection" logged in: `count` messages of `size` bytes on the server.
    void testSucceeded(int count, qint64 size);
    void testFailed(const mf::Error &error);
    /// A field changed after a successful test (the test no longer holds).
    void edited();

private:
    void startDiscovery();
    void applyProposal(const discovery::DiscoveryResult &result);
    void serverFieldsEdited();
    /// Empties what discovery filled in and the user did not change (a new address needs new settings).
    void clearProposedFields();
    void onTestFailed(const Error &error);
    void setBusy(bool busy, const QString &status);
    [[nodiscard]] accounts::AccountConfig::Security security() const;

    AppContext *m_context = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_discoveryNote = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    discovery::ServerDiscovery *m_discovery = nullptr;
    QPointer<pop3::Pop3Client> m_client;
    QByteArray m_pinnedSha256;
    QString m_savedPassword;
    bool m_emailEditable = true;
    bool m_filling = false; ///< fields are being filled by discovery or setAccount, not by the user
    discovery::DnsResolver *m_resolver = nullptr;
    /// What discovery last put in each field. A field still holding it (or empty) follows the
    /// address; a field the user changed is the user's and is never overwritten.
    QString m_proposedHost;
    QString m_proposedUser;
    int m_proposedPort = 995;
    int m_proposedSecurity = -1; ///< Security as int
    QString m_proposedDomain;    ///< the domain the proposal was for
    bool m_tested = false;
    bool m_edited = false;
};

} // namespace mf::ui
