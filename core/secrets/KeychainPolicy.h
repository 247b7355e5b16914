// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace mf::secrets {

/// What every system keychain Mailferry uses agrees on, as pure functions that a test on Linux
/// checks for all of them. The only platform branch is currentKeychainSystem().

enum class KeychainSystem { Windows, MacOS, SecretService };

/// The keychain this build talks to.
[[nodiscard]] KeychainSystem currentKeychainSystem();

/// The largest secret, in UTF-8 bytes (how QtKeychain stores text), that every keychain keeps
/// whole. Windows' Credential Manager holds at most CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 =
/// 2,560) bytes in one credential; QtKeychain 0.13 then fails the write with OtherError
/// ("Credential size exceeds maximum size"), which reads like a missing keychain. Mailferry's
/// secrets are far below it (Google documents refresh tokens of at most 512 bytes; POP3 passwords
/// are typed), so a longer one is refused on every system with its own message, the same
/// everywhere, instead of being split across entries.
constexpr qsizetype kMaxSecretBytes = 2560;

/// True when `secret` fits kMaxSecretBytes.
[[nodiscard]] bool fitsEveryKeychain(const QString &secret);

/// The name the keychain files `key` under. The Secret Service and the macOS Keychain keep the
/// service ("Mailferry") as an attribute of their own, so the key is used as it is. QtKeychain's
/// Windows back end uses the key alone as the credential's target name and drops the service,
/// so there the service is put in front: Credential Manager lists "Mailferry/pop3-password/...",
/// which the user can recognise, and no other program's "pop3-password/..." can collide with it.
[[nodiscard]] QString keychainEntryName(KeychainSystem system, const QString &service, const QString &key);

} // namespace mf::secrets
