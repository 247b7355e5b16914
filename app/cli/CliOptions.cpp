// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliOptions.h"

#include "cli/BulkCommand.h"
#include "cli/ImportCommand.h"
#include "cli/StrictNumbers.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mf::app {
namespace {

const QStringList kCommands{QStringLiteral("migrate"),    QStringLiteral("retry-failed"), QStringLiteral("status"),
                            QStringLiteral("export-log"), QStringLiteral("accounts"),     QStringLiteral("forget"),
                            QStringLiteral("bulk"),       QStringLiteral("signin"),       QStringLiteral("import"),
                            QStringLiteral("preflight")};

/// Options that only make sense for some commands; any other option is accepted by every command
/// that names an account (so `status` takes the very options the `migrate` was given).
const QStringList kRunOnly{QStringLiteral("dry-run"),
                           QStringLiteral("password-stdin"),
                           QStringLiteral("client-secret"),
                           QStringLiteral("delete"),
                           QStringLiteral("delete-after"),
                           QStringLiteral("label"),
                           QStringLiteral("archive"),
                           QStringLiteral("read"),
                           QStringLiteral("import"),
                           QStringLiteral("size-limit-mb"),
                           QStringLiteral("batch-size"),
                           QStringLiteral("every"),
                           QStringLiteral("save"),
                           QStringLiteral("no-strip-blocked"),
                           QStringLiteral("delete-stripped"),
                           QStringLiteral("allow-spam-folder")};
const QStringList kExportOnly{QStringLiteral("output"), QStringLiteral("failures")};
const QStringList kForgetOnly{QStringLiteral("keep-record")};
const QStringList kAccountOptions{QStringLiteral("account"),
                                  QStringLiteral("email"),
                                  QStringLiteral("host"),
                                  QStringLiteral("port"),
                                  QStringLiteral("security"),
                                  QStringLiteral("user"),
                                  QStringLiteral("trust-fingerprint"),
                                  QStringLiteral("gmail")};

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

bool looksLikeAddress(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    return address.match(text).hasMatch();
}

} // namespace

CliOptions::CliOptions()
{
    m_parser.setApplicationDescription(
        tr("Moves mail from POP3 mailboxes into Gmail, safely.\n\n"
           "Commands:\n"
           "  migrate        copy the account's mail into Gmail (resumes where it stopped);\n"
           "                 --all: every saved mailbox at once\n"
           "  retry-failed   try exactly the messages that failed before, then go on\n"
           "  status         what the ledger says: copied, skipped, failed, left\n"
           "  export-log     write the item log as CSV (Excel-safe)\n"
           "  preflight      what a mailbox holds, from its headers only, before copying: counts, dates,\n"
           "                 duplicates, sizes, time at Gmail's pace (--path: mail on this computer)\n"
           "  bulk           copy many mailboxes at once, one row each in --csv FILE, passwords from\n"
           "                 --password-file, --passwords-stdin or the keychain\n"
           "  signin         sign a Google account in (--gmail ADDRESS) for bulk and migrate --all\n"
           "  accounts       list the configured accounts\n"
           "  forget         remove an account from this computer: its settings, its saved password and\n"
           "                 the record of what was copied (--keep-record keeps that record)\n"
           "  import         copy the mail already on this computer (--path: an mbox, a Thunderbird profile's\n"
           "                 Mail folder, a Maildir, .eml files, Apple Mail, an Outlook .pst); nothing on this\n"
           "                 computer is changed or deleted\n\n"
           "Exit codes: 0 done, 1 messages failed and are still to do (see export-log --failures), 2 usage, "
           "3 the account needs you (password, Google consent, certificate), 4 unreachable, 5 already running, "
           "6 internal error, 130 interrupted (run again to finish). With many mailboxes (bulk, migrate --all) each "
           "has its own status in the summary, and the exit code is the worst of them, in this order: "
           "0, 1, 4, 5, 3, 6, 130.\n"
           "Sizes are in MB of 1,048,576 bytes (MiB), like --size-limit-mb.\n"
           "The words for where a message stands are the same in every output: copied, copied-possibly-twice, "
           "skipped-duplicate, skipped-oversize, failed, deleted-from-server, waiting.\n"
           "The POP3 password comes from the system keychain, or from standard input with --password-stdin, "
           "or from the MAILFERRY_POP3_PASSWORD environment variable; never from the command line."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("migrate, retry-failed, import, status, export-log, accounts or forget"));
    const QList<QCommandLineOption> options{
        {QStringLiteral("account"), tr("The account id (see 'accounts'); default: the only one."), QStringLiteral("id")},
        {QStringLiteral("json"), tr("Print JSON lines instead of a progress bar.")},
        {QStringLiteral("dry-run"), tr("Plan only: show what would be copied; nothing is written anywhere.")},
        {QStringLiteral("password-stdin"), tr("Read the POP3 password from the first line of standard input.")},
        {QStringLiteral("email"),
         tr("The old address (for an account not set up in the app); it also names the "
            "account's record, so status and export-log find it with the same --email."),
         QStringLiteral("address")},
        {QStringLiteral("host"), tr("POP3 server."), QStringLiteral("host")},
        {QStringLiteral("port"), tr("POP3 port, 1 to 65535 (995 for TLS, 110 for STARTTLS)."), QStringLiteral("port")},
        {QStringLiteral("security"), tr("tls (default), starttls or plain."), QStringLiteral("mode")},
        {QStringLiteral("user"), tr("POP3 user name (default: the address)."), QStringLiteral("name")},
        {QStringLiteral("trust-fingerprint"),
         tr("Trust the server certificate with this SHA-256 fingerprint (64 hex digits, colons allowed), as "
            "shown when the certificate could not be verified."),
         QStringLiteral("hex")},
        {QStringLiteral("gmail"), tr("The Google account to copy into."), QStringLiteral("address")},
        {QStringLiteral("client-secret"), tr("A Google Cloud client_secret.json to use (at most 64 KiB)."),
         QStringLiteral("file")},
        {QStringLiteral("delete"), tr("Delete each message from the server once Gmail has it.")},
        {QStringLiteral("delete-after"), tr("Delete messages this many days after they were copied (1 to 3650)."),
         QStringLiteral("days")},
        {QStringLiteral("label"), tr("Put the messages under this Gmail label."), QStringLiteral("label")},
        {QStringLiteral("archive"), tr("Archive (skip the Inbox); needs --label.")},
        {QStringLiteral("read"), tr("Mark the messages as read.")},
        {QStringLiteral("import"), tr("Let Gmail filter spam (messages.import instead of insert).")},
        {QStringLiteral("allow-spam-folder"), tr("With --import: Gmail may put messages in Spam (by default it never does).")},
        {QStringLiteral("no-strip-blocked"),
         tr("A message Gmail refuses for a blocked attachment type (.exe, or a .zip holding one) stays failed "
            "and on the server, instead of being copied without that attachment.")},
        {QStringLiteral("delete-stripped"),
         tr("Messages copied without a blocked attachment are deleted from the server too (with --delete or "
            "--delete-after; by default they stay).")},
        {QStringLiteral("size-limit-mb"),
         tr("Skip messages larger than this many MB (MiB, 1,048,576 bytes); default and maximum 50, Gmail's limit."),
         QStringLiteral("MB")},
        {QStringLiteral("batch-size"), tr("Messages per POP3 session, 1 to 1000 (default 50)."), QStringLiteral("n")},
        {QStringLiteral("every"), tr("Keep checking every N minutes, 1 to 10080 (until interrupted)."),
         QStringLiteral("minutes")},
        {QStringLiteral("save"), tr("Save these settings as an account for later runs and the app.")},
        {QStringLiteral("output"), tr("export-log: the CSV file to write (default: standard output)."), QStringLiteral("file")},
        {QStringLiteral("failures"), tr("export-log: only the messages that were not copied.")},
        {QStringLiteral("path"), tr("import: the mail file or folder to copy; its format is found by itself."),
         QStringLiteral("path")},
        {QStringLiteral("folders"),
         tr("import: only these folders, separated by commas (\"Inbox,Old mail/2019\"); default: all."), QStringLiteral("list")},
        {QStringLiteral("folders-as-labels"),
         tr("import: make each folder a Gmail label, nested with \"/\" (asks Google to manage labels).")},
        {QStringLiteral("retry-failed"), tr("import: try again the messages that failed in earlier runs, then go on.")},
        {QStringLiteral("keep-record"),
         tr("forget: keep the record of what was copied, so that setting up the same "
            "mailbox again does not copy everything again.")},
    };
    m_parser.addOptions(options);
    m_parser.addOptions(BulkCommand::options());
}

QString CliOptions::helpText() const
{
    return m_parser.helpText();
}

bool CliOptions::parse(const QStringList &arguments, QString *error, QStringList *notes)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    if (wantsHelp() || wantsVersion())
        return true;
    const QStringList positional = m_parser.positionalArguments();
    m_command = positional.value(0);
    if (!kCommands.contains(m_command)) {
        *error = m_command.isEmpty() ? tr("No command given. See mailferry --help.")
                                     : tr("Unknown command \"%1\". See mailferry --help.").arg(m_command);
        return false;
    }
    if (positional.size() > 1) {
        *error = tr("Unexpected argument \"%1\" after the command %2.").arg(positional.at(1), m_command);
        return false;
    }
    // An option given twice would silently use the last value: refuse it instead.
    for (const QString &name : m_parser.optionNames()) {
        if (m_parser.values(name).size() > 1) {
            *error = tr("--%1 is given more than once.").arg(name);
            return false;
        }
    }
    return checkApplicable(error) && checkValues(error, notes);
}

bool CliOptions::checkApplicable(QString *error) const
{
    // bulk, signin and migrate --all have options of their own (cli/BulkCommand).
    if (const std::optional<bool> many = BulkCommand::checkApplicable(*this, error))
        return *many;
    const bool imports = m_command == QLatin1String("import");
    // preflight looks at a mailbox (or, with --path, an archive) the way migrate and import would.
    const bool preflight = m_command == QLatin1String("preflight");
    const bool runs = m_command == QLatin1String("migrate") || m_command == QLatin1String("retry-failed") || imports;
    const bool exports = m_command == QLatin1String("export-log");
    const bool listsAccounts = m_command == QLatin1String("accounts");
    if (m_command == QLatin1String("forget") && !m_parser.isSet(QStringLiteral("account"))) {
        *error = tr("forget needs --account with the id of the account to remove (see 'accounts').");
        return false;
    }
    for (const QString &name : m_parser.optionNames()) {
        QString canonical = name;
        if (ImportCommand::importOnlyOptions().contains(canonical) && !imports && !preflight) {
            *error = tr("--%1 applies to import only, not to %2.").arg(canonical, m_command);
            return false;
        }
        if (kRunOnly.contains(canonical) && !runs
            && !(preflight && (canonical == QLatin1String("password-stdin") || canonical == QLatin1String("size-limit-mb")))) {
            *error = tr("--%1 applies to migrate, retry-failed and import only, not to %2.").arg(canonical, m_command);
            return false;
        }
        if (kForgetOnly.contains(canonical) && m_command != QLatin1String("forget")) {
            *error = tr("--%1 applies to forget only, not to %2.").arg(canonical, m_command);
            return false;
        }
        if (kExportOnly.contains(canonical) && !exports) {
            *error = tr("--%1 applies to export-log only, not to %2.").arg(canonical, m_command);
            return false;
        }
        if (kAccountOptions.contains(canonical) && listsAccounts) {
            *error = tr("--%1 does not apply to accounts, which lists every account.").arg(canonical);
            return false;
        }
    }
    if (imports || (preflight && m_parser.isSet(QStringLiteral("path"))))
        return ImportCommand::checkOptions(*this, error);
    return true;
}

bool CliOptions::checkValues(QString *error, QStringList *notes)
{
    const auto fail = [error](const QString &option, const QString &problem) {
        *error = tr("--%1 %2.").arg(option, problem);
        return false;
    };
    const auto number = [&](const QString &option, qint64 min, qint64 max, auto *target) {
        const WholeNumber n = parseWholeNumber(m_parser.value(option), min, max);
        if (!n.value)
            return fail(option, n.problem);
        *target = std::remove_pointer_t<decltype(target)>(*n.value);
        return true;
    };

    // Free text that ends up in POP3 commands, settings or Gmail: no control characters (a CR LF
    // in --user would become a second POP3 command), and a sensible length.
    for (const QString &name :
         {QStringLiteral("account"), QStringLiteral("email"), QStringLiteral("host"), QStringLiteral("user"),
          QStringLiteral("gmail"), QStringLiteral("label"), QStringLiteral("client-secret"), QStringLiteral("output")}) {
        if (!m_parser.isSet(name))
            continue;
        const QString v = m_parser.value(name);
        if (v.trimmed().isEmpty())
            return fail(name, tr("is empty"));
        if (hasControlCharacters(v))
            return fail(name, tr("contains control characters"));
        if (v.size() > 1024)
            return fail(name, tr("is longer than 1024 characters"));
    }
    if (m_parser.isSet(QStringLiteral("email")) && !looksLikeAddress(m_parser.value(QStringLiteral("email"))))
        return fail(QStringLiteral("email"), tr("is not an email address (name@domain)"));
    if (m_parser.isSet(QStringLiteral("gmail")) && !looksLikeAddress(m_parser.value(QStringLiteral("gmail"))))
        return fail(QStringLiteral("gmail"), tr("is not an email address (name@domain)"));
    if (m_parser.isSet(QStringLiteral("host"))) {
        const QString host = m_parser.value(QStringLiteral("host")).trimmed();
        static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]{1,253}$"));
        if (!hostName.match(host).hasMatch())
            return fail(QStringLiteral("host"), tr("is not a server name or IP address"));
    }
    if (m_parser.isSet(QStringLiteral("label")) && m_parser.value(QStringLiteral("label")).size() > 225)
        return fail(QStringLiteral("label"), tr("is longer than Gmail's 225 characters"));

    if (m_parser.isSet(QStringLiteral("port"))) {
        quint16 port = 0;
        if (!number(QStringLiteral("port"), 1, 65535, &port))
            return false;
        m_port = port;
    }
    if (m_parser.isSet(QStringLiteral("security"))) {
        const QString s = m_parser.value(QStringLiteral("security")).trimmed().toLower();
        if (s == QLatin1String("tls"))
            m_security = accounts::AccountConfig::Security::ImplicitTls;
        else if (s == QLatin1String("starttls"))
            m_security = accounts::AccountConfig::Security::StartTls;
        else if (s == QLatin1String("plain"))
            m_security = accounts::AccountConfig::Security::PlainText;
        else
            return fail(QStringLiteral("security"), tr("must be tls, starttls or plain, not \"%1\"").arg(s));
    }
    if (m_parser.isSet(QStringLiteral("trust-fingerprint"))) {
        QByteArray pin = m_parser.value(QStringLiteral("trust-fingerprint")).toLatin1().toLower();
        pin.replace(':', "").replace(' ', "");
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(QString::fromLatin1(pin)).hasMatch())
            return fail(QStringLiteral("trust-fingerprint"), tr("must be a SHA-256 fingerprint: 64 hex digits"));
        m_pin = pin;
    }
    if (m_parser.isSet(QStringLiteral("batch-size"))) {
        int n = 0;
        if (!number(QStringLiteral("batch-size"), 1, kMaxBatchSize, &n))
            return false;
        m_batchSize = n;
    }
    if (m_parser.isSet(QStringLiteral("delete-after"))) {
        if (m_parser.isSet(QStringLiteral("delete")))
            return fail(QStringLiteral("delete-after"), tr("cannot be combined with --delete; choose one"));
        int n = 0;
        if (!number(QStringLiteral("delete-after"), 1, kMaxDeleteAfterDays, &n))
            return false;
        m_deleteAfterDays = n;
    }
    if (m_parser.isSet(QStringLiteral("every"))) {
        int n = 0;
        if (!number(QStringLiteral("every"), 1, kMaxEveryMinutes, &n))
            return false;
        m_everyMinutes = n;
    }
    if (m_parser.isSet(QStringLiteral("size-limit-mb"))) {
        // Parsed far beyond 50 so that "--size-limit-mb 100" is capped with a note, not refused.
        qint64 mb = 0;
        if (!number(QStringLiteral("size-limit-mb"), 1, 1000000000LL, &mb))
            return false;
        if (mb > kGmailMaxMb) {
            notes->append(tr("Note: --size-limit-mb %1 is above Gmail's maximum of %2 MB (MiB) per message; using %2 MB.")
                              .arg(mb)
                              .arg(kGmailMaxMb));
            mb = kGmailMaxMb;
        }
        m_sizeLimitMb = mb;
    }
    if (m_parser.isSet(QStringLiteral("archive")) && m_parser.isSet(QStringLiteral("read")))
        return fail(QStringLiteral("archive"), tr("cannot be combined with --read; archived messages skip the Inbox"));
    if (m_parser.isSet(QStringLiteral("client-secret"))) {
        QString why;
        if (!readClientSecretFile(m_parser.value(QStringLiteral("client-secret")), &why))
            return fail(QStringLiteral("client-secret"), why);
    }
    return true;
}

std::optional<QByteArray> CliOptions::readClientSecretFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("names a file that does not exist: %1").arg(path);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = tr("must name a regular file (a client_secret.json), and %1 is not one").arg(path);
        return std::nullopt;
    }
    if (info.size() > kMaxClientSecretBytes) {
        *error =
            tr("names a file of %1 bytes; a client_secret.json is at most %2 bytes").arg(info.size()).arg(kMaxClientSecretBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    // Bounded even if the file grew (or was swapped) since the check above.
    const QByteArray bytes = file.read(kMaxClientSecretBytes + 1);
    if (bytes.size() > kMaxClientSecretBytes) {
        *error = tr("names a file larger than %1 bytes; a client_secret.json is a few hundred").arg(kMaxClientSecretBytes);
        return std::nullopt;
    }
    return bytes;
}

void CliOptions::applyTo(accounts::AccountConfig &a) const
{
    if (m_parser.isSet(QStringLiteral("host")))
        a.host = m_parser.value(QStringLiteral("host")).trimmed();
    if (m_security) {
        a.security = *m_security;
        if (*m_security == accounts::AccountConfig::Security::PlainText)
            a.allowPlaintextPassword = true; // asked for explicitly on the command line
        if (!m_port)
            a.port = *m_security == accounts::AccountConfig::Security::ImplicitTls ? 995 : 110;
    }
    if (m_port)
        a.port = *m_port;
    if (m_parser.isSet(QStringLiteral("user")))
        a.user = m_parser.value(QStringLiteral("user"));
    if (a.user.isEmpty())
        a.user = a.email;
    if (!m_pin.isEmpty())
        a.pinnedSha256 = m_pin;
    if (m_parser.isSet(QStringLiteral("gmail")))
        a.gmailAccount = m_parser.value(QStringLiteral("gmail")).trimmed();
    accounts::MigrationOptions &o = a.options;
    if (m_parser.isSet(QStringLiteral("delete")))
        o.afterCopy = accounts::AfterCopy::Delete;
    if (m_deleteAfterDays) {
        o.afterCopy = accounts::AfterCopy::DeleteAfterDays;
        o.deleteAfterDays = *m_deleteAfterDays;
    }
    if (m_parser.isSet(QStringLiteral("label")))
        o.label = m_parser.value(QStringLiteral("label"));
    if (m_parser.isSet(QStringLiteral("archive")))
        o.placement = accounts::Placement::ArchiveWithLabel;
    else if (m_parser.isSet(QStringLiteral("read")))
        o.placement = accounts::Placement::InboxRead;
    if (m_parser.isSet(QStringLiteral("import")))
        o.useImport = true;
    if (m_parser.isSet(QStringLiteral("allow-spam-folder")))
        o.neverMarkSpam = false;
    if (m_parser.isSet(QStringLiteral("no-strip-blocked")))
        o.stripBlockedAttachments = false;
    if (m_parser.isSet(QStringLiteral("delete-stripped")))
        o.deleteStrippedFromServer = true;
    if (m_sizeLimitMb)
        o.sizeLimitBytes = *m_sizeLimitMb * 1024 * 1024;
    if (m_batchSize)
        o.batchSize = *m_batchSize;
    if (m_everyMinutes) {
        o.continuous = true;
        o.intervalMinutes = *m_everyMinutes;
    }
}

} // namespace mf::app
