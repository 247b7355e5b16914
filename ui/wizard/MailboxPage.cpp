#include "wizard/MailboxPage.h"

#include "AppContext.h"
#include "common/Logging.h"
#include "discovery/ServerDiscovery.h"
#include "pop3/Pop3Client.h"
#include "secrets/CredentialStore.h"
#include "widgets/CertificateDialog.h"
#include "widgets/SecretSaver.h"
#include "wizard/SetupWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace mf::ui {

using Security = migration::AccountConfig::Security;

MailboxPage::MailboxPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("mailboxPage"));
    setTitle(tr("Your old mailbox"));
    setSubTitle(tr("Type the email address you want to move mail from. Mailferry suggests the server settings; "
                   "you only need the password."));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("maria@example.net"));
    m_email->setAccessibleName(tr("Old email address"));
    m_discoveryNote = new QLabel(this);
    m_discoveryNote->setObjectName(QStringLiteral("discoveryNote"));
    m_discoveryNote->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Incoming mail server (POP3)"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(995);
    m_port->setAccessibleName(tr("Port"));
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->addItem(tr("SSL/TLS (recommended)"), int(Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(Security::PlainText));
    m_security->setAccessibleName(tr("Connection security"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_allowPlaintext = new QCheckBox(tr("Send my password &unencrypted (anyone on the network could read it)"), this);
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintextCheck"));
    m_allowPlaintext->hide();

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setAccessibleName(tr("Connection test result"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    server->addWidget(portLabel);
    server->addWidget(m_port);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(QString(), m_discoveryNote);
    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_host); // a row holding a layout gets no buddy by itself
    form->addRow(serverLabel, server);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_allowPlaintext);

    auto *test = new QHBoxLayout;
    test->addWidget(m_testButton);
    test->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(test);
    layout->addWidget(m_status);
    layout->addStretch(1);

    // The full keyboard path: address, server, port, security, user, password, test.
    setTabOrder(m_email, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_security);
    setTabOrder(m_security, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_allowPlaintext);
    setTabOrder(m_allowPlaintext, m_testButton);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &MailboxPage::startDiscovery);
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        m_ready = false;
        m_debounce->start();
        emit completeChanged();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            startDiscovery();
        }
    });
    for (QLineEdit *e : {m_host, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &MailboxPage::serverFieldsEdited);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, &MailboxPage::serverFieldsEdited);
    connect(m_security, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_allowPlaintext->setVisible(security() == Security::PlainText);
        if (!m_filling) {
            // Follow the usual port for the chosen security, unless the user typed another.
            const int p = m_port->value();
            if (p == 995 || p == 110)
                m_port->setValue(security() == Security::ImplicitTls ? 995 : 110);
        }
        serverFieldsEdited();
    });
    connect(m_allowPlaintext, &QCheckBox::toggled, this, &MailboxPage::serverFieldsEdited);
    connect(m_password, &QLineEdit::returnPressed, this, &MailboxPage::testConnection);
    connect(m_testButton, &QPushButton::clicked, this, &MailboxPage::testConnection);
}

void MailboxPage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    m_discovery = m_discovery ? m_discovery : new discovery::ServerDiscovery(nullptr, w->context()->clock(), this);
    connect(m_discovery, &discovery::ServerDiscovery::finished, this, &MailboxPage::applyProposal, Qt::UniqueConnection);
    const migration::AccountConfig &a = w->state().account;
    if (!a.host.isEmpty()) {
        // Editing an existing account: show what is stored; the password must be typed again.
        m_filling = true;
        m_email->setText(a.email);
        m_host->setText(a.host);
        m_port->setValue(a.port);
        m_security->setCurrentIndex(m_security->findData(int(a.security)));
        m_user->setText(a.user);
        m_allowPlaintext->setChecked(a.allowPlaintextPassword);
        m_pinnedSha256 = a.pinnedSha256;
        m_filling = false;
        m_serverTouched = true;
    } else if (m_email->text().isEmpty() && !w->context()->googleAccount().email.isEmpty()) {
        m_email->setFocus();
    }
    m_email->setFocus();
}

bool MailboxPage::isComplete() const
{
    return m_ready;
}

Security MailboxPage::security() const
{
    return Security(m_security->currentData().toInt());
}

void MailboxPage::startDiscovery()
{
    const QString email = m_email->text().trimmed();
    if (discovery::ServerDiscovery::domainOf(email).isEmpty()) {
        m_discoveryNote->clear();
        return;
    }
    m_discoveryNote->setText(tr("Looking up the settings for %1…").arg(discovery::ServerDiscovery::domainOf(email)));
    m_discovery->discover(email);
}

void MailboxPage::applyProposal(const discovery::DiscoveryResult &result)
{
    m_discoveryNote->setText(result.note);
    if (!result.hasProposal()) {
        if (!m_serverTouched && m_user->text().isEmpty())
            m_user->setText(result.email);
        return;
    }
    const discovery::Pop3Proposal &p = result.proposals.first();
    m_filling = true;
    if (!m_serverTouched) {
        m_host->setText(p.host);
        m_port->setValue(p.port);
        const Security s = p.security == discovery::Security::ImplicitTls ? Security::ImplicitTls
                           : p.security == discovery::Security::StartTls  ? Security::StartTls
                                                                          : Security::PlainText;
        m_security->setCurrentIndex(m_security->findData(int(s)));
        m_user->setText(p.user);
    }
    m_filling = false;
    if (m_password->text().isEmpty())
        m_password->setFocus();
}

void MailboxPage::serverFieldsEdited()
{
    if (!m_filling && (sender() == m_host || sender() == m_port || sender() == m_security || sender() == m_user))
        m_serverTouched = true;
    if (sender() == m_host)
        m_pinnedSha256.clear(); // a pin belongs to one server
    if (m_ready) {
        m_ready = false;
        setStatus(QString(), false);
        emit completeChanged();
    }
}

void MailboxPage::setBusy(bool busy, const QString &status)
{
    m_testButton->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_email, m_host, m_port, m_security, m_user, m_password})
        w->setEnabled(!busy);
    if (!status.isEmpty())
        setStatus(status, false);
}

void MailboxPage::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped())
                              : text);
    m_status->setAccessibleDescription(text);
}

void MailboxPage::testConnection()
{
    if (m_client)
        return;
    if (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        setStatus(tr("Fill in the server and the user name first (type your address above and Mailferry suggests them)."), true);
        return;
    }
    if (m_password->text().isEmpty()) {
        setStatus(tr("Type the password of your old mailbox."), true);
        m_password->setFocus();
        return;
    }
    if (security() == Security::PlainText && !m_allowPlaintext->isChecked()) {
        setStatus(tr("With no security your password would cross the network readable by anyone. Choose SSL/TLS or "
                     "STARTTLS, or tick the box if you really want this."),
                  true);
        return;
    }
    AppContext *ctx = setupWizardOf(this)->context();
    pop3::ServerSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.security = security() == Security::ImplicitTls ? pop3::Security::ImplicitTls
                        : security() == Security::StartTls  ? pop3::Security::StartTls
                                                            : pop3::Security::PlainText;
    settings.user = m_user->text().trimmed();
    settings.allowPlaintextPassword = m_allowPlaintext->isChecked();
    settings.pinnedSha256 = m_pinnedSha256;

    setBusy(true, tr("Connecting to %1…").arg(settings.host.toHtmlEscaped()));
    m_client = new pop3::Pop3Client(ctx->clock(), this);
    pop3::Timeouts t;
    t.connect = Millis(15000);
    t.greeting = Millis(15000);
    t.idle = Millis(30000);
    m_client->setTimeouts(t);
    QPointer<pop3::Pop3Client> client = m_client;
    client->connectToServer(settings, m_password->text(), [this, client](Status connected) {
        if (!client)
            return;
        if (!connected) {
            const Error error = connected.error();
            if (error.code == Error::Code::CertificateUntrusted && client->peerCertificate()) {
                const pop3::CertificateInfo cert = *client->peerCertificate();
                client->deleteLater();
                m_client = nullptr;
                setBusy(false, tr("The server's certificate needs your decision."));
                auto *dialog = new CertificateDialog(m_host->text().trimmed(), cert, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(dialog, &QDialog::finished, this, [this, cert](int result) {
                    if (result == QDialog::Accepted) {
                        m_pinnedSha256 = cert.sha256Hex;
                        testConnection();
                    } else {
                        setStatus(tr("Mailferry did not connect, because the server could not prove who it is. "
                                     "Ask your provider for the right server name."),
                                  true);
                    }
                });
                dialog->open();
                return;
            }
            client->deleteLater();
            m_client = nullptr;
            onTestFailed(error);
            return;
        }
        client->stat([this, client](Result<pop3::StatInfo> stat) {
            if (!client)
                return;
            client->quit([client](Status) {
                if (client)
                    client->deleteLater();
            });
            m_client = nullptr;
            if (!stat) {
                onTestFailed(stat.error());
                return;
            }
            onTestSucceeded(stat.value().count, stat.value().size);
        });
    });
}

QString MailboxPage::explainFailure(const Error &error, const QString &host, quint16 port)
{
    switch (error.code) {
    case Error::Code::AuthFailed:
        return tr("The server did not accept this user name and password. Check the password (mind capital letters). "
                  "Some providers need an \"app password\" or want POP3 switched on in their web mail settings first.");
    case Error::Code::HostNotFound:
        return tr("There is no server called \"%1\". Check the server name for typing mistakes.").arg(host);
    case Error::Code::ConnectionRefused:
        return tr("The server \"%1\" refused a connection on port %2. It may use another port or another security "
                  "setting: try SSL/TLS on 995 or STARTTLS on 110.")
            .arg(host)
            .arg(port);
    case Error::Code::Timeout:
        return tr("The server did not answer in time. Check your internet connection, the server name and the port.");
    case Error::Code::TlsRequired:
    case Error::Code::TlsHandshakeFailed:
        return tr("The server and Mailferry could not agree on a secure connection. The security setting probably "
                  "does not match this port: SSL/TLS usually goes with port 995, STARTTLS with port 110.");
    case Error::Code::StartTlsUnavailable:
        return tr("This server does not offer STARTTLS. Try SSL/TLS on port 995.");
    case Error::Code::PlaintextRefused:
        return tr("The server would want your password unencrypted. Mailferry does not send it that way unless you "
                  "choose \"None\" and tick the box.");
    case Error::Code::CertificateUntrusted:
        return tr("The server's certificate changed since you trusted it, or cannot be checked. Do not continue "
                  "unless your provider confirms the change.");
    case Error::Code::MailboxInUse:
        return tr("The mailbox is busy: another program (perhaps a phone or a mail program) is reading it right now. "
                  "Close it, wait a few minutes and test again.");
    case Error::Code::LoginDelay:
        return tr("The server asks to wait before logging in again. Wait a few minutes and test again.");
    case Error::Code::AuthMechanismUnavailable:
        return tr("The server offers no way to log in that Mailferry can use safely.");
    case Error::Code::ConnectionClosed:
    case Error::Code::NetworkError:
        return tr("The connection broke off. Check your internet connection and test again.");
    default:
        return error.message.isEmpty() ? tr("The test did not work.") : error.message;
    }
}

void MailboxPage::onTestFailed(const Error &error)
{
    setBusy(false, QString());
    qCInfo(lcUi) << "connection test failed:" << Error::codeName(error.code) << error.detail;
    setStatus(explainFailure(error, m_host->text().trimmed(), quint16(m_port->value())), true);
    if (error.code == Error::Code::AuthFailed)
        m_password->setFocus();
}

void MailboxPage::onTestSucceeded(int count, qint64 size)
{
    SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w->context();
    WizardState &st = w->state();
    migration::AccountConfig &a = st.account;
    a.email = m_email->text().trimmed().isEmpty() ? m_user->text().trimmed() : m_email->text().trimmed();
    a.id = migration::AccountConfig::idForEmail(a.email);
    a.host = m_host->text().trimmed();
    a.port = quint16(m_port->value());
    a.security = security();
    a.user = m_user->text().trimmed();
    a.pinnedSha256 = m_pinnedSha256;
    a.allowPlaintextPassword = m_allowPlaintext->isChecked();
    a.gmailAccount = ctx->googleAccount().email;
    st.password = m_password->text();
    st.messagesOnServer = count;
    st.bytesOnServer = size;

    const QString found = tr("It works: %n message(s) on the server (%1).", nullptr, count)
                              .arg(QLocale().formattedDataSize(size));
    setStatus(found + QLatin1Char(' ') + tr("Saving the password in the system keychain…"), false);
    saveSecret(*ctx, this, secrets::pop3PasswordKey(a.id), st.password, [this, found, ctx](Status saved) {
        setBusy(false, QString());
        if (!saved) {
            setStatus(found + QLatin1Char(' ')
                          + tr("But the password could not be saved: %1").arg(saved.error().message),
                      true);
            return;
        }
        setStatus(QStringLiteral("<b>%1</b> %2")
                      .arg(found.toHtmlEscaped(),
                           ctx->sessionOnlySecrets()
                               ? tr("The password is kept in memory until you quit Mailferry.")
                               : tr("The password is saved in your system keychain.")),
                  false);
        m_ready = true;
        emit completeChanged();
    });
}

} // namespace mf::ui
