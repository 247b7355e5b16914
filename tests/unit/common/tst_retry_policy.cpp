// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The one retry policy: truncated exponential backoff, jitter from an injected source, and a
// server's hint that wins, clamped.
#include "common/RetryPolicy.h"

#include <QtTest/QtTest>

#include <limits>

using namespace mf;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void backoffDoublesAndIsTruncated()
    {
        const RetryPolicy p;
        QCOMPARE(p.backoff(0), Millis(1000)); // "0th" retry is treated as the first
        QCOMPARE(p.backoff(1), Millis(1000));
        QCOMPARE(p.backoff(2), Millis(2000));
        QCOMPARE(p.backoff(6), Millis(32000));
        QCOMPARE(p.backoff(7), Millis(32000)); // truncated at maxDelay
        QCOMPARE(p.backoff(1000000), Millis(32000));
    }

    void jitterComesFromTheInjectedValue()
    {
        const RetryPolicy p; // maxJitter 1 s, added
        QCOMPARE(p.delayFor(1, 0.0, std::nullopt), Millis(1000));
        QCOMPARE(p.delayFor(3, 0.5, std::nullopt), Millis(4500));
        QCOMPARE(p.delayFor(10, 0.999, std::nullopt), Millis(32999));
        // Out-of-range values from a broken source are clamped, never negative or beyond the jitter.
        QCOMPARE(p.delayFor(1, -3.0, std::nullopt), Millis(1000));
        QCOMPARE(p.delayFor(1, 7.0, std::nullopt), Millis(2000));

        RetryPolicy ratio;
        ratio.initialDelay = 4000ms;
        ratio.maxJitter = 0ms;
        ratio.jitterRatio = 0.5; // 0.75x .. 1.25x
        QCOMPARE(ratio.delayFor(1, 0.0, std::nullopt), Millis(3000));
        QCOMPARE(ratio.delayFor(1, 0.5, std::nullopt), Millis(4000));
        QCOMPARE(ratio.delayFor(1, 1.0, std::nullopt), Millis(5000));
    }

    void systemRandomStaysInRange()
    {
        const RetryPolicy::RandomSource random = RetryPolicy::systemRandom();
        for (int i = 0; i < 1000; ++i) {
            const double r = random();
            QVERIFY(r >= 0.0 && r < 1.0);
        }
    }

    void serverHintIsAFloorByDefault()
    {
        const RetryPolicy p;
        QCOMPARE(p.delayFor(1, 0.25, Millis(20000)), Millis(20250)); // the hint wins, jitter on top
        QCOMPARE(p.delayFor(4, 0.0, Millis(100)), Millis(8000));     // a shorter hint does not shorten
        QCOMPARE(p.delayFor(1, 0.0, Millis(-5000)), Millis(1000));   // nonsense is ignored
    }

    void serverHintCanBeExact()
    {
        RetryPolicy p;
        p.hint = RetryPolicy::Hint::Exactly;
        p.maxHint = 1h;
        QCOMPARE(p.delayFor(5, 0.9, Millis(100)), Millis(100)); // no backoff, no jitter
        QCOMPARE(p.delayFor(5, 0.9, 0ms), Millis(0));
        QCOMPARE(p.delayFor(1, 0.0, 900s), Millis(900000));
        QCOMPARE(p.delayFor(1, 0.0, 3h), Millis(3600000)); // clamped to the cap
        QCOMPARE(p.delayFor(1, 0.0, Millis(-1)), Millis(0));
        QCOMPARE(p.delayFor(2, 0.5, std::nullopt), Millis(2500)); // no hint: the backoff
    }

    void nothingOverflows()
    {
        RetryPolicy p;
        p.maxDelay = Millis(std::numeric_limits<qint64>::max() / 2);
        p.multiplier = 1e6;
        QCOMPARE(p.delayFor(60, 0.0, std::nullopt), RetryPolicy::kLongestWait);
        QCOMPARE(p.delayFor(std::numeric_limits<int>::max(), 0.0, std::nullopt), RetryPolicy::kLongestWait);
        QCOMPARE(p.delayFor(1, 0.0, Millis(std::numeric_limits<qint64>::max())), RetryPolicy::kLongestWait);
        p.maxHint = Millis(std::numeric_limits<qint64>::max()); // a cap above the longest wait is lowered
        QCOMPARE(p.delayFor(1, 1.0, Millis(std::numeric_limits<qint64>::max())), RetryPolicy::kLongestWait + p.maxJitter);
        QVERIFY(RetryPolicy::kLongestWait.count() + p.maxJitter.count() < std::numeric_limits<int>::max());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
