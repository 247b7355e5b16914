// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFileInfo>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace mf::archive {

/// Walks a folder tree depth-first in name order, one file at a time. Memory: the listing of the
/// folders on the current path, never the whole tree. Symbolic links to folders are not followed
/// (a link loop cannot make it run forever); hidden entries are included (Maildir++ ".Sub").
class DirectoryWalk {
public:
    using Filter = std::function<bool(const QFileInfo &)>;

    /// `descend` decides whether a subfolder is entered (default: every one).
    explicit DirectoryWalk(const QString &root, Filter descend = {});

    /// The next file, or std::nullopt when the tree is done.
    [[nodiscard]] std::optional<QFileInfo> nextFile();

    /// Folders that could not be listed (named so a caller can report them).
    [[nodiscard]] const QStringList &unreadableFolders() const { return m_unreadable; }

private:
    void push(const QString &dir);

    struct Level {
        QFileInfoList entries;
        qsizetype pos = 0;
    };
    std::vector<Level> m_stack;
    Filter m_descend;
    QStringList m_unreadable;
};

/// `path` relative to `root`, with "/" separators.
[[nodiscard]] QString relativeTo(const QString &root, const QString &path);

} // namespace mf::archive
