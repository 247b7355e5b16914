// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

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

    auto *stake = new QLabel(tr("<b>%1</b> could not prove that it is your provider's server. If it is not, "
                                "someone could read your password and your mail.")
                                 .arg(host.toHtmlEscaped()),
                             this);
    stake->setObjectName(QStringLiteral("certStake"));
    stake->setWordWrap(true);
    stake->setTextFormat(Qt::RichText);

    auto *recommend = new QLabel(tr("<b>If you are not sure, choose \"Do not connect\" and call your provider.</b>"), this);
    recommend->setObjectName(QStringLiteral("certRecommendation"));
    recommend->setWordWrap(true);
    recommend->setTextFormat(Qt::RichText);

    auto *details = new QWidget(this);
    details->setObjectName(QStringLiteral("certDetails"));
    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &value, const char *name) {
        auto *v = new QLabel(value, details);
        v->setObjectName(QString::fromLatin1(name));
        v->setWordWrap(true);
        v->setTextFormat(Qt::PlainText);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        form->addRow(label, v);
        return v;
    };
    const QLocale locale;
    addRow(tr("Issued to:"), certificate.subject, "certSubject");
    addRow(tr("Issued by:"), certificate.issuer, "certIssuer");
    addRow(tr("Valid:"),
           tr("from %1 to %2")
               .arg(locale.toString(certificate.validFrom.toLocalTime().date(), QLocale::LongFormat),
                    locale.toString(certificate.validTo.toLocalTime().date(), QLocale::LongFormat)),
           "certValidity");
    QLabel *fp = addRow(tr("SHA-256 fingerprint:"), certificate.displayFingerprint(), "certFingerprint");
    fp->setFont(QFont(QStringLiteral("monospace")));
    if (!certificate.problems.isEmpty())
        addRow(tr("Problems:"), certificate.problems.join(QLatin1Char('\n')), "certProblems");
    auto *advice = new QLabel(tr("If your provider gave you this fingerprint, compare it. If you trust the server, "
                                 "Mailferry accepts exactly this certificate for this mailbox and warns you if it "
                                 "ever changes."),
                              details);
    advice->setWordWrap(true);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(advice);
    details->hide();

    auto *toggle = new QPushButton(tr("Show &details"), this);
    toggle->setObjectName(QStringLiteral("certDetailsToggle"));
    toggle->setCheckable(true);
    toggle->setAutoDefault(false);
    connect(toggle, &QPushButton::toggled, this, [this, toggle, details](bool on) {
        details->setVisible(on);
        toggle->setText(on ? tr("Hide &details") : tr("Show &details"));
        adjustSize();
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust this server"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    QPushButton *cancel = buttons->addButton(tr("Do &not connect"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("doNotTrustButton"));
    // The safe answer is the default: Enter must not trust a server by accident.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stake);
    layout->addWidget(recommend);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(details);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    resize(560, sizeHint().height());
    cancel->setFocus();
}

} // namespace mf::ui
