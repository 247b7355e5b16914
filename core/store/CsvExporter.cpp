// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/CsvExporter.h"

#include "common/SizeText.h"
#include "store/LedgerReader.h"

#include <QIODevice>
#include <QSaveFile>
#include <QSet>

namespace mf::store {
namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString flagsText(ItemFlags flags)
{
    QStringList names;
    if (flags.testFlag(ItemFlag::PossibleDuplicate))
        names << QStringLiteral("possible-duplicate");
    if (flags.testFlag(ItemFlag::DateRescued))
        names << QStringLiteral("date-rescued");
    if (flags.testFlag(ItemFlag::NoUidl))
        names << QStringLiteral("no-uidl");
    return names.join(QLatin1Char(' '));
}

} // namespace

CsvExportOptions CsvExportOptions::forLocale(const QLocale &locale)
{
    CsvExportOptions o;
    o.decimalPoint = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    o.separator = o.decimalPoint == QLatin1Char(',') ? ';' : ',';
    o.sizeInMegabytes = true;
    return o;
}

namespace {
QString sizeHeader(bool megabytes)
{
    return megabytes ? CsvExporter::tr("Size (MB)") : CsvExporter::tr("Size");
}

QString sizeCell(qint64 bytes, const CsvExportOptions &options)
{
    if (!options.sizeInMegabytes)
        return QString::number(bytes);
    QString text = megabytesNumber(bytes, QLocale::c(), 3, false);
    text.replace(QLatin1Char('.'), options.decimalPoint);
    return text;
}
} // namespace

QStringList CsvExporter::eventColumns(bool sizeInMegabytes)
{
    return {
        tr("Time"),       tr("Source account"),        tr("UIDL"),    tr("Message-ID"), tr("Subject"),          tr("From"),
        tr("Date"),       sizeHeader(sizeInMegabytes), tr("Outcome"), tr("Reason"),     tr("Gmail message id"), tr("Attempts"),
        tr("Error code"), tr("Technical detail")};
}

QStringList CsvExporter::itemColumns(bool sizeInMegabytes)
{
    return {tr("UIDL"),
            tr("Message-ID"),
            tr("Subject"),
            tr("From"),
            tr("Date"),
            sizeHeader(sizeInMegabytes),
            tr("Status"),
            tr("Reason"),
            tr("Gmail message id"),
            tr("Attempts"),
            tr("Flags"),
            tr("First seen"),
            tr("Copied at"),
            tr("Deleted from server at"),
            tr("SHA-256"),
            tr("Attachments removed"),
            tr("Original kept at")};
}

QByteArray CsvExporter::cell(const QString &text)
{
    QString value = text;
    value.remove(QChar(0));
    // A formula trigger, even after leading spaces (some spreadsheet programs trim them).
    qsizetype first = 0;
    while (first < value.size() && value.at(first) == QLatin1Char(' '))
        ++first;
    if (first < value.size()) {
        const QChar c = value.at(first);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + value.toUtf8() + '"';
}

QByteArray CsvExporter::row(const QStringList &cells, char separator)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += separator;
        out += cell(cells.at(i));
    }
    out += "\r\n";
    return out;
}

Result<qint64> CsvExporter::exportTo(LedgerReader &ledger, QIODevice *device, const Options &options)
{
    const auto writeError = [device] {
        return Error{Error::Scope::Internal,
                     Error::Code::StorageFailed,
                     tr("Mailferry could not write the log file. Check that the disk is not full and that the "
                        "folder can be written to."),
                     device->errorString(),
                     false,
                     std::nullopt};
    };
    if (!device || !device->isWritable())
        return Error::internal(tr("Mailferry could not write the log file."), QStringLiteral("device not writable"));

    // The BOM makes Excel read UTF-8; without it, every accent in a subject turns into garbage.
    if (device->write("\xEF\xBB\xBF") != 3)
        return writeError();
    const bool events = options.content == Content::Events;
    const char sep = options.separator;
    if (device->write(row(events ? eventColumns(options.sizeInMegabytes) : itemColumns(options.sizeInMegabytes), sep)) < 0)
        return writeError();

    qint64 rows = 0;
    bool failed = false;
    Status status;
    if (events) {
        // The Outcome column says "copied-possibly-twice" for a copy Gmail may hold twice, exactly
        // as the command line and `status` do; the flag lives on the item, so collect those first
        // (only the flagged ids are kept: a handful, whatever the size of the mailbox).
        QSet<qint64> flagged;
        const Status scanned = ledger.forEachItem(ItemFilter::All, [&](const Item &i) {
            if (i.flags.testFlag(ItemFlag::PossibleDuplicate))
                flagged.insert(i.id);
            return true;
        });
        if (!scanned)
            return scanned.error();
        status = ledger.forEachEvent(options.filter, [&](const Event &e) {
            const QByteArray line =
                row({timeText(e.time), e.sourceAccount, QString::fromLatin1(e.uidl), QString::fromLatin1(e.messageId), e.subject,
                     e.from, e.dateHeader, sizeCell(e.size, options), stateWord(e.outcome, flagged.contains(e.itemId)), e.reason,
                     e.gmailId, QString::number(e.attempts), e.errorCode, e.detail},
                    sep);
            failed = device->write(line) != line.size();
            ++rows;
            return !failed;
        });
    } else {
        status = ledger.forEachItem(options.filter, [&](const Item &i) {
            const QByteArray line =
                row({QString::fromLatin1(i.uidl), QString::fromLatin1(i.messageId), i.subject, i.from, i.dateHeader,
                     sizeCell(i.size > 0 ? i.size : i.listSize, options), stateWord(i.status, i.flags), i.lastError, i.gmailId,
                     QString::number(i.attempts), flagsText(i.flags), timeText(i.firstSeen), timeText(i.copiedAt),
                     timeText(i.deletedAt), QString::fromLatin1(i.sha256), i.removedAttachments, i.originalPath},
                    sep);
            failed = device->write(line) != line.size();
            ++rows;
            return !failed;
        });
    }
    if (!status)
        return status.error();
    if (failed)
        return writeError();
    return rows;
}

Result<qint64> CsvExporter::exportTo(LedgerReader &ledger, const QString &path, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Scope::Internal,
                     Error::Code::StorageFailed,
                     tr("Mailferry could not create the log file. Check that the folder can be written to."),
                     QStringLiteral("%1: %2").arg(path, file.errorString()),
                     false,
                     std::nullopt};
    auto rows = exportTo(ledger, &file, options);
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return Error{Error::Scope::Internal,
                     Error::Code::StorageFailed,
                     tr("Mailferry could not save the log file. Check that the disk is not full."),
                     QStringLiteral("%1: %2").arg(path, file.errorString()),
                     false,
                     std::nullopt};
    return rows;
}

} // namespace mf::store
