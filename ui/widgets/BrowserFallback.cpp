// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BrowserFallback.h"

#include "AppContext.h"
#include "common/Logging.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mf::ui {

BrowserFallback::BrowserFallback(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("browserFallback"));
    m_text = new QLabel(tr("Your web browser did not open. Copy this link and paste it into your browser:"), this);
    m_text->setWordWrap(true);
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("fallbackLink"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Link to open in your browser"));
    m_copy = new QPushButton(tr("&Copy link"), this);
    m_copy->setObjectName(QStringLiteral("copyLinkButton"));
    // Enter on the focused button copies; it must not also press the wizard's Next.
    m_copy->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(row);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded));
        m_text->setText(tr("The link is copied. Paste it into your browser's address bar."));
    });
    hide();
}

void BrowserFallback::showLink(const QUrl &url)
{
    m_url = url;
    m_text->setText(tr("Your web browser did not open. Copy this link and paste it into your browser:"));
    m_link->setText(url.toString(QUrl::FullyEncoded));
    m_link->setCursorPosition(0);
    show();
    m_copy->setFocus();
}

bool BrowserFallback::open(const AppContext &context, const QUrl &url, BrowserFallback *fallback)
{
    if (context.openUrl(url)) {
        if (fallback)
            fallback->hide();
        return true;
    }
    qCWarning(lcUi) << "the web browser could not be started; showing the link to copy instead";
    if (fallback)
        fallback->showLink(url);
    return false;
}

} // namespace mf::ui
