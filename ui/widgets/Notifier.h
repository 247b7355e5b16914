// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QSystemTrayIcon;

namespace mf::ui {

/// One desktop notification, as Mailferry raised it.
struct Notification {
    /// What it is about, e.g. "needs-you:<account id>"; empty for a one-off (a run ended).
    QString episode;
    QString title;
    QString text;
    bool problem = true;
};

/// The desktop notifications of the tray (QSystemTrayIcon::showMessage), each problem said once
/// per episode: a mailbox that needs the user is notified when it starts needing them, not at
/// every check, and again only after it worked in between (clear()). Every notification is also
/// emitted as shown() and kept in history(), so a window can say it where there is no tray, and
/// tests can see what the user would have seen (the offscreen platform has no tray).
class Notifier : public QObject {
    Q_OBJECT
public:
    explicit Notifier(QObject *parent = nullptr);

    /// The tray to show messages from; none (or a hidden one) leaves only shown().
    void setTray(QSystemTrayIcon *tray);

    /// Notifies unless `episode` is already raised; true when it was notified now.
    bool raise(const QString &episode, const QString &title, const QString &text, bool problem = true);
    /// The episode ended (the mailbox works again): the next raise() notifies again.
    void clear(const QString &episode);
    /// Clears every episode whose key starts with `prefix` (e.g. all of one mailbox's).
    void clearAll(const QString &prefix);
    [[nodiscard]] bool isRaised(const QString &episode) const { return m_raised.contains(episode); }

    /// A one-off notification (a run ended), never deduplicated.
    void notify(const QString &title, const QString &text, bool problem);

    /// Every notification raised so far, oldest first.
    [[nodiscard]] QList<Notification> history() const { return m_history; }
    /// The episode of the last notification shown (what a click on the message is about).
    [[nodiscard]] QString lastEpisode() const { return m_lastEpisode; }

signals:
    void shown(const mf::ui::Notification &notification);
    /// The user clicked the last message in the tray.
    void clicked(const QString &episode);

private:
    void show(const Notification &notification);

    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_raised;
    QList<Notification> m_history;
    QString m_lastEpisode;
};

} // namespace mf::ui

Q_DECLARE_METATYPE(mf::ui::Notification)
