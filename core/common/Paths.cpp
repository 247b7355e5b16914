// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/Paths.h"

#include "common/PrivateFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace mf::paths {
namespace {

/// State names mail senders and subjects: private to the user. A folder Mailferry owns is made
/// private also when an older version (or a restored backup) left it open; a folder the user named
/// (MAILFERRY_DATA_DIR, which could be any folder) is made private only when Mailferry creates it.
QString ensureDir(const QString &path, bool ours = true)
{
    if (ours || !QDir(path).exists()) {
        [[maybe_unused]] const bool privateNow = privatefiles::ensurePrivateDir(path);
    }
    return QDir(path).absolutePath();
}

/// CON, PRN, AUX, NUL, COM0-9 and LPT0-9 name devices on Windows, in any case and with any
/// extension ("nul.txt", "com1.tar.gz"); a file or folder of that name cannot be created.
bool isWindowsDeviceName(const QString &name)
{
    const QString base = name.section(QLatin1Char('.'), 0, 0).toUpper();
    if (base == QLatin1String("CON") || base == QLatin1String("PRN") || base == QLatin1String("AUX")
        || base == QLatin1String("NUL"))
        return true;
    return base.size() == 4 && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT")))
        && base.at(3).isDigit();
}

} // namespace

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("MAILFERRY_DATA_DIR");
    if (!overridden.isEmpty())
        return ensureDir(overridden, false);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return ensureDir(base + QStringLiteral("/Mailferry"));
}

QString accountDir(const QString &accountId)
{
    return ensureDir(dataDir() + QStringLiteral("/accounts/") + safeFileName(accountId));
}

QString safeFileName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('@'))
            out.append(c);
        else
            out.append(QLatin1Char('_'));
    }
    if (out.endsWith(QLatin1Char('.')))
        out[out.size() - 1] = QLatin1Char('_');
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')) || isWindowsDeviceName(out))
        out.prepend(QLatin1Char('_'));
    return out;
}

} // namespace mf::paths
