// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/StrictNumbers.h"

#include <QCoreApplication>

namespace mf::app {

WholeNumber parseWholeNumber(const QString &text, qint64 min, qint64 max)
{
    WholeNumber out;
    const QString t = text.trimmed();
    bool digitsOnly = !t.isEmpty();
    for (const QChar c : t) {
        // Only ASCII digits: QChar::isDigit() would also take Arabic-Indic and other digits.
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            digitsOnly = false;
            break;
        }
    }
    if (!digitsOnly) {
        out.problem = QCoreApplication::translate("mf::app::CliRunner", "\"%1\" is not a whole number").arg(text);
        return out;
    }
    // Every option's maximum is far below 10^15, so value * 10 + 9 never overflows: stop as soon
    // as the value has passed the maximum ("99999999999999999999999" is out of range, not garbage).
    Q_ASSERT(max <= 1000000000000000LL);
    qint64 value = 0;
    bool tooLarge = false;
    for (const QChar c : t) {
        value = value * 10 + (c.unicode() - '0');
        if (value > max) {
            tooLarge = true;
            break;
        }
    }
    if (tooLarge || value < min || value > max) {
        out.problem = QCoreApplication::translate("mf::app::CliRunner", "must be a whole number from %1 to %2, not %3")
                          .arg(min)
                          .arg(max)
                          .arg(t);
        return out;
    }
    out.value = value;
    return out;
}

} // namespace mf::app
