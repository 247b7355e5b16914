// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace mf::migration {

/// What one scan of a local archive found: every message of the chosen folders (a location, a
/// size and a hash; never the bytes), and every place that could not be read. Made once a pass
/// and shared by the sessions of that pass, so a big archive is read through once, not once a
/// session. Scanned in steps (scanSome()), so the engine's thread is never blocked long.
class ArchiveCatalog {
public:
    /// A damaged place in the archive (a file cut short, an unreadable message): reported as a
    /// failed item under a stable key, so a rerun reports it once, not again and again.
    struct Damage {
        QByteArray key;
        Error error;
    };

    /// `folders`: the folder paths to take ("" = top level); empty = every folder.
    ArchiveCatalog(QString path, QStringList folders);
    ~ArchiveCatalog();

    /// Opens the archive (the format detected); an Account error when it cannot be read at all.
    [[nodiscard]] Status open();
    [[nodiscard]] bool isOpen() const { return m_reader != nullptr; }
    /// Scans on until about `byteBudget` bytes of messages were read; true when the scan is done.
    bool scanSome(qint64 byteBudget);
    [[nodiscard]] bool scanned() const { return m_done; }
    /// The archive could not be read at all (an unreadable .pst): the run stops with this.
    [[nodiscard]] const std::optional<Error> &unreadable() const { return m_unreadable; }

    /// Messages scanned (in archive order); item(i) rebuilds the i-th one's location.
    [[nodiscard]] qsizetype size() const { return qsizetype(m_items.size()); }
    [[nodiscard]] archive::ArchiveItem item(qsizetype index) const;
    /// The stable id of the i-th message (UTF-8), shared with every listing made of it.
    [[nodiscard]] QByteArray id(qsizetype index) const { return m_items[size_t(index)].id; }
    [[nodiscard]] qint64 itemSize(qsizetype index) const { return m_items[size_t(index)].size; }
    [[nodiscard]] QString folder(qsizetype index) const { return m_files[m_items[size_t(index)].file].folder; }
    [[nodiscard]] archive::ArchiveFlags flags(qsizetype index) const { return m_items[size_t(index)].flags; }
    [[nodiscard]] const std::vector<Damage> &damage() const { return m_damage; }
    [[nodiscard]] const archive::ArchiveReader *reader() const { return m_reader.get(); }
    /// Messages the mail program had deleted (not compacted yet): passed over.
    [[nodiscard]] qint64 skippedDeleted() const { return m_reader ? m_reader->skippedDeleted() : 0; }
    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
    QSet<QString> m_folders;
    bool m_allFolders = true;
    std::unique_ptr<archive::ArchiveReader> m_reader;
    // Kept compact, since a big archive has hundreds of thousands of messages: the file's names
    // once per file, the hash as 32 raw bytes.
    struct File {
        QString sourcePath;
        QString relativePath;
        QString folder;
    };
    struct Compact {
        QByteArray id;
        qint64 index = 0;
        qint64 offset = 0;
        qint64 storedLength = 0;
        qint64 size = 0;
        std::array<char, 32> sha256{};
        quint32 file = 0;
        archive::ArchiveFlags flags;
    };
    std::vector<File> m_files;
    std::vector<Compact> m_items;
    std::vector<Damage> m_damage;
    bool m_done = false;
    std::optional<Error> m_unreadable;
    int m_errorsInARow = 0;
};

} // namespace mf::migration
