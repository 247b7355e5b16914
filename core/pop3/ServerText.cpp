// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/ServerText.h"

#include <QList>

#include <algorithm>

namespace mf::pop3 {

CheckedNumber parseDecimal(QByteArrayView text, qint64 max)
{
    CheckedNumber out;
    if (text.isEmpty() || max < 0)
        return out;
    qint64 value = 0;
    bool tooLarge = false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return out; // NotANumber, whatever came before
        const int digit = c - '0';
        if (!tooLarge && value > (max - digit) / 10)
            tooLarge = true;
        if (!tooLarge)
            value = value * 10 + digit;
    }
    if (tooLarge) {
        out.status = CheckedNumber::Status::TooLarge;
        return out;
    }
    out.status = CheckedNumber::Status::Ok;
    out.value = value;
    return out;
}

namespace {

bool unsafe(char32_t c)
{
    if (c < 0x20 || c == 0x7f)
        return true; // C0 controls, ESC included, and DEL
    if (c >= 0x80 && c < 0xa0)
        return true; // C1 controls (CSI 0x9b starts terminal sequences too)
    if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        return true; // zero-width and bidirectional controls that can disguise text
    if (c == 0xfeff || c == 0x2028 || c == 0x2029)
        return true;
    return false;
}

} // namespace

QString sanitizeServerText(QByteArrayView text, qsizetype maxChars)
{
    // Decoding more than a few times the cap is pointless; a UTF-8 character is at most 4 bytes.
    const qsizetype budget = maxChars > 0 ? maxChars * 4 + 4 : 0;
    const QString decoded = QString::fromUtf8(text.first(std::min(text.size(), budget)));
    QString out;
    out.reserve(std::min<qsizetype>(decoded.size(), maxChars + 1));
    bool pendingSpace = false;
    const auto ucs4 = decoded.toUcs4();
    bool truncated = text.size() > budget;
    for (const uint u : ucs4) {
        const char32_t c = char32_t(u);
        const bool space = unsafe(c) || c == U' ' || c == 0xa0;
        if (space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        // The cap is in QString units (a character beyond the BMP takes two).
        const qsizetype needed = (pendingSpace ? 1 : 0) + (c > 0xffff ? 2 : 1);
        if (out.size() + needed > maxChars) {
            truncated = true;
            break;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += QString::fromUcs4(&c, 1);
    }
    if (truncated)
        out += QChar(0x2026);
    return out;
}

} // namespace mf::pop3
