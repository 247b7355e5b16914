// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountConfig.h"
#include "common/SettingsKeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mf::accounts {

/// A setting stored under "accounts/<id>/<name>" with its type and the value a missing entry
/// reads as. Every per-account setting Mailferry keeps is one of the constants below, so the
/// key strings (common/SettingsKeys.h) and their types are decided once.
template <typename T>
struct AccountKey {
    const char *name;
    T fallback;
};

/// A setting stored at the top level of the settings file ("google/accountEmail").
template <typename T>
struct AppKey {
    const char *name;
    T fallback;
};

/// A setting stored per Google account under "google/accounts/<address>/<name>" (what Google said
/// about that account's consent; never a token).
template <typename T>
struct GoogleAccountKey {
    const char *name;
    T fallback;
};

namespace key {
inline const AccountKey<QString> email{keys::kPop3Email, {}};
inline const AccountKey<QString> host{keys::kPop3Host, {}};
inline const AccountKey<quint16> port{keys::kPop3Port, 995};
inline const AccountKey<AccountConfig::Security> security{keys::kPop3Security, AccountConfig::Security::ImplicitTls};
inline const AccountKey<QString> user{keys::kPop3User, {}};
inline const AccountKey<QByteArray> pinnedSha256{keys::kPop3PinnedCert, {}};
inline const AccountKey<bool> allowPlaintextPassword{keys::kPop3AllowPlaintext, false};
inline const AccountKey<QString> gmailAccount{keys::kGoogleAccountEmail, {}};
inline const AccountKey<AccountConfig::Source> source{keys::kSourceKind, AccountConfig::Source::Pop3};
inline const AccountKey<QString> archivePath{keys::kArchivePath, {}};
inline const AccountKey<QStringList> archiveFolders{keys::kArchiveFolders, {}};
inline const AccountKey<bool> foldersAsLabels{keys::kFoldersAsLabels, false};

inline const AccountKey<AfterCopy> afterCopy{keys::kAfterCopy, AfterCopy::Keep};
inline const AccountKey<int> deleteAfterDays{keys::kDeleteAfterDays, 30};
inline const AccountKey<Placement> placement{keys::kPlacement, Placement::InboxUnread};
inline const AccountKey<QString> label{keys::kLabel, {}};
inline const AccountKey<qint64> sizeLimitBytes{keys::kSizeLimitBytes, 50LL * 1024 * 1024};
inline const AccountKey<bool> continuous{keys::kContinuous, false};
inline const AccountKey<int> intervalMinutes{keys::kIntervalMinutes, 10};
inline const AccountKey<bool> useImport{keys::kUseImport, false};
inline const AccountKey<int> batchSize{keys::kBatchSize, 50};
inline const AccountKey<bool> stripBlockedAttachments{keys::kStripBlockedAttachments, true};
inline const AccountKey<bool> deleteStrippedFromServer{keys::kDeleteStrippedFromServer, false};
inline const AccountKey<bool> neverMarkSpam{keys::kNeverMarkSpam, true};

inline const AccountKey<QDateTime> lastRun{keys::kLastRun, {}};
inline const AccountKey<QString> lastOutcome{keys::kLastOutcome, {}};
inline const AccountKey<QDateTime> lastCheckOk{keys::kLastCheckOk, {}};
inline const AccountKey<QDateTime> lastCopy{keys::kLastCopy, {}};
inline const AccountKey<QDateTime> failureAt{keys::kFailureAt, {}};
inline const AccountKey<QDateTime> failingSince{keys::kFailingSince, {}};
inline const AccountKey<QString> failureCode{keys::kFailureCode, {}};
inline const AccountKey<QString> failureScope{keys::kFailureScope, {}};
inline const AccountKey<QString> failureMessage{keys::kFailureMessage, {}};
inline const AccountKey<QString> healthNotified{keys::kHealthNotified, {}};

inline const GoogleAccountKey<QDateTime> consentIssuedAt{keys::kConsentIssuedAt, {}};
inline const GoogleAccountKey<QDateTime> consentExpiresAt{keys::kConsentExpiresAt, {}};
inline const GoogleAccountKey<QString> consentNotified{keys::kConsentNotified, {}};

inline const AppKey<QString> googleAccountEmail{keys::kGoogleAccountEmail, {}};
inline const AppKey<QStringList> googleGrantedScopes{keys::kGoogleGrantedScopes, {}};
inline const AppKey<QString> googleClientFile{keys::kGoogleClientFile, {}};
} // namespace key

} // namespace mf::accounts
