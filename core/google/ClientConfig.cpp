// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "google/ClientConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifndef MAILFERRY_GOOGLE_CLIENT_ID
#define MAILFERRY_GOOGLE_CLIENT_ID ""
#endif
#ifndef MAILFERRY_GOOGLE_CLIENT_SECRET
#define MAILFERRY_GOOGLE_CLIENT_SECRET ""
#endif

namespace mf::google {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mf::google::ClientConfig", text);
}
} // namespace

ClientConfig ClientConfig::builtIn()
{
    return ClientConfig{QStringLiteral(MAILFERRY_GOOGLE_CLIENT_ID), QStringLiteral(MAILFERRY_GOOGLE_CLIENT_SECRET)};
}

Result<ClientConfig> ClientConfig::fromJsonFile(const QString &path)
{
    // Only a regular file: a device (/dev/zero), a FIFO or a directory could be read for ever.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error::account(Error::Code::ClientConfigInvalid,
                              tr("This is not a Google client file (client_secret.json). Choose the file you "
                                 "downloaded from Google Cloud Console."),
                              QStringLiteral("not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::account(Error::Code::ClientConfigMissing,
                              tr("Mailferry could not open the Google client file. Choose the client_secret.json "
                                 "you downloaded from Google Cloud Console."),
                              file.errorString());
    // A client file is a few hundred bytes; refuse anything absurd rather than read it all. Read at
    // most one byte past the cap whatever size() says (it may change, or lie, while we read).
    const QByteArray json = file.read(kMaxFileBytes + 1);
    if (json.size() > kMaxFileBytes || file.size() > kMaxFileBytes)
        return Error::account(Error::Code::ClientConfigInvalid,
                              tr("This file is too large to be a Google client file (client_secret.json)."),
                              QStringLiteral("file larger than %1 bytes").arg(kMaxFileBytes));
    return fromJson(json);
}

Result<ClientConfig> ClientConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error::account(Error::Code::ClientConfigInvalid, tr("This file is not a Google client file (client_secret.json)."),
                              parseError.errorString());
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("installed"))) {
        if (root.contains(QLatin1String("web")))
            return Error::account(Error::Code::ClientConfigInvalid,
                                  tr("This client is for a web application. In Google Cloud Console, create an "
                                     "OAuth client of type \"Desktop app\" and download its file."),
                                  QStringLiteral("client type web"));
        return Error::account(Error::Code::ClientConfigInvalid, tr("This file is not a Google client file (client_secret.json)."),
                              QStringLiteral("no \"installed\" section"));
    }
    const QJsonObject installed = root.value(QLatin1String("installed")).toObject();
    ClientConfig config{installed.value(QLatin1String("client_id")).toString().trimmed(),
                        installed.value(QLatin1String("client_secret")).toString().trimmed()};
    if (config.clientId.isEmpty())
        return Error::account(Error::Code::ClientConfigInvalid,
                              tr("The Google client file has no client id. Download it again from Google Cloud Console."),
                              QStringLiteral("client_id missing"));
    return config;
}

} // namespace mf::google
