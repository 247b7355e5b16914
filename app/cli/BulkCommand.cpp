// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/BulkCommand.h"

#include "accounts/AccountService.h"
#include "accounts/BulkCsv.h"
#include "cli/CliOptions.h"
#include "cli/CliRunner.h"
#include "cli/MultiRun.h"
#include "cli/RunKnobs.h"
#include "cli/StrictNumbers.h"
#include "cli/TerminalText.h"
#include "google/Endpoints.h"
#include "secrets/CredentialStore.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSettings>

#include <functional>

namespace mf::app {
namespace {

const QString kAll = QStringLiteral("all");
const QString kCsv = QStringLiteral("csv");
const QString kParallel = QStringLiteral("parallel");
const QString kPasswordFile = QStringLiteral("password-file");
const QString kPasswordsStdin = QStringLiteral("passwords-stdin");

const QStringList kOwnOptions{kAll, kCsv, kParallel, kPasswordFile, kPasswordsStdin};

} // namespace

QList<QCommandLineOption> BulkCommand::options()
{
    return {
        {kAll, tr("migrate: every saved mailbox at once, each with its saved settings.")},
        {kCsv, tr("bulk: the CSV file with one row per mailbox (see the README, \"Moving a whole office\")."),
         QStringLiteral("file")},
        {kParallel,
         tr("bulk and migrate --all: mailboxes copying at once, 1 to %1 (default %2). Mailboxes into the same Gmail "
            "account share its quota.")
             .arg(kMaxParallel)
             .arg(kDefaultParallel),
         QStringLiteral("n")},
        {kPasswordFile,
         tr("bulk and migrate --all: the POP3 passwords, one \"address<TAB>password\" (or \"address,password\") a line; "
            "refused unless only you can read the file (chmod 600)."),
         QStringLiteral("file")},
        {kPasswordsStdin, tr("bulk and migrate --all: read the passwords, in the same lines, from standard input.")},
    };
}

bool BulkCommand::handles(const CliOptions &options)
{
    const QString command = options.command();
    return command == QLatin1String("bulk") || command == QLatin1String("signin")
        || (command == QLatin1String("migrate") && options.isSet(kAll));
}

std::optional<bool> BulkCommand::checkApplicable(const CliOptions &options, QString *error)
{
    const QString command = options.command();
    const bool bulk = command == QLatin1String("bulk");
    const bool signin = command == QLatin1String("signin");
    const bool all = command == QLatin1String("migrate") && options.isSet(kAll);
    if (!bulk && !signin && !all) {
        for (const QString &name : kOwnOptions) {
            if (!options.isSet(name))
                continue;
            *error = name == kAll ? tr("--all applies to migrate only, not to %1.").arg(command)
                                  : tr("--%1 applies to bulk and migrate --all only, not to %2.").arg(name, command);
            return false;
        }
        return std::nullopt;
    }
    QStringList allowed{QStringLiteral("json"), QStringLiteral("client-secret")};
    if (signin)
        allowed << QStringLiteral("gmail");
    else
        allowed << kParallel << kPasswordFile << kPasswordsStdin << QStringLiteral("dry-run");
    if (bulk)
        allowed << kCsv << QStringLiteral("save");
    if (all)
        allowed << kAll;
    for (const QString &name : options.givenOptions()) {
        if (allowed.contains(name))
            continue;
        if (bulk)
            *error = tr("--%1 does not apply to bulk: the CSV's columns give each mailbox's settings.").arg(name);
        else if (all)
            *error =
                tr("--%1 does not apply to migrate --all, which runs every saved mailbox with its saved settings.").arg(name);
        else
            *error = tr("--%1 does not apply to signin.").arg(name);
        return false;
    }
    if (bulk && !options.isSet(kCsv)) {
        *error = tr("bulk needs --csv with the file of mailboxes.");
        return false;
    }
    if (signin && !options.isSet(QStringLiteral("gmail"))) {
        *error = tr("signin needs --gmail with the Google address to sign in.");
        return false;
    }
    if (options.isSet(kPasswordFile) && options.isSet(kPasswordsStdin)) {
        *error = tr("--password-file and --passwords-stdin cannot be combined; choose one.");
        return false;
    }
    if (options.isSet(kParallel)) {
        const WholeNumber n = parseWholeNumber(options.value(kParallel), 1, kMaxParallel);
        if (!n.value) {
            *error = tr("--%1 %2.").arg(kParallel, n.problem);
            return false;
        }
    }
    return true;
}

BulkCommand::BulkCommand(Context context)
    : m_c(context)
{
}

int BulkCommand::run()
{
    return m_c.options.command() == QLatin1String("bulk") ? bulk() : migrateAll();
}

std::optional<accounts::PasswordList> BulkCommand::passwordsGiven(QString *error)
{
    Result<accounts::PasswordList> list = accounts::PasswordList{};
    if (m_c.options.isSet(kPasswordFile)) {
        list = accounts::PasswordFile::readFile(m_c.options.value(kPasswordFile));
    } else if (m_c.options.isSet(kPasswordsStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = tr("--passwords-stdin was given, but standard input cannot be read.");
            return std::nullopt;
        }
        list = accounts::PasswordFile::readDevice(&in);
    }
    if (!list) {
        *error = list.error().message;
        return std::nullopt;
    }
    return list.value();
}

QString BulkCommand::readSecret(const QString &key)
{
    QString secret;
    QEventLoop loop;
    bool done = false;
    m_c.service->secrets()->read(key, [&](Result<QString> r) {
        if (r)
            secret = r.value();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return secret;
}

bool BulkCommand::writeSecret(const QString &key, const QString &secret)
{
    bool ok = false;
    bool done = false;
    QEventLoop loop;
    m_c.service->secrets()->write(key, secret, [&](Status s) {
        ok = s.ok();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return ok;
}

bool BulkCommand::prepare(accounts::AccountConfig &a, QString *error) const
{
    // Saved settings are held to the limits the command line and the CSV enforce.
    accounts::MigrationOptions &o = a.options;
    const qint64 gmailMax = CliOptions::kGmailMaxMb * 1024 * 1024;
    if (o.sizeLimitBytes <= 0 || o.sizeLimitBytes > gmailMax)
        o.sizeLimitBytes = gmailMax;
    o.batchSize = std::clamp<int>(o.batchSize, 1, int(CliOptions::kMaxBatchSize));
    if (o.afterCopy == accounts::AfterCopy::DeleteAfterDays
        && (o.deleteAfterDays < 1 || o.deleteAfterDays > CliOptions::kMaxDeleteAfterDays)) {
        *error = tr("its saved settings delete messages %1 days after copying, which is not 1 to %2; fix it in the app")
                     .arg(o.deleteAfterDays)
                     .arg(CliOptions::kMaxDeleteAfterDays);
        return false;
    }
    // A run of many is one pass each: continuous sync is the app's (or `migrate --every`'s) job.
    o.continuous = false;
    // Knobs for tests and benchmarks, as for migrate.
    if (!applyRunKnobs(o, error))
        return false;
    return true;
}

int BulkCommand::bulk()
{
    const QString path = m_c.options.value(kCsv);
    const accounts::BulkFile file = accounts::BulkCsv::readFile(path);
    if (!file.ok()) {
        for (const accounts::BulkProblem &p : file.problems)
            m_c.err << terminalSafe(path, 300) << ": " << terminalSafe(p.text(), 1000) << '\n';
        m_c.err << tr("Nothing was started: correct the file and run again.") << '\n';
        return ExitUsage;
    }
    QList<accounts::AccountConfig> accounts;
    for (const accounts::BulkRow &row : file.rows)
        accounts.append(row.account);
    return runAll(accounts, m_c.options.isSet(QStringLiteral("save")));
}

int BulkCommand::migrateAll()
{
    QList<accounts::AccountConfig> accounts = m_c.service->accounts();
    if (accounts.isEmpty()) {
        m_c.err << tr("No accounts are saved. Set them up in the app, or with 'mailferry migrate … --save', or run "
                      "'mailferry bulk --csv FILE'.")
                << '\n';
        return ExitUsage;
    }
    for (accounts::AccountConfig &a : accounts) {
        if (a.gmailAccount.isEmpty())
            a.gmailAccount = m_c.service->googleAccountEmail(&a);
    }
    return runAll(accounts, false);
}

int BulkCommand::runAll(QList<accounts::AccountConfig> accounts, bool save)
{
    QString error;
    const auto given = passwordsGiven(&error);
    if (!given) {
        m_c.err << terminalSafe(error, 1000) << '\n' << tr("Nothing was started.") << '\n';
        return ExitUsage;
    }
    const Result<google::ClientConfig> client = m_c.service->clientConfig(m_c.options.value(QStringLiteral("client-secret")));
    if (!client || !client.value().isValid()) {
        m_c.err << (client ? tr("No Google client is configured. Sign in once in the app, or give --client-secret with "
                                "the client_secret.json of your Google Cloud project.")
                           : client.error().message)
                << '\n';
        return ExitAccount;
    }
    const google::Endpoints endpoints = google::Endpoints::fromEnvironment();

    QHash<QString, QString> tokenOf; // by Google address, lower case; read once per account
    QList<MultiMailbox> mailboxes;
    for (accounts::AccountConfig &a : accounts) {
        MultiMailbox m;
        const QString address = a.email.isEmpty() ? a.id : a.email;
        if (!prepare(a, &error)) {
            m.account = a;
            m.refusedExit = ExitUsage;
            m.refusal = error;
            mailboxes.append(m);
            continue;
        }
        m.account = a;
        if (!a.isArchive()) {
            m.password = accounts::PasswordFile::lookUp(*given, a.email);
            if (m.password.isEmpty())
                m.password = readSecret(secrets::pop3PasswordKey(a.id));
            if (m.password.isEmpty()) {
                m.refusedExit = ExitAccount;
                m.refusal = tr("no POP3 password: put \"%1<TAB>password\" in the --password-file (or on standard input "
                               "with --passwords-stdin), or save it in the app")
                                .arg(address);
            }
        }
        const QString gmail = a.gmailAccount.trimmed().toLower();
        if (m.refusedExit == 0 && gmail.isEmpty()) {
            m.refusedExit = ExitAccount;
            m.refusal = tr("no Google account to copy into; set one in the app");
        } else if (m.refusedExit == 0) {
            if (!tokenOf.contains(gmail))
                tokenOf.insert(gmail, readSecret(secrets::googleRefreshTokenKey(gmail)));
            const QString token = tokenOf.value(gmail);
            if (token.isEmpty()) {
                m.refusedExit = ExitAccount;
                m.refusal = tr("sign in first: mailferry signin --gmail %1").arg(a.gmailAccount);
            } else {
                const accounts::GoogleCredentials c =
                    accounts::AccountService::credentials(client.value(), endpoints, a.gmailAccount, token);
                m.google = migration::GoogleAccess{c.clientId, c.clientSecret, c.refreshToken, c.accountEmail, c.baseUrlOverride};
            }
        }
        mailboxes.append(m);
    }

    if (save) {
        // The rows become accounts of this computer (for the app and migrate --all), and the
        // passwords given for them go to the keychain: only when asked, never the settings.
        for (const MultiMailbox &m : std::as_const(mailboxes)) {
            if (m.refusedExit == ExitUsage)
                continue;
            m_c.service->store().save(m.account);
            const QString typed = accounts::PasswordFile::lookUp(*given, m.account.email);
            if (!typed.isEmpty() && !writeSecret(secrets::pop3PasswordKey(m.account.id), typed))
                m_c.err << tr("%1: the password could not be saved in the keychain; it is used for this run only.")
                               .arg(terminalSafe(m.account.email))
                        << '\n';
        }
        m_c.service->settings()->sync();
    }

    MultiRun run(m_c.clock, m_c.service, m_c.out, m_c.err);
    run.setJson(m_c.options.isSet(QStringLiteral("json")));
    run.setTerminal(m_c.tty);
    // migrate --all runs saved accounts, and bulk --save has just saved its rows.
    run.setRecordHealth((save || m_c.options.command() == QLatin1String("migrate"))
                        && !m_c.options.isSet(QStringLiteral("dry-run")));
    const WholeNumber parallel = parseWholeNumber(m_c.options.value(kParallel), 1, kMaxParallel);
    run.setMaxParallel(m_c.options.isSet(kParallel) && parallel.value ? int(*parallel.value) : kDefaultParallel);
    migration::RunRequest request;
    request.dryRun = m_c.options.isSet(QStringLiteral("dry-run"));
    run.setRequest(request);
    const QString interval = qEnvironmentVariable("MAILFERRY_PROGRESS_INTERVAL_MS");
    if (!interval.isEmpty()) {
        const WholeNumber n = parseWholeNumber(interval, 10, 3600000);
        if (!n.value) {
            m_c.err << tr("MAILFERRY_PROGRESS_INTERVAL_MS %1.").arg(n.problem) << '\n';
            return ExitUsage;
        }
        run.setLogInterval(Millis(*n.value));
    }
    return run.run(mailboxes);
}

} // namespace mf::app
