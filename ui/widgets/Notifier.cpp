// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/Notifier.h"

#include "common/Logging.h"

#include <QSystemTrayIcon>

namespace mf::ui {

namespace {
constexpr int kShowForMs = 10000;
} // namespace

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

void Notifier::setTray(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit clicked(m_lastEpisode); });
}

bool Notifier::raise(const QString &episode, const QString &title, const QString &text, bool problem)
{
    if (m_raised.contains(episode))
        return false;
    m_raised.insert(episode);
    show(Notification{episode, title, text, problem});
    return true;
}

void Notifier::clear(const QString &episode)
{
    m_raised.remove(episode);
}

void Notifier::clearAll(const QString &prefix)
{
    for (auto it = m_raised.begin(); it != m_raised.end();) {
        if (it->startsWith(prefix))
            it = m_raised.erase(it);
        else
            ++it;
    }
}

void Notifier::notify(const QString &title, const QString &text, bool problem)
{
    show(Notification{QString(), title, text, problem});
}

void Notifier::show(const Notification &n)
{
    qCInfo(lcUi) << "notification:" << n.title;
    m_history << n;
    m_lastEpisode = n.episode;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(n.title, n.text, n.problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, kShowForMs);
    emit shown(n);
}

} // namespace mf::ui
