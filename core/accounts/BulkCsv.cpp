// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/BulkCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace mf::accounts {
namespace {

constexpr int kMaxProblems = 50;
constexpr qint64 kGmailMaxMb = 50;
constexpr int kMaxBatchSize = 1000;
constexpr int kMaxDeleteAfterDays = 3650;
constexpr int kMaxLabelChars = 225;

const QString kEmail = QStringLiteral("email");
const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kSecurity = QStringLiteral("security");
const QString kUser = QStringLiteral("user");
const QString kGmail = QStringLiteral("gmail");
const QString kLabel = QStringLiteral("label");
const QString kDelete = QStringLiteral("delete");
const QString kDeleteAfter = QStringLiteral("delete-after");
const QString kArchive = QStringLiteral("archive");
const QString kRead = QStringLiteral("read");
const QString kImport = QStringLiteral("import");
const QString kSizeLimit = QStringLiteral("size-limit-mb");
const QString kBatchSize = QStringLiteral("batch-size");
const QString kFingerprint = QStringLiteral("trust-fingerprint");

/// One record of the file: its fields and the line it starts on.
struct Record {
    int line = 0;
    QStringList fields;
};

struct Problems {
    QList<BulkProblem> list;
    void add(int line, const QString &column, const QString &problem)
    {
        if (list.size() < kMaxProblems)
            list.append({line, column, problem});
    }
    [[nodiscard]] bool full() const { return list.size() >= kMaxProblems; }
};

/// The separator the header row uses: ';' when it has more semicolons than commas outside quotes.
QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

/// RFC 4180 records. Stops at the first malformed quote (what follows cannot be trusted).
QList<Record> splitRecords(const QString &text, QChar separator, Problems &problems)
{
    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    int quoteLine = 0;
    const auto endRecord = [&] {
        current.fields.append(field);
        field.clear();
        records.append(current);
        current = Record{};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool newline = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (newline && c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            ++i; // CR LF is one line break
        switch (state) {
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                field.append(newline ? QLatin1Char('\n') : c);
                if (newline)
                    ++line;
            }
            break;
        case State::FieldStart:
        case State::Unquoted:
        case State::AfterQuote:
            if (c == separator) {
                current.fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (newline) {
                endRecord();
                ++line;
                current.line = line;
                state = State::FieldStart;
            } else if (c == QLatin1Char('"')) {
                if (state != State::AfterQuote && field.trimmed().isEmpty()) {
                    field.clear();
                    state = State::Quoted;
                    quoteLine = line;
                } else {
                    problems.add(line, QString(),
                                 BulkCsv::tr("a quote (\") inside a field that does not start with one; a field with "
                                             "quotes must be quoted whole, with each quote doubled (\"\")"));
                    return records;
                }
            } else if (state == State::AfterQuote) {
                if (!c.isSpace()) {
                    problems.add(line, QString(),
                                 BulkCsv::tr("text after the closing quote of a field; a quote inside a quoted field "
                                             "is written twice (\"\")"));
                    return records;
                }
            } else {
                field.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
    if (state == State::Quoted) {
        problems.add(quoteLine, QString(), BulkCsv::tr("a quoted field that never ends (its closing quote is missing)"));
        return records;
    }
    if (state != State::FieldStart || !current.fields.isEmpty() || !field.isEmpty())
        endRecord();
    return records;
}

bool isBlank(const Record &r)
{
    for (const QString &f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

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

/// Only ASCII digits, within [min, max]; the problem in words otherwise.
std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max, QString *problem)
{
    bool digitsOnly = !text.isEmpty() && text.size() <= 15;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            digitsOnly = false;
    }
    const qint64 value = digitsOnly ? text.toLongLong() : -1;
    if (!digitsOnly || value < min || value > max) {
        *problem = BulkCsv::tr("must be a whole number from %1 to %2, not \"%3\"").arg(min).arg(max).arg(text);
        return std::nullopt;
    }
    return value;
}

std::optional<bool> yesNo(const QString &text, QString *problem)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")
        || t == QLatin1String("n"))
        return false;
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("y")
        || t == QLatin1String("x"))
        return true;
    *problem = BulkCsv::tr("must be yes or no (or empty for no), not \"%1\"").arg(text);
    return std::nullopt;
}

/// Checks one data row's values and builds its account; problems go to `problems`.
std::optional<AccountConfig> buildAccount(const QHash<QString, QString> &v, int line, Problems &problems)
{
    const int before = int(problems.list.size());
    const auto fail = [&](const QString &column, const QString &problem) { problems.add(line, column, problem); };
    AccountConfig a;
    a.email = v.value(kEmail);
    if (a.email.isEmpty())
        fail(kEmail, BulkCsv::tr("is empty; every row needs the old address"));
    else if (!looksLikeAddress(a.email))
        fail(kEmail, BulkCsv::tr("is not an email address (name@domain): \"%1\"").arg(a.email));
    a.id = AccountConfig::idForEmail(a.email);

    const QString host = v.value(kHost);
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:\\[\\]-]{1,253}$"));
    if (host.isEmpty())
        fail(kHost, BulkCsv::tr("is empty; every row needs the POP3 server"));
    else if (!hostName.match(host).hasMatch())
        fail(kHost, BulkCsv::tr("is not a server name or IP address: \"%1\"").arg(host));
    a.host = host;

    const QString security = v.value(kSecurity).toLower();
    if (security.isEmpty() || security == QLatin1String("tls"))
        a.security = AccountConfig::Security::ImplicitTls;
    else if (security == QLatin1String("starttls"))
        a.security = AccountConfig::Security::StartTls;
    else if (security == QLatin1String("plain"))
        a.security = AccountConfig::Security::PlainText;
    else
        fail(kSecurity, BulkCsv::tr("must be tls, starttls or plain, not \"%1\"").arg(v.value(kSecurity)));
    // Asked for explicitly in the file, as --security plain is on the command line.
    a.allowPlaintextPassword = a.security == AccountConfig::Security::PlainText;
    a.port = a.security == AccountConfig::Security::ImplicitTls ? 995 : 110;
    QString why;
    if (!v.value(kPort).isEmpty()) {
        if (const auto port = wholeNumber(v.value(kPort), 1, 65535, &why))
            a.port = quint16(*port);
        else
            fail(kPort, why);
    }
    a.user = v.value(kUser).isEmpty() ? a.email : v.value(kUser);

    a.gmailAccount = v.value(kGmail);
    if (a.gmailAccount.isEmpty())
        fail(kGmail, BulkCsv::tr("is empty; every row needs the Gmail or Workspace address to copy into"));
    else if (!looksLikeAddress(a.gmailAccount))
        fail(kGmail, BulkCsv::tr("is not an email address (name@domain): \"%1\"").arg(a.gmailAccount));

    if (!v.value(kFingerprint).isEmpty()) {
        QByteArray pin = v.value(kFingerprint).toLatin1().toLower();
        pin.replace(':', "").replace(' ', "");
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (hex.match(QString::fromLatin1(pin)).hasMatch())
            a.pinnedSha256 = pin;
        else
            fail(kFingerprint, BulkCsv::tr("must be a SHA-256 fingerprint: 64 hex digits"));
    }

    MigrationOptions &o = a.options;
    o.label = v.value(kLabel);
    if (o.label.size() > kMaxLabelChars)
        fail(kLabel, BulkCsv::tr("is longer than Gmail's %1 characters").arg(kMaxLabelChars));
    const auto flag = [&](const QString &column) {
        const auto b = yesNo(v.value(column), &why);
        if (!b)
            fail(column, why);
        return b.value_or(false);
    };
    const bool deleteNow = flag(kDelete);
    const bool archive = flag(kArchive);
    const bool read = flag(kRead);
    o.useImport = flag(kImport);
    if (deleteNow)
        o.afterCopy = AfterCopy::Delete;
    if (!v.value(kDeleteAfter).isEmpty()) {
        if (deleteNow)
            fail(kDeleteAfter, BulkCsv::tr("cannot be combined with delete; choose one"));
        else if (const auto days = wholeNumber(v.value(kDeleteAfter), 1, kMaxDeleteAfterDays, &why)) {
            o.afterCopy = AfterCopy::DeleteAfterDays;
            o.deleteAfterDays = int(*days);
        } else {
            fail(kDeleteAfter, why);
        }
    }
    if (archive && read)
        fail(kArchive, BulkCsv::tr("cannot be combined with read; archived messages skip the Inbox"));
    else if (archive && o.label.trimmed().isEmpty())
        fail(kArchive, BulkCsv::tr("needs a label: archived messages without one would be found only under All Mail"));
    if (archive)
        o.placement = Placement::ArchiveWithLabel;
    else if (read)
        o.placement = Placement::InboxRead;
    if (!v.value(kSizeLimit).isEmpty()) {
        if (const auto limit = wholeNumber(v.value(kSizeLimit), 1, kGmailMaxMb, &why))
            o.sizeLimitBytes = *limit * 1024 * 1024;
        else
            fail(kSizeLimit, why + BulkCsv::tr(" (MB of 1,048,576 bytes; Gmail takes at most 50)"));
    }
    if (!v.value(kBatchSize).isEmpty()) {
        if (const auto n = wholeNumber(v.value(kBatchSize), 1, kMaxBatchSize, &why))
            o.batchSize = int(*n);
        else
            fail(kBatchSize, why);
    }
    if (problems.list.size() != before)
        return std::nullopt;
    return a;
}

} // namespace

QString BulkProblem::text() const
{
    if (line <= 0)
        return problem;
    if (column.isEmpty())
        return BulkCsv::tr("line %1: %2").arg(line).arg(problem);
    return BulkCsv::tr("line %1, column %2: %3").arg(line).arg(column, problem);
}

QStringList BulkCsv::knownColumns()
{
    return {kEmail,       kHost,    kPort, kSecurity, kUser,      kGmail,     kLabel,      kDelete,
            kDeleteAfter, kArchive, kRead, kImport,   kSizeLimit, kBatchSize, kFingerprint};
}

BulkFile BulkCsv::parse(const QByteArray &input, const BulkCsvLimits &limits)
{
    BulkFile out;
    Problems problems;
    if (input.size() > limits.maxBytes) {
        problems.add(0, QString(),
                     tr("the file has %1 bytes; a bulk file may have at most %2").arg(input.size()).arg(limits.maxBytes));
        out.problems = problems.list;
        return out;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        problems.add(0, QString(), tr("the file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\""));
        out.problems = problems.list;
        return out;
    }
    const QList<Record> records = splitRecords(text, detectSeparator(text), problems);
    if (!problems.list.isEmpty()) {
        out.problems = problems.list;
        return out;
    }
    qsizetype first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;
    if (first == records.size()) {
        problems.add(1, QString(), tr("the file is empty; it needs a header row naming the columns, then one row per mailbox"));
        out.problems = problems.list;
        return out;
    }

    // The header: the names of the migrate options, in any order and case ("--email" too).
    const Record &header = records.at(first);
    QStringList columns;
    const QStringList known = knownColumns();
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed().toLower();
        if (name.startsWith(QLatin1String("--")))
            name.remove(0, 2);
        columns.append(name);
        const QString position = tr("%1 (column %2)").arg(name.isEmpty() ? tr("(no name)") : name).arg(i + 1);
        if (name.contains(QLatin1String("password")) || name == QLatin1String("pass") || name == QLatin1String("secret"))
            problems.add(header.line, name,
                         tr("passwords never go in this file. Remove the column; give the passwords with "
                            "--password-file, --passwords-stdin or the keychain."));
        else if (name.isEmpty()) {
            if (i == header.fields.size() - 1 && i > 0)
                continue; // a trailing separator, as some spreadsheets write
            problems.add(header.line, position, tr("has no name in the header row"));
        } else if (!known.contains(name))
            problems.add(header.line, position,
                         tr("is not a column Mailferry knows; the columns are: %1").arg(known.join(QStringLiteral(", "))));
        else if (columns.indexOf(name) != i)
            problems.add(header.line, name, tr("appears twice in the header row"));
    }
    for (const QString &required : {kEmail, kHost, kGmail}) {
        if (!columns.contains(required))
            problems.add(header.line, required, tr("is missing from the header row; it is required"));
    }
    if (!problems.list.isEmpty()) {
        out.problems = problems.list;
        return out;
    }

    QHash<QString, int> lineOfId;
    int rows = 0;
    for (qsizetype r = first + 1; r < records.size() && !problems.full(); ++r) {
        const Record &record = records.at(r);
        if (isBlank(record))
            continue;
        if (++rows > limits.maxRows) {
            problems.add(record.line, QString(), tr("the file has more than %1 mailboxes; split it").arg(limits.maxRows));
            break;
        }
        QStringList fields = record.fields;
        // Trailing empty fields (a spreadsheet's trailing separators) are not extra columns.
        while (fields.size() > columns.size() && fields.last().trimmed().isEmpty())
            fields.removeLast();
        if (fields.size() != columns.size()) {
            problems.add(record.line, QString(),
                         tr("has %1 fields, but the header row names %2 columns").arg(fields.size()).arg(columns.size()));
            continue;
        }
        QHash<QString, QString> values;
        bool fieldsOk = true;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns.at(i).isEmpty())
                continue;
            const QString value = fields.at(i).trimmed();
            if (value.size() > limits.maxFieldChars) {
                problems.add(record.line, columns.at(i), tr("is longer than %1 characters").arg(limits.maxFieldChars));
                fieldsOk = false;
            } else if (hasControlCharacters(value)) {
                problems.add(record.line, columns.at(i), tr("contains a line break or other control character"));
                fieldsOk = false;
            }
            values.insert(columns.at(i), value);
        }
        if (!fieldsOk)
            continue;
        auto account = buildAccount(values, record.line, problems);
        if (!account)
            continue;
        if (lineOfId.contains(account->id)) {
            problems.add(record.line, kEmail,
                         tr("%1 is already on line %2; each mailbox may appear once")
                             .arg(account->email)
                             .arg(lineOfId.value(account->id)));
            continue;
        }
        lineOfId.insert(account->id, record.line);
        out.rows.append({record.line, *account});
    }
    if (rows == 0 && problems.list.isEmpty())
        problems.add(header.line, QString(), tr("the file has a header row but no mailbox rows"));
    if (!problems.list.isEmpty()) {
        out.rows.clear();
        out.problems = problems.list;
    }
    return out;
}

BulkFile BulkCsv::readFile(const QString &path, const BulkCsvLimits &limits)
{
    BulkFile out;
    const QFileInfo info(path);
    if (!info.exists())
        out.problems.append({0, QString(), tr("the file %1 does not exist").arg(path)});
    else if (!info.isFile())
        out.problems.append({0, QString(), tr("%1 is not a regular file").arg(path)});
    if (!out.problems.isEmpty())
        return out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems.append({0, QString(), tr("%1 cannot be read: %2").arg(path, file.errorString())});
        return out;
    }
    // Bounded even if the file grows while it is read: one byte more than allowed is enough to refuse.
    return parse(file.read(limits.maxBytes + 1), limits);
}

} // namespace mf::accounts
