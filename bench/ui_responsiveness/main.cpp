// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Prints two figures (targets: stall < 50 ms, cold start < 0.5 s):
//  - cold start: from main() to the first wizard page exposed on screen;
//  - the largest gap between two ticks of a 2 ms timer in the UI thread while the wizard runs a
//    2,000-message migration from Dovecot into the fake Google (no quota), i.e. the longest time
//    the UI could not answer the user.
// usage: run through tests/run-one.sh (private HOME); QT_QPA_PLATFORM=offscreen or xcb.
#include "GuiDriver.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>
#include <QtTest/QtTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using mf::ui::SetupWizard;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const int messages = argc > 1 ? atoi(argv[1]) : 2000;

    // Cold start: a wizard with the app's real context (settings, keychain-less memory store).
    double coldMs = 0;
    {
        mf::test::GuiDriver probe;
        SetupWizard first(probe.context());
        first.show();
        if (!QTest::qWaitForWindowExposed(&first))
            return 1;
        coldMs = sinceMain.nsecsElapsed() / 1e6;
    }

    mf::test::GuiDriver d;
    QString why;
    if (!d.start(0, &why)) {
        fprintf(stderr, "cannot start the fakes: %s\n", qPrintable(why));
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    d.dovecot().deliverMixed(QStringLiteral("maria"), messages, 11);
    fprintf(stderr, "mailbox of %d messages written in %.1f s\n", messages, fill.elapsed() / 1000.0);

    SetupWizard wizard(d.context());
    wizard.show();
    (void)QTest::qWaitForWindowExposed(&wizard);
    if (!d.next(wizard, SetupWizard::SignInPageId) || !d.signIn(wizard) || !d.next(wizard, SetupWizard::MailboxPageId)
        || !d.fillMailboxAndTest(wizard) || !d.next(wizard, SetupWizard::OptionsPageId)
        || !d.next(wizard, SetupWizard::ReviewPageId)) {
        fprintf(stderr, "wizard failed: %s\n", qPrintable(d.lastError()));
        return 1;
    }

    // The probe: a 2 ms timer; any gap beyond that is time the event loop was busy elsewhere.
    std::vector<double> gaps;
    gaps.reserve(200000);
    QElapsedTimer tick;
    QTimer probeTimer;
    probeTimer.setTimerType(Qt::PreciseTimer);
    probeTimer.setInterval(2);
    QObject::connect(&probeTimer, &QTimer::timeout, [&] {
        gaps.push_back(tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    QElapsedTimer run;
    run.start();
    tick.start();
    probeTimer.start();
    if (!d.next(wizard, SetupWizard::ProgressPageId) || !d.waitForRunToFinish(wizard, 600000)) {
        fprintf(stderr, "run failed: %s\n", qPrintable(d.lastError()));
        return 1;
    }
    probeTimer.stop();
    const double runS = run.elapsed() / 1000.0;
    const QString copied = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("copiedCount"))->text();

    std::sort(gaps.begin(), gaps.end());
    const double maxGap = gaps.empty() ? 0 : gaps.back();
    const double p99 = gaps.empty() ? 0 : gaps[size_t(gaps.size() * 0.99)];
    printf("ui_responsiveness: platform=%s messages=%d copied=%s run=%.1f s (%.0f msg/min)\n",
           qPrintable(QGuiApplication::platformName()), messages, qPrintable(copied), runS, messages / runS * 60.0);
    printf("  largest UI-thread stall: %.1f ms (p99 tick gap %.1f ms, %zu ticks)   target < 50 ms\n", maxGap, p99, gaps.size());
    printf("  cold start to first page: %.0f ms   target < 500 ms\n", coldMs);
    return 0;
}
