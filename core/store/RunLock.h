// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace mf::store {

/// Keeps two runs (GUI and CLI, two GUIs, a scheduled and a manual run) off the same mailbox,
/// as isync's lock does: two runs would both upload the same new messages.
///
/// A QLockFile next to the ledger. A lock left by a crashed Mailferry is stale (its process is
/// gone) and is taken over at once; a lock held by a living process is respected, whatever its age.
class RunLock {
    Q_DECLARE_TR_FUNCTIONS(mf::store::RunLock)
public:
    ~RunLock(); ///< releases the lock
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /// Takes the lock at `lockPath` without waiting (the folder is created if needed). Fails with
    /// an Account-scope AlreadyRunning error when another Mailferry holds it, and with a
    /// StorageFailed Internal error when the lock file cannot be written.
    [[nodiscard]] static Result<std::unique_ptr<RunLock>> acquire(const QString &lockPath);

    [[nodiscard]] QString path() const { return m_path; }

private:
    RunLock(QString path, std::unique_ptr<QLockFile> lock);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace mf::store
