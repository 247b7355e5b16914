// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mf::test::fakegmail {

/// Gmail's refusal of blocked attachment types, as the fake Google applies it to every insert and
/// import: a part named with a blocked extension (filename= or name=, also in the RFC 2231 forms),
/// or a .zip part whose listing holds one. Written apart from Mailferry's own MIME walk (it looks
/// at the raw lines), so that a test of the copy without attachments is not the walk checking itself.
struct BlockedAttachmentRule {
    /// What Gmail says (HTTP 400, reason invalidArgument).
    static QString message();
    /// The blocked files `raw` carries (empty: Gmail takes it).
    [[nodiscard]] static QStringList blockedFiles(const QByteArray &raw);
};

} // namespace mf::test::fakegmail
