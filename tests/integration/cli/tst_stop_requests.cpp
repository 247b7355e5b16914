// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// A command-line run learns of Ctrl+C and SIGTERM through StopRequests: each request arrives once,
// counted, in the run's own thread, and the system's default handling is back afterwards. The
// signals here are real ones the process sends itself.

#include "cli/StopRequests.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using mf::app::StopRequests;

class TestStopRequests : public QObject {
    Q_OBJECT
private slots:
    void eachRequestArrivesOnceAndCounted()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX signals; the Windows console handler waits for a Windows machine (docs/PLATFORMS.md)");
#else
        StopRequests requests;
        QVERIFY(requests.active());
        QSignalSpy spy(&requests, &StopRequests::requested);
        QCOMPARE(std::raise(SIGINT), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
        QCOMPARE(std::raise(SIGTERM), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toInt(), 2);
#endif
    }

    void theDefaultHandlingComesBack()
    {
#ifndef Q_OS_UNIX
        QSKIP("POSIX signals");
#else
        {
            StopRequests requests;
            QVERIFY(requests.active());
            const auto installed = std::signal(SIGTERM, SIG_DFL);
            QVERIFY(installed != SIG_DFL && installed != SIG_ERR);
            std::signal(SIGTERM, installed);
        }
        QVERIFY(std::signal(SIGINT, SIG_DFL) == SIG_DFL);
        QVERIFY(std::signal(SIGTERM, SIG_DFL) == SIG_DFL);
        // A second object works as the first did (the run of a later command in the same process).
        StopRequests again;
        QSignalSpy spy(&again, &StopRequests::requested);
        QCOMPARE(std::raise(SIGTERM), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.at(0).at(0).toInt(), 1);
#endif
    }
};

QTEST_GUILESS_MAIN(TestStopRequests)
#include "tst_stop_requests.moc"
