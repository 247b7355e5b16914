// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class QIODevice;

namespace mf::accounts {

/// POP3 passwords for many mailboxes at once, keyed by the old address (case-insensitive).
using PasswordList = QHash<QString, QString>;

/// The password file of `mailferry bulk` (and what --passwords-stdin reads): one mailbox a line,
///     old-address<TAB>password     or     old-address,password
/// split at the first TAB or comma (an address has neither; the password is everything after,
/// spaces and commas included, up to the end of the line, CR LF or LF). Blank lines and lines
/// starting with '#' are ignored; an address given twice is refused. UTF-8, at most 256 KiB.
///
/// A file is read only when nobody but the user can read it. On Linux and macOS (POSIX): a
/// regular file (a symbolic link is not followed), owned by the user running Mailferry, whose mode
/// has no group or other bits (chmod 600); checked on the opened file, so it cannot be swapped in
/// between. On Windows, where mode bits mean nothing and access lists are not checked here, a
/// password file is refused: the passwords come from standard input or the keychain there.
///
/// Errors name the line, never its text: a password is never echoed, logged or written anywhere.
class PasswordFile {
    Q_DECLARE_TR_FUNCTIONS(mf::accounts::PasswordFile)
public:
    static constexpr qint64 kMaxBytes = 256 * 1024;

    /// The lines of a password file or of standard input.
    [[nodiscard]] static Result<PasswordList> parse(const QByteArray &bytes);
    /// Reads `path` after checking that only the user can read it.
    [[nodiscard]] static Result<PasswordList> readFile(const QString &path);
    /// Reads an open device (standard input) to its end, bounded.
    [[nodiscard]] static Result<PasswordList> readDevice(QIODevice *device);
    /// The password for `address`, or an empty string.
    [[nodiscard]] static QString lookUp(const PasswordList &list, const QString &address);
    /// Why `path` is not private enough, in words, or empty when it is (POSIX; Windows: always a reason).
    [[nodiscard]] static QString accessProblem(const QString &path);
};

} // namespace mf::accounts
