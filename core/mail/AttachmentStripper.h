// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mf::mail {

/// Makes a copy of a message that Gmail will take: every attachment of a type Gmail blocks (see
/// BlockedFileTypes; a .zip that holds one counts too) is replaced by a short text/plain part
/// that names the file, its size and where the original message is kept. Every other byte stays
/// as it was: the headers, the other parts, the boundaries, the line endings.
///
/// Pure and bounded: the MIME tree is walked to `Limits::maxDepth` levels of nesting and
/// `Limits::maxParts` parts; a message past those, or whose structure cannot be followed, gives
/// an Item error (MessageMalformed) and is never half-changed.
class AttachmentStripper {
    Q_DECLARE_TR_FUNCTIONS(mf::mail::AttachmentStripper)
public:
    struct Limits {
        int maxDepth = 20;
        int maxParts = 2000;
        int maxZipEntries = 10000;
    };

    /// One attachment taken out.
    struct Removed {
        QString fileName;          ///< as the message names it (decoded)
        qint64 size = 0;           ///< decoded bytes
        QStringList blockedInside; ///< for an archive: the blocked files it holds
    };

    /// One leaf part as the walk saw it (for checks and tests).
    struct Part {
        QByteArray contentType; ///< lower case "type/subtype"; "text/plain" when absent
        QString fileName;       ///< from Content-Disposition's filename or Content-Type's name
        qsizetype begin = 0;    ///< the part's first header byte in the message
        qsizetype end = 0;      ///< one past its last body byte
    };

    struct Stripped {
        QByteArray bytes;
        QList<Removed> removed; ///< empty: nothing blocked, `bytes` is the input unchanged
    };

    /// The copy without blocked attachments. `keptAt` is where the original is kept (named in the
    /// text that replaces each one).
    [[nodiscard]] static Result<Stripped> strip(const QByteArray &raw, const QString &keptAt, const Limits &limits);
    [[nodiscard]] static Result<Stripped> strip(const QByteArray &raw, const QString &keptAt)
    {
        return strip(raw, keptAt, Limits{});
    }

    /// The blocked attachments `raw` carries, without changing anything.
    [[nodiscard]] static Result<QList<Removed>> findBlocked(const QByteArray &raw, const Limits &limits);
    [[nodiscard]] static Result<QList<Removed>> findBlocked(const QByteArray &raw) { return findBlocked(raw, Limits{}); }

    /// Every leaf part of `raw`, in order; an error when the structure passes the limits.
    [[nodiscard]] static Result<QList<Part>> parts(const QByteArray &raw, const Limits &limits);
    [[nodiscard]] static Result<QList<Part>> parts(const QByteArray &raw) { return parts(raw, Limits{}); }

    /// "setup.exe, tools.zip (holds run.bat)": the removed files in a few words, for the log.
    [[nodiscard]] static QString describe(const QList<Removed> &removed);
};

} // namespace mf::mail
