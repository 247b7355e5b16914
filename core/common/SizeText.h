// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace mf {

/// Sizes for people are always decimal megabytes (1 MB = 1,000,000 bytes), the unit a mail
/// provider and a spreadsheet both use: one unit everywhere (options, review, table, CSV), never
/// KiB/MiB next to kB. The number follows the locale ("0.05", "0,05").
///
/// `decimals` < 0 picks them by size: 2 below 1 MB (never "0.00" for a message that exists),
/// 1 below 10 MB, none above ("50 MB", not "50.0 MB"). `grouping` adds the thousands separator (off for CSV cells).
[[nodiscard]] inline QString megabytesNumber(qint64 bytes, const QLocale &locale = QLocale(), int decimals = -1,
                                             bool grouping = true)
{
    const double mb = double(bytes) / 1e6;
    if (decimals < 0)
        decimals = bytes == 0 ? 0 : mb < 1 ? 2 : mb < 10 ? 1 : 0;
    double shown = mb;
    const double step = decimals == 0 ? 1 : decimals == 1 ? 0.1 : decimals == 2 ? 0.01 : 0.001;
    if (bytes > 0 && shown < step)
        shown = step; // a 3 kB message is "0.01 MB", not "0 MB"
    QLocale l = locale;
    l.setNumberOptions(grouping ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    return l.toString(shown, 'f', decimals);
}

/// "12.3 MB": the one way Mailferry writes a size for people.
[[nodiscard]] inline QString sizeText(qint64 bytes, const QLocale &locale = QLocale())
{
    return QCoreApplication::translate("mf::SizeText", "%1 MB").arg(megabytesNumber(bytes, locale));
}

} // namespace mf
