// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>
#include <QtTest/QtTest>

#include <functional>
#include <optional>

namespace mf::test {

/// Records what an asynchronous callback was given: cb() is the callback to pass, `calls` how
/// often it ran (a callback must run exactly once), `result` its last Result.
template <typename T>
struct Captured {
    int calls = 0;
    std::optional<Result<T>> result;

    std::function<void(Result<T>)> cb()
    {
        return [this](Result<T> r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
    /// Processes events (real sockets) until the callback has run; false after `timeoutMs`.
    [[nodiscard]] bool wait(int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([&] { return calls > 0; }, timeoutMs);
    }
    [[nodiscard]] bool ok() const { return result && result->ok(); }
    [[nodiscard]] Error error() const { return result && !result->ok() ? result->error() : Error(); }
    [[nodiscard]] Error::Code code() const { return result && !result->ok() ? result->error().code : Error::Code::Unknown; }
    [[nodiscard]] Error::Scope scope() const { return result && !result->ok() ? result->error().scope : Error::Scope::Internal; }
    /// The error as text for a failure message; "no answer" when the callback never ran.
    [[nodiscard]] QString why() const
    {
        return !result ? QStringLiteral("no answer") : result->ok() ? QString() : result->error().toString();
    }
};
using CapturedStatus = Captured<void>;

} // namespace mf::test
