// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QThread>

// KIMAP style: a method that must run in its object's thread says so in one line.
// MF_ASSERT_OWN_THREAD() inside a QObject member function asserts that the caller is in the
// thread the object lives in (e.g. the migration worker thread).
#define MF_ASSERT_OWN_THREAD() Q_ASSERT_X(QThread::currentThread() == this->thread(), Q_FUNC_INFO, "called from the wrong thread")
