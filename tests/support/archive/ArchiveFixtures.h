// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "archive/MboxQuoting.h"
#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace mf::testsupport::archive {

/// A small RFC 5322 message ("\n" line endings unless crlf).
QByteArray message(const QString &subject, const QByteArray &body, const QByteArray &extraHeaders = {}, bool crlf = false);

/// The bytes of an mbox holding `messages`, each after a "From " line and followed by the empty
/// separator line, with "From " lines quoted per the variant (as mutt, Thunderbird, Python write).
QByteArray mboxBytes(const QList<QByteArray> &messages, mf::archive::MboxVariant variant);

/// Writes `bytes` to `path`, making its folders. Returns false (and warns) when it could not.
bool writeFile(const QString &path, const QByteArray &bytes);

/// An Apple Mail .emlx: the byte-count line, the message, the property list with `flags`.
QByteArray emlxBytes(const QByteArray &message, quint64 flags);

/// A Thunderbird profiles.ini naming one profile at `relativeProfilePath` (relative to the ini)
/// as the default through an [Install...] section, and a second, older one.
QByteArray profilesIni(const QString &relativeProfilePath);

/// Every file under `root` (relative path -> SHA-256 hex + ":" + modification time in ms), so a
/// test can show an archive was not changed by reading it.
QMap<QString, QString> treeFingerprint(const QString &root);

/// Everything a reader yields until its end: the items, and the errors met on the way (a reader
/// goes on after a damaged message). Stops after 100,000 steps so a reader that never ends fails
/// the test instead of hanging it.
struct ReadAll {
    QList<mf::archive::ArchiveItem> items;
    QList<mf::Error> errors;
};
ReadAll readAll(mf::archive::ArchiveReader &reader);

} // namespace mf::testsupport::archive
