#include "cli/CliRunner.h"

#include "common/Paths.h"
#include "common/SettingsKeys.h"
#include "common/Version.h"
#include "google/ClientConfig.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mf::app {
namespace {

const QStringList kCommands{QStringLiteral("migrate"), QStringLiteral("status"), QStringLiteral("export-log"),
                            QStringLiteral("retry-failed"), QStringLiteral("accounts")};

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}
#endif

QString formatDuration(Millis d)
{
    const qint64 s = d.count() / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{
    m_settings = new QSettings(QString::fromLatin1(keys::kOrganization), QString::fromLatin1(keys::kApplication));
#ifdef Q_OS_UNIX
    m_tty = ::isatty(STDOUT_FILENO);
#endif
}

CliRunner::~CliRunner()
{
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
    m_parser.setApplicationDescription(
        tr("Moves mail from POP3 mailboxes into Gmail, safely.\n\n"
           "Commands:\n"
           "  migrate        copy the account's mail into Gmail (resumes where it stopped)\n"
           "  retry-failed   try exactly the messages that failed before, then go on\n"
           "  status         what the ledger says: copied, skipped, failed, left\n"
           "  export-log     write the item log as CSV (Excel-safe)\n"
           "  accounts       list the configured accounts\n\n"
           "Exit codes: 0 done, 1 some messages failed, 2 usage, 3 the account needs you (password, Google "
           "consent), 4 unreachable, 5 already running, 6 internal error, 130 interrupted.\n"
           "The POP3 password comes from the system keychain, or from standard input with --password-stdin, "
           "or from the MAILFERRY_POP3_PASSWORD environment variable; never from the command line."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("migrate, retry-failed, status, export-log or accounts"));
    const QList<QCommandLineOption> options{
        {QStringLiteral("account"), tr("The account id (see 'accounts'); default: the only one."), QStringLiteral("id")},
        {QStringLiteral("json"), tr("Print JSON lines instead of a progress bar.")},
        {QStringLiteral("dry-run"), tr("Plan only: show what would be copied; nothing is written anywhere.")},
        {QStringLiteral("password-stdin"), tr("Read the POP3 password from the first line of standard input.")},
        {QStringLiteral("email"), tr("The old address (for an account not set up in the app)."), QStringLiteral("address")},
        {QStringLiteral("host"), tr("POP3 server."), QStringLiteral("host")},
        {QStringLiteral("port"), tr("POP3 port (995 for TLS, 110 for STARTTLS)."), QStringLiteral("port")},
        {QStringLiteral("security"), tr("tls (default), starttls or plain."), QStringLiteral("mode")},
        {QStringLiteral("user"), tr("POP3 user name (default: the address)."), QStringLiteral("name")},
        {QStringLiteral("trust-fingerprint"), tr("Trust a server certificate with this SHA-256 fingerprint."), QStringLiteral("hex")},
        {QStringLiteral("gmail"), tr("The Google account to copy into."), QStringLiteral("address")},
        {QStringLiteral("client-secret"), tr("A Google Cloud client_secret.json to use."), QStringLiteral("file")},
        {QStringLiteral("delete"), tr("Delete each message from the server once Gmail has it.")},
        {QStringLiteral("delete-after"), tr("Delete messages this many days after they were copied."), QStringLiteral("days")},
        {QStringLiteral("label"), tr("Put the messages under this Gmail label."), QStringLiteral("label")},
        {QStringLiteral("archive"), tr("Archive (skip the Inbox); use with --label.")},
        {QStringLiteral("read"), tr("Mark the messages as read.")},
        {QStringLiteral("import"), tr("Let Gmail filter spam (messages.import instead of insert).")},
        {QStringLiteral("size-limit-mb"), tr("Skip messages larger than this (default 50)."), QStringLiteral("MB")},
        {QStringLiteral("batch-size"), tr("Messages per POP3 session (default 50)."), QStringLiteral("n")},
        {QStringLiteral("every"), tr("Keep checking every N minutes (until interrupted)."), QStringLiteral("minutes")},
        {QStringLiteral("save"), tr("Save these settings as an account for later runs and the app.")},
        {QStringLiteral("output"), tr("export-log: the CSV file to write (default: standard output)."), QStringLiteral("file")},
        {QStringLiteral("failures"), tr("export-log: only the messages that were not copied.")},
    };
    m_parser.addOptions(options);
    if (!m_parser.parse(arguments)) {
        m_err << m_parser.errorText() << '\n';
        return ExitUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return ExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "mailferry " << MAILFERRY_VERSION << '\n';
        return ExitOk;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    const QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("migrate"))
        return migrate(false);
    if (command == QLatin1String("retry-failed"))
        return migrate(true);
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("export-log"))
        return exportLog();
    if (command == QLatin1String("accounts"))
        return listAccounts();
    m_err << tr("Unknown command \"%1\". See mailferry --help.").arg(command) << '\n';
    return ExitUsage;
}

std::optional<migration::AccountConfig> CliRunner::resolveAccount(QString *error)
{
    migration::AccountStore store(m_settings);
    std::optional<migration::AccountConfig> account;
    const QString email = m_parser.value(QStringLiteral("email"));
    QString id = m_parser.value(QStringLiteral("account"));
    if (id.isEmpty() && !email.isEmpty())
        id = migration::AccountConfig::idForEmail(email);
    if (!id.isEmpty()) {
        account = store.account(id);
    } else {
        const auto all = store.accounts();
        if (all.size() == 1)
            account = all.first();
        else if (all.size() > 1) {
            *error = tr("There are several accounts; choose one with --account (see 'mailferry accounts').");
            return std::nullopt;
        }
    }
    if (!account) {
        if (email.isEmpty() && m_parser.value(QStringLiteral("host")).isEmpty()) {
            *error = tr("No account is set up. Set one up in the app, or give --email and --host.");
            return std::nullopt;
        }
        account = migration::AccountConfig{};
        account->id = migration::AccountConfig::idForEmail(email.isEmpty() ? m_parser.value(QStringLiteral("user")) : email);
        account->email = email;
    }
    // Options on the command line override what is saved, for this run (and for later ones with --save).
    migration::AccountConfig &a = *account;
    if (m_parser.isSet(QStringLiteral("host")))
        a.host = m_parser.value(QStringLiteral("host"));
    if (m_parser.isSet(QStringLiteral("port")))
        a.port = quint16(m_parser.value(QStringLiteral("port")).toUInt());
    if (m_parser.isSet(QStringLiteral("security"))) {
        const QString s = m_parser.value(QStringLiteral("security")).toLower();
        if (s == QLatin1String("tls"))
            a.security = migration::AccountConfig::Security::ImplicitTls;
        else if (s == QLatin1String("starttls"))
            a.security = migration::AccountConfig::Security::StartTls;
        else if (s == QLatin1String("plain")) {
            a.security = migration::AccountConfig::Security::PlainText;
            a.allowPlaintextPassword = true; // asked for explicitly on the command line
        } else {
            *error = tr("--security must be tls, starttls or plain.");
            return std::nullopt;
        }
        if (!m_parser.isSet(QStringLiteral("port")))
            a.port = a.security == migration::AccountConfig::Security::ImplicitTls ? 995 : 110;
    }
    if (m_parser.isSet(QStringLiteral("user")))
        a.user = m_parser.value(QStringLiteral("user"));
    if (a.user.isEmpty())
        a.user = a.email;
    if (m_parser.isSet(QStringLiteral("trust-fingerprint")))
        a.pinnedSha256 = m_parser.value(QStringLiteral("trust-fingerprint")).toLower().remove(QLatin1Char(':')).toLatin1();
    if (m_parser.isSet(QStringLiteral("gmail")))
        a.gmailAccount = m_parser.value(QStringLiteral("gmail"));
    migration::MigrationOptions &o = a.options;
    if (m_parser.isSet(QStringLiteral("delete")))
        o.afterCopy = migration::AfterCopy::Delete;
    if (m_parser.isSet(QStringLiteral("delete-after"))) {
        o.afterCopy = migration::AfterCopy::DeleteAfterDays;
        o.deleteAfterDays = std::max(0, m_parser.value(QStringLiteral("delete-after")).toInt());
    }
    if (m_parser.isSet(QStringLiteral("label")))
        o.label = m_parser.value(QStringLiteral("label"));
    if (m_parser.isSet(QStringLiteral("archive")))
        o.placement = migration::Placement::ArchiveWithLabel;
    else if (m_parser.isSet(QStringLiteral("read")))
        o.placement = migration::Placement::InboxRead;
    if (m_parser.isSet(QStringLiteral("import")))
        o.useImport = true;
    if (m_parser.isSet(QStringLiteral("size-limit-mb")))
        o.sizeLimitBytes = qint64(m_parser.value(QStringLiteral("size-limit-mb")).toDouble() * 1024 * 1024);
    if (m_parser.isSet(QStringLiteral("batch-size")))
        o.batchSize = std::max(1, m_parser.value(QStringLiteral("batch-size")).toInt());
    if (m_parser.isSet(QStringLiteral("every"))) {
        o.continuous = true;
        o.intervalMinutes = std::max(1, m_parser.value(QStringLiteral("every")).toInt());
    }
    const QString batchPause = qEnvironmentVariable("MAILFERRY_BATCH_PAUSE_MS");
    if (!batchPause.isEmpty())
        o.batchPause = Millis(batchPause.toLongLong());
    if (!a.isValid()) {
        *error = tr("The account is missing its server or user name (give --host and --user).");
        return std::nullopt;
    }
    if (m_parser.isSet(QStringLiteral("save")))
        store.save(a);
    return account;
}

QString CliRunner::readSecret(const QString &key)
{
    secrets::KeychainCredentialStore keychain;
    QString secret;
    QEventLoop loop;
    bool done = false;
    keychain.read(key, [&](Result<QString> r) {
        if (r)
            secret = r.value();
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return secret;
}

QString CliRunner::readPop3Password(const migration::AccountConfig &account, QString *error)
{
    if (m_parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (line.isEmpty())
            *error = tr("--password-stdin was given, but standard input held no password.");
        return line;
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

std::optional<migration::GoogleAccess> CliRunner::googleAccess(const migration::AccountConfig &account, QString *error)
{
    migration::GoogleAccess access;
    google::ClientConfig client = google::ClientConfig::builtIn();
    QString clientFile = m_parser.value(QStringLiteral("client-secret"));
    if (clientFile.isEmpty())
        clientFile = m_settings->value(QLatin1String(keys::kGoogleClientFile)).toString();
    if (!clientFile.isEmpty()) {
        auto loaded = google::ClientConfig::fromJsonFile(clientFile);
        if (!loaded) {
            *error = loaded.error().message;
            return std::nullopt;
        }
        client = loaded.value();
    }
    if (!client.isValid()) {
        *error = tr("No Google client is configured. Sign in once in the app, or give --client-secret "
                    "with the client_secret.json of your Google Cloud project.");
        return std::nullopt;
    }
    access.clientId = client.clientId;
    access.clientSecret = client.clientSecret;
    access.accountEmail = account.gmailAccount.isEmpty()
        ? m_settings->value(QLatin1String(keys::kGoogleAccountEmail)).toString()
        : account.gmailAccount;
    // Unattended runs may pass the refresh token in the environment instead of the keychain.
    access.refreshToken = qEnvironmentVariable("MAILFERRY_GOOGLE_REFRESH_TOKEN");
    if (access.refreshToken.isEmpty() && !access.accountEmail.isEmpty())
        access.refreshToken = readSecret(secrets::googleRefreshTokenKey(access.accountEmail));
    if (access.refreshToken.isEmpty()) {
        *error = tr("Mailferry is not signed in to Google. Open the app and sign in with Google first.");
        return std::nullopt;
    }
    return access;
}

int CliRunner::migrate(bool retryFailed)
{
    QString error;
    const auto account = resolveAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    const QString password = readPop3Password(*account, &error);
    if (password.isEmpty()) {
        m_err << error << '\n';
        return ExitAccount;
    }
    const auto google = googleAccess(*account, &error);
    if (!google) {
        m_err << error << '\n';
        return ExitAccount;
    }

    migration::MigrationController controller;
    migration::RunSummary last;
    QEventLoop loop;
    connect(&controller, &migration::MigrationController::progressChanged, this, &CliRunner::printProgress);
    connect(&controller, &migration::MigrationController::itemFinished, this, &CliRunner::printItem);
    connect(&controller, &migration::MigrationController::planReady, this, [this](const migration::PlanPreview &p) {
        if (m_json) {
            printJson({{QStringLiteral("type"), QStringLiteral("plan")},
                       {QStringLiteral("onServer"), p.messagesOnServer},
                       {QStringLiteral("bytesOnServer"), double(p.bytesOnServer)},
                       {QStringLiteral("toCopy"), p.toCopy},
                       {QStringLiteral("bytesToCopy"), double(p.bytesToCopy)},
                       {QStringLiteral("alreadyCopied"), p.alreadyCopied},
                       {QStringLiteral("oversize"), p.oversize},
                       {QStringLiteral("toDelete"), p.toDeleteFromServer},
                       {QStringLiteral("estimatedSeconds"), double(p.estimatedDuration.count() / 1000)},
                       {QStringLiteral("serverHasUidl"), p.serverHasUidl}});
        } else {
            m_out << tr("%1 messages on the server (%2 MB); %3 to copy, %4 already done. About %5 at Gmail's pace.")
                         .arg(p.messagesOnServer)
                         .arg(double(p.bytesOnServer) / 1e6, 0, 'f', 1)
                         .arg(p.toCopy)
                         .arg(p.alreadyCopied)
                         .arg(formatDuration(p.estimatedDuration))
                  << '\n';
            m_out.flush();
        }
    });
    connect(&controller, &migration::MigrationController::stopped, this, [&](const migration::RunSummary &s) {
        last = s;
        loop.quit();
    });

#ifdef Q_OS_UNIX
    // Ctrl+C: finish the messages in flight, QUIT, and stop; a second Ctrl+C stops at once.
    std::unique_ptr<QSocketNotifier> notifier;
    int interrupts = 0;
    if (::pipe(g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        connect(notifier.get(), &QSocketNotifier::activated, this, [&] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
            if (++interrupts > 1)
                std::_Exit(ExitCancelled);
            m_err << '\n' << tr("Stopping after the messages in progress (Ctrl+C again to stop at once)…") << '\n';
            m_err.flush();
            controller.cancel();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif

    migration::RunRequest request;
    request.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    request.retryFailed = retryFailed;
    controller.start(*account, password, *google, request);
    loop.exec();

    migration::AccountStore(m_settings).recordRun(account->id, QDateTime::currentDateTimeUtc(),
                                                  migration::runStateName(last.state));
    if (m_barShown)
        m_out << '\n';
    if (m_json) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("finished")},
                      {QStringLiteral("state"), migration::runStateName(last.state)},
                      {QStringLiteral("copied"), last.copied},
                      {QStringLiteral("skipped"), last.skipped},
                      {QStringLiteral("failed"), last.failed},
                      {QStringLiteral("deletedFromServer"), last.deletedFromServer},
                      {QStringLiteral("possibleDuplicates"), last.possibleDuplicates},
                      {QStringLiteral("alreadyDone"), last.alreadyDone},
                      {QStringLiteral("bytesCopied"), double(last.bytesCopied)},
                      {QStringLiteral("reportMailSent"), last.reportMailSent}};
        if (last.error) {
            o.insert(QStringLiteral("error"), last.error->message);
            o.insert(QStringLiteral("errorCode"), Error::codeName(last.error->code));
        }
        printJson(o);
    } else {
        m_out << tr("Copied %1, skipped %2, failed %3, removed from the server %4.")
                     .arg(last.copied)
                     .arg(last.skipped)
                     .arg(last.failed)
                     .arg(last.deletedFromServer)
              << '\n';
        if (last.error)
            m_err << last.error->message << '\n';
        if (last.failed > 0)
            m_out << tr("See which ones with: mailferry export-log --failures --account %1").arg(account->id) << '\n';
    }
    m_out.flush();
    m_err.flush();
    return exitCodeFor(last);
}

int CliRunner::exitCodeFor(const migration::RunSummary &summary) const
{
    if (summary.state == migration::RunState::Cancelled)
        return ExitCancelled;
    if (summary.error) {
        switch (summary.error->scope) {
        case Error::Scope::Account:
            return summary.error->code == Error::Code::AlreadyRunning ? ExitAlreadyRunning : ExitAccount;
        case Error::Scope::Session:
            return ExitUnreachable;
        case Error::Scope::Cancelled:
            return ExitCancelled;
        case Error::Scope::Internal:
        case Error::Scope::Item:
            return ExitInternal;
        }
    }
    return summary.failed > 0 ? ExitItemFailures : ExitOk;
}

int CliRunner::status()
{
    QString error;
    const auto account = resolveAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    if (!QFile::exists(account->ledgerPath())) {
        m_err << tr("Nothing has been copied from this account yet.") << '\n';
        return ExitOk;
    }
    auto ledger = store::Ledger::open(account->ledgerPath());
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
    migration::AccountStore accounts(m_settings);
    if (m_json) {
        printJson({{QStringLiteral("type"), QStringLiteral("status")},
                   {QStringLiteral("account"), account->id},
                   {QStringLiteral("copied"), double(s.copied + s.deleted)},
                   {QStringLiteral("deletedFromServer"), double(s.deleted)},
                   {QStringLiteral("skippedDuplicate"), double(s.skippedDuplicate)},
                   {QStringLiteral("skippedOversize"), double(s.skippedOversize)},
                   {QStringLiteral("failed"), double(s.failed)},
                   {QStringLiteral("pending"), double(s.pending + s.uploading)},
                   {QStringLiteral("possibleDuplicates"), double(s.possibleDuplicates)},
                   {QStringLiteral("bytesCopied"), double(s.bytesCopied)},
                   {QStringLiteral("lastRun"), accounts.lastRun(account->id).toString(Qt::ISODate)},
                   {QStringLiteral("lastOutcome"), accounts.lastOutcome(account->id)}});
    } else {
        m_out << account->email << " → " << account->gmailAccount << '\n'
              << tr("  copied:            %1 (%2 MB)").arg(s.copied + s.deleted).arg(double(s.bytesCopied) / 1e6, 0, 'f', 1) << '\n'
              << tr("  removed from server: %1").arg(s.deleted) << '\n'
              << tr("  skipped:           %1 duplicates, %2 too large").arg(s.skippedDuplicate).arg(s.skippedOversize) << '\n'
              << tr("  failed:            %1").arg(s.failed) << '\n'
              << tr("  still to do:       %1").arg(s.pending + s.uploading) << '\n'
              << tr("  last run:          %1 (%2)")
                     .arg(accounts.lastRun(account->id).toLocalTime().toString(Qt::ISODate), accounts.lastOutcome(account->id))
              << '\n';
    }
    return s.failed > 0 ? ExitItemFailures : ExitOk;
}

int CliRunner::exportLog()
{
    QString error;
    const auto account = resolveAccount(&error);
    if (!account) {
        m_err << error << '\n';
        return ExitUsage;
    }
    auto ledger = store::Ledger::open(account->ledgerPath());
    if (!ledger) {
        m_err << ledger.error().message << '\n';
        return ExitInternal;
    }
    const bool failures = m_parser.isSet(QStringLiteral("failures"));
    const QString output = m_parser.value(QStringLiteral("output"));
    QFile file;
    if (output.isEmpty() || output == QLatin1String("-")) {
        if (!file.open(stdout, QIODevice::WriteOnly)) {
            m_err << tr("Cannot write to standard output.") << '\n';
            return ExitInternal;
        }
    } else {
        file.setFileName(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_err << tr("Cannot write %1: %2").arg(output, file.errorString()) << '\n';
            return ExitInternal;
        }
    }
    store::CsvExporter::Options csvOptions;
    csvOptions.content = store::CsvExporter::Content::Events;
    csvOptions.filter = failures ? store::ItemFilter::Failures : store::ItemFilter::All;
    const auto written = store::CsvExporter::exportTo(*ledger.value(), &file, csvOptions);
    if (!written) {
        m_err << written.error().message << '\n';
        return ExitInternal;
    }
    return ExitOk;
}

int CliRunner::listAccounts()
{
    const auto all = migration::AccountStore(m_settings).accounts();
    for (const auto &a : all) {
        if (m_json)
            printJson({{QStringLiteral("type"), QStringLiteral("account")},
                       {QStringLiteral("id"), a.id},
                       {QStringLiteral("email"), a.email},
                       {QStringLiteral("host"), a.host},
                       {QStringLiteral("port"), a.port},
                       {QStringLiteral("gmail"), a.gmailAccount}});
        else
            m_out << a.id << "  " << a.host << ':' << a.port << "  → " << a.gmailAccount << '\n';
    }
    if (all.isEmpty() && !m_json)
        m_out << tr("No accounts yet. Set one up in the app, or run 'mailferry migrate --email … --host … --save'.") << '\n';
    return ExitOk;
}

void CliRunner::printProgress(const migration::Progress &p)
{
    if (m_json) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("progress")},
                      {QStringLiteral("state"), migration::runStateName(p.state)},
                      {QStringLiteral("total"), p.total},
                      {QStringLiteral("copied"), p.copied},
                      {QStringLiteral("skipped"), p.skipped},
                      {QStringLiteral("failed"), p.failed},
                      {QStringLiteral("left"), p.left},
                      {QStringLiteral("bytesDone"), double(p.bytesDone)},
                      {QStringLiteral("messagesPerMinute"), p.messagesPerMinute},
                      {QStringLiteral("status"), p.statusText}};
        if (p.eta)
            o.insert(QStringLiteral("etaSeconds"), double(p.eta->count() / 1000));
        printJson(o);
        return;
    }
    if (!m_tty)
        return; // a log file gets the item lines and the summary, not a redrawn bar
    const int done = p.copied + p.skipped + p.failed;
    const int all = done + p.left;
    const int width = 30;
    const int filled = all > 0 ? int(double(done) / all * width) : 0;
    QString line = QStringLiteral("\r[%1%2] %3/%4  copied %5  skipped %6  failed %7  %8 msg/min")
                       .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                       .arg(done)
                       .arg(all)
                       .arg(p.copied)
                       .arg(p.skipped)
                       .arg(p.failed)
                       .arg(p.messagesPerMinute, 0, 'f', 0);
    if (p.eta)
        line += QStringLiteral("  ETA %1").arg(formatDuration(*p.eta));
    if (p.state != migration::RunState::Transferring)
        line += QStringLiteral("  ") + p.statusText;
    m_out << line.leftJustified(110).left(110);
    m_out.flush();
    m_barShown = true;
}

void CliRunner::printItem(const migration::ItemEvent &e)
{
    if (m_json) {
        printJson({{QStringLiteral("type"), QStringLiteral("item")},
                   {QStringLiteral("outcome"), migration::outcomeName(e.outcome)},
                   {QStringLiteral("uidl"), QString::fromLatin1(e.uidl)},
                   {QStringLiteral("messageId"), e.messageId},
                   {QStringLiteral("subject"), e.subject},
                   {QStringLiteral("from"), e.from},
                   {QStringLiteral("date"), e.date},
                   {QStringLiteral("size"), double(e.size)},
                   {QStringLiteral("gmailId"), e.gmailId},
                   {QStringLiteral("attempts"), e.attempts},
                   {QStringLiteral("possibleDuplicate"), e.possibleDuplicate},
                   {QStringLiteral("dateRescued"), e.dateRescued},
                   {QStringLiteral("reason"), e.reason}});
        return;
    }
    // Only what needs a human's eye gets its own line; copies show in the bar.
    if (e.outcome == migration::ItemOutcome::Failed || e.outcome == migration::ItemOutcome::SkippedOversize
        || e.outcome == migration::ItemOutcome::PossibleDuplicate) {
        if (m_barShown)
            m_out << '\n';
        m_out << migration::outcomeName(e.outcome) << ": " << e.subject << " — " << e.reason << '\n';
        m_out.flush();
    }
}

void CliRunner::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

} // namespace mf::app
