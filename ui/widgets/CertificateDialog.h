#pragma once

#include "pop3/CertificateInfo.h"

#include <QDialog>

namespace mf::ui {

/// Shown when the old mailbox's server presents a certificate that could not be verified
/// (self-signed, expired, wrong name). It shows who the certificate claims to be, who issued it,
/// its validity and its SHA-256 fingerprint, and says plainly what trusting it means. Accepting
/// ("Trust this server") pins exactly this fingerprint; nothing else is ever trusted.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    CertificateDialog(const QString &host, const pop3::CertificateInfo &certificate, QWidget *parent = nullptr);
};

} // namespace mf::ui
