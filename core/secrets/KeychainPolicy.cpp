// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secrets/KeychainPolicy.h"

namespace mf::secrets {

KeychainSystem currentKeychainSystem()
{
#if defined(Q_OS_WIN)
    return KeychainSystem::Windows;
#elif defined(Q_OS_MACOS)
    return KeychainSystem::MacOS;
#else
    return KeychainSystem::SecretService;
#endif
}

bool fitsEveryKeychain(const QString &secret)
{
    return secret.toUtf8().size() <= kMaxSecretBytes;
}

QString keychainEntryName(KeychainSystem system, const QString &service, const QString &key)
{
    if (system == KeychainSystem::Windows)
        return service + QLatin1Char('/') + key;
    return key;
}

} // namespace mf::secrets
