// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/PreflightReport.h"

#include "common/SizeText.h"
#include "mail/MessageHeaders.h"
#include "store/LedgerReader.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace mf::migration {

quint64 hash64(QByteArrayView bytes)
{
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

namespace {

QByteArray sizedKey(char kind, QByteArrayView name, qint64 size)
{
    QByteArray key;
    key.reserve(name.size() + 24);
    key += kind;
    key += ':';
    key += name;
    key += '\0';
    key += QByteArray::number(size);
    return key;
}

} // namespace

MessageFacts messageFacts(const QByteArray &headerBlock, qint64 size, bool headerCut)
{
    const mail::MessageHeaders headers = mail::MessageHeaders::parse(headerBlock);
    MessageFacts f;
    f.size = size;
    f.headerCut = headerCut;
    const QByteArray messageId = headers.messageId();
    f.hasMessageId = !messageId.isEmpty();
    f.messageId = messageId;
    if (f.hasMessageId) {
        f.identity = hash64(sizedKey('m', messageId, -1));
    } else {
        // Without a Message-ID the same message is the same sender, date, subject and size.
        QByteArray key = headers.from().toUtf8();
        key += '\0';
        key += headers.value("Date");
        key += '\0';
        key += headers.subject().toUtf8();
        f.identity = hash64(sizedKey('f', key, size));
    }
    // DateRescue's rules: a Date header that parses is kept; otherwise the newest readable
    // Received: date is used, and without one Gmail shows the time of the import.
    f.date = headers.date();
    if (!f.date) {
        f.dateNeedsRescue = true;
        for (const std::optional<QDateTime> &received : headers.receivedDates()) {
            if (received) {
                f.date = received;
                break;
            }
        }
        f.dateUnrescuable = !f.date;
    }
    return f;
}

PreflightTally::PreflightTally(const Limits &limits)
    : m_limits(limits)
{
    m_report.sizeLimitBytes = limits.sizeLimitBytes;
    m_report.gmailLimitBytes = limits.gmailLimitBytes;
    m_report.messagesPerMinute = limits.messagesPerMinute;
}

void PreflightTally::addSize(qint64 size, bool alreadyInGmail)
{
    PreflightReport &r = m_report;
    ++r.messages;
    r.totalBytes += std::max<qint64>(0, size);
    const bool overLimit = m_limits.sizeLimitBytes > 0 && size > m_limits.sizeLimitBytes;
    if (overLimit)
        ++r.overSizeLimit;
    if (m_limits.gmailLimitBytes > 0 && size > m_limits.gmailLimitBytes)
        ++r.overGmailLimit;
    if (alreadyInGmail)
        ++r.alreadyInGmail;
    else if (!overLimit)
        ++r.toCopy;
}

void PreflightTally::add(const MessageFacts &f)
{
    addSize(f.size, f.alreadyInGmail);
    PreflightReport &r = m_report;
    if (!f.hasMessageId)
        ++r.withoutMessageId;
    if (f.dateNeedsRescue)
        ++r.datesToRescue;
    if (f.dateUnrescuable)
        ++r.datesUnrescuable;
    if (f.headerCut)
        ++r.headersCut;
    if (f.date && f.date->isValid()) {
        const QDateTime utc = f.date->toUTC();
        if (!r.oldest.isValid() || utc < r.oldest)
            r.oldest = utc;
        if (!r.newest.isValid() || utc > r.newest)
            r.newest = utc;
    }
    m_identities.push_back(f.identity);
}

void PreflightTally::addUnreadable(qint64 size, bool alreadyInGmail)
{
    addSize(size, alreadyInGmail);
    ++m_report.unreadable;
}

PreflightReport PreflightTally::report() const
{
    PreflightReport r = m_report;
    std::vector<quint64> sorted = m_identities;
    std::sort(sorted.begin(), sorted.end());
    for (size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i] != sorted[i - 1])
            continue;
        ++r.duplicates;
        if (i == 1 || sorted[i - 1] != sorted[i - 2])
            ++r.duplicateGroups;
    }
    const double perMinute = m_limits.messagesPerMinute > 0 ? m_limits.messagesPerMinute : 600.0;
    r.estimated = Millis(qint64(std::ceil(double(r.toCopy) / perMinute * 60000.0)));
    return r;
}

std::optional<LedgerIndex> LedgerIndex::load(store::LedgerReader &ledger, QString *error)
{
    LedgerIndex index;
    const Status status = ledger.forEachItem(store::ItemFilter::All, [&index](const store::Item &item) {
        if (item.status == store::ItemStatus::Copied || item.status == store::ItemStatus::SkippedDuplicate
            || item.status == store::ItemStatus::Deleted)
            index.addItem(item.uidl, item.messageId, item.listSize);
        return true;
    });
    if (!status) {
        if (error)
            *error = status.error().message;
        return std::nullopt;
    }
    return index;
}

void LedgerIndex::addItem(const QByteArray &uidl, const QByteArray &messageId, qint64 listSize)
{
    if (!uidl.isEmpty())
        m_byUidl.insert(hash64(sizedKey('u', uidl, listSize)));
    if (!messageId.isEmpty())
        m_byMessageId.insert(hash64(sizedKey('m', messageId, listSize)));
}

bool LedgerIndex::hasUidl(const QByteArray &uidl, qint64 listSize) const
{
    return !uidl.isEmpty() && m_byUidl.contains(hash64(sizedKey('u', uidl, listSize)));
}

bool LedgerIndex::hasMessageId(const QByteArray &messageId, qint64 listSize) const
{
    return !messageId.isEmpty() && m_byMessageId.contains(hash64(sizedKey('m', messageId, listSize)));
}

QJsonObject preflightJson(const PreflightReport &r)
{
    const auto iso = [](const QDateTime &d) { return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("source"),
         r.source == PreflightReport::Source::Pop3 ? QStringLiteral("pop3") : QStringLiteral("archive")},
        {QStringLiteral("messages"), double(r.messages)},
        {QStringLiteral("totalBytes"), double(r.totalBytes)},
        {QStringLiteral("oldest"), iso(r.oldest)},
        {QStringLiteral("newest"), iso(r.newest)},
        {QStringLiteral("datesToRescue"), double(r.datesToRescue)},
        {QStringLiteral("datesUnrescuable"), double(r.datesUnrescuable)},
        {QStringLiteral("sizeLimitBytes"), double(r.sizeLimitBytes)},
        {QStringLiteral("overSizeLimit"), double(r.overSizeLimit)},
        {QStringLiteral("gmailLimitBytes"), double(r.gmailLimitBytes)},
        {QStringLiteral("overGmailLimit"), double(r.overGmailLimit)},
        {QStringLiteral("withoutMessageId"), double(r.withoutMessageId)},
        {QStringLiteral("duplicates"), double(r.duplicates)},
        {QStringLiteral("duplicateGroups"), double(r.duplicateGroups)},
        {QStringLiteral("ledgerFound"), r.ledgerFound},
        {QStringLiteral("alreadyInGmail"), double(r.alreadyInGmail)},
        {QStringLiteral("headersCut"), double(r.headersCut)},
        {QStringLiteral("unreadable"), double(r.unreadable)},
        {QStringLiteral("toCopy"), double(r.toCopy)},
        {QStringLiteral("messagesPerMinute"), r.messagesPerMinute},
        {QStringLiteral("estimatedSeconds"), double((r.estimated.count() + 999) / 1000)},
        {QStringLiteral("serverHasUidl"), r.serverHasUidl},
    };
}

QString PreflightText::duration(Millis d)
{
    const qint64 minutes = qint64(std::ceil(double(d.count()) / 60000.0));
    if (minutes <= 1)
        return tr("about a minute");
    if (minutes < 60)
        return tr("about %n minute(s)", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    const int rest = int(minutes % 60);
    if (rest == 0)
        return tr("about %n hour(s)", nullptr, int(hours));
    return tr("about %1 h %2 min").arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
}

QStringList PreflightText::sentences(const PreflightReport &r)
{
    const QLocale locale;
    const auto n = [&locale](qint64 v) { return locale.toString(v); };
    QStringList out;
    out << tr("%1 messages, %2.").arg(n(r.messages), sizeText(r.totalBytes));
    if (r.oldest.isValid())
        out << tr("From %1 to %2.")
                   .arg(locale.toString(r.oldest.toLocalTime().date(), QLocale::ShortFormat),
                        locale.toString(r.newest.toLocalTime().date(), QLocale::ShortFormat));
    if (r.ledgerFound)
        out << tr("Already in Gmail (copied by Mailferry before): %1.").arg(n(r.alreadyInGmail));
    if (r.overSizeLimit > 0)
        out << tr("Larger than the chosen limit of %1, so they stay on the server: %2.")
                   .arg(sizeText(r.sizeLimitBytes), n(r.overSizeLimit));
    if (r.overGmailLimit > 0)
        out << tr("Larger than Gmail accepts (%1): %2.").arg(sizeText(r.gmailLimitBytes), n(r.overGmailLimit));
    if (r.datesToRescue > 0) {
        QString s = tr("Without a readable date: %1; Mailferry takes the date the server received them.").arg(n(r.datesToRescue));
        if (r.datesUnrescuable > 0)
            s += QLatin1Char(' ')
                + tr("For %1 of them no date is recorded at all, so Gmail will show the day they are copied.")
                      .arg(n(r.datesUnrescuable));
        out << s;
    }
    if (r.withoutMessageId > 0)
        out << tr("Without a Message-ID: %1; Mailferry recognises them by their content.").arg(n(r.withoutMessageId));
    if (r.duplicates > 0)
        out << tr("Look like copies of another message in the same mailbox: %1.").arg(n(r.duplicates));
    if (r.unreadable > 0)
        out << tr("Could not be looked at: %1 (they are tried again when copying).").arg(n(r.unreadable));
    if (r.headersCut > 0)
        out << tr("With a very long header, looked at only in part: %1.").arg(n(r.headersCut));
    if (!r.serverHasUidl)
        out << tr("The server does not number its messages permanently; Mailferry recognises them by their content "
                  "and will not delete any.");
    out << tr("To copy: %1, %2 at Gmail's pace.").arg(n(r.toCopy), duration(r.estimated));
    return out;
}

} // namespace mf::migration
