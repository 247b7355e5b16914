// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace mf::testsupport::archive {

QByteArray message(const QString &subject, const QByteArray &body, const QByteArray &extraHeaders, bool crlf)
{
    QByteArray m = "From: Maria <maria@isp.example>\n"
                   "To: maria@gmail.example\n"
                   "Subject: "
        + subject.toUtf8()
        + "\n"
          "Date: Tue, 01 Dec 2026 10:00:00 +0000\n"
          "Message-ID: <"
        + QCryptographicHash::hash(subject.toUtf8() + body, QCryptographicHash::Md5).toHex() + "@isp.example>\n" + extraHeaders
        + "\n" + body;
    if (crlf) {
        m.replace("\n", "\r\n");
    }
    return m;
}

QByteArray mboxBytes(const QList<QByteArray> &messages, mf::archive::MboxVariant variant)
{
    static const QRegularExpression rd(QStringLiteral("^(>*From )"), QRegularExpression::MultilineOption);
    static const QRegularExpression o(QStringLiteral("^(From )"), QRegularExpression::MultilineOption);
    QByteArray out;
    for (const QByteArray &m : messages) {
        QString text = QString::fromLatin1(m); // Latin-1 keeps every byte as it is
        text.replace(variant == mf::archive::MboxVariant::Mboxrd ? rd : o, QStringLiteral(">\\1"));
        out += "From maria@isp.example Tue Dec  1 10:00:00 2026\n";
        out += text.toLatin1();
        if (!out.endsWith('\n')) {
            out += '\n';
        }
        out += '\n';
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        qWarning("could not write %s", qPrintable(path));
        return false;
    }
    return true;
}

QByteArray emlxBytes(const QByteArray &message, quint64 flags)
{
    return QByteArray::number(message.size()).leftJustified(10, ' ') + "\n" + message
        + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
          "<plist version=\"1.0\">\n<dict>\n"
          "\t<key>date-received</key>\n\t<integer>1764583200</integer>\n"
          "\t<key>flags</key>\n\t<integer>"
        + QByteArray::number(flags)
        + "</integer>\n"
          "\t<key>remote-id</key>\n\t<string>1234</string>\n"
          "</dict>\n</plist>\n";
}

QByteArray profilesIni(const QString &relativeProfilePath)
{
    return "[Install4F96D1932A9F858E]\n"
           "Default="
        + relativeProfilePath.toUtf8()
        + "\n"
          "Locked=1\n\n"
          "[Profile1]\n"
          "Name=old\n"
          "IsRelative=1\n"
          "Path=Profiles/old.default\n"
          "Default=1\n\n"
          "[Profile0]\n"
          "Name=default-release\n"
          "IsRelative=1\n"
          "Path="
        + relativeProfilePath.toUtf8()
        + "\n\n"
          "[General]\n"
          "StartWithLastProfile=1\n"
          "Version=2\n";
}

QMap<QString, QString> treeFingerprint(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(&f);
        }
        out.insert(QDir(root).relativeFilePath(path),
                   QString::fromLatin1(hash.result().toHex()) + QLatin1Char(':')
                       + QString::number(QFileInfo(path).lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

ReadAll readAll(mf::archive::ArchiveReader &reader)
{
    ReadAll out;
    for (int guard = 0; guard < 100000; ++guard) {
        auto next = reader.next();
        if (!next) {
            out.errors.append(next.error());
            continue;
        }
        if (!next.value()) {
            break;
        }
        out.items.append(*next.value());
    }
    return out;
}

} // namespace mf::testsupport::archive
