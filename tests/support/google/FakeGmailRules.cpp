// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeGmailRules.h"

#include "mail/BlockedFileTypes.h"

#include <QList>
#include <QRegularExpression>

namespace mf::test::fakegmail {
namespace {

// Every name a header line gives a file, and where the line ends.
struct NamedPart {
    QString name;
    qsizetype lineEnd = 0;
};

QList<NamedPart> namedParts(const QByteArray &raw)
{
    static const QRegularExpression re(QStringLiteral("(?:file)?name\\*?(?:\\d+\\*?)?\\s*=\\s*\"?([^\";\\r\\n]+)\"?"),
                                       QRegularExpression::CaseInsensitiveOption);
    QList<NamedPart> found;
    const QString text = QString::fromLatin1(raw);
    auto it = re.globalMatch(text);
    int guard = 0;
    while (it.hasNext() && ++guard < 10000) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1).trimmed();
        const qsizetype quote = name.lastIndexOf(QLatin1Char('\'')); // charset'lang'value
        if (quote >= 0)
            name = name.mid(quote + 1);
        const qsizetype end = text.indexOf(QLatin1Char('\n'), m.capturedEnd());
        found.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name.toLatin1())), end < 0 ? raw.size() : end + 1});
    }
    return found;
}

// The base64 body after the header block that holds `from`, up to the next "--" line.
QByteArray bodyAfter(const QByteArray &raw, qsizetype from)
{
    qsizetype start = raw.indexOf("\n\r\n", from - 1);
    const qsizetype lf = raw.indexOf("\n\n", from - 1);
    if (start < 0 || (lf >= 0 && lf < start))
        start = lf;
    if (start < 0)
        return {};
    start = raw.indexOf('\n', start + 1) + 1;
    qsizetype end = raw.indexOf("\n--", start);
    if (end < 0)
        end = raw.size();
    return QByteArray::fromBase64(raw.mid(start, end - start));
}

} // namespace

QString BlockedAttachmentRule::message()
{
    return QStringLiteral("Invalid attachment. Please check https://support.google.com/mail/answer/6590.");
}

QStringList BlockedAttachmentRule::blockedFiles(const QByteArray &raw)
{
    QStringList blocked;
    for (const NamedPart &p : namedParts(raw)) {
        if (mail::BlockedFileTypes::isBlockedName(p.name))
            blocked << p.name;
        else if (mail::BlockedFileTypes::isZipName(p.name))
            blocked << mail::BlockedFileTypes::blockedInZip(bodyAfter(raw, p.lineEnd));
    }
    blocked.removeDuplicates();
    return blocked;
}

} // namespace mf::test::fakegmail
