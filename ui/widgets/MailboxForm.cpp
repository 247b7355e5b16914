// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/MailboxForm.h"
#include "widgets/EnterKey.h"

#include "AppContext.h"
#include "common/Logging.h"
#include "discovery/ServerDiscovery.h"
#include "pop3/Pop3Client.h"
#include "widgets/CertificateDialog.h"

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

using Security = accounts::AccountConfig::Security;

MailboxForm::MailboxForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mailboxForm"));
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
    m_allowPlaintext = new QCheckBox(tr("Sen&d my password unencrypted (anyone on the network could read it)"), this);
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
    layout->setContentsMargins(0, 0, 0, 0);
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

    m_proposedSecurity = int(Security::ImplicitTls); // the untouched form's defaults follow discovery
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &MailboxForm::startDiscovery);
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        // Another domain: what was proposed for the old one must not stay (Test would send this
        // password to the other provider's server). The lookup for the new one fills them again.
        const QString domain = discovery::ServerDiscovery::domainOf(m_email->text().trimmed());
        if (!m_proposedDomain.isEmpty() && domain != m_proposedDomain)
            clearProposedFields();
        if (m_discovery)
            m_debounce->start();
        serverFieldsEdited();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        if (m_discovery && m_debounce->isActive()) {
            m_debounce->stop();
            startDiscovery();
        }
    });
    for (QLineEdit *e : {m_host, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &MailboxForm::serverFieldsEdited);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), this, &MailboxForm::serverFieldsEdited);
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
    connect(m_allowPlaintext, &QCheckBox::toggled, this, &MailboxForm::serverFieldsEdited);
    connect(m_password, &QLineEdit::returnPressed, this, &MailboxForm::testConnection);
    m_password->setProperty(kEnterHandledProperty, true); // Enter here tests; the dialog must not act too
    // Until the settings are tested, Enter in a server field tests them (once tested, Enter
    // continues: the dialog sees it). Enter in the address goes on to the password.
    for (QLineEdit *e : {m_host, m_user}) {
        e->setProperty(kEnterHandledProperty, true);
        connect(e, &QLineEdit::returnPressed, this, [this] {
            if (!m_tested)
                testConnection();
        });
    }
    m_email->setProperty(kEnterHandledProperty, true);
    connect(m_email, &QLineEdit::returnPressed, this, [this] {
        if (!m_tested)
            m_password->setFocus(Qt::TabFocusReason);
    });
    connect(m_testButton, &QPushButton::clicked, this, &MailboxForm::testConnection);
}

void MailboxForm::setContext(AppContext *context, bool discovery)
{
    m_context = context;
    if (discovery && !m_discovery) {
        m_discovery = new discovery::ServerDiscovery(m_resolver, context->clock(), this);
        connect(m_discovery, &discovery::ServerDiscovery::finished, this, &MailboxForm::applyProposal);
    }
}

void MailboxForm::setAccount(const accounts::AccountConfig &a)
{
    m_filling = true;
    m_email->setText(a.email);
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_security->setCurrentIndex(m_security->findData(int(a.security)));
    m_user->setText(a.user);
    m_password->clear();
    m_allowPlaintext->setChecked(a.allowPlaintextPassword);
    m_allowPlaintext->setVisible(a.security == Security::PlainText);
    m_pinnedSha256 = a.pinnedSha256;
    m_filling = false;
    // Saved settings are the user's: discovery never overwrites them.
    m_proposedHost.clear();
    m_proposedUser.clear();
    m_proposedPort = -1;
    m_proposedSecurity = -1;
    m_proposedDomain.clear();
    m_tested = false;
    m_edited = false;
}

void MailboxForm::applyTo(accounts::AccountConfig &a) const
{
    if (m_emailEditable || a.email.isEmpty()) {
        a.email = m_email->text().trimmed().isEmpty() ? m_user->text().trimmed() : m_email->text().trimmed();
        a.id = accounts::AccountConfig::idForEmail(a.email);
    }
    a.host = m_host->text().trimmed();
    a.port = quint16(m_port->value());
    a.security = security();
    a.user = m_user->text().trimmed();
    a.pinnedSha256 = m_pinnedSha256;
    a.allowPlaintextPassword = m_allowPlaintext->isChecked();
}

void MailboxForm::setEmailEditable(bool editable)
{
    m_emailEditable = editable;
    m_email->setReadOnly(!editable);
    m_email->setEnabled(editable);
}

void MailboxForm::setSavedPassword(const QString &password)
{
    m_savedPassword = password;
    m_password->setPlaceholderText(password.isEmpty() ? QString() : tr("Saved (type a new one to change it)"));
}

QString MailboxForm::password() const
{
    return m_password->text().isEmpty() ? m_savedPassword : m_password->text();
}

bool MailboxForm::passwordTyped() const
{
    return !m_password->text().isEmpty();
}

QString MailboxForm::statusText() const
{
    return m_status->text();
}

void MailboxForm::focusFirstField()
{
    (m_emailEditable ? static_cast<QWidget *>(m_email) : m_host)->setFocus();
}

Security MailboxForm::security() const
{
    return Security(m_security->currentData().toInt());
}

void MailboxForm::startDiscovery()
{
    if (!m_discovery)
        return;
    const QString email = m_email->text().trimmed();
    if (discovery::ServerDiscovery::domainOf(email).isEmpty()) {
        m_discoveryNote->clear();
        return;
    }
    m_discoveryNote->setText(tr("Looking up the settings for %1…").arg(discovery::ServerDiscovery::domainOf(email)));
    m_discovery->discover(email);
}

void MailboxForm::clearProposedFields()
{
    // Only what still holds the proposal goes (and then counts as proposed, empty); a field the
    // user typed into keeps its value and stays the user's.
    m_filling = true;
    if (m_host->text() == m_proposedHost) {
        if (!m_proposedHost.isEmpty())
            m_pinnedSha256.clear(); // the pin belonged to the proposed server
        m_host->clear();
        m_proposedHost.clear();
    }
    if (m_user->text() == m_proposedUser) {
        m_user->clear();
        m_proposedUser.clear();
    }
    if (m_port->value() == m_proposedPort && m_security->currentData().toInt() == m_proposedSecurity) {
        m_security->setCurrentIndex(m_security->findData(int(Security::ImplicitTls)));
        m_port->setValue(995);
        m_allowPlaintext->hide();
        m_proposedPort = 995;
        m_proposedSecurity = int(Security::ImplicitTls);
    }
    m_filling = false;
    m_proposedDomain.clear();
}

void MailboxForm::applyProposal(const discovery::DiscoveryResult &result)
{
    if (!result.email.isEmpty() && result.email.compare(m_email->text().trimmed(), Qt::CaseInsensitive) != 0)
        return; // an answer for an address that has been changed since
    m_discoveryNote->setText(result.note);
    // Each field follows the address unless the user typed into it.
    const bool hostFollows = m_host->text().isEmpty() || m_host->text() == m_proposedHost;
    const bool userFollows = m_user->text().isEmpty() || m_user->text() == m_proposedUser;
    const bool connectionFollows = m_port->value() == m_proposedPort && m_security->currentData().toInt() == m_proposedSecurity;
    m_filling = true;
    if (!result.hasProposal()) {
        // Nothing known for this address: what was proposed for another one goes, so that a test
        // can never reach a server picked for a different address.
        m_filling = false;
        clearProposedFields();
        m_filling = true;
        if (m_user->text().isEmpty())
            m_user->setText(result.email); // most providers take the whole address
    } else {
        const discovery::Pop3Proposal &p = result.proposals.first();
        if (hostFollows) {
            if (m_host->text() != p.host)
                m_pinnedSha256.clear();
            m_host->setText(p.host);
        }
        if (connectionFollows) {
            const Security s = p.security == discovery::Security::ImplicitTls ? Security::ImplicitTls
                : p.security == discovery::Security::StartTls                 ? Security::StartTls
                                                                              : Security::PlainText;
            m_security->setCurrentIndex(m_security->findData(int(s)));
            m_port->setValue(p.port);
            m_allowPlaintext->setVisible(s == Security::PlainText);
        }
        if (userFollows)
            m_user->setText(p.user);
    }
    m_filling = false;
    // What is in the fields now and was not typed by the user counts as proposed.
    if (hostFollows)
        m_proposedHost = m_host->text();
    if (userFollows || m_user->text() == result.email)
        m_proposedUser = m_user->text();
    if (connectionFollows) {
        m_proposedPort = m_port->value();
        m_proposedSecurity = m_security->currentData().toInt();
    }
    m_proposedDomain = result.domain.isEmpty() ? discovery::ServerDiscovery::domainOf(result.email) : result.domain;
}

void MailboxForm::serverFieldsEdited()
{
    if (sender() == m_host && !m_filling)
        m_pinnedSha256.clear(); // a pin belongs to one server
    if (m_filling)
        return;
    m_edited = true;
    if (m_tested) {
        m_tested = false;
        for (QLineEdit *e : {m_email, m_host, m_user})
            e->setProperty(kEnterHandledProperty, true);
        setStatus(QString(), false);
    }
    emit edited();
}

void MailboxForm::setBusy(bool busy, const QString &status)
{
    m_testButton->setEnabled(!busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_security, m_user, m_password})
        w->setEnabled(!busy);
    m_email->setEnabled(!busy && m_emailEditable);
    if (!status.isEmpty())
        setStatus(status, false);
}

void MailboxForm::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(text.toHtmlEscaped()) : text);
    m_status->setAccessibleDescription(text);
}

void MailboxForm::testConnection()
{
    if (m_client)
        return;
    if (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        setStatus(tr("Fill in the server and the user name first (type your address above and Mailferry suggests them)."), true);
        return;
    }
    if (password().isEmpty()) {
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
    AppContext *ctx = m_context;
    pop3::ServerSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = quint16(m_port->value());
    settings.security = security() == Security::ImplicitTls ? pop3::Security::ImplicitTls
        : security() == Security::StartTls                  ? pop3::Security::StartTls
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
    client->connectToServer(settings, password(), [this, client](Status connected) {
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
                connect(dialog, &QDialog::finished, this, [this, cert, error](int result) {
                    if (result == QDialog::Accepted) {
                        m_pinnedSha256 = cert.sha256Hex;
                        testConnection();
                    } else {
                        setStatus(tr("Mailferry did not connect, because the server could not prove who it is. "
                                     "Ask your provider for the right server name."),
                                  true);
                        emit testFailed(error);
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
            setBusy(false, QString());
            m_tested = true;
            for (QLineEdit *e : {m_email, m_host, m_user})
                e->setProperty(kEnterHandledProperty, false); // tested: Enter now continues
            emit testSucceeded(stat.value().count, stat.value().size);
        });
    });
}

QString MailboxForm::explainFailure(const Error &error, const QString &host, quint16 port)
{
    switch (error.code) {
    case Error::Code::LoginRefused:
        // The server refused the login without saying it is the password: its own words, which
        // the message quotes, are the best clue (e.g. a damaged mailbox).
        return error.message;
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
    case Error::Code::StartTlsUnavailable: return tr("This server does not offer STARTTLS. Try SSL/TLS on port 995.");
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
    case Error::Code::AuthMechanismUnavailable: return tr("The server offers no way to log in that Mailferry can use safely.");
    case Error::Code::ConnectionClosed:
    case Error::Code::NetworkError: return tr("The connection broke off. Check your internet connection and test again.");
    default: return error.message.isEmpty() ? tr("The test did not work.") : error.message;
    }
}

void MailboxForm::onTestFailed(const Error &error)
{
    setBusy(false, QString());
    qCInfo(lcUi) << "connection test failed:" << Error::codeName(error.code) << error.detail;
    setStatus(explainFailure(error, m_host->text().trimmed(), quint16(m_port->value())), true);
    if (error.code == Error::Code::AuthFailed)
        m_password->setFocus();
    emit testFailed(error);
}

} // namespace mf::ui
