// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/RunLock.h"

#include "common/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace mf::store {

RunLock::RunLock(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_lock(std::move(lock))
{
}

RunLock::~RunLock()
{
    if (m_lock)
        m_lock->unlock();
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(const QString &lockPath)
{
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    auto lock = std::make_unique<QLockFile>(lockPath);
    // 0 = never stale by age: a long run (a 14-year mailbox) must keep its lock for days. Only a
    // lock whose process is gone (a crash, a power cut) is stale, and QLockFile detects that.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return std::unique_ptr<RunLock>(new RunLock(lockPath, std::move(lock)));

    switch (lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        return Error::account(Error::Code::AlreadyRunning,
                              tr("Another Mailferry is already working on this mailbox. Wait until it has "
                                 "finished, or close it, then try again."),
                              QStringLiteral("%1 is held by process %2 (%3) on %4").arg(lockPath).arg(pid).arg(app, host));
    }
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
    case QLockFile::NoError: break;
    }
    return Error{Error::Scope::Internal,
                 Error::Code::StorageFailed,
                 tr("Mailferry could not create its lock file for this mailbox. Check that the folder can be written to."),
                 lockPath,
                 false,
                 std::nullopt};
}

} // namespace mf::store
