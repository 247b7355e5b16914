// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace mf::mail {

/// The attachment types Gmail refuses to hold, as Google publishes them ("File types blocked in
/// Gmail"): programs and scripts for Windows and macOS, disk images, and archives that contain
/// any of them. Pure and bounded.
class BlockedFileTypes {
public:
    /// The blocked extensions, lower case, without the dot ("exe", "ps1", ...).
    [[nodiscard]] static const QStringList &extensions();
    /// True when `fileName` ends in a blocked extension (case-insensitive; trailing dots and
    /// spaces, which Windows ignores, are ignored too).
    [[nodiscard]] static bool isBlockedName(const QString &fileName);
    /// True when `fileName` looks like a zip archive (.zip), whose listing Mailferry can read.
    [[nodiscard]] static bool isZipName(const QString &fileName);

    /// The file names in a zip archive, read from its central directory (no decompression). At
    /// most `maxEntries` names; nullopt when `zip` is not a zip archive or its directory is
    /// damaged. Never reads outside `zip`.
    [[nodiscard]] static std::optional<QStringList> zipEntryNames(const QByteArray &zip, int maxEntries = 10000);
    /// The names in `zip` that Gmail blocks (empty when none, or when it cannot be read).
    [[nodiscard]] static QStringList blockedInZip(const QByteArray &zip, int maxEntries = 10000);
};

} // namespace mf::mail
