// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/PreflightController.h"

#include "accounts/AccountService.h"
#include "migration/PreflightArchive.h"
#include "migration/PreflightPop3.h"
#include "store/ReadOnlyLedger.h"

#include <QFile>
#include <QPointer>
#include <QThread>

#include <utility>

namespace mf::migration {

namespace {

/// What earlier runs copied, or nothing when there is no record (or it cannot be read: the
/// pre-flight then simply does not say what is in Gmail already).
std::optional<LedgerIndex> loadLedger(const accounts::AccountService *service, const accounts::AccountConfig &account)
{
    if (!service || !QFile::exists(account.ledgerPath()))
        return std::nullopt;
    auto ledger = service->openLedger(account);
    if (!ledger)
        return std::nullopt;
    return LedgerIndex::load(*ledger.value(), nullptr);
}

} // namespace

void PreflightController::ThreadDeleter::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

PreflightController::PreflightController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PreflightReport>();
}

PreflightController::~PreflightController()
{
    if (m_cancelled)
        m_cancelled->store(true);
    if (QObject *context = std::exchange(m_context, nullptr)) {
        // The run dies in its own thread (its socket and timers belong there). The worker never
        // waits on this thread, so the blocking call cannot deadlock.
        QMetaObject::invokeMethod(
            context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    }
    m_thread.reset();
}

void PreflightController::start(const accounts::AccountConfig &account, const QString &pop3Password,
                                const accounts::AccountService *service)
{
    if (m_context)
        return;
    if (!m_thread) {
        m_thread.reset(new QThread);
        m_thread->setObjectName(QStringLiteral("mailferry-preflight"));
        m_thread->start();
    }
    const quint64 serial = ++m_serial;
    auto *context = new QObject;
    context->moveToThread(m_thread.get());
    m_context = context;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    Clock *clock = m_clock ? m_clock : Clock::system();
    QPointer<PreflightController> self(this);

    // Everything below runs in the worker; what it reports is posted back to this thread.
    auto report = [self, serial](Result<PreflightReport> result) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, serial, result = std::move(result)] {
            if (self)
                self->onDone(serial, result);
            },
            Qt::QueuedConnection);
    };
    auto progress = [self, serial](qint64 checked, qint64 total) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, serial, checked, total] {
            if (self && serial == self->m_serial && self->m_context)
                emit self->progress(checked, total);
            },
            Qt::QueuedConnection);
    };
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    QMetaObject::invokeMethod(
        context,
        [context, account, pop3Password, service, clock, report, progress, cancelled] {
        std::optional<LedgerIndex> ledger = loadLedger(service, account);
        if (account.isArchive()) {
            report(runArchivePreflight(account, ledger, [&](qint64 checked) {
                progress(checked, -1);
                return !cancelled->load();
            }));
            return;
        }
        if (cancelled->load()) {
            report(Error::cancelled(QStringLiteral("pre-flight cancelled")));
            return;
        }
        auto *run = new PreflightPop3Run(clock, context);
        run->setObjectName(QStringLiteral("preflightRun"));
        PreflightPop3Run::Setup setup;
        setup.account = account;
        setup.ledger = std::move(ledger);
        run->start(std::move(setup), pop3Password, progress, report);
        },
        Qt::QueuedConnection);
}

void PreflightController::cancel()
{
    if (!m_context)
        return;
    m_cancelled->store(true);
    QObject *context = m_context;
    QMetaObject::invokeMethod(
        context,
        [context] {
        if (auto *run = context->findChild<PreflightPop3Run *>(QStringLiteral("preflightRun"), Qt::FindDirectChildrenOnly))
            run->cancel();
        },
        Qt::QueuedConnection);
}

void PreflightController::onDone(quint64 serial, const Result<PreflightReport> &result)
{
    if (serial != m_serial || !m_context)
        return;
    QObject *context = std::exchange(m_context, nullptr);
    context->deleteLater(); // posted to the worker thread, where it is deleted
    if (result)
        emit finished(result.value());
    else
        emit failed(result.error());
}

} // namespace mf::migration
