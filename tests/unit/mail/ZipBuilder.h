// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QStringList>
#include <QtEndian>

namespace mf::test {

/// A zip archive whose files are stored uncompressed (method 0), as the zip format lays it out:
/// local headers with the data, then the central directory and its end record. CRCs are left 0:
/// nothing in Mailferry checks them, and a listing is all it reads.
inline QByteArray storedZip(const QStringList &names, const QByteArray &content = QByteArrayLiteral("MZ data"))
{
    auto le16 = [](QByteArray &b, quint16 v) {
        char x[2];
        qToLittleEndian(v, x);
        b.append(x, 2);
    };
    auto le32 = [](QByteArray &b, quint32 v) {
        char x[4];
        qToLittleEndian(v, x);
        b.append(x, 4);
    };
    QByteArray zip;
    QList<quint32> offsets;
    for (const QString &n : names) {
        const QByteArray name = n.toUtf8();
        offsets << quint32(zip.size());
        le32(zip, 0x04034b50u);
        le16(zip, 20);
        le16(zip, 0x0800);
        le16(zip, 0);
        le16(zip, 0);
        le16(zip, 0);
        le32(zip, 0);
        le32(zip, quint32(content.size()));
        le32(zip, quint32(content.size()));
        le16(zip, quint16(name.size()));
        le16(zip, 0);
        zip += name;
        zip += content;
    }
    const quint32 directoryOffset = quint32(zip.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray name = names.at(i).toUtf8();
        le32(zip, 0x02014b50u);
        le16(zip, 20);
        le16(zip, 20);
        le16(zip, 0x0800);
        le16(zip, 0);
        le16(zip, 0);
        le16(zip, 0);
        le32(zip, 0);
        le32(zip, quint32(content.size()));
        le32(zip, quint32(content.size()));
        le16(zip, quint16(name.size()));
        le16(zip, 0);
        le16(zip, 0);
        le16(zip, 0);
        le16(zip, 0);
        le32(zip, 0);
        le32(zip, offsets.at(i));
        zip += name;
    }
    const quint32 directorySize = quint32(zip.size()) - directoryOffset;
    le32(zip, 0x06054b50u);
    le16(zip, 0);
    le16(zip, 0);
    le16(zip, quint16(names.size()));
    le16(zip, quint16(names.size()));
    le32(zip, directorySize);
    le32(zip, directoryOffset);
    le16(zip, 0);
    return zip;
}

/// base64 in lines of 76 with `eol`, as mail programs write attachments.
inline QByteArray base64Lines(const QByteArray &data, const QByteArray &eol = QByteArrayLiteral("\r\n"))
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + eol;
    return out;
}

/// A message with a text part and one attachment `fileName` holding `data` (base64).
inline QByteArray messageWithAttachment(const QString &fileName, const QByteArray &data,
                                        const QByteArray &contentType = QByteArrayLiteral("application/octet-stream"),
                                        const QByteArray &subject = QByteArrayLiteral("Invoice"))
{
    QByteArray m;
    m += "From: Ann <ann@example.org>\r\n";
    m += "To: bob@example.org\r\n";
    m += "Subject: " + subject + "\r\n";
    m += "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n";
    m += "Message-ID: <" + subject.toLower().replace(' ', '-') + "@example.org>\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"==outer==\"\r\n";
    m += "\r\n";
    m += "This is a multi-part message in MIME format.\r\n";
    m += "--==outer==\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\n";
    m += "\r\n";
    m += "Please find the file attached.\r\n";
    m += "--==outer==\r\n";
    m += "Content-Type: " + contentType + "; name=\"" + fileName.toUtf8() + "\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "Content-Disposition: attachment; filename=\"" + fileName.toUtf8() + "\"\r\n";
    m += "\r\n";
    m += base64Lines(data);
    m += "--==outer==--\r\n";
    m += "Epilogue.\r\n";
    return m;
}

} // namespace mf::test
