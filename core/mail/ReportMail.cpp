// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mail/ReportMail.h"

#include "common/Version.h"
#include "mail/MessageHeaders.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace mf::mail {
namespace {

// The same shape as QObject::tr(text, disambiguation, n), so that lupdate extracts plurals too.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mf::mail::ReportMail", text, disambiguation, n);
}

// RFC 2047 encoded-word for a header that may hold non-ASCII text.
QByteArray encodeHeader(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray wrapBase64(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

QByteArray ReportMail::build(const Facts &facts, const QByteArray &failuresCsv, const QDateTime &now)
{
    const QByteArray boundary = "mailferry-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QString &mailbox = facts.mailbox;
    const QString &gmailAccount = facts.gmailAccount;
    const QString subject = tr("Mailferry: %n message(s) from %1 could not be copied", nullptr, facts.failed).arg(mailbox);

    QString body;
    body += (facts.localArchive ? tr("Mailferry finished copying the mail archive %1 into this Gmail account.")
                                : tr("Mailferry finished copying mail from %1 into this Gmail account."))
                .arg(mailbox)
        + QStringLiteral("\n\n");
    body += tr("Copied: %1").arg(facts.copied) + QLatin1Char('\n');
    body += tr("Skipped (already in Gmail, or too large): %1").arg(facts.skipped) + QLatin1Char('\n');
    body += tr("Could not be copied: %1").arg(facts.failed) + QLatin1Char('\n');
    if (facts.deletedFromServer > 0)
        body += tr("Removed from the old server after copying: %1").arg(facts.deletedFromServer) + QLatin1Char('\n');
    if (facts.possibleDuplicates > 0)
        body +=
            tr("Uploaded again after an interruption (may appear twice): %1").arg(facts.possibleDuplicates) + QLatin1Char('\n');
    body += QLatin1Char('\n');
    body += (facts.localArchive ? tr("The messages that could not be copied are still in the archive on your computer; "
                                     "Mailferry never changes it. The attached file lists each one with the reason. In "
                                     "Mailferry, \"Retry failed\" tries exactly these messages again.")
                                : tr("The messages that could not be copied are still on the old server; nothing was "
                                     "deleted. The attached file lists each one with the reason. In Mailferry, \"Retry "
                                     "failed\" tries exactly these messages again."))
        + QStringLiteral("\n\n-- \nMailferry ") + QStringLiteral(MAILFERRY_VERSION) + QLatin1Char('\n');
    QByteArray text = body.toUtf8();
    text.replace("\n", "\r\n");

    const QByteArray from =
        "Mailferry <" + (gmailAccount.isEmpty() ? QByteArray("mailferry@localhost") : gmailAccount.toUtf8()) + ">";
    QByteArray m;
    m += "From: " + from + "\r\n";
    if (!gmailAccount.isEmpty())
        m += "To: <" + gmailAccount.toUtf8() + ">\r\n";
    m += "Subject: " + encodeHeader(subject) + "\r\n";
    m += "Date: " + MessageHeaders::formatDate(now) + "\r\n";
    m += "Message-ID: <report-" + QByteArray::number(now.toMSecsSinceEpoch()) + "-"
        + QByteArray::number(QRandomGenerator::global()->generate(), 16) + "@mailferry.invalid>\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n";
    m += "\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += wrapBase64(text);
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/csv; charset=utf-8; name=\"mailferry-failures.csv\"\r\n";
    m += "Content-Disposition: attachment; filename=\"mailferry-failures.csv\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n\r\n";
    m += wrapBase64(failuresCsv);
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace mf::mail
