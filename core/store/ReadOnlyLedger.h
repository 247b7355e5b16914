// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/LedgerReader.h"

#include <memory>

namespace mf::store {

/// A ledger opened for reading only (SQLite's read-only mode): what the accounts window, the log
/// window, the progress page, the CLI's status and the CSV export use. SQLite itself refuses any
/// write through it, so no view can change the journal; it can be open while the engine writes
/// (WAL lets readers and the one writer work side by side).
///
/// It never creates, repairs or migrates a file: a missing ledger is an error (callers that
/// expect none yet check that the file exists),
/// and a file from a newer Mailferry is refused. Files of an older schema are read as they are
/// (every schema step so far only adds indexes).
class ReadOnlyLedger final : public LedgerReader {
public:
    ~ReadOnlyLedger() override;
    [[nodiscard]] static Result<std::unique_ptr<ReadOnlyLedger>> open(const QString &path);
    /// The schema version of the file (PRAGMA user_version).
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }

private:
    ReadOnlyLedger(QString path, QString connectionName);
    int m_schemaVersion = 0;
};

} // namespace mf::store
