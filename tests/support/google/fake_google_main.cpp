// fake-google: the fake Google server on its own, for developing the app without a Google
// account. Prints its base URL; point the app at it with MAILFERRY_GOOGLE_BASE_URL.
#include "FakeGoogle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local stand-in for Google OAuth and the Gmail API."));
    parser.addHelpOption();
    QCommandLineOption email(QStringLiteral("email"), QStringLiteral("The account that signs in."), QStringLiteral("address"),
                             QStringLiteral("maria@example.com"));
    QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Delay per upload in ms."), QStringLiteral("ms"),
                               QStringLiteral("0"));
    QCommandLineOption quota(QStringLiteral("quota"), QStringLiteral("Enforce 15,000 units per user per minute."));
    QCommandLineOption decline(QStringLiteral("decline"), QStringLiteral("The scripted user declines consent."));
    QCommandLineOption token(QStringLiteral("issue-refresh-token"),
                             QStringLiteral("Print a refresh token for the account, as if it had signed in (for scripts and benchmarks)."));
    parser.addOptions({email, latency, quota, decline, token});
    parser.process(app);

    mf::test::FakeGoogle fake;
    fake.setAccountEmail(parser.value(email));
    fake.setLatency(parser.value(latency).toInt());
    fake.setQuotaEnforced(parser.isSet(quota));
    if (parser.isSet(decline))
        fake.setConsent(mf::test::FakeGoogle::Consent::Decline);
    if (!fake.start()) {
        QTextStream(stderr) << "fake-google: cannot listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "fake-google listening on " << fake.baseUrl().toString() << '\n'
        << "  export MAILFERRY_GOOGLE_BASE_URL=" << fake.baseUrl().toString() << '\n'
        << "  client id: " << fake.clientConfig().clientId << "  client secret: " << fake.clientConfig().clientSecret << '\n';
    if (parser.isSet(token))
        out << "  refresh token: " << fake.issueRefreshToken() << '\n';
    out.flush();
    QObject::connect(&fake, &mf::test::FakeGoogle::requestHandled, [](const QString &path, int status) {
        QTextStream(stdout) << status << ' ' << path << '\n';
    });
    return app.exec();
}
