// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestEnv.h"

#include <QDir>

namespace mf::test {

bool runningInCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

QString fixtureRoot()
{
    const QString dir = qEnvironmentVariable("MAILFERRY_FIXTURE_DIR");
    if (!dir.isEmpty())
        return dir;
    return QDir::tempPath();
}

QString sourceDir()
{
    const QString dir = qEnvironmentVariable("MAILFERRY_SOURCE_DIR");
    return dir.isEmpty() ? QDir::currentPath() : dir;
}

} // namespace mf::test
