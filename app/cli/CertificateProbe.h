// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"

#include <QByteArray>

namespace mf::app {

/// Fetches the certificate a POP3 server presents, without logging in or sending anything else,
/// so that the command line can show the SHA-256 fingerprint to pin after the engine reported
/// CertificateUntrusted. Blocking, with short deadlines (the CLI has nothing else to do then).
/// Returns the lowercase hex SHA-256 of the DER certificate, or empty if none could be had.
[[nodiscard]] QByteArray probeCertificateSha256(const accounts::AccountConfig &account, int timeoutMs = 10000);

} // namespace mf::app
