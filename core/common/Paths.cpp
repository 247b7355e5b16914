#include "common/Paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace mf::paths {
namespace {

QString ensureDir(const QString &path)
{
    QDir dir(path);
    if (!dir.exists()) {
        dir.mkpath(QStringLiteral("."));
        // State may name mail senders and subjects: keep it private to the user.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return dir.absolutePath();
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
