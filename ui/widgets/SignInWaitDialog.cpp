// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SignInWaitDialog.h"

#include "widgets/BrowserFallback.h"
#include "widgets/GoogleSignInFlow.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mf::ui {

SignInWaitDialog::SignInWaitDialog(GoogleSignInFlow *flow, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
{
    setObjectName(QStringLiteral("signInWaitDialog"));
    setWindowTitle(tr("Waiting for your browser"));
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("waitText"));
    label->setWordWrap(true);
    m_fallback = new BrowserFallback(this);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *stop = buttons->addButton(tr("Stop &waiting"), QDialogButtonBox::RejectRole);
    stop->setObjectName(QStringLiteral("stopWaitingButton"));
    stop->setAccessibleName(tr("Stop waiting for the browser"));
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInWaitDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_fallback);
    layout->addWidget(buttons);
    stop->setFocus();

    if (!flow->consentUrl().isEmpty() && !flow->browserOpened())
        m_fallback->showLink(flow->consentUrl());
    connect(flow, &GoogleSignInFlow::waitingForBrowser, this, [this](const QUrl &url, bool opened) {
        if (!opened)
            m_fallback->showLink(url);
    });
    connect(flow, &GoogleSignInFlow::finished, this, [this] { done(QDialog::Accepted); });
    resize(qMax(420, sizeHint().width()), sizeHint().height());
}

void SignInWaitDialog::reject()
{
    // The flow answers with "cancelled", which closes this window.
    if (m_flow && m_flow->isRunning())
        m_flow->cancel();
    else
        QDialog::reject();
}

} // namespace mf::ui
