// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/StopRequests.h"

#include <QMetaObject>
#include <QPointer>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>
#endif

namespace mf::app {

#ifdef Q_OS_WIN
namespace {
// The console calls the handler on a thread of its own; the request crosses into the run's
// thread as a queued call, and the handler tells Windows it was handled.
QPointer<StopRequests> g_target;
BOOL WINAPI onConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
        if (StopRequests *target = g_target.data())
            QMetaObject::invokeMethod(target, "deliver", Qt::QueuedConnection);
        return TRUE;
    default: return FALSE;
    }
}
} // namespace

struct StopRequests::Platform {};

StopRequests::StopRequests(QObject *parent)
    : QObject(parent)
    , m_platform(std::make_unique<Platform>())
{
    g_target = this;
    m_active = SetConsoleCtrlHandler(onConsoleControl, TRUE) != 0;
}

StopRequests::~StopRequests()
{
    if (m_active)
        SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_target = nullptr;
}
#else
namespace {
// A signal handler may only write to a pipe; the notifier reads it in the run's thread.
int g_pipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_pipe[1], &c, 1);
}
} // namespace

struct StopRequests::Platform {
    std::unique_ptr<QSocketNotifier> notifier;
};

StopRequests::StopRequests(QObject *parent)
    : QObject(parent)
    , m_platform(std::make_unique<Platform>())
{
    if (::pipe(g_pipe) != 0)
        return;
    m_platform->notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_platform->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char c;
        [[maybe_unused]] auto n = ::read(g_pipe[0], &c, 1);
        deliver();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    m_active = true;
}

StopRequests::~StopRequests()
{
    if (!m_active)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    m_platform->notifier.reset();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}
#endif

void StopRequests::deliver()
{
    Q_EMIT requested(++m_count);
}

} // namespace mf::app
