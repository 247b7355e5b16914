// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "wizard/ReviewPage.h"

#include "AppContext.h"
#include "common/SizeText.h"
#include "migration/MigrationController.h"
#include "migration/PreflightController.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace mf::ui {

using migration::AfterCopy;
using migration::Placement;

namespace {
constexpr double kGmailMessagesPerMinute = 600.0; // 15,000 quota units a minute / 25 per insert
}

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Ready to move your mail"));
    setSubTitle(tr("Check that this is what you want. You can pause or stop at any time; nothing is copied twice."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("reviewWhat"));
    m_what->setWordWrap(true);
    m_what->setTextFormat(Qt::RichText);
    m_dryRun = new QPushButton(tr("&Try it first without copying (dry run)"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRunButton"));
    m_dryRun->setAccessibleName(tr("Dry run"));
    m_dryRunResult = new QLabel(this);
    m_dryRunResult->setObjectName(QStringLiteral("dryRunResult"));
    m_dryRunResult->setWordWrap(true);
    m_dryRunResult->setTextFormat(Qt::RichText);
    m_preflightResult = new QLabel(this);
    m_preflightResult->setObjectName(QStringLiteral("preflightResult"));
    m_preflightResult->setWordWrap(true);
    m_preflightResult->setTextFormat(Qt::RichText);
    m_preflight = new migration::PreflightController(this);
    connect(m_preflight, &migration::PreflightController::progress, this, &ReviewPage::showPreflightProgress);
    connect(m_preflight, &migration::PreflightController::finished, this, &ReviewPage::showPreflight);
    connect(m_preflight, &migration::PreflightController::failed, this, &ReviewPage::preflightFailed);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_what);
    layout->addWidget(m_preflightResult);
    layout->addSpacing(8);
    layout->addWidget(m_dryRun, 0, Qt::AlignLeft);
    layout->addWidget(m_dryRunResult);
    layout->addStretch(1);

    connect(m_dryRun, &QPushButton::clicked, this, &ReviewPage::startDryRun);
    // Once the run starts there is no going back to change it: stop it instead.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start moving mail"));
}

QString ReviewPage::durationText(Millis duration)
{
    const qint64 minutes = qint64(std::ceil(double(duration.count()) / 60000.0));
    if (minutes <= 1)
        return tr("about a minute");
    if (minutes < 60)
        return tr("about %n minute(s)", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    if (rest == 0)
        return tr("about %n hour(s)", nullptr, hours);
    return tr("about %1 h %2 min").arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
}

QString ReviewPage::estimateText(int messages)
{
    const double minutes = double(messages) / kGmailMessagesPerMinute;
    return durationText(Millis(qint64(minutes * 60000.0)));
}

void ReviewPage::initializePage()
{
    SetupWizard *w = setupWizardOf(this);
    const WizardState &st = w->state();
    const accounts::AccountConfig &a = st.account;
    const migration::MigrationOptions &o = a.options;
    const QLocale locale;

    m_summary->setText(tr("<p><b>From:</b> %1 (%2)<br><b>To:</b> %3</p>"
                          "<p><b>%4</b> messages, <b>%5</b>. At Gmail's pace of about 600 messages a minute this takes "
                          "<b>%6</b>.</p>")
                           .arg(a.email.toHtmlEscaped(), a.host.toHtmlEscaped(),
                                w->context()->googleAccount().email.toHtmlEscaped(),
                                locale.toString(qMax(0, st.messagesOnServer)), sizeText(st.bytesOnServer),
                                estimateText(qMax(0, st.messagesOnServer))));

    QStringList what;
    switch (o.placement) {
    case Placement::InboxUnread: what << tr("Messages arrive in your Gmail inbox as unread, with their original dates."); break;
    case Placement::InboxRead: what << tr("Messages arrive in your Gmail inbox as read, with their original dates."); break;
    case Placement::ArchiveWithLabel:
        what << tr("Messages are archived under the label \"%1\", with their original dates.").arg(o.label.toHtmlEscaped());
        break;
    }
    if (o.placement != Placement::ArchiveWithLabel && !o.label.isEmpty())
        what << tr("Each one also gets the label \"%1\".").arg(o.label.toHtmlEscaped());
    switch (o.afterCopy) {
    case AfterCopy::Keep: what << tr("Everything stays on your old server."); break;
    case AfterCopy::Delete: what << tr("<b>Each message is deleted from your old server</b> once Gmail has it."); break;
    case AfterCopy::DeleteAfterDays:
        what << tr("<b>Messages are deleted from your old server %n day(s)</b> after they were copied.", nullptr,
                   o.deleteAfterDays);
        break;
    }
    what << tr("Messages larger than %1 stay on the server and are listed.").arg(sizeText(o.sizeLimitBytes));
    if (o.continuous)
        what << tr("Afterwards Mailferry checks for new mail every %n minute(s) while it runs.", nullptr, o.intervalMinutes);
    if (o.useImport)
        what << tr("Gmail filters the messages for spam as if they had just arrived.");
    m_what->setText(QStringLiteral("<ul><li>%1</li></ul>").arg(what.join(QStringLiteral("</li><li>"))));
    m_dryRunResult->clear();
    m_dryRun->setEnabled(true);
    startPreflight();
}

void ReviewPage::cleanupPage()
{
    // Back: the settings may change, and the server should not see two sessions at once.
    m_preflightAgain = false;
    m_preflight->cancel();
    QWizardPage::cleanupPage();
}

void ReviewPage::startPreflight()
{
    if (m_preflight->isRunning()) {
        m_preflightAgain = true;
        m_preflight->cancel();
        return;
    }
    SetupWizard *w = setupWizardOf(this);
    m_preflightResult->setText(tr("Looking at the headers of your mail (nothing is copied yet)…"));
    m_preflight->start(w->state().account, w->state().password, &w->context()->accountService());
}

void ReviewPage::showPreflightProgress(qint64 checked, qint64 total)
{
    const QLocale locale;
    m_preflightResult->setText(total >= 0 ? tr("Checking %1 of %2…").arg(locale.toString(checked), locale.toString(total))
                                          : tr("Checking %1…").arg(locale.toString(checked)));
}

void ReviewPage::showPreflight(const migration::PreflightReport &report)
{
    QStringList items;
    for (const QString &sentence : migration::PreflightText::sentences(report))
        items << sentence.toHtmlEscaped();
    m_preflightResult->setText(tr("<b>What your mail holds</b> (from its headers):")
                               + QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>"))));
}

void ReviewPage::preflightFailed(const Error &error)
{
    if (error.scope == Error::Scope::Cancelled) {
        m_preflightResult->clear();
        if (std::exchange(m_preflightAgain, false))
            startPreflight();
        return;
    }
    // Only a look ahead: the run itself reports what stops it.
    m_preflightResult->setText(tr("Mailferry could not look at your mail ahead: %1").arg(error.message.toHtmlEscaped()));
}

bool ReviewPage::isComplete() const
{
    return !m_dryRunning;
}

void ReviewPage::startDryRun()
{
    SetupWizard *w = setupWizardOf(this);
    AppContext *ctx = w->context();
    migration::MigrationController *controller = ctx->controller();
    if (controller->isRunning())
        return;
    // One session at a time: some servers refuse a second one ([IN-USE]).
    m_preflightAgain = false;
    m_preflight->cancel();
    m_dryRunning = true;
    m_dryRun->setEnabled(false);
    m_dryRunResult->setText(tr("Looking at your mailbox without copying anything…"));
    emit completeChanged();
    connect(controller, &migration::MigrationController::planReady, this, &ReviewPage::showPlan, Qt::SingleShotConnection);
    connect(
        controller, &migration::MigrationController::stopped, this,
        [this](const migration::RunSummary &summary) {
        m_dryRunning = false;
        m_dryRun->setEnabled(true);
        if (summary.error)
            m_dryRunResult->setText(
                QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(summary.error->message.toHtmlEscaped()));
        emit completeChanged();
        // The dry run button was disabled while it ran and focus moved on (to Back): the
        // next thing to do is to start, so that is where Enter and Space now go.
        if (QAbstractButton *start = wizard()->button(QWizard::CommitButton); start && start->isEnabled()) {
            start->setFocus(Qt::OtherFocusReason);
            if (auto *push = qobject_cast<QPushButton *>(start))
                push->setDefault(true);
        }
        },
        Qt::SingleShotConnection);
    migration::RunRequest request;
    request.dryRun = true;
    accounts::AccountConfig account = w->state().account;
    account.options.dryRun = true;
    controller->start(account, w->state().password, ctx->googleAccess(), request);
}

void ReviewPage::showPlan(const migration::PlanPreview &plan)
{
    const QLocale locale;
    QStringList lines;
    // Mailferry may only add to Gmail, never read it: what it knows is its own record of what it
    // copied, so that is what it says.
    lines << tr("<b>Dry run:</b> %1 messages would be copied (%2); %3 were already copied by Mailferry.")
                 .arg(locale.toString(plan.toCopy), sizeText(plan.bytesToCopy), locale.toString(plan.alreadyCopied));
    if (plan.oversize > 0)
        lines << tr("%n message(s) are too large and would stay on the server.", nullptr, plan.oversize);
    if (plan.toDeleteFromServer > 0)
        lines << tr("%n message(s) would be deleted from the old server.", nullptr, plan.toDeleteFromServer);
    if (plan.toCheckByContent > 0)
        lines << tr("%n message(s) have no reliable server id; Mailferry reads each one to recognise those it "
                    "copied before.",
                    nullptr, plan.toCheckByContent);
    if (plan.failedEarlier > 0)
        lines << tr("%n message(s) failed before and stay on the server until you choose \"Retry failed\".", nullptr,
                    plan.failedEarlier);
    if (!plan.serverHasUidl)
        lines << tr("This server does not number its messages permanently; Mailferry recognises them by their content "
                    "instead and will not delete any.");
    else if (plan.unreliableIds > 0)
        lines << tr("This server gives %n message(s) an id that is not unique or has changed; Mailferry recognises "
                    "them by their content and will not delete them.",
                    nullptr, plan.unreliableIds);
    if (plan.serverExpireDays && *plan.serverExpireDays == 0)
        lines << tr("<b>Warning:</b> this server deletes every message as soon as it is downloaded (EXPIRE 0), "
                    "whatever you choose here. Mailferry copies each one to Gmail first.");
    else if (plan.serverExpireDays)
        lines << tr("Note: this server deletes downloaded messages by itself after %n day(s) (EXPIRE).", nullptr,
                    *plan.serverExpireDays);
    if (plan.loginDelaySeconds > 0)
        lines << tr("This server allows one login every %n minute(s); Mailferry keeps its sessions long to respect that.",
                    nullptr, std::max(1, (plan.loginDelaySeconds + 59) / 60));
    lines << tr("Estimated time: %1.").arg(durationText(plan.estimatedDuration));
    m_dryRunResult->setText(lines.join(QStringLiteral("<br>")));
}

bool ReviewPage::validatePage()
{
    SetupWizard *w = setupWizardOf(this);
    accounts::AccountConfig &account = w->state().account;
    account.options.dryRun = false;
    m_preflightAgain = false;
    m_preflight->cancel();
    account.gmailAccount = w->context()->googleAccount().email;
    // Settings only; the password is in the keychain (or in memory for this session).
    w->context()->accounts().save(account);
    return !w->context()->controller()->isRunning();
}

} // namespace mf::ui
