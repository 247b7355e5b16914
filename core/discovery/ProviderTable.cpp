#include "discovery/ProviderTable.h"

namespace mf::discovery {
namespace {

ProviderTable::Entry pop(QString name, QStringList domains, QString host, QStringList mx = {}, bool localPart = false)
{
    ProviderTable::Entry e;
    e.name = std::move(name);
    e.domains = std::move(domains);
    e.host = std::move(host);
    e.mxSuffixes = std::move(mx);
    e.userIsLocalPart = localPart;
    return e;
}

QList<ProviderTable::Entry> buildTable()
{
    // Settings as the providers publish them; all on port 995 with implicit TLS (RFC 8314),
    // which every one of them supports. Hosted domains (your own domain at OVH, IONOS, Zoho,
    // Fastmail, Yandex, Mail.ru) are recognised by their MX records instead.
    QList<ProviderTable::Entry> t;
    t << pop(QStringLiteral("GMX"), {QStringLiteral("gmx.de"), QStringLiteral("gmx.net"), QStringLiteral("gmx.at"),
                                     QStringLiteral("gmx.ch"), QStringLiteral("gmx.li")},
             QStringLiteral("pop.gmx.net"), {QStringLiteral("gmx.net")});
    t << pop(QStringLiteral("GMX"), {QStringLiteral("gmx.com"), QStringLiteral("gmx.us"), QStringLiteral("gmx.co.uk"),
                                     QStringLiteral("gmx.fr"), QStringLiteral("gmx.es")},
             QStringLiteral("pop.gmx.com"));
    t << pop(QStringLiteral("WEB.DE"), {QStringLiteral("web.de")}, QStringLiteral("pop3.web.de"));
    t << pop(QStringLiteral("Telekom (t-online)"), {QStringLiteral("t-online.de"), QStringLiteral("magenta.de")},
             QStringLiteral("securepop.t-online.de"));
    t << pop(QStringLiteral("Yahoo Mail"),
             {QStringLiteral("yahoo.com"), QStringLiteral("yahoo.co.uk"), QStringLiteral("yahoo.de"), QStringLiteral("yahoo.fr"),
              QStringLiteral("yahoo.es"), QStringLiteral("yahoo.it"), QStringLiteral("yahoo.ca"), QStringLiteral("yahoo.com.au"),
              QStringLiteral("ymail.com"), QStringLiteral("rocketmail.com")},
             QStringLiteral("pop.mail.yahoo.com"), {QStringLiteral("yahoodns.net")});
    t << pop(QStringLiteral("AOL Mail"), {QStringLiteral("aol.com"), QStringLiteral("aim.com"), QStringLiteral("aol.co.uk"),
                                          QStringLiteral("aol.de"), QStringLiteral("aol.fr")},
             QStringLiteral("pop.aol.com"));
    t << pop(QStringLiteral("Outlook.com"),
             {QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"), QStringLiteral("live.com"), QStringLiteral("msn.com"),
              QStringLiteral("hotmail.co.uk"), QStringLiteral("hotmail.fr"), QStringLiteral("hotmail.de"),
              QStringLiteral("hotmail.es"), QStringLiteral("hotmail.it"), QStringLiteral("live.co.uk"),
              QStringLiteral("live.fr"), QStringLiteral("live.de"), QStringLiteral("outlook.de"), QStringLiteral("outlook.fr"),
              QStringLiteral("outlook.es")},
             QStringLiteral("pop-mail.outlook.com"));
    {
        ProviderTable::Entry icloud;
        icloud.name = QStringLiteral("iCloud Mail");
        icloud.domains = {QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com")};
        icloud.noPop3 = true;
        t << icloud;
    }
    t << pop(QStringLiteral("Orange"), {QStringLiteral("orange.fr"), QStringLiteral("wanadoo.fr")}, QStringLiteral("pop.orange.fr"));
    t << pop(QStringLiteral("Free"), {QStringLiteral("free.fr")}, QStringLiteral("pop.free.fr"), {}, /*localPart*/ true);
    t << pop(QStringLiteral("Libero"), {QStringLiteral("libero.it"), QStringLiteral("inwind.it"), QStringLiteral("iol.it"),
                                        QStringLiteral("blu.it")},
             QStringLiteral("popmail.libero.it"));
    t << pop(QStringLiteral("BT Internet"), {QStringLiteral("btinternet.com"), QStringLiteral("btopenworld.com"),
                                             QStringLiteral("talk21.com")},
             QStringLiteral("mail.btinternet.com"));
    t << pop(QStringLiteral("Xfinity (Comcast)"), {QStringLiteral("comcast.net")}, QStringLiteral("mail.comcast.net"));
    t << pop(QStringLiteral("Cox"), {QStringLiteral("cox.net")}, QStringLiteral("pop.cox.net"));
    t << pop(QStringLiteral("EarthLink"), {QStringLiteral("earthlink.net"), QStringLiteral("mindspring.com")},
             QStringLiteral("pop.earthlink.net"));
    t << pop(QStringLiteral("Optus"), {QStringLiteral("optusnet.com.au")}, QStringLiteral("mail.optusnet.com.au"));
    t << pop(QStringLiteral("Telstra BigPond"), {QStringLiteral("bigpond.com"), QStringLiteral("bigpond.net.au"),
                                                 QStringLiteral("telstra.com")},
             QStringLiteral("mail.bigpond.com"));
    t << pop(QStringLiteral("Shaw"), {QStringLiteral("shaw.ca")}, QStringLiteral("pop.shaw.ca"));
    t << pop(QStringLiteral("Virgin Media"), {QStringLiteral("virginmedia.com"), QStringLiteral("virgin.net"),
                                              QStringLiteral("blueyonder.co.uk"), QStringLiteral("ntlworld.com")},
             QStringLiteral("pop.virginmedia.com"));
    t << pop(QStringLiteral("IONOS"), {QStringLiteral("ionos.de"), QStringLiteral("online.de"), QStringLiteral("1und1.de")},
             QStringLiteral("pop.ionos.de"), {QStringLiteral("kundenserver.de"), QStringLiteral("ionos.de")});
    t << pop(QStringLiteral("IONOS"), {QStringLiteral("ionos.com"), QStringLiteral("1and1.com"), QStringLiteral("ionos.co.uk")},
             QStringLiteral("pop.ionos.com"), {QStringLiteral("1and1.com"), QStringLiteral("ionos.com"),
                                               QStringLiteral("1and1.co.uk"), QStringLiteral("ionos.co.uk")});
    t << pop(QStringLiteral("OVHcloud"), {QStringLiteral("ovh.net")}, QStringLiteral("ssl0.ovh.net"),
             {QStringLiteral("ovh.net"), QStringLiteral("ovh.ca")});
    t << pop(QStringLiteral("Zoho Mail"), {QStringLiteral("zoho.com"), QStringLiteral("zohomail.com")},
             QStringLiteral("pop.zoho.com"), {QStringLiteral("zoho.com")});
    t << pop(QStringLiteral("Zoho Mail (EU)"), {QStringLiteral("zoho.eu"), QStringLiteral("zohomail.eu")},
             QStringLiteral("pop.zoho.eu"), {QStringLiteral("zoho.eu")});
    t << pop(QStringLiteral("Fastmail"), {QStringLiteral("fastmail.com"), QStringLiteral("fastmail.fm"),
                                          QStringLiteral("fastmail.net"), QStringLiteral("fastmail.org")},
             QStringLiteral("pop.fastmail.com"), {QStringLiteral("messagingengine.com")});
    t << pop(QStringLiteral("Mail.ru"), {QStringLiteral("mail.ru"), QStringLiteral("inbox.ru"), QStringLiteral("list.ru"),
                                         QStringLiteral("bk.ru")},
             QStringLiteral("pop.mail.ru"), {QStringLiteral("mail.ru")});
    t << pop(QStringLiteral("Yandex Mail"), {QStringLiteral("yandex.ru"), QStringLiteral("yandex.com"), QStringLiteral("ya.ru")},
             QStringLiteral("pop.yandex.com"), {QStringLiteral("yandex.net"), QStringLiteral("yandex.ru")});
    return t;
}

bool domainMatches(const QString &host, const QString &suffix)
{
    return host == suffix || host.endsWith(QLatin1Char('.') + suffix);
}

} // namespace

const QList<ProviderTable::Entry> &ProviderTable::entries()
{
    static const QList<Entry> table = buildTable();
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
