// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ArchiveReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace mf::archive {

Result<QByteArray> ArchiveReader::read(const ArchiveItem &item, qint64 maxBytes) const
{
    if (item.size > maxBytes) {
        return Error::item(Error::Code::MessageOversize,
                           QCoreApplication::translate("mf::archive", "The message is larger than %1 bytes.").arg(maxBytes),
                           QStringLiteral("%1: %2 bytes").arg(item.id).arg(item.size));
    }
    auto device = open(item);
    if (!device) {
        return device.error();
    }
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(item.size));
    char buffer[64 * 1024];
    while (true) {
        const qint64 n = device.value()->read(buffer, sizeof buffer);
        if (n < 0) {
            return Error::item(Error::Code::StorageFailed,
                               QCoreApplication::translate("mf::archive", "The archive could not be read."),
                               item.sourcePath + QStringLiteral(": ") + device.value()->errorString());
        }
        if (n == 0) {
            break;
        }
        if (bytes.size() + n > maxBytes) {
            return Error::item(Error::Code::MessageOversize,
                               QCoreApplication::translate("mf::archive", "The message is larger than %1 bytes.").arg(maxBytes),
                               item.id);
        }
        bytes.append(buffer, static_cast<qsizetype>(n));
    }
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != item.sha256) {
        return Error::item(Error::Code::MessageMalformed,
                           QCoreApplication::translate("mf::archive", "The archive changed since it was scanned; scan it again."),
                           item.id);
    }
    return bytes;
}

} // namespace mf::archive
