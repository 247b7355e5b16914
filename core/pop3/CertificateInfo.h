// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace mf::pop3 {

/// What the UI shows when a server's certificate could not be verified, so that the user can
/// decide to trust it ("pin" its fingerprint into ServerSettings::pinnedSha256).
struct CertificateInfo {
    Q_DECLARE_TR_FUNCTIONS(mf::pop3::CertificateInfo)
public:
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    QByteArray sha256Hex; ///< lowercase hex of the SHA-256 of the DER certificate
    QStringList problems; ///< why verification failed, one plain sentence each; empty if it passed

    [[nodiscard]] static CertificateInfo fromCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors = {});
    /// Lowercase hex SHA-256 of the DER form: the value to store as a pin.
    [[nodiscard]] static QByteArray fingerprint(const QSslCertificate &certificate);
    /// "AB:CD:..." grouping of sha256Hex, for people to compare by eye.
    [[nodiscard]] QString displayFingerprint() const;
    /// Whether `pin` (any case, with or without ':' separators) names this certificate.
    [[nodiscard]] bool matchesPin(const QByteArray &pin) const;
    /// Several plain-language lines for a dialog: subject, issuer, validity, fingerprint, problems.
    [[nodiscard]] QString summary() const;
    /// Normalises a pin typed or pasted by a user: lowercase hex, no separators or spaces.
    [[nodiscard]] static QByteArray normalizePin(const QByteArray &pin);
};

} // namespace mf::pop3
