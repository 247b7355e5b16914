// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Every QSettings key Mailferry uses lives here, so that no secret can slip into settings
// unnoticed: passwords and tokens are never stored under any key; they live in the keychain
// (core/secrets). Keys are grouped per account: "accounts/<id>/<key>".
namespace mf::keys {

inline constexpr char kOrganization[] = "Mailferry";
inline constexpr char kApplication[] = "Mailferry";

// Google side
inline constexpr char kGoogleAccountEmail[] = "google/accountEmail";
inline constexpr char kGoogleGrantedScopes[] = "google/grantedScopes";
inline constexpr char kGoogleClientFile[] = "google/clientSecretFile";

// POP3 accounts (prefix "accounts/<id>/")
inline constexpr char kAccountsGroup[] = "accounts";
inline constexpr char kPop3Host[] = "pop3/host";
inline constexpr char kPop3Port[] = "pop3/port";
inline constexpr char kPop3Security[] = "pop3/security";
inline constexpr char kPop3User[] = "pop3/user";
inline constexpr char kPop3PinnedCert[] = "pop3/pinnedCertSha256";
inline constexpr char kPop3Email[] = "pop3/email";
inline constexpr char kPop3AllowPlaintext[] = "pop3/allowPlaintextPassword";

// Migration options (prefix "accounts/<id>/")
inline constexpr char kAfterCopy[] = "options/afterCopy";
inline constexpr char kDeleteAfterDays[] = "options/deleteAfterDays";
inline constexpr char kPlacement[] = "options/placement";
inline constexpr char kLabel[] = "options/label";
inline constexpr char kSizeLimitBytes[] = "options/sizeLimitBytes";
inline constexpr char kContinuous[] = "options/continuous";
inline constexpr char kIntervalMinutes[] = "options/intervalMinutes";
inline constexpr char kUseImport[] = "options/useImport";
inline constexpr char kBatchSize[] = "options/batchSize";
inline constexpr char kLastRun[] = "status/lastRun";
inline constexpr char kLastOutcome[] = "status/lastOutcome";

// Application
inline constexpr char kStartAtLogin[] = "app/startAtLogin";
inline constexpr char kWindowGeometry[] = "ui/windowGeometry";

} // namespace mf::keys
