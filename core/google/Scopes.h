// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace mf::google {

/// The OAuth scopes Mailferry asks for: the least that works. gmail.insert adds messages (insert
/// and import) and can never read, change or delete mail; "openid email" only tells us which
/// account signed in; gmail.labels is asked for only when the user wants a label.
struct Scopes {
    static inline const QString kOpenId = QStringLiteral("openid");
    static inline const QString kEmail = QStringLiteral("email");
    static inline const QString kGmailInsert = QStringLiteral("https://www.googleapis.com/auth/gmail.insert");
    static inline const QString kGmailLabels = QStringLiteral("https://www.googleapis.com/auth/gmail.labels");

    /// "openid email gmail.insert", plus gmail.labels when `wantLabels`.
    [[nodiscard]] static QStringList forOptions(bool wantLabels)
    {
        QStringList s{kOpenId, kEmail, kGmailInsert};
        if (wantLabels)
            s << kGmailLabels;
        return s;
    }

    /// Google answers "email" as "https://www.googleapis.com/auth/userinfo.email"; treat both alike.
    [[nodiscard]] static bool contains(const QStringList &granted, const QString &scope)
    {
        if (granted.contains(scope))
            return true;
        if (scope == kEmail)
            return granted.contains(QStringLiteral("https://www.googleapis.com/auth/userinfo.email"));
        return false;
    }
};

} // namespace mf::google
