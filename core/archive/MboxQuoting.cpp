// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/MboxQuoting.h"

namespace mf::archive {

bool isQuotedFromLine(QByteArrayView lineStart, MboxVariant variant)
{
    qsizetype quotes = 0;
    while (quotes < lineStart.size() && lineStart[quotes] == '>') {
        ++quotes;
    }
    if (quotes == 0 || (variant == MboxVariant::Mboxo && quotes != 1)) {
        return false;
    }
    return isFromLine(lineStart.sliced(quotes));
}

} // namespace mf::archive
