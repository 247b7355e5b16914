// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace mf::ui {

class BrowserFallback;
class GoogleSignInFlow;

/// A small window shown while a Google sign-in started from elsewhere (such as "Allow labels…"
/// on the options page) waits for the browser: what to do, the link to copy when no browser
/// opened, and "Stop waiting". It closes by itself when the sign-in ends.
class SignInWaitDialog : public QDialog {
    Q_OBJECT
public:
    SignInWaitDialog(GoogleSignInFlow *flow, const QString &text, QWidget *parent);

    /// Escape or closing the window stops the sign-in, like "Stop waiting".
    void reject() override;

private:
    GoogleSignInFlow *m_flow;
    BrowserFallback *m_fallback = nullptr;
};

} // namespace mf::ui
