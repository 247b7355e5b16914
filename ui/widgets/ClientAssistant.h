// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QPushButton;

namespace mf {
class Timer;
}

namespace mf::ui {

class AppContext;
class BrowserFallback;

/// Guides the user through making a Google client of their own when this copy of Mailferry has
/// none built in: numbered steps, each with a button that opens the exact Google Cloud Console
/// page and says what to click there. The client_secret*.json that Google downloads is picked up
/// from the Downloads folder as soon as it appears (or chosen with a file dialog), checked, and
/// imported. A consultant's client file given to each customer goes through the same import.
class ClientAssistant : public QWidget {
    Q_OBJECT
public:
    /// The Google Cloud Console pages the steps open.
    static constexpr const char *kGmailApiUrl = "https://console.cloud.google.com/apis/library/gmail.googleapis.com";
    static constexpr const char *kConsentScreenUrl = "https://console.cloud.google.com/apis/credentials/consent";
    static constexpr const char *kNewClientUrl = "https://console.cloud.google.com/apis/credentials/oauthclient";
    /// How often the Downloads folder is looked at besides the file system's own notices.
    static constexpr int kPollMs = 2000;

    explicit ClientAssistant(AppContext &context, QWidget *parent = nullptr);

    /// Starts looking for the client file (the Downloads folder unless setDownloadsFolder() named
    /// another). A valid client file already there is taken at once.
    void startWatching();
    void stopWatching();
    [[nodiscard]] bool isWatching() const { return m_watching; }
    void setDownloadsFolder(const QString &folder);
    [[nodiscard]] QString downloadsFolder() const { return m_folder; }

    /// Checks `path` and makes it the context's Google client: a copy is kept in Mailferry's own
    /// folder (the download may be cleaned away later) and remembered in the settings.
    static Status importFile(AppContext &context, const QString &path);

signals:
    /// A client was imported; the context has it.
    void clientReady();

public slots:
    /// Looks at the Downloads folder now.
    void rescan();

private:
    void chooseFile();
    void take(const QString &path);
    void setStatus(const QString &text, bool problem);

    AppContext &m_context;
    QString m_folder;
    bool m_watching = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QPointer<Timer> m_poll;
    /// Client files seen so far, with the size and time they had, so each version is checked once.
    QHash<QString, QPair<qint64, QDateTime>> m_seen;
    QLabel *m_status = nullptr;
    BrowserFallback *m_fallback = nullptr;
    QPushButton *m_choose = nullptr;
};

} // namespace mf::ui
