// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/PreflightCommand.h"

#include "cli/CliRunner.h"
#include "cli/StopRequests.h"
#include "cli/TerminalText.h"
#include "migration/PreflightController.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace mf::app {

namespace {

int exitCodeFor(const Error &error)
{
    switch (error.scope) {
    case Error::Scope::Account: return error.code == Error::Code::AlreadyRunning ? ExitAlreadyRunning : ExitAccount;
    case Error::Scope::Session: return ExitUnreachable;
    case Error::Scope::Cancelled: return ExitCancelled;
    case Error::Scope::Internal:
    case Error::Scope::Item: return ExitInternal;
    }
    return ExitInternal;
}

} // namespace

PreflightCommand::PreflightCommand(QTextStream &out, QTextStream &err, bool json, bool tty)
    : m_out(out)
    , m_err(err)
    , m_json(json)
    , m_tty(tty)
{
}

int PreflightCommand::run(const accounts::AccountConfig &account, const QString &pop3Password,
                          const accounts::AccountService *service)
{
    migration::PreflightController controller;
    QEventLoop loop;
    std::optional<migration::PreflightReport> report;
    std::optional<Error> failure;
    bool progressShown = false;
    QObject::connect(&controller, &migration::PreflightController::finished, &loop, [&](const migration::PreflightReport &r) {
        report = r;
        loop.quit();
    });
    QObject::connect(&controller, &migration::PreflightController::failed, &loop, [&](const Error &e) {
        failure = e;
        loop.quit();
    });
    if (m_tty && !m_json) {
        QObject::connect(&controller, &migration::PreflightController::progress, &loop, [&](qint64 checked, qint64 total) {
            m_err << '\r' << (total >= 0 ? tr("Checking %1 of %2…").arg(checked).arg(total) : tr("Checking %1…").arg(checked));
            m_err.flush();
            progressShown = true;
        });
    }
    StopRequests stopRequests;
    QObject::connect(&stopRequests, &StopRequests::requested, &loop, [&](int) { controller.cancel(); });

    controller.start(account, pop3Password, service);
    loop.exec();
    if (progressShown)
        m_err << '\n';

    if (!report) {
        const Error error = failure.value_or(Error::internal(tr("The pre-flight ended without a report.")));
        const int code = exitCodeFor(error);
        if (m_json) {
            const QJsonObject o{{QStringLiteral("type"), QStringLiteral("preflight")},
                                {QStringLiteral("error"), terminalSafe(error.message, 1000)},
                                {QStringLiteral("errorCode"), Error::codeName(error.code)},
                                {QStringLiteral("exitCode"), code}};
            m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            m_err << terminalSafe(error.message, 1000) << '\n';
        }
        m_out.flush();
        m_err.flush();
        return code;
    }
    if (m_json) {
        QJsonObject o = migration::preflightJson(*report);
        o.insert(QStringLiteral("type"), QStringLiteral("preflight"));
        o.insert(QStringLiteral("account"), account.id);
        o.insert(QStringLiteral("exitCode"), int(ExitOk));
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const QString name = account.isArchive() ? account.archivePath : (account.email.isEmpty() ? account.user : account.email);
        m_out << tr("Pre-flight of %1 (headers only; nothing was copied or changed):").arg(terminalSafe(name, 300)) << '\n';
        for (const QString &sentence : migration::PreflightText::sentences(*report))
            m_out << "  " << sentence << '\n';
    }
    m_out.flush();
    return ExitOk;
}

} // namespace mf::app
