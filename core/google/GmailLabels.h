// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace mf::google {

class GmailClient;

/// Nested user labels ("Old mail/Invoices/2019"), made the way Gmail shows them nested: every
/// level is a label of its own, so "Old mail", "Old mail/Invoices" and "Old mail/Invoices/2019"
/// are found or created in that order. Ids are cached for the life of the object (one run),
/// so each level costs at most one lookup. Needs the gmail.labels scope; nothing is asked of
/// Gmail until ensure() is called.
class NestedLabels {
public:
    using Callback = std::function<void(Result<QString>)>;

    explicit NestedLabels(GmailClient *gmail);

    /// The id of the label `path`, after its parents exist. Empty segments are dropped
    /// ("A//B/" is "A/B"); an empty path is an error.
    void ensure(const QString &path, Callback done);
    /// The cached id of `path`, or empty.
    [[nodiscard]] QString cached(const QString &path) const { return m_ids.value(normalized(path)); }
    void clear() { m_ids.clear(); }

    /// "A//B/" -> "A/B", each segment trimmed.
    [[nodiscard]] static QString normalized(const QString &path);
    /// Names Gmail keeps for its own labels (INBOX, SENT, ...), which a user label cannot take.
    [[nodiscard]] static bool isReservedName(const QString &name);

private:
    void ensureFrom(QStringList segments, int level, Callback done);

    QPointer<GmailClient> m_gmail;
    QHash<QString, QString> m_ids;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); ///< callbacks outliving this object do nothing
};

} // namespace mf::google
