// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mf::testsupport::archive {

/// One attachment of a mail in a written .pst (attached by value).
struct PstAttachment {
    QString fileName;
    QByteArray mimeType;
    QByteArray data;
};

/// One recipient row of a mail's recipient table, as Outlook keeps it beside the display fields.
struct PstRecipient {
    QString name;
    QString address;
    int type = 1; ///< 1 To, 2 Cc, 3 Bcc
};

/// What Outlook keeps of one received mail. Empty strings are left out of the file.
struct PstMail {
    QString subject;
    QString senderName;
    QString senderAddress;
    QString displayTo; ///< PR_DISPLAY_TO, the names Outlook shows
    QString displayCc;
    QList<PstRecipient> recipients;
    QString messageId;
    QString inReplyTo;
    QDateTime date;
    QString body;
    QString htmlBody;         ///< stored as PR_HTML (bytes, UTF-8, with PR_INTERNET_CPID 65001) as Outlook does
    QString transportHeaders; ///< PR_TRANSPORT_MESSAGE_HEADERS; empty: the mail has none (made in Outlook)
    bool read = false;        ///< MSGFLAG_READ in PR_MESSAGE_FLAGS
    bool flagged = false;     ///< PR_FLAG_STATUS 2 and PidLidFlagRequest "Follow up", as Outlook sets both
    QList<PstAttachment> attachments;
};

/// A mail folder ("IPF.Note") with its mails and its subfolders.
struct PstFolder {
    QString name;
    QList<PstMail> mails;
    QList<PstFolder> folders;
};

/// The bytes of a Unicode Outlook data file (.pst, format version 23, no encryption) holding
/// `folders` under the store's IPM subtree, written from the [MS-PST] layout:
///
/// - NDB: the header (with both CRCs), data blocks with their trailers (signature, CRC), XBLOCKs
///   for data over one block, SLBLOCKs for subnodes, and the block and node B-trees in 512-byte
///   pages (more than one level when the entries do not fit one page).
/// - LTP: a heap-on-node per property context with its BTH; table contexts for the recipient
///   and attachment tables; values over 1 KB in subnodes of their own.
/// - Messaging: the message store (0x21), the name-to-id map (0x61, with PidLidFlagRequest), the
///   root folder, the IPM subtree, the folders and their messages.
///
/// Left out, since no reader Mailferry uses needs them: the allocation maps (the header marks
/// them invalid, as Outlook does when it must rebuild them), the folders' hierarchy, contents
/// and associated-contents tables, and the search folders.
QByteArray pstBytes(const QList<PstFolder> &folders, const QString &storeName = QStringLiteral("Outlook Data File"));

/// Writes pstBytes() to `path`, making its folders. Returns false (and warns) when it could not.
bool writePst(const QString &path, const QList<PstFolder> &folders);

/// The CRC-32 an Outlook file keeps of its header and of each block and page ([MS-PST] 5.3).
quint32 pstCrc(const QByteArray &bytes);

/// The node id of every mail in the order pstBytes() writes them (folders depth-first, each
/// folder's mails before its subfolders), so a test can name a mail by its place in the file.
QList<quint64> pstMailNodeIds(const QList<PstFolder> &folders);

} // namespace mf::testsupport::archive
