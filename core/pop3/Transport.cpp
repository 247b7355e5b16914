// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/Transport.h"

// Transport is an interface; this file gives AUTOMOC a home for its signals.
