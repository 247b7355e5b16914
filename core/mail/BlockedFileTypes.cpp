// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mail/BlockedFileTypes.h"

#include <QtEndian>

namespace mf::mail {
namespace {

quint16 le16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

QString trimmedName(const QString &fileName)
{
    QString name = fileName;
    while (!name.isEmpty() && (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))))
        name.chop(1);
    return name;
}

QString extensionOf(const QString &fileName)
{
    const QString name = trimmedName(fileName);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (dot < slash)
        return {};
    return name.mid(dot + 1).toLower();
}

} // namespace

const QStringList &BlockedFileTypes::extensions()
{
    static const QStringList list = {
        QStringLiteral("ade"),        QStringLiteral("adp"),      QStringLiteral("apk"),  QStringLiteral("appx"),
        QStringLiteral("appxbundle"), QStringLiteral("bat"),      QStringLiteral("cab"),  QStringLiteral("chm"),
        QStringLiteral("cmd"),        QStringLiteral("com"),      QStringLiteral("cpl"),  QStringLiteral("diagcab"),
        QStringLiteral("diagcfg"),    QStringLiteral("diagpack"), QStringLiteral("dll"),  QStringLiteral("dmg"),
        QStringLiteral("ex"),         QStringLiteral("ex_"),      QStringLiteral("exe"),  QStringLiteral("hta"),
        QStringLiteral("img"),        QStringLiteral("ins"),      QStringLiteral("iso"),  QStringLiteral("isp"),
        QStringLiteral("jar"),        QStringLiteral("jnlp"),     QStringLiteral("js"),   QStringLiteral("jse"),
        QStringLiteral("lib"),        QStringLiteral("lnk"),      QStringLiteral("mde"),  QStringLiteral("mjs"),
        QStringLiteral("msc"),        QStringLiteral("msi"),      QStringLiteral("msix"), QStringLiteral("msixbundle"),
        QStringLiteral("msp"),        QStringLiteral("mst"),      QStringLiteral("nsh"),  QStringLiteral("pif"),
        QStringLiteral("ps1"),        QStringLiteral("scr"),      QStringLiteral("sct"),  QStringLiteral("shb"),
        QStringLiteral("sys"),        QStringLiteral("vb"),       QStringLiteral("vbe"),  QStringLiteral("vbs"),
        QStringLiteral("vhd"),        QStringLiteral("vxd"),      QStringLiteral("wsc"),  QStringLiteral("wsf"),
        QStringLiteral("wsh"),        QStringLiteral("xll"),
    };
    return list;
}

bool BlockedFileTypes::isBlockedName(const QString &fileName)
{
    const QString ext = extensionOf(fileName);
    return !ext.isEmpty() && extensions().contains(ext);
}

bool BlockedFileTypes::isZipName(const QString &fileName)
{
    return extensionOf(fileName) == QLatin1String("zip");
}

std::optional<QStringList> BlockedFileTypes::zipEntryNames(const QByteArray &zip, int maxEntries)
{
    // The end of central directory record: 22 bytes plus a comment of up to 65535, at the end.
    constexpr qsizetype kEocdSize = 22;
    if (zip.size() < kEocdSize)
        return std::nullopt;
    const qsizetype earliest = std::max<qsizetype>(0, zip.size() - kEocdSize - 0xFFFF);
    qsizetype eocd = -1;
    for (qsizetype at = zip.size() - kEocdSize; at >= earliest; --at) {
        if (le32(zip, at) == 0x06054b50u) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return std::nullopt;
    const quint16 entries = le16(zip, eocd + 10);
    const quint32 directorySize = le32(zip, eocd + 12);
    const quint32 directoryOffset = le32(zip, eocd + 16);
    if (qint64(directoryOffset) + qint64(directorySize) > eocd)
        return std::nullopt;
    QStringList names;
    qsizetype at = qsizetype(directoryOffset);
    const qsizetype end = qsizetype(directoryOffset) + qsizetype(directorySize);
    for (int i = 0; i < int(entries) && i < maxEntries; ++i) {
        constexpr qsizetype kHeader = 46;
        if (at + kHeader > end || le32(zip, at) != 0x02014b50u)
            return std::nullopt;
        const quint16 flags = le16(zip, at + 8);
        const qsizetype nameLength = le16(zip, at + 28);
        const qsizetype extraLength = le16(zip, at + 30);
        const qsizetype commentLength = le16(zip, at + 32);
        if (at + kHeader + nameLength > end)
            return std::nullopt;
        const QByteArray raw = zip.mid(at + kHeader, nameLength);
        // Bit 11: the name is UTF-8; otherwise code page 437, whose ASCII part is what matters.
        names << ((flags & 0x0800) ? QString::fromUtf8(raw) : QString::fromLatin1(raw));
        at += kHeader + nameLength + extraLength + commentLength;
    }
    return names;
}

QStringList BlockedFileTypes::blockedInZip(const QByteArray &zip, int maxEntries)
{
    QStringList blocked;
    const std::optional<QStringList> names = zipEntryNames(zip, maxEntries);
    if (!names)
        return blocked;
    for (const QString &name : *names) {
        if (isBlockedName(name))
            blocked << name;
    }
    return blocked;
}

} // namespace mf::mail
