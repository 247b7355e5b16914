// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mf::archive {

/// What Outlook keeps of one message (as libpst gives it), to be written back as RFC 5322.
struct PstMessage {
    QByteArray transportHeaders; ///< the original Internet headers, when Outlook kept them
    QString from;
    QString to;
    QString cc;
    QString subject;
    QString messageId;
    QString inReplyTo;
    QDateTime date;
    QString plainBody;
    QString htmlBody;

    struct Attachment {
        QString fileName;
        QByteArray mimeType;
        QByteArray data;
    };
    QList<Attachment> attachments;
};

/// The message as MIME (CRLF line ends): the transport headers when Outlook kept them (less the
/// MIME ones, which describe a body Outlook did not keep), otherwise headers made from the
/// fields; then text and HTML as multipart/alternative and the attachments in base64.
/// `boundarySeed` makes the boundaries (and so the bytes) the same on every run.
[[nodiscard]] QByteArray composePstMessage(const PstMessage &message, const QByteArray &boundarySeed);

/// RFC 2047 encoded-word for a header value that is not plain ASCII.
[[nodiscard]] QByteArray encodeHeaderValue(const QString &value);

} // namespace mf::archive
