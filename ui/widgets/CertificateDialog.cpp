#include "widgets/CertificateDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace mf::ui {

CertificateDialog::CertificateDialog(const QString &host, const pop3::CertificateInfo &certificate, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Is this really your mail server?"));

    auto *intro = new QLabel(tr("<b>%1</b> sent a security certificate that your computer cannot check. "
                                "This is common for small providers and company servers, but it can also mean that "
                                "someone is listening in.")
                                 .arg(host.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const char *name) {
        auto *v = new QLabel(value, this);
        v->setObjectName(QString::fromLatin1(name));
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        form->addRow(label, v);
    };
    const QLocale locale;
    addRow(tr("Issued to:"), certificate.subject, "certSubject");
    addRow(tr("Issued by:"), certificate.issuer, "certIssuer");
    addRow(tr("Valid:"), tr("from %1 to %2").arg(locale.toString(certificate.validFrom.toLocalTime().date(), QLocale::ShortFormat),
                                                 locale.toString(certificate.validTo.toLocalTime().date(), QLocale::ShortFormat)),
           "certValidity");
    auto *fp = new QLabel(certificate.displayFingerprint(), this);
    fp->setObjectName(QStringLiteral("certFingerprint"));
    fp->setWordWrap(true);
    fp->setFont(QFont(QStringLiteral("monospace")));
    fp->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    fp->setAccessibleName(tr("SHA-256 fingerprint"));
    form->addRow(tr("SHA-256 fingerprint:"), fp);
    if (!certificate.problems.isEmpty())
        addRow(tr("Problems:"), certificate.problems.join(QLatin1Char('\n')), "certProblems");

    auto *advice = new QLabel(tr("If your provider or your IT person gave you this fingerprint, compare it. Trust the "
                                 "server only if they match or you are sure this is your provider. Mailferry will then "
                                 "accept exactly this certificate for this mailbox, and warn you if it ever changes."),
                              this);
    advice->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust this server"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton *cancel = buttons->addButton(tr("Do &not connect"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("doNotTrustButton"));
    // The safe answer is the default: Enter must not trust a server by accident.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace mf::ui
