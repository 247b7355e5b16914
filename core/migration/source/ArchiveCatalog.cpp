// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/source/ArchiveCatalog.h"

#include "archive/ArchiveOpener.h"
#include "common/Logging.h"

#include <QCryptographicHash>

#include <algorithm>

namespace mf::migration {

namespace {
// A reader that reports error after error without moving on is itself broken: stop there.
constexpr int kMaxErrorsInARow = 10000;
// Scanning a folder archive of many tiny files reads little per item: bound the step by count too.
constexpr int kMaxItemsPerStep = 2000;
} // namespace

ArchiveCatalog::ArchiveCatalog(QString path, QStringList folders)
    : m_path(std::move(path))
    , m_allFolders(folders.isEmpty())
{
    for (const QString &f : folders)
        m_folders.insert(f);
}

ArchiveCatalog::~ArchiveCatalog() = default;

Status ArchiveCatalog::open()
{
    auto reader = archive::openArchive(m_path);
    if (!reader) {
        Error e = reader.error();
        if (e.scope == Error::Scope::Item || e.scope == Error::Scope::Session)
            e = Error::account(e.code, e.message, e.detail);
        return e;
    }
    m_reader = std::move(reader).value();
    return Status();
}

archive::ArchiveItem ArchiveCatalog::item(qsizetype index) const
{
    const Compact &c = m_items[size_t(index)];
    const File &f = m_files[c.file];
    archive::ArchiveItem item;
    item.id = QString::fromUtf8(c.id);
    item.sourcePath = f.sourcePath;
    item.relativePath = f.relativePath;
    item.folder = f.folder;
    item.index = c.index;
    item.offset = c.offset;
    item.storedLength = c.storedLength;
    item.size = c.size;
    item.sha256 = QByteArray(c.sha256.data(), qsizetype(c.sha256.size())).toHex();
    item.flags = c.flags;
    return item;
}

bool ArchiveCatalog::scanSome(qint64 byteBudget)
{
    if (m_done || !m_reader)
        return true;
    qint64 read = 0;
    int count = 0;
    while (read < byteBudget && count < kMaxItemsPerStep) {
        auto next = m_reader->next();
        ++count;
        if (!next) {
            Error error = next.error();
            if (error.scope == Error::Scope::Account && m_items.empty() && m_damage.empty()) {
                // Nothing of it could be read: not a damaged place but an archive Mailferry cannot open.
                m_unreadable = std::move(error);
                m_done = true;
                return true;
            }
            // The key names the damaged place without the (translated) message, so it is the
            // same in every run and every language.
            int sameBefore = 0;
            for (const Damage &d : m_damage) {
                if (d.error.detail == error.detail && d.error.code == error.code)
                    ++sameBefore;
            }
            const QByteArray place = QCryptographicHash::hash((error.detail + QLatin1Char('|') + Error::codeName(error.code)
                                                               + QLatin1Char('|') + QString::number(sameBefore))
                                                                  .toUtf8(),
                                                              QCryptographicHash::Sha256)
                                         .toHex()
                                         .left(24);
            qCWarning(lcMigration) << "archive damaged:" << error.toString();
            m_damage.push_back(Damage{QByteArrayLiteral("damaged|") + place, std::move(error)});
            if (++m_errorsInARow >= kMaxErrorsInARow) {
                m_done = true;
                return true;
            }
            continue;
        }
        m_errorsInARow = 0;
        if (!next.value()) {
            m_done = true;
            return true;
        }
        archive::ArchiveItem &item = *next.value();
        read += item.storedLength;
        if (!m_allFolders && !m_folders.contains(item.folder))
            continue;
        if (m_files.empty() || m_files.back().sourcePath != item.sourcePath || m_files.back().folder != item.folder
            || m_files.back().relativePath != item.relativePath)
            m_files.push_back(File{item.sourcePath, item.relativePath, item.folder});
        Compact c;
        c.id = item.id.toUtf8();
        c.index = item.index;
        c.offset = item.offset;
        c.storedLength = item.storedLength;
        c.size = item.size;
        const QByteArray raw = QByteArray::fromHex(item.sha256);
        std::copy_n(raw.constData(), std::min<qsizetype>(raw.size(), qsizetype(c.sha256.size())), c.sha256.begin());
        c.file = quint32(m_files.size() - 1);
        c.flags = item.flags;
        m_items.push_back(std::move(c));
    }
    return false;
}

} // namespace mf::migration
