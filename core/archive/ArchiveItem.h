// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace mf::archive {

/// The kinds of local mail archive Mailferry reads.
enum class ArchiveFormat {
    Unknown,
    Mbox,      ///< one mbox file, or a tree of them (Thunderbird's Mail folder, "Name.sbd" subfolders)
    Maildir,   ///< cur/ + new/, Maildir++ ".Sub.Folder" subfolders or nested Maildirs
    EmlTree,   ///< a folder tree of .eml files (nested folders become nested folder paths)
    AppleMail, ///< Apple Mail's "Name.mbox" bundles of .emlx files
    Pst,       ///< Outlook .pst / .ost, read through libpst
};

[[nodiscard]] QString formatName(ArchiveFormat format);

/// The state a message had in the program that kept the archive, where the archive records it.
struct ArchiveFlags {
    bool known = false; ///< false: the archive keeps no flags for this message (.eml, most mbox)
    bool read = false;
    bool flagged = false; ///< Thunderbird "marked", Maildir F, Apple Mail flagged, Outlook flagged
    bool answered = false;
    bool draft = false;
    bool deleted = false; ///< deleted in the mail program but still stored (readers skip these)

    friend bool operator==(const ArchiveFlags &a, const ArchiveFlags &b)
    {
        return a.known == b.known && a.read == b.read && a.flagged == b.flagged && a.answered == b.answered && a.draft == b.draft
            && a.deleted == b.deleted;
    }
};

/// One message of an archive: where it is, what it is, and an id that names it across runs.
///
/// The id is "relativePath|folder|position|sha256-prefix": the same archive read again yields the
/// same ids; a message whose bytes changed (or moved inside an mbox) gets a new one, so a changed
/// archive is noticed instead of silently mismatched.
struct ArchiveItem {
    QString id;
    QString sourcePath;      ///< absolute path of the file that stores the message
    QString relativePath;    ///< sourcePath relative to the archive's root ("Inbox", "cur/123:2,S")
    QString folder;          ///< "/"-separated folder path for labels ("Old mail/Invoices/2019"); "" = top
    qint64 index = 0;        ///< position among the messages of its file (mbox, pst); 0 otherwise
    qint64 offset = 0;       ///< first stored byte of the message in sourcePath
    qint64 storedLength = 0; ///< stored bytes (for mbox: still ">From "-quoted)
    qint64 size = 0;         ///< bytes of the message as read (what would be uploaded)
    QByteArray sha256;       ///< hex SHA-256 of the message as read
    ArchiveFlags flags;
};

/// Builds the stable id of an item from its other fields (relativePath, folder, position, hash).
[[nodiscard]] QString makeItemId(const ArchiveItem &item);

} // namespace mf::archive
