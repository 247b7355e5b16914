// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliRunner.h"
#include "cli/StopRequests.h"

#include "accounts/AccountService.h"

#include "cli/BulkCommand.h"
#include "cli/CertificateProbe.h"
#include "cli/ImportCommand.h"
#include "cli/MultiRun.h"
#include "cli/PreflightCommand.h"
#include "cli/RunKnobs.h"
#include "cli/SigninCommand.h"
#include "cli/StatusHealth.h"
#include "cli/StrictNumbers.h"
#include "cli/TerminalText.h"
#include "common/PrivateFiles.h"
#include "common/SettingsKeys.h"
#include "common/Version.h"
#include "google/ClientConfig.h"
#include "pop3/CertificateInfo.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/CsvExporter.h"
#include "store/ReadOnlyLedger.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <cstdio>
#include <cstdlib>
#include <functional>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mf::app {
namespace {

const QStringList kCommands{QStringLiteral("migrate"),      QStringLiteral("status"),   QStringLiteral("export-log"),
                            QStringLiteral("retry-failed"), QStringLiteral("accounts"), QStringLiteral("forget"),
                            QStringLiteral("bulk"),         QStringLiteral("signin"),   QStringLiteral("import"),
                            QStringLiteral("preflight")};

QString formatDuration(Millis d)
{
    const qint64 s = std::max<qint64>(0, d.count() / 1000);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

/// One unit everywhere: MB of 1,048,576 bytes, the unit of --size-limit-mb.
QString mb(qint64 bytes)
{
    const double value = double(bytes) / (1024.0 * 1024.0);
    return QStringLiteral("%1 MB").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

/// A message's size: bytes when small, else MB of 1,048,576 bytes.
QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("mf::app::CliRunner", "%1 bytes").arg(bytes);
    return mb(bytes);
}

/// The word for a live event, from the one vocabulary in the store (so it matches the CSV).
QString eventWord(const migration::ItemEvent &e)
{
    if (e.possibleDuplicate
        && (e.outcome == migration::ItemOutcome::Copied || e.outcome == migration::ItemOutcome::PossibleDuplicate))
        return store::stateWord(store::EventOutcome::Copied, true);
    return migration::outcomeName(e.outcome);
}

/// What the ledger says after a run: the truth about what is left, whatever the run itself saw.
struct LedgerFacts {
    bool known = false;
    store::Summary summary;
};

LedgerFacts readLedgerFacts(const QString &path)
{
    LedgerFacts facts;
    if (!QFileInfo::exists(path))
        return facts;
    auto ledger = store::ReadOnlyLedger::open(path);
    if (!ledger)
        return facts;
    auto summary = ledger.value()->summary();
    if (!summary)
        return facts;
    facts.known = true;
    facts.summary = summary.value();
    return facts;
}

QString displayFingerprint(const QByteArray &hex)
{
    pop3::CertificateInfo info;
    info.sha256Hex = hex;
    return info.displayFingerprint();
}

} // namespace

CliRunner::CliRunner(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_out(stdout)
    , m_err(stderr)
{
    m_settings = new QSettings(QString::fromLatin1(keys::kOrganization), QString::fromLatin1(keys::kApplication));
    m_keychain = new secrets::KeychainCredentialStore(this);
    m_service = new accounts::AccountService(m_settings, m_keychain, this);
    // The settings name mailboxes, servers and the Gmail address: the user's alone.
    [[maybe_unused]] const bool privateSettings = privatefiles::protectSettingsFile(m_settings->fileName());
#ifdef Q_OS_UNIX
    m_tty = ::isatty(STDOUT_FILENO);
#endif
}

CliRunner::~CliRunner()
{
    m_settings->sync();
    [[maybe_unused]] const bool privateSettings = privatefiles::protectSettingsFile(m_settings->fileName());
    delete m_settings;
}

bool CliRunner::isCliCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return kCommands.contains(arg);
    }
    return false;
}

int CliRunner::run(const QStringList &arguments)
{
    QString error;
    QStringList notes;
    if (!m_options.parse(arguments, &error, &notes)) {
        m_err << error << '\n' << tr("See mailferry --help.") << '\n';
        return ExitUsage;
    }
    if (m_options.wantsHelp()) {
        m_out << m_options.helpText();
        return ExitOk;
    }
    if (m_options.wantsVersion()) {
        m_out << "mailferry " << MAILFERRY_VERSION << '\n';
        return ExitOk;
    }
    for (const QString &note : notes)
        m_err << note << '\n';
    m_err.flush();
    m_json = m_options.isSet(QStringLiteral("json"));
    const QString command = m_options.command();
    if (command == QLatin1String("signin"))
        return SigninCommand(m_options, m_service, m_clock, m_out, m_err, m_tty).run();
    if (BulkCommand::handles(m_options))
        return BulkCommand({m_options, m_service, m_clock, m_out, m_err, m_tty}).run();
    if (command == QLatin1String("migrate"))
        return migrate(false);
    if (command == QLatin1String("retry-failed"))
        return migrate(true);
    if (command == QLatin1String("import"))
        return importArchive();
    if (command == QLatin1String("preflight"))
        return preflight();
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("export-log"))
        return exportLog();
    if (command == QLatin1String("forget"))
        return forget();
    return listAccounts();
}

std::optional<accounts::AccountConfig> CliRunner::resolveAccount(QString *error)
{
    accounts::AccountStore store(m_settings);
    std::optional<accounts::AccountConfig> account;
    const QString email = m_options.value(QStringLiteral("email")).trimmed();
    QString id = m_options.value(QStringLiteral("account")).trimmed();
    if (id.isEmpty() && !email.isEmpty())
        id = accounts::AccountConfig::idForEmail(email);
    if (!id.isEmpty()) {
        account = store.account(id);
        if (!account && m_options.isSet(QStringLiteral("account")) && !m_options.isSet(QStringLiteral("host"))) {
            *error =
                tr("There is no account \"%1\" (see 'mailferry accounts'), and no --host to set one up.").arg(terminalSafe(id));
            return std::nullopt;
        }
    } else {
        const auto all = store.accounts();
        if (all.size() == 1 && !m_options.isSet(QStringLiteral("host")))
            account = all.first();
        else if (all.size() > 1 && !m_options.isSet(QStringLiteral("host"))) {
            *error = tr("There are several accounts; choose one with --account (see 'mailferry accounts').");
            return std::nullopt;
        }
    }
    if (!account) {
        if (email.isEmpty() && !m_options.isSet(QStringLiteral("host"))) {
            *error = tr("No account is set up. Set one up in the app, or give --email and --host.");
            return std::nullopt;
        }
        const QString user = m_options.value(QStringLiteral("user"));
        if (email.isEmpty() && user.isEmpty()) {
            *error = tr("Give --email (or at least --user): it names the account's record of what was copied.");
            return std::nullopt;
        }
        account = accounts::AccountConfig{};
        account->id = id.isEmpty() ? accounts::AccountConfig::idForEmail(email.isEmpty() ? user : email) : id;
        account->email = email;
    }
    // Options on the command line override what is saved, for this run (and for later ones with --save).
    m_options.applyTo(*account);
    if (!finishAccount(*account, error))
        return std::nullopt;
    return account;
}

bool CliRunner::finishAccount(accounts::AccountConfig &a, QString *error)
{
    accounts::MigrationOptions &o = a.options;
    // Saved settings are checked as strictly as the command line: an old or hand-edited file must
    // not make Gmail refuse every large message, or delete at once.
    const qint64 gmailMax = CliOptions::kGmailMaxMb * 1024 * 1024;
    if (o.sizeLimitBytes <= 0 || o.sizeLimitBytes > gmailMax) {
        if (o.sizeLimitBytes > gmailMax)
            m_err << tr("Note: the saved size limit of %1 is above Gmail's maximum; using %2.")
                         .arg(mb(o.sizeLimitBytes), mb(gmailMax))
                  << '\n';
        o.sizeLimitBytes = gmailMax;
    }
    if (o.afterCopy == accounts::AfterCopy::DeleteAfterDays
        && (o.deleteAfterDays < 1 || o.deleteAfterDays > CliOptions::kMaxDeleteAfterDays)) {
        *error = tr("The saved account deletes messages %1 days after copying, which is not 1 to %2. Give "
                    "--delete-after with the days you want.")
                     .arg(o.deleteAfterDays)
                     .arg(CliOptions::kMaxDeleteAfterDays);
        return false;
    }
    o.batchSize = std::clamp<int>(o.batchSize, 1, int(CliOptions::kMaxBatchSize));
    if (o.placement == accounts::Placement::ArchiveWithLabel && o.label.trimmed().isEmpty()) {
        *error = tr("--archive needs --label: archived messages without a label would be found only under All Mail.");
        return false;
    }
    if (!applyRunKnobs(o, error))
        return false;
    if (!a.isValid()) {
        *error = tr("The account is missing its server or user name (give --host and --user).");
        return false;
    }
    if (m_options.isSet(QStringLiteral("save"))) {
        accounts::AccountStore(m_settings).save(a);
        m_settings->sync();
    }
    return true;
}

std::optional<accounts::AccountConfig> CliRunner::ledgerAccount(QString *error)
{
    // The record (ledger) of a mailbox is named by the account id alone, which comes from
    // --account, or from the --email (or --user) the migrate was given: with or without --save.
    accounts::AccountStore store(m_settings);
    QString id = m_options.value(QStringLiteral("account")).trimmed();
    const QString email = m_options.value(QStringLiteral("email")).trimmed();
    const QString user = m_options.value(QStringLiteral("user")).trimmed();
    if (id.isEmpty() && !email.isEmpty())
        id = accounts::AccountConfig::idForEmail(email);
    if (id.isEmpty() && !user.isEmpty())
        id = accounts::AccountConfig::idForEmail(user);
    if (id.isEmpty()) {
        const auto all = store.accounts();
        if (all.size() == 1)
            return all.first();
        *error = all.isEmpty() ? tr("Which mailbox? Give --account, or the --email the migrate was given.")
                               : tr("There are several accounts; choose one with --account (see 'mailferry accounts').");
        return std::nullopt;
    }
    if (auto saved = store.account(id))
        return saved;
    accounts::AccountConfig a;
    a.id = id;
    a.email = email;
    a.user = user.isEmpty() ? email : user;
    m_options.applyTo(a);
    return a;
}

QString CliRunner::readSecret(const QString &key)
{
    QString secret;
    QEventLoop loop;
    bool done = false;
    m_keychain->read(key, [&](Result<QString> r) {
        if (r)
            secret = r.value();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return secret;
}

QString CliRunner::readPop3Password(const accounts::AccountConfig &account, QString *error)
{
    if (m_options.isSet(QStringLiteral("password-stdin"))) {
        // One line, bounded: standard input may be a file of any size.
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("--password-stdin was given, but standard input cannot be read.");
            return {};
        }
        QByteArray line = in.readLine(4096);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            *error = tr("--password-stdin was given, but standard input held no password.");
        return QString::fromUtf8(line);
    }
    const QString fromEnv = qEnvironmentVariable("MAILFERRY_POP3_PASSWORD");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString stored = readSecret(secrets::pop3PasswordKey(account.id));
    if (stored.isEmpty())
        *error = tr("No password is stored for %1. Give it with --password-stdin, or set it up in the app.")
                     .arg(account.email.isEmpty() ? account.user : account.email);
    return stored;
}

std::optional<migration::GoogleAccess> CliRunner::googleAccess(const accounts::AccountConfig &account, QString *error)
{
    // --client-secret is read here (bounded, with the CLI's own words for a bad file); otherwise
    // the account service knows the imported or built-in client.
    Result<google::ClientConfig> client = Error::internal(QString());
    const QString clientFile = m_options.value(QStringLiteral("client-secret"));
    if (!clientFile.isEmpty()) {
        QString why;
        const auto bytes = CliOptions::readClientSecretFile(clientFile, &why);
        if (!bytes) {
            *error = tr("The Google client file %1 %2.").arg(clientFile, why);
            return std::nullopt;
        }
        client = google::ClientConfig::fromJson(*bytes);
    } else {
        client = m_service->clientConfig();
    }
    if (!client) {
        *error = client.error().message;
        return std::nullopt;
    }
    if (!client.value().isValid()) {
        *error = tr("No Google client is configured. Sign in once in the app, or give --client-secret "
                    "with the client_secret.json of your Google Cloud project.");
        return std::nullopt;
    }
    // Unattended runs may pass the refresh token in the environment instead of the keychain.
    const QString tokenFromEnv = qEnvironmentVariable("MAILFERRY_GOOGLE_REFRESH_TOKEN");
    std::optional<Result<accounts::GoogleCredentials>> answer;
    QEventLoop loop;
    m_service->googleCredentials(client.value(), google::Endpoints::fromEnvironment(), m_service->googleAccountEmail(&account),
                                 tokenFromEnv, [&](Result<accounts::GoogleCredentials> r) {
                                     answer = std::move(r);
                                     loop.quit();
                                 });
    if (!answer)
        loop.exec();
    if (!answer->ok()) {
        *error = answer->error().message;
        return std::nullopt;
    }
    const accounts::GoogleCredentials &c = answer->value();
    return migration::GoogleAccess{c.clientId, c.clientSecret, c.refreshToken, c.accountEmail, c.baseUrlOverride};
}

int CliRunner::migrate(bool retryFailed)
{
    QString error;
    const auto account = resolveAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    return runAccount(*account, retryFailed);
}

int CliRunner::importArchive()
{
    QString error;
    auto account = ImportCommand::resolve(m_options, m_settings, &error);
    if (account) {
        m_options.applyTo(*account);
        if (!finishAccount(*account, &error))
            account.reset();
    }
    if (!account) {
        m_err << terminalSafe(error) << '\n';
        return ExitUsage;
    }
    return runAccount(*account, m_options.isSet(QStringLiteral("retry-failed")));
}

int CliRunner::runAccount(const accounts::AccountConfig &accountConfig, bool retryFailed)
{
    QString error;
    const std::optional<accounts::AccountConfig> account = accountConfig;
    // A local archive needs no password: it is read from this computer.
    m_fromArchive = account->isArchive();
    QString password;
    if (!account->isArchive()) {
        password = readPop3Password(*account, &error);
        if (password.isEmpty()) {
            m_err << error << '\n';
            return ExitAccount;
        }
    }
    const auto google = googleAccess(*account, &error);
    if (!google) {
        m_err << error << '\n';
        return ExitAccount;
    }
    m_continuous = account->options.continuous;

    migration::MigrationController controller;
    controller.setClock(m_clock);
    migration::RunSummary last;
    QEventLoop loop;
    connect(&controller, &migration::MigrationController::progressChanged, this, &CliRunner::printProgress);
    connect(&controller, &migration::MigrationController::itemFinished, this, &CliRunner::printItem);
    connect(&controller, &migration::MigrationController::planReady, this, &CliRunner::printPlan);
    const int everyMinutes = account->options.intervalMinutes;
    connect(&controller, &migration::MigrationController::runFinished, this,
            [this, everyMinutes](const migration::RunSummary &s) {
        if (!m_continuous || m_json)
            return;
        if (m_barShown)
            m_out << '\n';
        m_barShown = false;
        m_out << tr("Check finished at %1: copied %2, failed %3. Next check in %4 minutes.")
                     .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
                     .arg(s.copied)
                     .arg(s.failed)
                     .arg(everyMinutes)
              << '\n';
        m_out.flush();
    });
    connect(&controller, &migration::MigrationController::stopped, this, [&](const migration::RunSummary &s) {
        last = s;
        loop.quit();
    });

    // Without a terminal, a progress line at a steady interval shows in a log that the run moves.
    Timer *logTimer = nullptr;
    if (!m_tty && !m_json) {
        Millis interval{10000};
        const QString fromEnv = qEnvironmentVariable("MAILFERRY_PROGRESS_INTERVAL_MS");
        if (!fromEnv.isEmpty()) {
            const WholeNumber n = parseWholeNumber(fromEnv, 10, 3600000);
            if (!n.value) {
                m_err << tr("MAILFERRY_PROGRESS_INTERVAL_MS %1.").arg(n.problem) << '\n';
                return ExitUsage;
            }
            interval = Millis(*n.value);
        }
        logTimer = m_clock->createTimer(this);
        connect(logTimer, &Timer::timeout, this, [this, logTimer, interval] {
            printLogLine();
            logTimer->start(interval);
        });
        logTimer->start(interval);
    }

    // Ctrl+C, SIGTERM or (Windows) closing the console: finish the messages in flight, QUIT, and
    // stop; a second one stops at once (safe too: the ledger's order of commits means nothing is
    // lost, at worst flagged).
    StopRequests stopRequests;
    connect(&stopRequests, &StopRequests::requested, this, [&](int count) {
        if (count > 1)
            std::_Exit(ExitCancelled);
        m_err << '\n' << tr("Stopping after the messages in progress (Ctrl+C again to stop at once)…") << '\n';
        m_err.flush();
        controller.cancel();
    });

    migration::RunRequest request;
    request.dryRun = m_options.isSet(QStringLiteral("dry-run"));
    request.retryFailed = retryFailed;
    controller.start(*account, password, *google, request);
    loop.exec();
    if (logTimer)
        logTimer->stop();

    // The ledger is the truth about what is left: a run that copied nothing new can still leave
    // failures from earlier runs, and a script that reruns until exit 0 must see them.
    if (!request.dryRun) {
        const LedgerFacts facts = readLedgerFacts(account->ledgerPath());
        if (facts.known) {
            m_ledgerFailed = facts.summary.failed;
            last.failedOutstanding = std::max<int>(last.failedOutstanding, int(facts.summary.failed));
            last.oversizeOutstanding = std::max<int>(last.oversizeOutstanding, int(facts.summary.skippedOversize));
            if (account->options.afterCopy == accounts::AfterCopy::Delete)
                last.copiedStillOnServer = std::max<int>(last.copiedStillOnServer, int(facts.summary.copied));
        }
    }
    last.failedOutstanding = std::max(last.failedOutstanding, last.failed);

    accounts::AccountStore(m_settings)
        .recordRun(account->id, QDateTime::currentDateTimeUtc(), migration::runStateName(last.state));
    // The health of the mailbox: a pass that checked the server, or the failure that stopped it.
    if (!request.dryRun && last.state != migration::RunState::Cancelled) {
        const QDateTime at = m_clock->now();
        m_service->recordCheck(account->id, at, last.state == migration::RunState::Finished && !last.error, last.error);
        if (last.copied > 0)
            m_service->recordCopy(account->id, at);
    }
    if (m_barShown)
        m_out << '\n';
    printFinished(*account, last);
    m_out.flush();
    m_err.flush();
    return exitCodeFor(last);
}

void CliRunner::printPlan(const migration::PlanPreview &p)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("plan")},
                      {QStringLiteral("onServer"), p.messagesOnServer},
                      {QStringLiteral("bytesOnServer"), double(p.bytesOnServer)},
                      {QStringLiteral("toCopy"), p.toCopy},
                      {QStringLiteral("bytesToCopy"), double(p.bytesToCopy)},
                      {QStringLiteral("alreadyCopied"), p.alreadyCopied},
                      {QStringLiteral("failedEarlier"), p.failedEarlier},
                      {QStringLiteral("oversize"), p.oversize},
                      {QStringLiteral("toDelete"), p.toDeleteFromServer},
                      {QStringLiteral("unreliableIds"), p.unreliableIds},
                      {QStringLiteral("loginDelaySeconds"), p.loginDelaySeconds},
                      {QStringLiteral("estimatedSeconds"), double(p.estimatedDuration.count() / 1000)},
                      {QStringLiteral("serverHasUidl"), p.serverHasUidl}};
        if (p.serverExpireDays)
            o.insert(QStringLiteral("serverExpireDays"), *p.serverExpireDays);
        printJson(o);
        return;
    }
    QString line = (m_fromArchive ? tr("%1 messages in the archive (%2); %3 to copy (%4), %5 already in Gmail")
                                  : tr("%1 messages on the server (%2); %3 to copy (%4), %5 already in Gmail"))
                       .arg(p.messagesOnServer)
                       .arg(mb(p.bytesOnServer))
                       .arg(p.toCopy)
                       .arg(mb(p.bytesToCopy))
                       .arg(p.alreadyCopied);
    if (p.failedEarlier > 0)
        line += m_fromArchive ? tr(", %1 failed earlier (import --retry-failed tries them again)").arg(p.failedEarlier)
                              : tr(", %1 failed earlier (retry-failed tries them again)").arg(p.failedEarlier);
    if (p.oversize > 0)
        line += m_fromArchive ? tr(", %1 over the size limit (not copied)").arg(p.oversize)
                              : tr(", %1 over the size limit (left on the server)").arg(p.oversize);
    if (p.toDeleteFromServer > 0)
        line += tr(", %1 to remove from the server").arg(p.toDeleteFromServer);
    line += tr(". About %1 at Gmail's pace.").arg(formatDuration(p.estimatedDuration));
    m_out << line << '\n';
    if (p.unreliableIds > 0)
        m_out << tr("Note: the server names %1 messages unreliably (a UIDL listed twice, or one that changed); they are "
                    "matched by content and never deleted on their UIDL alone.")
                     .arg(p.unreliableIds)
              << '\n';
    if (!p.serverHasUidl && !m_fromArchive)
        m_out << tr("Note: the server has no UIDL; messages are matched by content, and nothing is deleted.") << '\n';
    if (p.serverExpireDays) {
        if (*p.serverExpireDays == 0)
            m_out << tr("Warning: the server deletes mail as soon as it is downloaded (EXPIRE 0), whatever Mailferry "
                        "is told to keep.")
                  << '\n';
        else
            m_out << tr("Note: the server deletes downloaded mail by itself after %1 days (EXPIRE).").arg(*p.serverExpireDays)
                  << '\n';
    }
    if (p.loginDelaySeconds > 0)
        m_out << tr("Note: the server allows one login every %1 seconds (LOGIN-DELAY); sessions are sized for it.")
                     .arg(p.loginDelaySeconds)
              << '\n';
    m_out.flush();
}

void CliRunner::printFinished(const accounts::AccountConfig &account, const migration::RunSummary &last)
{
    const bool cancelled = last.state == migration::RunState::Cancelled;
    const int leftToCopy = m_leftWhileWorking;
    const qint64 failedStill = m_ledgerFailed >= 0 ? m_ledgerFailed : last.failedOutstanding;
    if (m_json) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("finished")},
                      {QStringLiteral("state"), migration::runStateName(last.state)},
                      {QStringLiteral("copied"), last.copied},
                      {QStringLiteral("skipped"), last.skipped},
                      {QStringLiteral("failed"), last.failed},
                      {QStringLiteral("deletedFromServer"), last.deletedFromServer},
                      {QStringLiteral("possibleDuplicates"), last.possibleDuplicates},
                      {QStringLiteral("alreadyDone"), last.alreadyDone},
                      {QStringLiteral("failedOutstanding"), last.failedOutstanding},
                      {QStringLiteral("oversizeOutstanding"), last.oversizeOutstanding},
                      {QStringLiteral("copiedStillOnServer"), last.copiedStillOnServer},
                      {QStringLiteral("unreliableIds"), last.unreliableIds},
                      {QStringLiteral("copiedWithoutAttachments"), last.copiedWithoutAttachments},
                      {QStringLiteral("leftToCopy"), leftToCopy},
                      {QStringLiteral("bytesCopied"), double(last.bytesCopied)},
                      {QStringLiteral("reportMailSent"), last.reportMailSent},
                      {QStringLiteral("exitCode"), exitCodeFor(last)}};
        if (last.error) {
            o.insert(QStringLiteral("error"), terminalSafe(last.error->message, 1000));
            o.insert(QStringLiteral("errorCode"), Error::codeName(last.error->code));
            if (last.error->code == Error::Code::CertificateUntrusted) {
                const QByteArray seen = probeCertificateSha256(account);
                if (!seen.isEmpty())
                    o.insert(QStringLiteral("certificateSha256"), QString::fromLatin1(seen));
                if (!account.pinnedSha256.isEmpty())
                    o.insert(QStringLiteral("pinnedSha256"), QString::fromLatin1(account.pinnedSha256));
            }
        }
        printJson(o);
        return;
    }
    if (account.isArchive())
        m_out << tr("This run: copied %1, skipped %2, failed %3. Nothing on this computer was changed.")
                     .arg(last.copied)
                     .arg(last.skipped)
                     .arg(last.failed)
              << '\n';
    else
        m_out << tr("This run: copied %1, skipped %2, failed %3, removed from the server %4.")
                     .arg(last.copied)
                     .arg(last.skipped)
                     .arg(last.failed)
                     .arg(last.deletedFromServer)
              << '\n';
    if (last.possibleDuplicates > 0)
        m_out << tr("%1 copied-possibly-twice: an interrupted upload was repeated, so Gmail may hold them twice "
                    "(see export-log).")
                     .arg(last.possibleDuplicates)
              << '\n';
    if (last.copiedWithoutAttachments > 0)
        m_out << tr("%1 copied without an attachment Gmail refuses (a program, or an archive holding one); the "
                    "originals are kept on this computer (see export-log).")
                     .arg(last.copiedWithoutAttachments)
              << '\n';
    if (cancelled) {
        m_out << tr("Interrupted.");
        if (last.copiedStillOnServer > 0)
            m_out << ' '
                  << tr("%1 copied messages are still on the server (the next run removes them without "
                        "copying them again).")
                         .arg(last.copiedStillOnServer);
        if (leftToCopy > 0)
            m_out << ' ' << tr("%1 messages were left to copy.").arg(leftToCopy);
        m_out << ' ' << tr("Run the same command again to finish.") << '\n';
    }
    if (failedStill > 0 && account.isArchive())
        m_out << tr("%1 messages failed; they are still in the archive. Try them again with: mailferry import "
                    "--path \"%2\" --retry-failed; see which with: mailferry export-log --failures --account %3")
                     .arg(failedStill)
                     .arg(QDir::toNativeSeparators(account.archivePath), account.id)
              << '\n';
    else if (failedStill > 0)
        m_out << tr("%1 messages failed and are still on the server. Try them again with: mailferry retry-failed "
                    "--account %2; see which with: mailferry export-log --failures --account %2")
                     .arg(failedStill)
                     .arg(account.id)
              << '\n';
    if (last.oversizeOutstanding > 0)
        m_out << (account.isArchive() ? tr("%1 messages are over the size limit of %2 and were not copied.")
                                      : tr("%1 messages are over the size limit of %2 and stay on the server."))
                     .arg(last.oversizeOutstanding)
                     .arg(mb(account.options.sizeLimitBytes))
              << '\n';
    if (last.unreliableIds > 0)
        m_out << tr("%1 messages were named unreliably by the server and were matched by content.").arg(last.unreliableIds)
              << '\n';
    if (last.error) {
        if (last.error->code == Error::Code::CertificateUntrusted)
            explainCertificate(account);
        else
            m_err << terminalSafe(last.error->message, 1000) << '\n';
    }
}

void CliRunner::explainCertificate(const accounts::AccountConfig &account)
{
    const QByteArray seen = probeCertificateSha256(account);
    if (!account.pinnedSha256.isEmpty()) {
        m_err << tr("The certificate of %1 does not match the pinned certificate.").arg(account.host) << '\n'
              << tr("  pinned:  %1").arg(displayFingerprint(account.pinnedSha256)) << '\n'
              << tr("  server:  %1").arg(seen.isEmpty() ? tr("(could not be read)") : displayFingerprint(seen)) << '\n'
              << tr("If the provider changed its certificate and you trust the new one, run again with:") << '\n'
              << "  --trust-fingerprint " << seen << '\n';
        return;
    }
    m_err << tr("The identity of the server %1 could not be verified: its certificate is not trusted.").arg(account.host) << '\n';
    if (seen.isEmpty()) {
        m_err << tr("Mailferry could not read the certificate again to show its fingerprint.") << '\n';
        return;
    }
    m_err << tr("  SHA-256 fingerprint: %1").arg(displayFingerprint(seen)) << '\n'
          << tr("If you are sure this is your provider's server (compare the fingerprint with the one your provider "
                "publishes), run again with:")
          << '\n'
          << "  --trust-fingerprint " << seen << '\n';
}

int CliRunner::exitCodeFor(const migration::RunSummary &summary) const
{
    // One mailbox or many, a run's outcome maps to the same exit code.
    return MultiRun::exitCodeFor(summary);
}

int CliRunner::status()
{
    QString error;
    const auto account = ledgerAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    const QString path = account->ledgerPath();
    if (!QFileInfo::exists(path)) {
        m_err << tr("There is no record for %1 yet (looked for %2): nothing has been copied from it with this "
                    "account id. The record is named by --account, or by the --email the migrate was given.")
                     .arg(account->id, path)
              << '\n';
        return ExitOk;
    }
    auto ledger = m_service->openLedger(*account);
    if (!ledger) {
        m_err << ledger.error().message << '\n';
        return ExitInternal;
    }
    auto summary = ledger.value()->summary();
    if (!summary) {
        m_err << summary.error().message << '\n';
        return ExitInternal;
    }
    const store::Summary &s = summary.value();
    accounts::AccountStore accounts(m_settings);
    const QString lastRun = accounts.lastRun(account->id).toString(Qt::ISODate);
    const QString lastOutcome = accounts.lastOutcome(account->id);
    using store::ItemStatus;
    const qint64 waiting = s.pending + s.uploading;
    if (m_json) {
        // "counts" uses the very words of the CSV and the live lines.
        const QJsonObject counts{{store::stateWord(ItemStatus::Copied), double(s.copied)},
                                 {store::stateWord(ItemStatus::Copied, store::ItemFlag::PossibleDuplicate),
                                  double(s.possibleDuplicates)},
                                 {store::stateWord(ItemStatus::Deleted), double(s.deleted)},
                                 {store::stateWord(ItemStatus::SkippedDuplicate), double(s.skippedDuplicate)},
                                 {store::stateWord(ItemStatus::SkippedOversize), double(s.skippedOversize)},
                                 {store::stateWord(ItemStatus::Failed), double(s.failed)},
                                 {store::stateWord(ItemStatus::Pending), double(waiting)}};
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("status")},
                      {QStringLiteral("account"), account->id},
                      {QStringLiteral("counts"), counts},
                      {QStringLiteral("copied"), double(s.copied + s.deleted)},
                      {QStringLiteral("deletedFromServer"), double(s.deleted)},
                      {QStringLiteral("skippedDuplicate"), double(s.skippedDuplicate)},
                      {QStringLiteral("skippedOversize"), double(s.skippedOversize)},
                      {QStringLiteral("failed"), double(s.failed)},
                      {QStringLiteral("pending"), double(waiting)},
                      {QStringLiteral("possibleDuplicates"), double(s.possibleDuplicates)},
                      {QStringLiteral("bytesCopied"), double(s.bytesCopied)},
                      {QStringLiteral("lastRun"), lastRun},
                      {QStringLiteral("lastOutcome"), lastOutcome}};
        const QJsonObject health = StatusHealth::json(*m_service, *account, m_clock->now());
        for (auto it = health.begin(); it != health.end(); ++it)
            o.insert(it.key(), it.value());
        printJson(o);
    } else {
        const auto row = [](const QString &word, qint64 n, const QString &what) {
            return QStringLiteral("  %1 %2  %3\n").arg(word.leftJustified(22)).arg(n, 7).arg(what);
        };
        const bool archive = account->isArchive();
        m_out << terminalSafe(account->email.isEmpty() ? account->id : account->email);
        if (!account->gmailAccount.isEmpty())
            m_out << " → " << terminalSafe(account->gmailAccount);
        m_out << '\n'
              << row(tr("in Gmail"), s.copied + s.deleted + s.skippedDuplicate,
                     tr("%1 copied (MB = 1,048,576 bytes)").arg(mb(s.bytesCopied)))
              << row(store::stateWord(ItemStatus::Copied), s.copied,
                     archive ? tr("copied; the archive is never changed") : tr("copied, still on the server"))
              << row(store::stateWord(ItemStatus::Copied, store::ItemFlag::PossibleDuplicate), s.possibleDuplicates,
                     tr("Gmail may hold these twice (an interrupted upload was repeated)"))
              << row(store::stateWord(ItemStatus::Deleted), s.deleted, tr("copied, then removed from the server"))
              << row(store::stateWord(ItemStatus::SkippedDuplicate), s.skippedDuplicate, tr("already in Gmail"))
              << row(store::stateWord(ItemStatus::SkippedOversize), s.skippedOversize,
                     archive ? tr("too large; not copied") : tr("too large; left on the server"))
              << row(store::stateWord(ItemStatus::Failed), s.failed,
                     archive ? tr("still in the archive; import --retry-failed tries them again")
                             : tr("left on the server; retry-failed tries them again"))
              << row(store::stateWord(ItemStatus::Pending), waiting, tr("still to do"))
              << tr("  last run: %1 (%2)").arg(lastRun.isEmpty() ? tr("never") : lastRun, lastOutcome) << '\n'
              << StatusHealth::text(*m_service, *account, m_clock->now());
    }
    return s.failed > 0 ? ExitItemFailures : ExitOk;
}

int CliRunner::exportLog()
{
    QString error;
    const auto account = ledgerAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    const QString path = account->ledgerPath();
    if (!QFileInfo::exists(path)) {
        m_err << tr("There is no record for %1 (looked for %2), so there is no log to export. The record is named by "
                    "--account, or by the --email the migrate was given.")
                     .arg(account->id, path)
              << '\n';
        return ExitUsage;
    }
    auto ledger = m_service->openLedger(*account);
    if (!ledger) {
        m_err << ledger.error().message << '\n';
        return ExitInternal;
    }
    store::CsvExporter::Options csvOptions;
    csvOptions.content = store::CsvExporter::Content::Events;
    csvOptions.filter = m_options.isSet(QStringLiteral("failures")) ? store::ItemFilter::Failures : store::ItemFilter::All;
    const QString output = m_options.value(QStringLiteral("output"));
    const QFileInfo target(output);
    Result<qint64> written = qint64(0);
    if (output.isEmpty() || output == QLatin1String("-") || (target.exists() && !target.isFile() && !target.isDir())) {
        // Standard output, or a device or pipe: written in place (a device cannot be replaced
        // atomically), every write and the final flush checked.
        QFile file;
        const bool opened = output.isEmpty() || output == QLatin1String("-")
            ? file.open(stdout, QIODevice::WriteOnly)
            : (file.setFileName(output), file.open(QIODevice::WriteOnly));
        if (!opened) {
            m_err << tr("Cannot write %1: %2").arg(output.isEmpty() ? tr("standard output") : output, file.errorString()) << '\n';
            return ExitInternal;
        }
        written = store::CsvExporter::exportTo(*ledger.value(), &file, csvOptions);
        if (written && !file.flush()) {
            m_err << tr("The log could not be written completely to %1: %2")
                         .arg(output.isEmpty() ? tr("standard output") : output, file.errorString())
                  << '\n';
            return ExitInternal;
        }
    } else {
        // A regular file: QSaveFile, so a full disk never leaves half a log behind.
        written = store::CsvExporter::exportTo(*ledger.value(), output, csvOptions);
    }
    if (!written) {
        m_err << tr("The log was not written to %1: %2 (%3)")
                     .arg(output.isEmpty() ? tr("standard output") : output, written.error().message, written.error().detail)
              << '\n';
        return ExitInternal;
    }
    if (!output.isEmpty() && output != QLatin1String("-"))
        m_err << tr("Wrote %1 rows to %2.").arg(written.value()).arg(output) << '\n';
    return ExitOk;
}

int CliRunner::forget()
{
    const QString id = m_options.value(QStringLiteral("account"));
    const auto account = m_service->account(id);
    accounts::AccountConfig named;
    named.id = id;
    const bool haveRecord = QFileInfo::exists(named.ledgerPath());
    if (!account && !haveRecord) {
        m_err << tr("There is no account %1 on this computer (see 'mailferry accounts').").arg(terminalSafe(id)) << '\n';
        return ExitUsage;
    }
    accounts::AccountService::ForgetRequest request;
    request.accountIds = {id};
    request.keepRecord = m_options.isSet(QStringLiteral("keep-record"));
    std::optional<accounts::AccountService::ForgetResult> result;
    QEventLoop loop;
    m_service->forget(request, [&](accounts::AccountService::ForgetResult r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    const bool complete = result->problems.isEmpty();
    if (m_json) {
        QJsonArray problems;
        for (const QString &p : std::as_const(result->problems))
            problems.append(p);
        printJson({{QStringLiteral("type"), QStringLiteral("forgotten")},
                   {QStringLiteral("account"), id},
                   {QStringLiteral("recordKept"), result->recordKept},
                   {QStringLiteral("complete"), complete},
                   {QStringLiteral("problems"), problems}});
    } else {
        m_out << (result->recordKept
                      ? tr("Forgot %1: its settings and saved password are removed. The record of what was copied is "
                           "kept, so setting up the same mailbox again does not copy everything again.")
                      : tr("Forgot %1: its settings, saved password and the record of what was copied are removed."))
                     .arg(terminalSafe(id))
              << '\n';
        for (const QString &p : std::as_const(result->problems))
            m_err << tr("Not removed: %1").arg(terminalSafe(p)) << '\n';
    }
    return complete ? ExitOk : ExitInternal;
}

int CliRunner::listAccounts()
{
    const auto all = m_service->accounts();
    for (const auto &a : all) {
        if (m_json)
            printJson({{QStringLiteral("type"), QStringLiteral("account")},
                       {QStringLiteral("id"), a.id},
                       {QStringLiteral("email"), a.email},
                       {QStringLiteral("host"), a.host},
                       {QStringLiteral("port"), a.port},
                       {QStringLiteral("gmail"), a.gmailAccount}});
        else
            m_out << terminalSafe(a.id) << "  " << terminalSafe(a.host) << ':' << a.port << "  → " << terminalSafe(a.gmailAccount)
                  << '\n';
    }
    if (all.isEmpty() && !m_json)
        m_out << tr("No accounts yet. Set one up in the app, or run 'mailferry migrate --email … --host … --save'.") << '\n';
    return ExitOk;
}

void CliRunner::printProgress(const migration::Progress &p)
{
    m_lastProgress = p;
    m_haveProgress = true;
    switch (p.state) {
    case migration::RunState::Connecting:
    case migration::RunState::Planning:
    case migration::RunState::Transferring:
    case migration::RunState::Pausing:
    case migration::RunState::Paused: m_leftWhileWorking = p.left; break;
    default: break;
    }
    if (m_json) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("progress")},
                      {QStringLiteral("state"), migration::runStateName(p.state)},
                      {QStringLiteral("total"), p.total},
                      {QStringLiteral("copied"), p.copied},
                      {QStringLiteral("skipped"), p.skipped},
                      {QStringLiteral("failed"), p.failed},
                      {QStringLiteral("left"), p.left},
                      {QStringLiteral("alreadyDone"), p.alreadyDone},
                      {QStringLiteral("failedEarlier"), p.failedEarlier},
                      {QStringLiteral("bytesDone"), double(p.bytesDone)},
                      {QStringLiteral("messagesPerMinute"), p.messagesPerMinute},
                      {QStringLiteral("status"), terminalSafe(p.statusText, 500)}};
        if (p.eta)
            o.insert(QStringLiteral("etaSeconds"), double(p.eta->count() / 1000));
        if (p.lastSuccess.isValid())
            o.insert(QStringLiteral("lastSuccess"), p.lastSuccess.toUTC().toString(Qt::ISODate));
        printJson(o);
        return;
    }
    if (!m_tty)
        return; // a log gets the steady progress line (printLogLine), not a redrawn bar
    const int done = p.copied + p.skipped + p.failed;
    const int all = done + p.left;
    const int width = 30;
    const int filled = all > 0 ? int(double(done) / all * width) : 0;
    QString line = QStringLiteral("\r[%1%2] %3/%4  %5 %6  %7 %8  %9 %10  %11 msg/min")
                       .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                       .arg(done)
                       .arg(all)
                       .arg(store::stateWord(store::ItemStatus::Copied))
                       .arg(p.copied)
                       .arg(tr("skipped"))
                       .arg(p.skipped)
                       .arg(store::stateWord(store::ItemStatus::Failed))
                       .arg(p.failed)
                       .arg(p.messagesPerMinute, 0, 'f', 0);
    if (p.eta)
        line += QStringLiteral("  ETA %1").arg(formatDuration(*p.eta));
    if (p.state != migration::RunState::Transferring)
        line += QStringLiteral("  ") + terminalSafe(p.statusText, 60);
    if (m_continuous && p.lastSuccess.isValid() && p.state != migration::RunState::Transferring)
        line += QStringLiteral("  ") + tr("last success %1").arg(p.lastSuccess.toLocalTime().toString(Qt::ISODate));
    m_out << line.leftJustified(140).left(140);
    m_out.flush();
    m_barShown = true;
}

void CliRunner::printLogLine()
{
    if (!m_haveProgress) {
        m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  " << tr("progress: connecting…") << '\n';
        m_out.flush();
        return;
    }
    const migration::Progress &p = m_lastProgress;
    const int done = p.copied + p.skipped + p.failed;
    QString line = tr("progress: copied %1/%2, skipped %3, failed %4, %5 msg/min")
                       .arg(p.copied)
                       .arg(done + p.left)
                       .arg(p.skipped)
                       .arg(p.failed)
                       .arg(p.messagesPerMinute, 0, 'f', 0);
    if (p.eta)
        line += tr(", ETA %1").arg(formatDuration(*p.eta));
    line += QStringLiteral(" — ") + terminalSafe(p.statusText.isEmpty() ? migration::runStateText(p.state) : p.statusText, 200);
    if (m_continuous && p.lastSuccess.isValid())
        line += tr(" (last success %1)").arg(p.lastSuccess.toLocalTime().toString(Qt::ISODate));
    m_out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  " << line << '\n';
    m_out.flush();
}

void CliRunner::printItem(const migration::ItemEvent &e)
{
    const QString word = eventWord(e);
    if (m_json) {
        // Every outcome, deletions included, carries the same fields; sender-controlled text is
        // cleaned of control characters and bidi overrides like everywhere else.
        printJson({{QStringLiteral("type"), QStringLiteral("item")},
                   {QStringLiteral("outcome"), word},
                   {QStringLiteral("uidl"), terminalSafe(QString::fromLatin1(e.uidl), 100)},
                   {QStringLiteral("messageId"), terminalSafe(e.messageId, 1000)},
                   {QStringLiteral("subject"), terminalSafe(e.subject, 1000)},
                   {QStringLiteral("from"), terminalSafe(e.from, 500)},
                   {QStringLiteral("date"), terminalSafe(e.date, 200)},
                   {QStringLiteral("size"), double(e.size)},
                   {QStringLiteral("gmailId"), terminalSafe(e.gmailId, 100)},
                   {QStringLiteral("attempts"), e.attempts},
                   {QStringLiteral("possibleDuplicate"), e.possibleDuplicate},
                   {QStringLiteral("dateRescued"), e.dateRescued},
                   {QStringLiteral("reason"), terminalSafe(e.reason, 1000)}});
        return;
    }
    // Only what needs a human's eye gets its own line; copies show in the bar.
    const bool notable = e.outcome == migration::ItemOutcome::Failed || e.outcome == migration::ItemOutcome::SkippedOversize
        || e.outcome == migration::ItemOutcome::PossibleDuplicate || e.possibleDuplicate;
    if (!notable)
        return;
    if (m_barShown)
        m_out << '\n';
    m_barShown = false;
    // What is known of it: a damaged place in an archive has no subject, sender or date.
    QStringList parts;
    if (!e.subject.isEmpty())
        parts << QLatin1Char('"') + terminalSafe(e.subject, 120) + QLatin1Char('"');
    if (!e.from.isEmpty())
        parts << tr("from %1").arg(terminalSafe(e.from, 80));
    if (!e.date.isEmpty())
        parts << tr("date %1").arg(terminalSafe(e.date, 60));
    if (e.size > 0)
        parts << sizeText(e.size);
    parts << (m_fromArchive ? tr("place in the archive %1").arg(terminalSafe(QString::fromUtf8(e.uidl), 120))
                            : tr("server id %1").arg(terminalSafe(QString::fromLatin1(e.uidl), 80)));
    m_out << word << ": " << parts.join(QStringLiteral(", "));
    if (!e.reason.isEmpty())
        m_out << " — " << terminalSafe(e.reason, 300);
    m_out << '\n';
    m_out.flush();
}

void CliRunner::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

int CliRunner::preflight()
{
    // The same account migrate (or, with --path, import) would use; nothing is saved.
    QString error;
    const std::optional<accounts::AccountConfig> account =
        m_options.isSet(QStringLiteral("path")) ? ImportCommand::resolve(m_options, m_settings, &error) : resolveAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    QString password;
    if (!account->isArchive()) {
        password = readPop3Password(*account, &error);
        if (password.isEmpty()) {
            m_err << error << '\n';
            return ExitAccount;
        }
    }
    return PreflightCommand(m_out, m_err, m_json, m_tty).run(*account, password, m_service);
}

} // namespace mf::app
