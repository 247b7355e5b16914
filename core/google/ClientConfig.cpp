#include "google/ClientConfig.h"

#include <QCoreApplication>
#include <QFile>
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::account(Error::Code::ClientConfigMissing,
                              tr("Mailferry could not open the Google client file. Choose the client_secret.json "
                                 "you downloaded from Google Cloud Console."),
                              file.errorString());
    // A client file is a few hundred bytes; refuse anything absurd rather than read it all.
    if (file.size() > 1024 * 1024)
        return Error::account(Error::Code::ClientConfigInvalid,
                              tr("This file is not a Google client file (client_secret.json)."),
                              QStringLiteral("file too large"));
    return fromJson(file.readAll());
}

Result<ClientConfig> ClientConfig::fromJson(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error::account(Error::Code::ClientConfigInvalid,
                              tr("This file is not a Google client file (client_secret.json)."),
                              parseError.errorString());
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("installed"))) {
        if (root.contains(QLatin1String("web")))
            return Error::account(Error::Code::ClientConfigInvalid,
                                  tr("This client is for a web application. In Google Cloud Console, create an "
                                     "OAuth client of type \"Desktop app\" and download its file."),
                                  QStringLiteral("client type web"));
        return Error::account(Error::Code::ClientConfigInvalid,
                              tr("This file is not a Google client file (client_secret.json)."),
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
