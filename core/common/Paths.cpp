#include "common/Paths.h"

#include "common/PrivateFiles.h"

#include <QDir>
#include <QStandardPaths>

namespace mf::paths {
namespace {

QString ensureDir(const QString &path)
{
    // State names mail senders and subjects: private to the user, also when an older version (or
    // a restored backup) left the folder open to others.
    [[maybe_unused]] const bool privateNow = privatefiles::ensurePrivateDir(path);
    return QDir(path).absolutePath();
}

} // namespace

QString dataDir()
{
    const QString overridden = qEnvironmentVariable("MAILFERRY_DATA_DIR");
    if (!overridden.isEmpty())
        return ensureDir(overridden);
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
    if (out.isEmpty() || out.startsWith(QLatin1Char('.')))
        out.prepend(QLatin1Char('_'));
    return out;
}

} // namespace mf::paths
