// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/CertificateInfo.h"

#include <QCryptographicHash>

namespace mf::pop3 {
namespace {

QString describe(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

QString names(const QSslCertificate &c, bool issuer)
{
    QStringList parts;
    for (auto attr : {QSslCertificate::CommonName, QSslCertificate::Organization, QSslCertificate::CountryName}) {
        const QStringList values = issuer ? c.issuerInfo(attr) : c.subjectInfo(attr);
        if (!values.isEmpty())
            parts << values.join(QLatin1Char(' '));
    }
    return describe(parts);
}

} // namespace

QByteArray CertificateInfo::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    CertificateInfo info;
    info.subject = names(certificate, false);
    info.issuer = names(certificate, true);
    info.validFrom = certificate.effectiveDate();
    info.validTo = certificate.expiryDate();
    info.sha256Hex = fingerprint(certificate);
    for (const QSslError &e : errors) {
        QString text;
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            text = tr("The certificate is self-signed: no known authority vouches for it.");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            text = tr("The certificate was issued by an authority this computer does not know.");
            break;
        case QSslError::CertificateExpired: text = tr("The certificate has expired."); break;
        case QSslError::CertificateNotYetValid:
            text = tr("The certificate is not valid yet (check this computer's date).");
            break;
        case QSslError::HostNameMismatch: text = tr("The certificate belongs to a different server name."); break;
        case QSslError::CertificateRevoked: text = tr("The certificate has been revoked."); break;
        default: text = e.errorString(); break;
        }
        if (!info.problems.contains(text))
            info.problems << text;
    }
    return info;
}

QString CertificateInfo::displayFingerprint() const
{
    QString out;
    const QByteArray upper = sha256Hex.toUpper();
    for (qsizetype i = 0; i < upper.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += QString::fromLatin1(upper.mid(i, 2));
    }
    return out;
}

QByteArray CertificateInfo::normalizePin(const QByteArray &pin)
{
    QByteArray out;
    for (char c : pin) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
            out += c;
        else if (c >= 'A' && c <= 'F')
            out += char(c - 'A' + 'a');
    }
    return out;
}

bool CertificateInfo::matchesPin(const QByteArray &pin) const
{
    const QByteArray normal = normalizePin(pin);
    return !normal.isEmpty() && !sha256Hex.isEmpty() && normal == sha256Hex;
}

QString CertificateInfo::summary() const
{
    QStringList lines;
    lines << tr("Issued to: %1").arg(subject) << tr("Issued by: %1").arg(issuer)
          << tr("Valid from %1 to %2").arg(validFrom.toString(Qt::ISODate), validTo.toString(Qt::ISODate))
          << tr("SHA-256 fingerprint: %1").arg(displayFingerprint());
    for (const QString &p : problems)
        lines << p;
    return lines.join(QLatin1Char('\n'));
}

} // namespace mf::pop3
