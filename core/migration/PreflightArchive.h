// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/Result.h"
#include "migration/PreflightReport.h"

#include <functional>
#include <optional>

namespace mf::migration {

/// The pre-flight of a local archive (AccountConfig::Source::Archive): every message of the chosen
/// folders is found by the reader's scan (which gives its size), and only its header block is read
/// through open(), at most `headerCap` bytes of it. Nothing is written anywhere.
///
/// Blocking (it reads files): run it in a worker thread. `progress` gets the messages checked so
/// far (the total is not known before the end) and returns false to stop, which gives Cancelled.
[[nodiscard]] Result<PreflightReport> runArchivePreflight(const accounts::AccountConfig &account,
                                                          const std::optional<LedgerIndex> &ledger,
                                                          const std::function<bool(qint64 checked)> &progress,
                                                          qint64 headerCap = 64 * 1024);

/// The header block at the start of `device`'s stream: bytes up to and including the first empty
/// line, or at most `cap` bytes; `cut` says that the cap was reached first.
[[nodiscard]] QByteArray readHeaderBlock(QIODevice *device, qint64 cap, bool *cut);

} // namespace mf::migration
