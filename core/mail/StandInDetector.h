// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mf::mail {

/// Recognises a message that the POP3 server made up in place of the real one.
///
/// Servers that speak RFC 6856 (Courier among them) hide a message whose headers carry raw
/// UTF-8 from a client that did not ask for UTF-8 mode, and send a short stand-in instead ("Cannot
/// display Unicode content", no Date, no Message-ID, the original attached). Copying that
/// stand-in would date the message "today" in Gmail and, in delete mode, remove the original.
/// Mailferry asks for UTF-8 mode where the server offers it; this is the safety net behind that.
class StandInDetector {
    Q_DECLARE_TR_FUNCTIONS(mf::mail::StandInDetector)
public:
    /// Empty when `raw` looks like a real message; otherwise the reason for the log, in plain words.
    [[nodiscard]] static QString reason(const QByteArray &raw);
};

} // namespace mf::mail
