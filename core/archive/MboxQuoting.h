// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>

namespace mf::archive {

/// How an mbox writer protected body lines that begin with "From " (which would otherwise start
/// a new message). The file does not say which one was used; mboxrd is the safe default.
///  - mboxrd: every line matching ^>*From  got one more '>' ("From " -> ">From ",
///    ">From " -> ">>From "); reading removes one '>' from every ^>+From  line. Exact both ways.
///  - mboxo: only ^From  got a '>'; reading turns ^>From  back into "From " and leaves
///    ">>From " alone (a body line that was ">From " already reads back wrong: mboxo's flaw).
enum class MboxVariant { Mboxrd, Mboxo };

/// True when `lineStart` (the first bytes of a line) is a quoted "From " line that reading the
/// variant unquotes by dropping its first byte.
[[nodiscard]] bool isQuotedFromLine(QByteArrayView lineStart, MboxVariant variant);

/// True when `lineStart` begins with "From " (an unquoted separator candidate).
[[nodiscard]] inline bool isFromLine(QByteArrayView lineStart)
{
    return lineStart.size() >= 5 && lineStart.first(5) == QByteArrayView("From ");
}

/// True for an empty line ("\n" or "\r\n") given whole.
[[nodiscard]] inline bool isBlankLine(QByteArrayView line)
{
    return line == QByteArrayView("\n") || line == QByteArrayView("\r\n");
}

} // namespace mf::archive
