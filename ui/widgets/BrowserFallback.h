// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mf::ui {

class AppContext;

/// What is shown when the web browser could not be started: the link itself, selectable, and a
/// "Copy link" button, so the user can paste it into a browser by hand. Hidden until needed.
class BrowserFallback : public QWidget {
    Q_OBJECT
public:
    explicit BrowserFallback(QWidget *parent = nullptr);

    /// Shows `url` with the "Copy link" button.
    void showLink(const QUrl &url);
    [[nodiscard]] QUrl link() const { return m_url; }

    /// Opens `url` in the browser; if that fails, shows it in `fallback` instead. Returns whether
    /// the browser opened.
    static bool open(const AppContext &context, const QUrl &url, BrowserFallback *fallback);

private:
    QUrl m_url;
    QLabel *m_text = nullptr;
    QLineEdit *m_link = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace mf::ui
