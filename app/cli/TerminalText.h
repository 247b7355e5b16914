// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mf::app {

/// Text a sender controls (a subject, a From, a server's words) made safe to print on a terminal
/// or in a log: C0 and C1 control characters, whole ANSI/VT escape sequences (CSI, OSC, DCS...),
/// bidirectional overrides and isolates (which can make a line read backwards), zero-width
/// joiners used to hide text, and lone surrogates are removed; tabs and line breaks become one
/// space. Ordinary Unicode (accents, CJK, emoji) is kept. The result is at most `maxChars` long
/// (an ellipsis marks the cut) so one hostile subject cannot flood the screen.
[[nodiscard]] QString terminalSafe(const QString &text, int maxChars = 200);

} // namespace mf::app
