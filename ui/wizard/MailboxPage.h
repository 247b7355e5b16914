#pragma once

#include "common/Error.h"
#include "discovery/Pop3Proposal.h"
#include "migration/AccountConfig.h"
#include "pop3/Pop3Client.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace mf::discovery {
class ServerDiscovery;
}

namespace mf::ui {

/// "Your old mailbox": the address, the proposed server settings (editable), the password and
/// "Test connection", which logs in for real and asks STAT. Failures are explained in plain words;
/// an untrusted certificate opens the CertificateDialog. The password goes to the keychain only
/// after the test succeeded, and the page completes only then.
class MailboxPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MailboxPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    /// The plain-language explanation of a failed connection test, with what to do.
    [[nodiscard]] static QString explainFailure(const Error &error, const QString &host, quint16 port);

private:
    void startDiscovery();
    void applyProposal(const discovery::DiscoveryResult &result);
    void serverFieldsEdited();
    void testConnection();
    void onTestFailed(const Error &error);
    void onTestSucceeded(int count, qint64 size);
    void setBusy(bool busy, const QString &status);
    void setStatus(const QString &text, bool problem);
    [[nodiscard]] migration::AccountConfig::Security security() const;

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
    bool m_filling = false;       ///< fields are being filled by discovery, not by the user
    bool m_serverTouched = false; ///< the user edited the server fields: discovery no longer overwrites them
    bool m_ready = false;         ///< tested and the password saved
};

} // namespace mf::ui
