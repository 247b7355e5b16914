// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TerminalText.h"

#include <QList>

namespace mf::app {
namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) // LRE RLE PDF LRO RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI RLI FSI PDI
        || c == 0x200E || c == 0x200F   // LRM RLM
        || c == 0x061C;                 // ALM
}

bool isInvisibleFormat(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF // zero width, BOM
        || (c >= 0xFFF9 && c <= 0xFFFB);                                           // interlinear annotations
}

} // namespace

QString terminalSafe(const QString &text, int maxChars)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), maxChars + 1));
    const QList<uint> codePoints = text.toUcs4();
    bool lastWasSpace = false;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (c == 0x1B || c == 0x9B || c == 0x9D || c == 0x90 || c == 0x9E || c == 0x9F || c == 0x98) {
            // An escape sequence: drop it whole, not just its ESC, or "[31m" would remain.
            // 7-bit: ESC [ ... final (CSI), ESC ] ... BEL/ST (OSC), ESC P/X/^/_ ... ST, ESC + one char.
            // 8-bit: CSI (0x9B), OSC (0x9D), DCS (0x90), PM (0x9E), APC (0x9F), SOS (0x98).
            char32_t kind = c;
            if (c == 0x1B) {
                if (i + 1 >= codePoints.size())
                    continue;
                kind = codePoints.at(++i);
            }
            if (kind == u'[' || kind == 0x9B) {
                // parameters and intermediates, then one final byte in 0x40..0x7E
                while (i + 1 < codePoints.size()) {
                    const char32_t p = codePoints.at(++i);
                    if (p >= 0x40 && p <= 0x7E)
                        break;
                    if (p < 0x20 || p > 0x3F)
                        break; // malformed: stop eating
                }
            } else if (kind == u']' || kind == u'P' || kind == u'X' || kind == u'^' || kind == u'_' || kind == 0x9D
                       || kind == 0x90 || kind == 0x9E || kind == 0x9F || kind == 0x98) {
                // a string, ended by BEL, ST (ESC \) or 0x9C
                while (i + 1 < codePoints.size()) {
                    const char32_t p = codePoints.at(++i);
                    if (p == 0x07 || p == 0x9C)
                        break;
                    if (p == 0x1B && i + 1 < codePoints.size() && codePoints.at(i + 1) == u'\\') {
                        ++i;
                        break;
                    }
                }
            }
            // ESC followed by any other single character: both dropped.
            continue;
        }
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
            if (!lastWasSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))
            continue; // other C0 and C1 controls
        if (isBidiControl(c) || isInvisibleFormat(c))
            continue;
        if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
            continue; // a lone surrogate (toUcs4 passes them through)
        lastWasSpace = c == u' ';
        out.append(QString::fromUcs4(&c, 1));
        if (out.size() > maxChars) {
            out.truncate(maxChars);
            // do not leave half a surrogate pair at the cut
            if (!out.isEmpty() && out.back().isHighSurrogate())
                out.chop(1);
            out.append(QChar(0x2026));
            break;
        }
    }
    return out.trimmed();
}

} // namespace mf::app
