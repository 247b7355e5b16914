// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The exit status of a run of many mailboxes: each mailbox's from how its run ended, and the
// worst of them for the process, in the order the help text and the README promise.

#include "cli/CliRunner.h"
#include "cli/MultiRun.h"

#include <QTest>

using namespace mf;
using mf::app::MultiRun;

class TestMultiRunStatus : public QObject {
    Q_OBJECT

private slots:
    void worstWinsInTheDocumentedOrder()
    {
        const QList<int> order{app::ExitOk,      app::ExitItemFailures, app::ExitUnreachable, app::ExitAlreadyRunning,
                               app::ExitAccount, app::ExitInternal,     app::ExitCancelled};
        for (int i = 0; i < order.size(); ++i) {
            for (int j = 0; j < order.size(); ++j) {
                const int expected = order.at(std::max(i, j));
                QCOMPARE(MultiRun::worse(order.at(i), order.at(j)), expected);
            }
        }
    }

    void eachMailboxsStatusFromItsRun()
    {
        migration::RunSummary done;
        QCOMPARE(MultiRun::exitCodeFor(done), int(app::ExitOk));
        QCOMPARE(MultiRun::statusWord(MultiRun::exitCodeFor(done)), QStringLiteral("done"));

        migration::RunSummary failedLeft;
        failedLeft.failedOutstanding = 2;
        QCOMPARE(MultiRun::statusWord(MultiRun::exitCodeFor(failedLeft)), QStringLiteral("failed-messages"));

        migration::RunSummary password;
        password.state = migration::RunState::Failed;
        password.error = Error::account(Error::Code::Unknown, QStringLiteral("wrong password"));
        QCOMPARE(MultiRun::statusWord(MultiRun::exitCodeFor(password)), QStringLiteral("needs-you"));

        migration::RunSummary unreachable;
        unreachable.state = migration::RunState::Failed;
        unreachable.error = Error::session(Error::Code::Unknown, QStringLiteral("no answer"));
        QCOMPARE(MultiRun::statusWord(MultiRun::exitCodeFor(unreachable)), QStringLiteral("unreachable"));

        migration::RunSummary cancelled;
        cancelled.state = migration::RunState::Cancelled;
        QCOMPARE(MultiRun::statusWord(MultiRun::exitCodeFor(cancelled)), QStringLiteral("interrupted"));
    }
};

QTEST_GUILESS_MAIN(TestMultiRunStatus)
#include "tst_multi_run_status.moc"
