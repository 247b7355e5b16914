// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <memory>

namespace mf::app {

/// While it lives, the requests to stop that a console sends a command-line run arrive as one
/// queued signal in the thread that made it: Ctrl+C and SIGTERM on Linux and macOS, and on Windows
/// Ctrl+C, Ctrl+Break and closing the console window. The run then finishes the messages in
/// flight and exits 130 on every system (without it, Windows ends the process at once with
/// 0xC000013A). Only one may live at a time; the default handling comes back on destruction.
class StopRequests : public QObject {
    Q_OBJECT
public:
    explicit StopRequests(QObject *parent = nullptr);
    ~StopRequests() override;
    StopRequests(const StopRequests &) = delete;
    StopRequests &operator=(const StopRequests &) = delete;

    /// False when the system refused the handler (the run then stops the system's way).
    [[nodiscard]] bool active() const { return m_active; }

Q_SIGNALS:
    /// The n-th request since this object was made (1 for the first).
    void requested(int count);

private Q_SLOTS:
    void deliver(); ///< in the run's thread

private:
    struct Platform;
    std::unique_ptr<Platform> m_platform;
    bool m_active = false;
    int m_count = 0;
};

} // namespace mf::app
