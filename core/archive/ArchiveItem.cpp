// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ArchiveItem.h"

namespace mf::archive {

QString formatName(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::Mbox: return QStringLiteral("mbox");
    case ArchiveFormat::Maildir: return QStringLiteral("Maildir");
    case ArchiveFormat::EmlTree: return QStringLiteral("eml");
    case ArchiveFormat::AppleMail: return QStringLiteral("Apple Mail");
    case ArchiveFormat::Pst: return QStringLiteral("Outlook PST");
    case ArchiveFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString makeItemId(const ArchiveItem &item)
{
    // The offset names an mbox message's place; the index names a PST message's. Both stay the
    // same while the archive does. 16 hex digits (64 bits) of the hash tell changed content.
    const QString position = QStringLiteral("@%1#%2").arg(item.offset).arg(item.index);
    return item.relativePath + QLatin1Char('|') + item.folder + QLatin1Char('|') + position + QLatin1Char('|')
        + QString::fromLatin1(item.sha256.left(16));
}

} // namespace mf::archive
