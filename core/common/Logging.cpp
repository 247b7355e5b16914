// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcPop3, "mf.pop3", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGoogle, "mf.google", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "mf.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "mf.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "mf.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "mf.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "mf.app", QtInfoMsg)
