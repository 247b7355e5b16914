// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "archive/ArchiveReader.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

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

    [[nodiscard]] const std::vector<archive::ArchiveItem> &items() const { return m_items; }
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
    std::vector<archive::ArchiveItem> m_items;
    std::vector<Damage> m_damage;
    bool m_done = false;
    std::optional<Error> m_unreadable;
    int m_errorsInARow = 0;
};

} // namespace mf::migration
