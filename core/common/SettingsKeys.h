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

// Where an account's mail comes from, and local archives (prefix "accounts/<id>/")
inline constexpr char kSourceKind[] = "source/kind";
inline constexpr char kArchivePath[] = "archive/path";
inline constexpr char kArchiveFolders[] = "archive/folders";
inline constexpr char kFoldersAsLabels[] = "archive/foldersAsLabels";

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
inline constexpr char kStripBlockedAttachments[] = "options/stripBlockedAttachments";
inline constexpr char kDeleteStrippedFromServer[] = "options/deleteStrippedFromServer";
inline constexpr char kNeverMarkSpam[] = "options/neverMarkSpam";
inline constexpr char kLastRun[] = "status/lastRun";
inline constexpr char kLastOutcome[] = "status/lastOutcome";
// Health of continuous sync (prefix "accounts/<id>/")
inline constexpr char kLastCheckOk[] = "status/lastCheckOk";
inline constexpr char kLastCopy[] = "status/lastCopy";
inline constexpr char kFailureAt[] = "status/failureAt";
inline constexpr char kFailingSince[] = "status/failingSince";
inline constexpr char kFailureCode[] = "status/failureCode";
inline constexpr char kFailureScope[] = "status/failureScope";
inline constexpr char kFailureMessage[] = "status/failureMessage";
inline constexpr char kHealthNotified[] = "status/healthNotified";

// Google consent, per Google account (prefix "google/accounts/<email>/"): when the refresh token
// was issued and when Google said it ends. Never the token itself.
inline constexpr char kGoogleAccountsGroup[] = "google/accounts";
inline constexpr char kConsentIssuedAt[] = "consent/issuedAt";
inline constexpr char kConsentExpiresAt[] = "consent/expiresAt";
inline constexpr char kConsentNotified[] = "consent/notified";

// Application
inline constexpr char kStartAtLogin[] = "app/startAtLogin";
inline constexpr char kWindowGeometry[] = "ui/windowGeometry";

} // namespace mf::keys
