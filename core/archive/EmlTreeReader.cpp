// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/EmlTreeReader.h"

namespace mf::archive {

Result<std::optional<FileTreeReader::Candidate>> EmlTreeReader::classify(const QFileInfo &file, const QString &relativePath)
{
    if (file.suffix().compare(QLatin1String("eml"), Qt::CaseInsensitive) != 0) {
        return std::optional<Candidate>();
    }
    Candidate c;
    c.folder = folderParts(relativePath).join(QLatin1Char('/'));
    return std::optional<Candidate>(c);
}

} // namespace mf::archive
