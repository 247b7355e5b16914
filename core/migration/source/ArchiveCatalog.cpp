// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/source/ArchiveCatalog.h"

#include "archive/ArchiveOpener.h"
#include "common/Logging.h"

#include <QCryptographicHash>

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
        m_items.push_back(std::move(item));
    }
    return false;
}

} // namespace mf::migration
