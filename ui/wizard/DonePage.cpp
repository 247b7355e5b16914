#include "wizard/DonePage.h"

#include "AppContext.h"
#include "wizard/SetupWizard.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace mf::ui {

DonePage::DonePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your mail is in Gmail"));
    setFinalPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
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

    connect(m_openGmail, &QPushButton::clicked, this, [this] {
        AppContext *ctx = setupWizardOf(this)->context();
        QUrl url(QStringLiteral("https://mail.google.com/mail/"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("authuser"), ctx->googleAccount().email);
        url.setQuery(q);
        ctx->openUrl(url);
    });
}

void DonePage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    const QLocale locale;
    const WizardState &st = w->state();
    QStringList lines;
    if (st.lastSummary) {
        const migration::RunSummary &s = *st.lastSummary;
        if (s.failed > 0 || s.error)
            setTitle(tr("Finished, with problems"));
        else
            setTitle(tr("Your mail is in Gmail"));
        lines << tr("<b>%1</b> messages copied (%2).").arg(locale.toString(s.copied), locale.formattedDataSize(s.bytesCopied));
        if (s.alreadyDone > 0)
            lines << tr("%1 were already in Gmail from an earlier run.").arg(locale.toString(s.alreadyDone));
        if (s.skipped > 0)
            lines << tr("%1 skipped (duplicates, or too large for Gmail).").arg(locale.toString(s.skipped));
        if (s.failed > 0)
            lines << tr("<b>%1 could not be copied</b>; they are still on your old server. The log says why, and "
                        "\"Retry failed\" tries them again.")
                         .arg(locale.toString(s.failed));
        if (s.deletedFromServer > 0)
            lines << tr("%1 deleted from the old server after Gmail confirmed them.").arg(locale.toString(s.deletedFromServer));
        if (s.possibleDuplicates > 0)
            lines << tr("%1 may appear twice in Gmail because a copy was interrupted; they are marked in the log.")
                         .arg(locale.toString(s.possibleDuplicates));
        if (s.error)
            lines << QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(s.error->message.toHtmlEscaped());
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const migration::MigrationOptions &o = st.account.options;
    if (o.continuous)
        m_next->setText(tr("<b>Next:</b> Mailferry keeps checking %1 every %n minute(s) and copies new mail. It stays "
                           "in the tray when you close the window.",
                           nullptr, o.intervalMinutes)
                            .arg(st.account.email.toHtmlEscaped()));
    else
        m_next->setText(tr("<b>Next:</b> when you no longer need your old mailbox, open Mailferry again and choose "
                           "\"Remove all my data\": it signs out of Google and deletes the passwords and logs from "
                           "this computer. To pick up new mail later, use \"Sync now\"."));
    setButtonText(QWizard::FinishButton, tr("&Close"));
}

bool DonePage::validatePage()
{
    SetupWizard *w = setupWizardOf(this);
    emit w->accountReady(w->state().account.id);
    return true;
}

} // namespace mf::ui
