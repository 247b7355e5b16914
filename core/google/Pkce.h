// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace mf::google::pkce {

/// A fresh PKCE code verifier (RFC 7636): 64 bytes from the operating system's CSPRNG
/// (QRandomGenerator::system()), base64url without padding: 86 characters, within 43..128.
/// Qt NetworkAuth 6.4 seeds its state from a clock-seeded mt19937; we never use that.
[[nodiscard]] QByteArray newVerifier();
/// The S256 challenge for `verifier`: base64url(SHA-256(verifier)) without padding.
[[nodiscard]] QByteArray challengeS256(const QByteArray &verifier);
/// A fresh, unguessable OAuth `state` value (32 CSPRNG bytes, base64url).
[[nodiscard]] QByteArray newState();
/// base64url without padding.
[[nodiscard]] QByteArray base64Url(const QByteArray &data);

} // namespace mf::google::pkce
