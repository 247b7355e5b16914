// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace mf::ui {

class AppContext;

/// Saves a secret (a POP3 password, a Google refresh token) into the context's store. When the
/// computer has no keychain (Linux without a Secret Service), it says so and offers to keep the
/// secret in memory for this session only; it never falls back to a file. `done` gets success
/// once the secret is stored somewhere, or the error the user should see.
void saveSecret(AppContext &context, QWidget *parent, const QString &key, const QString &secret,
                std::function<void(Status)> done);

} // namespace mf::ui
