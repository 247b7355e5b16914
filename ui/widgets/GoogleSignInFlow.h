// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "google/GoogleSignIn.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QWidget;

namespace mf::ui {

class AppContext;

/// One Google sign-in as the UI runs it, shared by the wizard's sign-in page and the account
/// settings dialog ("Sign in again"): opens the browser, checks that the needed permissions were
/// granted, saves the refresh token (SecretSaver: keychain, or memory if the user chooses) and
/// then makes it the context's Google account. A failed or refused sign-in changes nothing.
class GoogleSignInFlow : public QObject {
    Q_OBJECT
public:
    /// `dialogParent` parents the "no keychain" question.
    GoogleSignInFlow(AppContext &context, QWidget *dialogParent);

    /// Starts (or restarts) a sign-in; with `wantLabels` it also asks for the label permission.
    void start(bool wantLabels);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_signIn != nullptr; }

    /// The plain-language text for a failed sign-in, with what to do next.
    [[nodiscard]] static QString explain(const Error &error);

    /// Google's consent page of the running sign-in (empty before the browser was asked).
    [[nodiscard]] QUrl consentUrl() const { return m_consentUrl; }
    /// Whether the browser opened on consentUrl().
    [[nodiscard]] bool browserOpened() const { return m_browserOpened; }

signals:
    /// The consent page is ready; `opened` is false when no browser could be started (show
    /// `url` for the user to copy).
    void waitingForBrowser(const QUrl &url, bool opened);
    /// Success: the context now holds the signed-in account. Otherwise the error to explain.
    void finished(const mf::Status &result);

private:
    AppContext &m_context;
    QWidget *m_dialogParent;
    QPointer<google::GoogleSignIn> m_signIn;
    QUrl m_consentUrl;
    bool m_browserOpened = false;
};

} // namespace mf::ui
