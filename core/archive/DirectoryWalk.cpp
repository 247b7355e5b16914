// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/DirectoryWalk.h"

#include <QDir>

namespace mf::archive {

DirectoryWalk::DirectoryWalk(const QString &root, Filter descend)
    : m_descend(std::move(descend))
{
    push(root);
}

void DirectoryWalk::push(const QString &dir)
{
    QDir d(dir);
    if (!d.exists() || !d.isReadable()) {
        m_unreadable.append(dir);
        return;
    }
    Level level;
    level.entries = d.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    m_stack.push_back(std::move(level));
}

std::optional<QFileInfo> DirectoryWalk::nextFile()
{
    while (!m_stack.empty()) {
        Level &top = m_stack.back();
        if (top.pos >= top.entries.size()) {
            m_stack.pop_back();
            continue;
        }
        const QFileInfo entry = top.entries.at(top.pos++);
        if (entry.isDir()) {
            if (!entry.isSymLink() && (!m_descend || m_descend(entry))) {
                push(entry.absoluteFilePath()); // may invalidate `top`
            }
            continue;
        }
        if (entry.isFile()) {
            return entry;
        }
    }
    return std::nullopt;
}

QString relativeTo(const QString &root, const QString &path)
{
    return QDir(root).relativeFilePath(path);
}

} // namespace mf::archive
