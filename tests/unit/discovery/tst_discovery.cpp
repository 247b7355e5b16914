// ServerDiscovery: the provider table, DNS SRV (RFC 6186), MX hints and guesses, with a scripted
// resolver (no network) and a ManualClock for the lookup timeouts.
#include "discovery/ProviderTable.h"
#include "discovery/ServerDiscovery.h"
#include "ManualClock.h"

#include <QHash>
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
        QMetaObject::invokeMethod(context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
    void lookupMx(const QString &domain, QObject *context, std::function<void(QStringList)> done) override
    {
        asked << QStringLiteral("MX ") + domain;
        if (silent.contains(domain))
            return;
        const auto answer = mx.value(domain);
        QMetaObject::invokeMethod(context, [done, answer] { done(answer); }, Qt::QueuedConnection);
    }
    void hostExists(const QString &host, QObject *context, std::function<void(bool)> done) override
    {
        asked << QStringLiteral("A ") + host;
        if (silent.contains(host))
            return;
        const bool answer = hosts.contains(host);
        QMetaObject::invokeMethod(context, [done, answer] { done(answer); }, Qt::QueuedConnection);
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
        QTest::newRow("gmx") << "Maria@GMX.de" << "pop.gmx.net" << "Maria@GMX.de";
        QTest::newRow("web.de") << "m@web.de" << "pop3.web.de" << "m@web.de";
        QTest::newRow("t-online") << "m@t-online.de" << "securepop.t-online.de" << "m@t-online.de";
        QTest::newRow("hotmail") << "m@hotmail.com" << "pop-mail.outlook.com" << "m@hotmail.com";
        QTest::newRow("yahoo") << "m@yahoo.co.uk" << "pop.mail.yahoo.com" << "m@yahoo.co.uk";
        QTest::newRow("free.fr uses the local part") << "maria@free.fr" << "pop.free.fr" << "maria";
        QTest::newRow("libero") << "m@libero.it" << "popmail.libero.it" << "m@libero.it";
        QTest::newRow("virgin") << "m@virginmedia.com" << "pop.virginmedia.com" << "m@virginmedia.com";
        QTest::newRow("yandex") << "m@yandex.ru" << "pop.yandex.com" << "m@yandex.ru";
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
        for (const char *domain : {"gmx.net", "web.de", "t-online.de", "yahoo.com", "aol.com", "outlook.com", "live.com",
                                   "orange.fr", "free.fr", "libero.it", "btinternet.com", "comcast.net", "cox.net",
                                   "earthlink.net", "optusnet.com.au", "bigpond.com", "shaw.ca", "virginmedia.com",
                                   "ionos.de", "1and1.com", "zoho.com", "fastmail.com", "mail.ru", "yandex.com"}) {
            const auto e = ProviderTable::forDomain(QString::fromLatin1(domain));
            QVERIFY2(e.has_value(), domain);
            QVERIFY2(!e->host.isEmpty(), domain);
        }
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
        QCOMPARE(resolver.asked, QStringList({QStringLiteral("SRV _pop3s._tcp.example.org"),
                                              QStringLiteral("SRV _pop3._tcp.example.org")}));
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
        QVERIFY(spy.isEmpty());          // pop.slow.example still hangs
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
