// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The run lock: one Mailferry per mailbox; a crashed run's lock is taken over.
#include "store/RunLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::store;

class TestRunLock : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondAcquireFailsWithAPlainMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("accounts/maria/run.lock"));
        auto first = RunLock::acquire(path);
        QVERIFY(first);
        QCOMPARE(first.value()->path(), path);
        QVERIFY(QFile::exists(path));

        auto second = RunLock::acquire(path);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::AlreadyRunning);
        QCOMPARE(second.error().scope, Error::Scope::Account);
        QVERIFY(second.error().message.contains(QLatin1String("Another Mailferry is already working on this mailbox")));
        QVERIFY(second.error().detail.contains(QString::number(QCoreApplication::applicationPid())));

        // Another mailbox is not affected.
        QVERIFY(RunLock::acquire(m_dir.filePath(QStringLiteral("accounts/tom/run.lock"))));

        first.value().reset();
        QVERIFY(!QFile::exists(path));
        QVERIFY(RunLock::acquire(path));
    }

    void staleLockOfACrashedRunIsTakenOver()
    {
        // A process that has exited leaves its pid behind, as a crashed Mailferry would.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForFinished(10000));
        const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;

        const QString path = m_dir.filePath(QStringLiteral("stale.lock"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // QLockFile's format: pid, application name, host name (and since Qt 5.10 a boot id).
        file.write(QByteArray::number(deadPid) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
                   + QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();

        auto taken = RunLock::acquire(path);
        QVERIFY2(taken, taken ? "" : qPrintable(taken.error().toString()));
        auto again = RunLock::acquire(path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::AlreadyRunning);
    }

    void unwritableFolderIsAStorageError()
    {
        const QString path = m_dir.filePath(QStringLiteral("file-not-dir/run.lock"));
        QFile blocker(m_dir.filePath(QStringLiteral("file-not-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto lock = RunLock::acquire(path);
        QVERIFY(!lock);
        QCOMPARE(lock.error().code, Error::Code::StorageFailed);
    }
};

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_run_lock.moc"
