// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLoggingCategory>

// One logging category per layer; enable with QT_LOGGING_RULES="mf.pop3.debug=true".
// Nothing logged may contain a password or a token: protocol traces redact PASS/AUTH lines and
// HTTP traces never print Authorization headers or token bodies.
Q_DECLARE_LOGGING_CATEGORY(lcPop3)
Q_DECLARE_LOGGING_CATEGORY(lcGoogle)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
