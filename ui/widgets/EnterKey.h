// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace mf::ui {

/// Set (to true) on a field whose Enter key has an action of its own, such as the password field
/// that starts the connection test: a dialog that sees the Enter afterwards must not act on it too.
inline constexpr char kEnterHandledProperty[] = "mailferryEnterHandled";

} // namespace mf::ui
