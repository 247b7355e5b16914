// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/DonePage.h"

#include "AppContext.h"
#include "common/SizeText.h"
#include "wizard/SetupWizard.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace mf::ui {

using migration::AfterCopy;
using migration::Placement;

DonePage::DonePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your mail is in Gmail"));
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_openGmail = new QPushButton(tr("&Open Gmail"), this);
    m_openGmail->setObjectName(QStringLiteral("openGmailButton"));
    m_openGmail->setMinimumHeight(36);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("doneNextStep"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::RichText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_openGmail, 0, Qt::AlignLeft);
    layout->addSpacing(16);
    layout->addWidget(m_next);
    layout->addStretch(1);

    const auto open = [this] { setupWizardOf(this)->context()->openUrl(m_gmailUrl); };
    connect(m_openGmail, &QPushButton::clicked, this, open);
    connect(m_summary, &QLabel::linkActivated, this, open);
}

QUrl DonePage::gmailUrl(const QString &account, const QString &label)
{
    QUrl url(QStringLiteral("https://mail.google.com/mail/"));
    if (!account.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("authuser"), account);
        url.setQuery(q);
    }
    // Gmail opens a label from its name in the fragment, spaces as "+", "/" of nested labels encoded.
    url.setFragment(
        label.isEmpty() ? QStringLiteral("inbox")
                        : QStringLiteral("label/")
                + QString::fromLatin1(QUrl::toPercentEncoding(label, " ")).replace(QLatin1Char(' '), QLatin1Char('+')),
        QUrl::StrictMode);
    return url;
}

void DonePage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    const QLocale locale;
    const WizardState &st = w->state();
    const migration::MigrationOptions &o = st.account.options;
    const QString label = o.label.trimmed();
    m_gmailUrl = gmailUrl(w->context()->googleAccount().email, label);
    m_openGmail->setText(label.isEmpty() ? tr("&Open Gmail") : tr("&Open the label in Gmail"));

    QStringList lines;
    if (st.lastSummary) {
        const migration::RunSummary &s = *st.lastSummary;
        const bool problems = s.failed > 0 || s.failedOutstanding > 0 || s.error;
        setTitle(problems ? tr("Finished, with problems") : tr("Your mail is in Gmail"));
        const QString count = tr("%n message(s)", nullptr, s.copied);
        const QString link = QStringLiteral("<a href=\"%1\">%2</a>").arg(m_gmailUrl.toString(QUrl::FullyEncoded).toHtmlEscaped());
        QString where;
        switch (o.placement) {
        case Placement::InboxUnread:
            where = label.isEmpty() ? tr("<b>%1</b> (%2) are in your Gmail inbox, marked unread.")
                                    : tr("<b>%1</b> (%2) are in your Gmail inbox with the label \"%3\", marked unread.");
            break;
        case Placement::InboxRead:
            where = label.isEmpty() ? tr("<b>%1</b> (%2) are in your Gmail inbox, marked read.")
                                    : tr("<b>%1</b> (%2) are in your Gmail inbox with the label \"%3\", marked read.");
            break;
        case Placement::ArchiveWithLabel:
            where = tr("<b>%1</b> (%2) are in Gmail under the label \"%3\", marked read and out of the inbox.");
            break;
        }
        where = where.arg(count, sizeText(s.bytesCopied));
        if (where.contains(QLatin1String("%3")))
            where = where.arg(label.toHtmlEscaped());
        lines << where + QLatin1Char(' ') + link.arg(label.isEmpty() ? tr("Show them in Gmail") : tr("Show the label in Gmail"));
        if (s.alreadyDone > 0)
            lines << tr("%n more were copied by Mailferry in an earlier run.", nullptr, s.alreadyDone);
        if (s.skipped > 0)
            lines << tr("%n skipped: Mailferry had copied them already, or they are too large for Gmail. The log "
                        "gives the reason for each.",
                        nullptr, s.skipped);
        if (s.oversizeOutstanding > 0)
            lines << tr("%n message(s) are larger than Gmail accepts and stay on your old server; open your old "
                        "provider's webmail to download them.",
                        nullptr, s.oversizeOutstanding);
        const int failed = std::max(s.failed, s.failedOutstanding);
        if (failed > 0)
            lines << tr("<b>%n message(s) could not be copied</b>; they are still on your old server. Go back to see "
                        "why (\"Show: Problems only\") and press \"Retry failed\".",
                        nullptr, failed);
        if (s.deletedFromServer > 0)
            lines << tr("%n message(s) were deleted from the old server after Gmail confirmed them.", nullptr,
                        s.deletedFromServer);
        if (s.possibleDuplicates > 0)
            lines << tr("%n message(s) may appear twice in Gmail because a copy was interrupted; the log lists them "
                        "under \"Possible duplicates\", each with a Gmail search.",
                        nullptr, s.possibleDuplicates);
        if (s.copiedWithoutAttachments > 0)
            lines << tr("%n message(s) were copied without an attachment Gmail refuses (a program, or an archive "
                        "holding one). The originals are kept on this computer; the log says where.",
                        nullptr, s.copiedWithoutAttachments);
        if (s.error)
            lines << QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(s.error->message.toHtmlEscaped());
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    QStringList next;
    next << tr("<b>What next:</b>");
    next << tr("Open a few old messages in Gmail and check their dates and attachments.");
    if (o.afterCopy == AfterCopy::Keep)
        next << tr("Keep your old mailbox as it is until you are sure everything is in Gmail, for a few weeks at "
                   "least. Mailferry left every message on the old server.");
    else
        next << tr("Messages are removed from the old server only after Gmail confirmed each one.");
    if (o.continuous)
        next << tr("Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays in the tray when "
                   "you close the window.",
                   nullptr, o.intervalMinutes)
                    .arg(st.account.email.toHtmlEscaped());
    else
        next << tr("When you no longer need your old mailbox, open Mailferry again and choose \"Remove all my data\": "
                   "it signs out of Google and deletes the passwords and logs from this computer. To pick up new "
                   "mail later, use \"Sync now\".");
    m_next->setText(next.first() + QStringLiteral("<ul><li>") + next.mid(1).join(QStringLiteral("</li><li>"))
                    + QStringLiteral("</li></ul>"));
}

bool DonePage::validatePage()
{
    SetupWizard *w = setupWizardOf(this);
    emit w->accountReady(w->state().account.id);
    return true;
}

} // namespace mf::ui
