// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migration/source/CatalogFile.h"

#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>

namespace mf::migration {

namespace {

// Entry kinds as written: a message, a damaged place, and the names of the file the messages
// after it are in.
enum Kind : quint8 { KindMessage = 1, KindDamage = 2, KindFile = 3 };
constexpr quint32 kMagic = 0x4d46'4331; // "MFC1"
// No key, name or message of a sane scan is this long: anything longer is a corrupt file.
constexpr qint64 kMaxFieldBytes = 64 * 1024;

Error fileError(const QString &path, const QString &what)
{
    return Error::account(Error::Code::StorageFailed,
                          QCoreApplication::translate("mf::migration::CatalogFile",
                                                      "Mailferry could not keep its list of the archive's messages (%1).")
                              .arg(what),
                          QDir::toNativeSeparators(path));
}

quint8 flagBits(const archive::ArchiveFlags &f)
{
    return quint8((f.known ? 1 : 0) | (f.read ? 2 : 0) | (f.flagged ? 4 : 0) | (f.answered ? 8 : 0) | (f.draft ? 16 : 0)
                  | (f.deleted ? 32 : 0));
}

archive::ArchiveFlags flagsOf(quint8 bits)
{
    archive::ArchiveFlags f;
    f.known = bits & 1;
    f.read = bits & 2;
    f.flagged = bits & 4;
    f.answered = bits & 8;
    f.draft = bits & 16;
    f.deleted = bits & 32;
    return f;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Writer

Status CatalogFile::Writer::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fileError(path, m_file.errorString());
    (void)privatefiles::makeFilePrivate(path);
    m_out.setDevice(&m_file);
    m_out.setVersion(QDataStream::Qt_6_4);
    m_out << kMagic;
    m_haveFile = false;
    return check();
}

Status CatalogFile::Writer::check()
{
    if (m_out.status() != QDataStream::Ok || m_file.error() != QFileDevice::NoError)
        return fileError(m_file.fileName(), m_file.errorString());
    return Status();
}

Status CatalogFile::Writer::append(const CatalogEntry &entry)
{
    if (entry.damage) {
        const Error &e = *entry.damage;
        m_out << quint8(KindDamage) << entry.key << qint32(e.scope) << qint32(e.code) << e.message << e.detail;
        return check();
    }
    const archive::ArchiveItem &item = entry.item;
    if (!m_haveFile || item.sourcePath != m_sourcePath || item.relativePath != m_relativePath || item.folder != m_folder) {
        m_sourcePath = item.sourcePath;
        m_relativePath = item.relativePath;
        m_folder = item.folder;
        m_haveFile = true;
        m_out << quint8(KindFile) << m_sourcePath << m_relativePath << m_folder;
    }
    m_out << quint8(KindMessage) << entry.key << item.index << item.offset << item.storedLength << item.size
          << QByteArray::fromHex(item.sha256) << flagBits(item.flags);
    return check();
}

Status CatalogFile::Writer::finish()
{
    if (Status s = check(); !s.ok())
        return s;
    if (!m_file.flush())
        return fileError(m_file.fileName(), m_file.errorString());
    return Status();
}

// ---------------------------------------------------------------------------------------------
// Reader

Status CatalogFile::Reader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fileError(path, m_file.errorString());
    m_in.setDevice(&m_file);
    m_in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    m_in >> magic;
    if (magic != kMagic)
        return fileError(path, QCoreApplication::translate("mf::migration::CatalogFile", "not a list Mailferry wrote"));
    return Status();
}

Result<std::optional<CatalogEntry>> CatalogFile::Reader::next()
{
    const auto corrupt = [this] {
        return fileError(m_file.fileName(),
                         QCoreApplication::translate("mf::migration::CatalogFile", "the file was changed or cut short"));
    };
    const auto sane = [](const auto &field) { return field.size() <= kMaxFieldBytes; };
    if (m_back) {
        std::optional<CatalogEntry> back = std::move(m_back);
        m_back.reset();
        return back;
    }
    while (true) {
        if (m_in.atEnd())
            return std::optional<CatalogEntry>();
        quint8 kind = 0;
        m_in >> kind;
        if (kind == KindFile) {
            m_in >> m_sourcePath >> m_relativePath >> m_folder;
            if (m_in.status() != QDataStream::Ok || !sane(m_sourcePath) || !sane(m_relativePath) || !sane(m_folder))
                return corrupt();
            continue;
        }
        CatalogEntry entry;
        if (kind == KindDamage) {
            qint32 scope = 0, code = 0;
            Error e;
            m_in >> entry.key >> scope >> code >> e.message >> e.detail;
            if (m_in.status() != QDataStream::Ok || !sane(entry.key) || !sane(e.message) || !sane(e.detail))
                return corrupt();
            e.scope = Error::Scope(scope);
            e.code = Error::Code(code);
            entry.damage = std::move(e);
            return std::optional<CatalogEntry>(std::move(entry));
        }
        if (kind != KindMessage)
            return corrupt();
        archive::ArchiveItem &item = entry.item;
        QByteArray sha;
        quint8 flags = 0;
        m_in >> entry.key >> item.index >> item.offset >> item.storedLength >> item.size >> sha >> flags;
        if (m_in.status() != QDataStream::Ok || !sane(entry.key) || sha.size() > 64)
            return corrupt();
        item.id = QString::fromUtf8(entry.key);
        item.sourcePath = m_sourcePath;
        item.relativePath = m_relativePath;
        item.folder = m_folder;
        item.sha256 = sha.toHex();
        item.flags = flagsOf(flags);
        return std::optional<CatalogEntry>(std::move(entry));
    }
}

} // namespace mf::migration
