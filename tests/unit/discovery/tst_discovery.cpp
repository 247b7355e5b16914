// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// ServerDiscovery: the provider table, DNS SRV (RFC 6186), MX hints and guesses, with a scripted
// resolver (no network) and a ManualClock for the lookup timeouts.
#include "ManualClock.h"
#include "discovery/ProviderTable.h"
#include "discovery/ServerDiscovery.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest/QtTest>

using namespace mf::discovery;

namespace {

/// Answers from tables, asynchronously (queued), like the real resolver. Names missing from
/// `silent` get an empty answer; names in `silent` never get one (a hung DNS server).
class FakeResolver : public DnsResolver {
public:
    QHash<QString, QList<SrvRecord>> srv;
    QHash<QString, QStringList> mx;
    QSet<QString> hosts;
    QSet<QString> silent;
    QStringList asked;

    void lookupSrv(const QString &name, QObject *context, std::function<void(QList<SrvRecord>)> done) override
    {
        asked << QStringLiteral("SRV ") + name;
        if (silent.contains(name))
            return;
        const auto answer = srv.value(name);
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
    void lookupMx(const QString &domain, QObject *context, std::function<void(QStringList)> done) override
    {
        asked << QStringLiteral("MX ") + domain;
        if (silent.contains(domain))
            return;
        const auto answer = mx.value(domain);
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
    void hostExists(const QString &host, QObject *context, std::function<void(bool)> done) override
    {
        asked << QStringLiteral("A ") + host;
        if (silent.contains(host))
            return;
        const bool answer = hosts.contains(host);
        QMetaObject::invokeMethod(
            context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
};

DiscoveryResult run(ServerDiscovery &d, const QString &email)
{
    QSignalSpy spy(&d, &ServerDiscovery::finished);
    d.discover(email);
    if (!spy.wait(2000))
        return {};
    return spy.first().first().value<DiscoveryResult>();
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT
private slots:
    void knownProvidersNeedNoNetwork_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::newRow("gmx") << "Maria@GMX.de"
                             << "pop.gmx.net"
                             << "Maria@GMX.de";
        QTest::newRow("web.de") << "m@web.de"
                                << "pop3.web.de"
                                << "m@web.de";
        QTest::newRow("t-online") << "m@t-online.de"
                                  << "securepop.t-online.de"
                                  << "m@t-online.de";
        QTest::newRow("hotmail") << "m@hotmail.com"
                                 << "pop-mail.outlook.com"
                                 << "m@hotmail.com";
        QTest::newRow("yahoo") << "m@yahoo.co.uk"
                               << "pop.mail.yahoo.com"
                               << "m@yahoo.co.uk";
        QTest::newRow("free.fr uses the local part") << "maria@free.fr"
                                                     << "pop.free.fr"
                                                     << "maria";
        QTest::newRow("libero") << "m@libero.it"
                                << "popmail.libero.it"
                                << "m@libero.it";
        QTest::newRow("virgin") << "m@virginmedia.com"
                                << "pop.virginmedia.com"
                                << "m@virginmedia.com";
        QTest::newRow("yandex") << "m@yandex.ru"
                                << "pop.yandex.com"
                                << "m@yandex.ru";
    }
    void knownProvidersNeedNoNetwork()
    {
        QFETCH(QString, email);
        QFETCH(QString, host);
        QFETCH(QString, user);
        FakeResolver resolver;
        mf::test::ManualClock clock;
        ServerDiscovery d(&resolver, &clock);
        const DiscoveryResult r = run(d, email);
        QCOMPARE(r.proposals.size(), 1);
        QCOMPARE(r.proposals.first().host, host);
        QCOMPARE(r.proposals.first().port, quint16(995));
        QCOMPARE(r.proposals.first().security, Security::ImplicitTls);
        QCOMPARE(r.proposals.first().source, Source::KnownProvider);
        QCOMPARE(r.proposals.first().user, user);
        QVERIFY(!r.proposals.first().providerName.isEmpty());
        QVERIFY(resolver.asked.isEmpty());
    }

    void tableCoversTheListedProviders()
    {
        for (const char *domain :
             {"gmx.net",  "web.de",        "t-online.de",     "yahoo.com",    "aol.com",        "outlook.com",
              "live.com", "orange.fr",     "free.fr",         "libero.it",    "btinternet.com", "comcast.net",
              "cox.net",  "earthlink.net", "optusnet.com.au", "bigpond.com",  "shaw.ca",        "virginmedia.com",
              "ionos.de", "1and1.com",     "zoho.com",        "fastmail.com", "mail.ru",        "yandex.com"}) {
            const auto e = ProviderTable::forDomain(QString::fromLatin1(domain));
            QVERIFY2(e.has_value(), domain);
            QVERIFY2(!e->host.isEmpty(), domain);
        }
    }

    // The file in resources/providers is the table: every provider in it is loaded, in order, and
    // each of its domains proposes that provider's server.
    void everyEntryOfTheFileLoads()
    {
        QFile file(QStringLiteral(MF_PROVIDERS_JSON));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        const QJsonArray providers = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("providers")).toArray();
        QVERIFY(providers.size() >= 20);

        const auto parsed = ProviderTable::parse(bytes);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
        const QList<ProviderTable::Entry> &builtIn = ProviderTable::entries();
        QCOMPARE(builtIn.size(), providers.size());
        QCOMPARE(parsed.value().size(), providers.size());
        for (int i = 0; i < providers.size(); ++i) {
            const QJsonObject json = providers.at(i).toObject();
            const ProviderTable::Entry &e = builtIn.at(i);
            QCOMPARE(e.id, json.value(QStringLiteral("id")).toString());
            QCOMPARE(e.name, json.value(QStringLiteral("displayName")).toString());
            const QJsonValue server = json.value(QStringLiteral("incomingServer"));
            QCOMPARE(e.noPop3, server.isNull());
            for (const QString &domain : std::as_const(e.domains)) {
                const auto found = ProviderTable::forDomain(domain.toUpper());
                QVERIFY2(found && found->id == e.id, qPrintable(domain));
                const auto p = ProviderTable::proposalFor(*found, QStringLiteral("maria@") + domain, Source::KnownProvider);
                QCOMPARE(p.has_value(), !e.noPop3);
                if (p) {
                    QCOMPARE(p->host, server.toObject().value(QStringLiteral("hostname")).toString());
                    QCOMPARE(int(p->port), server.toObject().value(QStringLiteral("port")).toInt());
                    QCOMPARE(p->providerName, e.name);
                    QCOMPARE(p->user, e.userIsLocalPart ? QStringLiteral("maria") : QStringLiteral("maria@") + domain);
                }
            }
        }
    }

    void mailExchangersNameTheirProvider()
    {
        QCOMPARE(ProviderTable::forMailExchanger(QStringLiteral("mx1.mail.ovh.net."))->host, QStringLiteral("ssl0.ovh.net"));
        QCOMPARE(ProviderTable::forMailExchanger(QStringLiteral("MX00.KUNDENSERVER.DE"))->host, QStringLiteral("pop.ionos.de"));
        QCOMPARE(ProviderTable::forMailExchanger(QStringLiteral("in1-smtp.messagingengine.com"))->name,
                 QStringLiteral("Fastmail"));
        QVERIFY(!ProviderTable::forMailExchanger(QStringLiteral("mx.notovh.net")).has_value());
        const auto icloud = ProviderTable::forDomain(QStringLiteral("me.com"));
        QVERIFY(icloud && icloud->noPop3);
        QVERIFY(!ProviderTable::proposalFor(*icloud, QStringLiteral("m@me.com"), Source::KnownProvider));
    }

    void aDamagedTableSaysWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray ok =
            R"({"id": "x.org", "displayName": "X", "domains": ["x.org"], "incomingServer": )"
            R"({"type": "pop3", "hostname": "pop.x.org", "port": 995, "socketType": "SSL", "username": "%EMAILADDRESS%"}})";
        const auto table = [](const QByteArray &providers) { return R"({"version": 1, "providers": [)" + providers + "]}"; };
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QStringLiteral("not JSON");
        QTest::newRow("version") << QByteArray(R"({"version": 2, "providers": []})") << QStringLiteral("\"version\" must be 1");
        QTest::newRow("empty") << table("") << QStringLiteral("non-empty list");
        QTest::newRow("valid, then one without a name")
            << table(ok + R"(, {"id": "y.org", "domains": ["y.org"], "incomingServer": null})")
            << QStringLiteral("provider 2 (\"y.org\"): \"displayName\" must be a non-empty string");
        QTest::newRow("typo in a field") << table(QByteArray(ok).replace("\"domains\"", "\"domain\""))
                                         << QStringLiteral("unknown field \"domain\"");
        QTest::newRow("uppercase domain") << table(QByteArray(ok).replace("[\"x.org\"]", "[\"X.org\"]"))
                                          << QStringLiteral("\"X.org\", which is not a lowercase domain name");
        QTest::newRow("port") << table(QByteArray(ok).replace("995", "99500"))
                              << QStringLiteral("\"port\" must be a whole number");
        QTest::newRow("port as text") << table(QByteArray(ok).replace("995", "\"995\"")) << QStringLiteral("\"port\" must be");
        QTest::newRow("socket type") << table(QByteArray(ok).replace("SSL", "TLS"))
                                     << QStringLiteral("\"socketType\" is \"TLS\"");
        QTest::newRow("imap") << table(QByteArray(ok).replace("pop3", "imap")) << QStringLiteral("only \"pop3\"");
        QTest::newRow("username") << table(QByteArray(ok).replace("%EMAILADDRESS%", "%EMAIL%"))
                                  << QStringLiteral("\"username\" is \"%EMAIL%\"");
        QTest::newRow("no server") << table(R"({"id": "x.org", "displayName": "X", "domains": ["x.org"]})")
                                   << QStringLiteral("\"incomingServer\" is missing");
        QTest::newRow("same domain twice") << table(ok + ", " + QByteArray(ok).replace("\"id\": \"x.org\"", "\"id\": \"x2.org\""))
                                           << QStringLiteral("the domain \"x.org\" is listed by both \"x.org\" and \"x2.org\"");
    }
    void aDamagedTableSaysWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto parsed = ProviderTable::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().scope, mf::Error::Scope::Internal);
        QVERIFY2(parsed.error().detail.contains(expected), qPrintable(parsed.error().detail));
        QVERIFY(parsed.error().detail.startsWith(QStringLiteral("providers.json: ")));
    }

    void icloudSaysItHasNoPop3()
    {
        FakeResolver resolver;
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("maria@icloud.com"));
        QVERIFY(r.providerHasNoPop3);
        QVERIFY(r.proposals.isEmpty());
        QVERIFY(r.note.contains(QStringLiteral("POP3")));
    }

    void notAnAddress()
    {
        FakeResolver resolver;
        ServerDiscovery d(&resolver);
        for (const char *bad : {"", "maria", "maria@", "@example.org", "maria@localhost", "maria@example."}) {
            const DiscoveryResult r = run(d, QString::fromLatin1(bad));
            QVERIFY2(r.proposals.isEmpty(), bad);
            QVERIFY2(!r.note.isEmpty(), bad);
        }
        QVERIFY(resolver.asked.isEmpty());
    }

    void srvPop3sWinsAndIsSortedByPriority()
    {
        FakeResolver resolver;
        resolver.srv[QStringLiteral("_pop3s._tcp.example.org")] = {
            {QStringLiteral("backup.example.org."), 995, 20, 0},
            {QStringLiteral("mx.example.org."), 1995, 10, 5},
        };
        resolver.srv[QStringLiteral("_pop3._tcp.example.org")] = {{QStringLiteral("plain.example.org"), 110, 0, 0}};
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("tom@example.org"));
        QCOMPARE(r.proposals.size(), 2);
        QCOMPARE(r.proposals.at(0).host, QStringLiteral("mx.example.org"));
        QCOMPARE(r.proposals.at(0).port, quint16(1995));
        QCOMPARE(r.proposals.at(0).security, Security::ImplicitTls);
        QCOMPARE(r.proposals.at(0).source, Source::DnsSrv);
        QCOMPARE(r.proposals.at(1).host, QStringLiteral("backup.example.org"));
        QVERIFY(!resolver.asked.contains(QStringLiteral("SRV _pop3._tcp.example.org")));
    }

    void srvDotMeansNoServiceThenPlainSrvUsesStartTls()
    {
        FakeResolver resolver;
        resolver.srv[QStringLiteral("_pop3s._tcp.example.org")] = {{QStringLiteral("."), 0, 0, 0}};
        resolver.srv[QStringLiteral("_pop3._tcp.example.org")] = {{QStringLiteral("pop.example.org."), 110, 0, 0}};
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("tom@example.org"));
        QCOMPARE(r.proposals.size(), 1);
        QCOMPARE(r.proposals.first().host, QStringLiteral("pop.example.org"));
        QCOMPARE(r.proposals.first().security, Security::StartTls);
        QCOMPARE(resolver.asked,
                 QStringList({QStringLiteral("SRV _pop3s._tcp.example.org"), QStringLiteral("SRV _pop3._tcp.example.org")}));
    }

    void mxOfAHostedDomainNamesTheProvider()
    {
        FakeResolver resolver;
        resolver.mx[QStringLiteral("bakery.fr")] = {QStringLiteral("mx1.mail.ovh.net.")};
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("contact@bakery.fr"));
        QCOMPARE(r.proposals.size(), 1);
        QCOMPARE(r.proposals.first().host, QStringLiteral("ssl0.ovh.net"));
        QCOMPARE(r.proposals.first().source, Source::MailExchanger);
        QCOMPARE(r.proposals.first().user, QStringLiteral("contact@bakery.fr"));
    }

    void guessesKeepOnlyNamesThatResolveTlsFirst()
    {
        FakeResolver resolver;
        resolver.hosts = {QStringLiteral("mail.smallisp.net"), QStringLiteral("pop3.smallisp.net")};
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("maria@smallisp.net"));
        QCOMPARE(r.proposals.size(), 4);
        QCOMPARE(r.proposals.at(0).host, QStringLiteral("mail.smallisp.net"));
        QCOMPARE(r.proposals.at(0).port, quint16(995));
        QCOMPARE(r.proposals.at(1).host, QStringLiteral("pop3.smallisp.net"));
        QCOMPARE(r.proposals.at(1).security, Security::ImplicitTls);
        QCOMPARE(r.proposals.at(2).host, QStringLiteral("mail.smallisp.net"));
        QCOMPARE(r.proposals.at(2).port, quint16(110));
        QCOMPARE(r.proposals.at(2).security, Security::StartTls);
        for (const auto &p : r.proposals)
            QCOMPARE(p.source, Source::Guess);
    }

    void cpanelDomainGetsMailFirst()
    {
        FakeResolver resolver;
        resolver.mx[QStringLiteral("plumber.com")] = {QStringLiteral("plumber.com")};
        resolver.hosts = {QStringLiteral("pop.plumber.com"), QStringLiteral("mail.plumber.com")};
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("office@plumber.com"));
        QVERIFY(!r.proposals.isEmpty());
        QCOMPARE(r.proposals.first().host, QStringLiteral("mail.plumber.com"));
    }

    void nothingFoundSaysWhereToLook()
    {
        FakeResolver resolver;
        ServerDiscovery d(&resolver);
        const DiscoveryResult r = run(d, QStringLiteral("a@nowhere.example"));
        QVERIFY(r.proposals.isEmpty());
        QVERIFY(r.note.contains(QStringLiteral("incoming mail server")));
    }

    void aHungResolverTimesOutStepByStep()
    {
        FakeResolver resolver;
        resolver.silent = {QStringLiteral("_pop3s._tcp.slow.example"), QStringLiteral("_pop3._tcp.slow.example"),
                           QStringLiteral("slow.example"), QStringLiteral("pop.slow.example")};
        resolver.hosts = {QStringLiteral("mail.slow.example")};
        mf::test::ManualClock clock;
        ServerDiscovery d(&resolver, &clock);
        d.setLookupTimeout(mf::Millis(3000));
        QSignalSpy spy(&d, &ServerDiscovery::finished);
        d.discover(QStringLiteral("x@slow.example"));
        QCoreApplication::processEvents();
        QCOMPARE(resolver.asked.size(), 1);
        clock.advance(mf::Millis(3000)); // _pop3s gives up
        QCoreApplication::processEvents();
        clock.advance(mf::Millis(3000)); // _pop3 gives up
        QCoreApplication::processEvents();
        clock.advance(mf::Millis(3000)); // MX gives up
        QCoreApplication::processEvents();
        QVERIFY(spy.isEmpty()); // pop.slow.example still hangs
        clock.advance(mf::Millis(3000));
        QVERIFY(spy.wait(1000));
        const auto r = spy.first().first().value<DiscoveryResult>();
        QCOMPARE(r.proposals.size(), 2);
        QCOMPARE(r.proposals.first().host, QStringLiteral("mail.slow.example"));
        QVERIFY(!d.isRunning());
    }

    void aNewAddressAbandonsTheOldOne()
    {
        FakeResolver resolver;
        resolver.hosts = {QStringLiteral("pop.first.example")};
        ServerDiscovery d(&resolver);
        QSignalSpy spy(&d, &ServerDiscovery::finished);
        d.discover(QStringLiteral("a@first.example"));
        d.discover(QStringLiteral("a@gmx.de"));
        QVERIFY(spy.wait(1000));
        QTest::qWait(50);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<DiscoveryResult>().domain, QStringLiteral("gmx.de"));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
