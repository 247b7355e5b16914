// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "discovery/ProviderTable.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <cmath>
#include <utility>

namespace mf::discovery {
namespace {

Q_LOGGING_CATEGORY(lcDiscovery, "mf.discovery", QtInfoMsg)

/// Collects the first mistake found while reading the table, with where it was.
class Reader {
public:
    QString error;

    bool fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + what;
        return false;
    }

    bool text(const QJsonObject &o, const QString &key, const QString &where, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return fail(where, QStringLiteral("\"%1\" must be a non-empty string").arg(key));
        *out = v.toString();
        return true;
    }

    /// A list of host or domain names: lowercase, with a dot, without spaces.
    bool names(const QJsonObject &o, const QString &key, const QString &where, bool required, QStringList *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(where, QStringLiteral("\"%1\" must be a non-empty list of names").arg(key));
        for (const QJsonValue &item : v.toArray()) {
            const QString name = item.toString();
            if (!item.isString() || !isName(name))
                return fail(where,
                            QStringLiteral("\"%1\" holds \"%2\", which is not a lowercase domain name")
                                .arg(key, item.isString() ? name : QStringLiteral("(not a string)")));
            *out << name;
        }
        return true;
    }

    static bool isName(const QString &name)
    {
        return name.contains(QLatin1Char('.')) && name == name.toLower() && !name.contains(QLatin1Char(' '))
            && !name.startsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char('.'));
    }
};

bool readServer(Reader &r, const QJsonValue &value, const QString &where, ProviderTable::Entry *e)
{
    if (value.isUndefined())
        return r.fail(where, QStringLiteral("\"incomingServer\" is missing (null when the provider has no POP3)"));
    if (value.isNull()) {
        e->noPop3 = true;
        return true;
    }
    if (!value.isObject())
        return r.fail(where, QStringLiteral("\"incomingServer\" must be an object or null"));
    const QJsonObject s = value.toObject();
    const QString at = where + QStringLiteral(", incomingServer");
    static const QSet<QString> known = {QStringLiteral("type"), QStringLiteral("hostname"), QStringLiteral("port"),
                                        QStringLiteral("socketType"), QStringLiteral("username")};
    for (const QString &key : s.keys()) {
        if (!known.contains(key))
            return r.fail(at, QStringLiteral("unknown field \"%1\"").arg(key));
    }
    QString type, socketType, username;
    if (!r.text(s, QStringLiteral("type"), at, &type) || !r.text(s, QStringLiteral("hostname"), at, &e->host)
        || !r.text(s, QStringLiteral("socketType"), at, &socketType) || !r.text(s, QStringLiteral("username"), at, &username))
        return false;
    if (type != u"pop3")
        return r.fail(at, QStringLiteral("\"type\" is \"%1\"; Mailferry reads only \"pop3\"").arg(type));
    if (!Reader::isName(e->host))
        return r.fail(at, QStringLiteral("\"hostname\" \"%1\" is not a lowercase host name").arg(e->host));
    const double port = s.value(QStringLiteral("port")).toDouble(-1);
    if (!s.value(QStringLiteral("port")).isDouble() || port < 1 || port > 65535 || std::floor(port) != port)
        return r.fail(at, QStringLiteral("\"port\" must be a whole number from 1 to 65535"));
    e->port = static_cast<quint16>(port);
    if (socketType == u"SSL")
        e->security = Security::ImplicitTls;
    else if (socketType == u"STARTTLS")
        e->security = Security::StartTls;
    else if (socketType == u"plain")
        e->security = Security::PlainText;
    else
        return r.fail(at, QStringLiteral("\"socketType\" is \"%1\", not SSL, STARTTLS or plain").arg(socketType));
    if (username == u"%EMAILADDRESS%")
        e->userIsLocalPart = false;
    else if (username == u"%EMAILLOCALPART%")
        e->userIsLocalPart = true;
    else
        return r.fail(at, QStringLiteral("\"username\" is \"%1\", not %EMAILADDRESS% or %EMAILLOCALPART%").arg(username));
    return true;
}

bool readProvider(Reader &r, const QJsonValue &value, int index, ProviderTable::Entry *e)
{
    QString where = QStringLiteral("provider %1").arg(index + 1);
    if (!value.isObject())
        return r.fail(where, QStringLiteral("not an object"));
    const QJsonObject o = value.toObject();
    if (o.value(QStringLiteral("id")).isString())
        where += QStringLiteral(" (\"%1\")").arg(o.value(QStringLiteral("id")).toString());
    static const QSet<QString> known = {QStringLiteral("id"), QStringLiteral("displayName"), QStringLiteral("domains"),
                                        QStringLiteral("mxSuffixes"), QStringLiteral("incomingServer")};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return r.fail(where, QStringLiteral("unknown field \"%1\"").arg(key));
    }
    return r.text(o, QStringLiteral("id"), where, &e->id) && r.text(o, QStringLiteral("displayName"), where, &e->name)
        && r.names(o, QStringLiteral("domains"), where, true, &e->domains)
        && r.names(o, QStringLiteral("mxSuffixes"), where, false, &e->mxSuffixes)
        && readServer(r, o.value(QStringLiteral("incomingServer")), where, e);
}

bool domainMatches(const QString &host, const QString &suffix)
{
    return host == suffix || host.endsWith(QLatin1Char('.') + suffix);
}

QList<ProviderTable::Entry> loadBuiltIn()
{
    QFile file(ProviderTable::resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcDiscovery) << "The provider table" << file.fileName() << "cannot be read:" << file.errorString();
        return {};
    }
    auto table = ProviderTable::parse(file.readAll());
    if (!table) {
        qCCritical(lcDiscovery).noquote() << table.error().toString();
        return {};
    }
    return std::move(table).value();
}

} // namespace

const QString &ProviderTable::resourcePath()
{
    static const QString path = QStringLiteral(":/mailferry/providers/providers.json");
    return path;
}

Result<QList<ProviderTable::Entry>> ProviderTable::parse(const QByteArray &json)
{
    const auto failed = [](const QString &detail) {
        return Error::internal(QStringLiteral("The table of mail providers is damaged."),
                               QStringLiteral("providers.json: ") + detail);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return failed(QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return failed(QStringLiteral("\"version\" must be 1"));
    const QJsonArray providers = root.value(QStringLiteral("providers")).toArray();
    if (providers.isEmpty())
        return failed(QStringLiteral("\"providers\" must be a non-empty list"));

    Reader r;
    QList<Entry> entries;
    QSet<QString> ids;
    QHash<QString, QString> domainOwner;
    for (int i = 0; i < providers.size(); ++i) {
        Entry e;
        if (!readProvider(r, providers.at(i), i, &e))
            return failed(r.error);
        if (ids.contains(e.id))
            return failed(QStringLiteral("the id \"%1\" is used twice").arg(e.id));
        ids.insert(e.id);
        for (const QString &domain : std::as_const(e.domains)) {
            if (domainOwner.contains(domain))
                return failed(QStringLiteral("the domain \"%1\" is listed by both \"%2\" and \"%3\"")
                                  .arg(domain, domainOwner.value(domain), e.id));
            domainOwner.insert(domain, e.id);
        }
        entries << e;
    }
    return entries;
}

const QList<ProviderTable::Entry> &ProviderTable::entries()
{
    static const QList<Entry> table = loadBuiltIn();
    return table;
}

std::optional<ProviderTable::Entry> ProviderTable::forDomain(const QString &domain)
{
    const QString d = domain.trimmed().toLower();
    for (const Entry &e : entries()) {
        if (e.domains.contains(d))
            return e;
    }
    return std::nullopt;
}

std::optional<ProviderTable::Entry> ProviderTable::forMailExchanger(const QString &mxHost)
{
    QString h = mxHost.trimmed().toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    for (const Entry &e : entries()) {
        for (const QString &suffix : e.mxSuffixes) {
            if (domainMatches(h, suffix))
                return e;
        }
    }
    return std::nullopt;
}

std::optional<Pop3Proposal> ProviderTable::proposalFor(const Entry &entry, const QString &email, Source source)
{
    if (entry.noPop3 || entry.host.isEmpty())
        return std::nullopt;
    Pop3Proposal p;
    p.host = entry.host;
    p.port = entry.port;
    p.security = entry.security;
    const QString address = email.trimmed();
    p.user = entry.userIsLocalPart ? address.section(QLatin1Char('@'), 0, 0) : address;
    p.source = source;
    p.providerName = entry.name;
    return p;
}

} // namespace mf::discovery
