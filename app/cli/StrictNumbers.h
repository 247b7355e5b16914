// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace mf::app {

/// Whole numbers typed by a person, parsed strictly: the whole string must be decimal digits
/// (surrounding spaces allowed, no sign, no "0x", no "3O" read as 3 or 0), within [min, max].
/// A value that is not a number says so; one outside the range says which range.
struct WholeNumber {
    std::optional<qint64> value;
    QString problem; ///< plain words, empty when value is set: "is not a whole number", "must be 1 to 65535"
};

[[nodiscard]] WholeNumber parseWholeNumber(const QString &text, qint64 min, qint64 max);

} // namespace mf::app
