// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace mf::ui {

/// What a "Waiting" status from the engine means for the person watching: which side is not
/// answering and in how many seconds the next try comes.
///
/// The engine's Progress carries neither the side nor the time of the next try, only its status
/// sentence, so this reads them back out of that sentence, matched against the same translated
/// templates the engine used (one translator serves both). A sentence it does not know stays
/// Side::Unknown and is shown as it is.
struct WaitReading {
    enum class Side { Unknown, Gmail, MailServer };
    Side side = Side::Unknown;
    std::optional<int> seconds; ///< until the next try, as the engine said it
    QString reason;             ///< the underlying message ("Gmail is busy (503)")

    [[nodiscard]] static WaitReading read(const QString &statusText);
};

} // namespace mf::ui
