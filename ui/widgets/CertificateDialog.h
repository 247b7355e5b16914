// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "pop3/CertificateInfo.h"

#include <QDialog>

namespace mf::ui {

/// Shown when the old mailbox's server presents a certificate that could not be verified
/// (self-signed, expired, wrong name). First, in plain words: what is at stake, and what to do
/// when unsure (do not connect; call the provider). The details (who the certificate claims to
/// be, who issued it, its validity and SHA-256 fingerprint) are folded away behind "Show
/// details". Accepting ("Trust this server") pins exactly this fingerprint; nothing else is ever
/// trusted. "Do not connect" is the default, so Enter never trusts a server by accident.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    CertificateDialog(const QString &host, const pop3::CertificateInfo &certificate, QWidget *parent = nullptr);
};

} // namespace mf::ui
