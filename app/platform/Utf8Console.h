// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace mf::app {

/// While it lives, a Windows console shows the command line's output as UTF-8, which is what
/// Mailferry writes (QTextStream's encoding in Qt 6; subjects, senders and folder names are
/// often not ASCII). Windows consoles start in the OEM code page (437, 850 ...), which would turn
/// every non-ASCII letter into two wrong ones. The console's code page belongs to the window, not
/// the process, so the previous one is put back on destruction for the programs run after
/// Mailferry in the same window. Output to a file or pipe is UTF-8 bytes either way.
/// Elsewhere (Linux, macOS: terminals are UTF-8) it does nothing.
class Utf8Console {
public:
    Utf8Console();
    ~Utf8Console();
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
    unsigned int m_previous = 0; ///< the console's code page before, 0 if not changed
};

} // namespace mf::app
