// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtTest/QTest>

namespace mf::test {

/// True when running under CI (CI=true): a missing real part (Dovecot, Secret Service) is then a
/// failure, not a skip, so that CI can never pass by testing nothing.
[[nodiscard]] bool runningInCi();

/// A private, writable directory for servers a test starts (tests/run-one.sh provides one per run,
/// readable by Dovecot's unprivileged processes); falls back to the system temp dir.
[[nodiscard]] QString fixtureRoot();

/// The project's source directory (for tests/data).
[[nodiscard]] QString sourceDir();

} // namespace mf::test

/// Fails under CI and skips elsewhere when a real part the test needs is missing.
#define MF_REQUIRE_PART(available, why)                                                                                          \
    do {                                                                                                                         \
        if (!(available)) {                                                                                                      \
            const QByteArray mfWhy = QString(why).toUtf8();                                                                      \
            if (mf::test::runningInCi())                                                                                         \
                QFAIL(mfWhy.constData());                                                                                        \
            QSKIP(mfWhy.constData());                                                                                            \
        }                                                                                                                        \
    } while (false)
