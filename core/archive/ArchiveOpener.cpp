// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ArchiveOpener.h"

#include "archive/DirectoryWalk.h"
#include "archive/EmlTreeReader.h"
#include "archive/EmlxReader.h"
#include "archive/MaildirReader.h"
#include "archive/MboxReader.h"
#ifdef MAILFERRY_HAVE_LIBPST
#include "archive/PstReader.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>

namespace mf::archive {
namespace {

ArchiveFormat formatOfFile(const QFileInfo &file)
{
    const QString suffix = file.suffix().toLower();
    if (suffix == QLatin1String("pst") || suffix == QLatin1String("ost")) {
        return ArchiveFormat::Pst;
    }
    if (suffix == QLatin1String("emlx")) {
        return ArchiveFormat::AppleMail;
    }
    if (suffix == QLatin1String("eml")) {
        return ArchiveFormat::EmlTree;
    }
    if (MboxReader::looksLikeMbox(file)) {
        return ArchiveFormat::Mbox;
    }
    return ArchiveFormat::Unknown;
}

} // namespace

bool pstSupported()
{
#ifdef MAILFERRY_HAVE_LIBPST
    return true;
#else
    return false;
#endif
}

ArchiveFormat detectFormat(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return ArchiveFormat::Unknown;
    }
    if (!info.isDir()) {
        return formatOfFile(info);
    }
    if (MaildirReader::isMaildir(path)) {
        return ArchiveFormat::Maildir;
    }
    // A folder: the first message file found decides; Maildirs are found by their cur/new.
    constexpr int kLookLimit = 5000;
    int looked = 0;
    DirectoryWalk walk(path);
    while (auto file = walk.nextFile()) {
        if (++looked > kLookLimit) {
            break;
        }
        if (MaildirReader::isMaildir(file->absolutePath() + QStringLiteral("/.."))) {
            return ArchiveFormat::Maildir;
        }
        const ArchiveFormat format = formatOfFile(*file);
        if (format != ArchiveFormat::Unknown && format != ArchiveFormat::Pst) {
            return format;
        }
    }
    return ArchiveFormat::Unknown;
}

Result<std::unique_ptr<ArchiveReader>> openArchive(const QString &path, const ArchiveOptions &options)
{
    if (!QFileInfo::exists(path)) {
        return Error::account(Error::Code::StorageFailed,
                              QCoreApplication::translate("mf::archive", "There is no file or folder %1.").arg(path));
    }
    const ArchiveFormat format = detectFormat(path);
    if (format == ArchiveFormat::Unknown) {
        return Error::account(Error::Code::MessageMalformed,
                              QCoreApplication::translate("mf::archive",
                                                          "%1 holds no mail Mailferry can read (mbox, Maildir, .eml, "
                                                          "Apple Mail or Outlook .pst).")
                                  .arg(path));
    }
    return openArchive(path, format, options);
}

Result<std::unique_ptr<ArchiveReader>> openArchive(const QString &path, ArchiveFormat format, const ArchiveOptions &options)
{
    switch (format) {
    case ArchiveFormat::Mbox: return std::unique_ptr<ArchiveReader>(std::make_unique<MboxReader>(path, options.mboxVariant));
    case ArchiveFormat::Maildir: return std::unique_ptr<ArchiveReader>(std::make_unique<MaildirReader>(path));
    case ArchiveFormat::EmlTree: return std::unique_ptr<ArchiveReader>(std::make_unique<EmlTreeReader>(path));
    case ArchiveFormat::AppleMail: return std::unique_ptr<ArchiveReader>(std::make_unique<EmlxReader>(path));
    case ArchiveFormat::Pst:
#ifdef MAILFERRY_HAVE_LIBPST
        return std::unique_ptr<ArchiveReader>(std::make_unique<PstReader>(path));
#else
        return Error::account(
            Error::Code::MessageMalformed,
            QCoreApplication::translate("mf::archive", "This build of Mailferry cannot read Outlook files (%1).").arg(path));
#endif
    case ArchiveFormat::Unknown: break;
    }
    return Error::account(Error::Code::MessageMalformed,
                          QCoreApplication::translate("mf::archive", "%1 holds no mail Mailferry can read.").arg(path));
}

} // namespace mf::archive
