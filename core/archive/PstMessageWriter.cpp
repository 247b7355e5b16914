// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/PstMessageWriter.h"

#include <QLocale>

namespace mf::archive {
namespace {

const QByteArray kCrlf = "\r\n";

bool isAscii(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() > 126 || (c.unicode() < 32 && c != QLatin1Char('\t'))) {
            return false;
        }
    }
    return true;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + kCrlf;
    }
    return out;
}

QByteArray textPart(const QByteArray &type, const QString &text)
{
    return "Content-Type: " + type + "; charset=utf-8" + kCrlf + "Content-Transfer-Encoding: base64" + kCrlf + kCrlf
        + base64Lines(text.toUtf8());
}

QByteArray rfc2822Date(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

// The transport headers without the MIME ones (and their folded continuation lines).
QByteArray keptHeaders(const QByteArray &headers)
{
    QByteArray out;
    bool dropping = false;
    QByteArray text = headers;
    text.replace("\r\n", "\n");
    const qsizetype end = text.indexOf("\n\n");
    if (end >= 0) {
        text.truncate(end + 1);
    }
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (!dropping) {
                out += line + kCrlf;
            }
            continue;
        }
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        dropping =
            name == "content-type" || name == "content-transfer-encoding" || name == "mime-version" || name == "content-length";
        if (!dropping) {
            out += line + kCrlf;
        }
    }
    return out;
}

} // namespace

QByteArray encodeHeaderValue(const QString &value)
{
    if (isAscii(value)) {
        return value.toLatin1();
    }
    return "=?UTF-8?B?" + value.toUtf8().toBase64() + "?=";
}

QByteArray composePstMessage(const PstMessage &m, const QByteArray &boundarySeed)
{
    QByteArray out;
    if (!m.transportHeaders.trimmed().isEmpty()) {
        out = keptHeaders(m.transportHeaders);
    } else {
        const auto add = [&](const char *name, const QString &value) {
            if (!value.isEmpty()) {
                out += QByteArray(name) + ": " + encodeHeaderValue(value) + kCrlf;
            }
        };
        add("From", m.from);
        add("To", m.to);
        add("Cc", m.cc);
        add("Subject", m.subject);
        if (m.date.isValid()) {
            out += "Date: " + rfc2822Date(m.date) + kCrlf;
        }
        add("Message-ID", m.messageId);
        add("In-Reply-To", m.inReplyTo);
    }
    out += "MIME-Version: 1.0" + kCrlf;

    const bool hasPlain = !m.plainBody.isEmpty() || m.htmlBody.isEmpty();
    const bool hasHtml = !m.htmlBody.isEmpty();
    QByteArray body;
    if (hasPlain && hasHtml) {
        const QByteArray alt = "alt-" + boundarySeed;
        body = "Content-Type: multipart/alternative; boundary=\"" + alt + "\"" + kCrlf + kCrlf + "--" + alt + kCrlf
            + textPart("text/plain", m.plainBody) + "--" + alt + kCrlf + textPart("text/html", m.htmlBody) + "--" + alt + "--"
            + kCrlf;
    } else {
        body = hasHtml ? textPart("text/html", m.htmlBody) : textPart("text/plain", m.plainBody);
    }
    if (m.attachments.isEmpty()) {
        return out + body;
    }
    const QByteArray mixed = "mix-" + boundarySeed;
    out += "Content-Type: multipart/mixed; boundary=\"" + mixed + "\"" + kCrlf + kCrlf + "--" + mixed + kCrlf + body;
    for (const PstMessage::Attachment &a : m.attachments) {
        const QByteArray type = a.mimeType.isEmpty() ? QByteArray("application/octet-stream") : a.mimeType;
        QString name = a.fileName;
        name.remove(QLatin1Char('"'));
        out += "--" + mixed + kCrlf + "Content-Type: " + type + kCrlf + "Content-Disposition: attachment; filename=\""
            + encodeHeaderValue(name) + "\"" + kCrlf + "Content-Transfer-Encoding: base64" + kCrlf + kCrlf + base64Lines(a.data);
    }
    out += "--" + mixed + "--" + kCrlf;
    return out;
}

} // namespace mf::archive
