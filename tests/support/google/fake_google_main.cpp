// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// fake-google: the fake Google server on its own, for developing the app without a Google
// account, and for tests that run it as a separate process (the command line, kill tests,
// benchmarks). Prints its base URL; point the app at it with MAILFERRY_GOOGLE_BASE_URL.
#include "FakeGoogle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

int endpointMask(const QString &list)
{
    using F = mf::test::FakeGoogle;
    int mask = 0;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString n = name.trimmed().toLower();
        if (n == QLatin1String("all"))
            mask |= F::OnAll;
        else if (n == QLatin1String("token"))
            mask |= F::OnToken;
        else if (n == QLatin1String("revoke"))
            mask |= F::OnRevoke;
        else if (n == QLatin1String("upload"))
            mask |= F::OnUpload;
        else if (n == QLatin1String("resumable"))
            mask |= F::OnResumableData;
        else if (n == QLatin1String("labels"))
            mask |= F::OnLabels;
        else
            return -1;
    }
    return mask;
}

int fail(const QString &text)
{
    QTextStream(stderr) << "fake-google: " << text << '\n';
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local stand-in for Google OAuth and the Gmail API."));
    parser.addHelpOption();
    const auto opt = [](const char *name, const char *help, const char *value = nullptr, const char *def = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value),
                                          def ? QString::fromLatin1(def) : QString())
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    const QCommandLineOption email = opt("email", "The account that signs in.", "address", "maria@example.com");
    const QCommandLineOption port = opt("port", "Listen on this port of 127.0.0.1 (default: a free one).", "port", "0");
    const QCommandLineOption latency = opt("latency", "Delay per upload in ms.", "ms", "0");
    const QCommandLineOption quota = opt("quota", "Enforce 15,000 units per user per minute.");
    const QCommandLineOption decline = opt("decline", "The scripted user declines consent.");
    const QCommandLineOption account = opt("account",
                                           "Another Google account (repeatable): with --issue-refresh-token, a refresh "
                                           "token is printed for each. Each account has its own quota and limit.",
                                           "address");
    const QCommandLineOption maxConcurrent =
        opt("max-concurrent", "Answer at most n Gmail requests of one account at once (more get 429).", "n", "0");
    const QCommandLineOption quiet = opt("quiet", "Do not print a line per request (GET /fake/stats has the counters).");
    const QCommandLineOption token = opt("issue-refresh-token",
                                         "Print a refresh token for the account, as if it had signed in (for scripts "
                                         "and benchmarks).");
    const QCommandLineOption refuse =
        opt("refuse-connections", "Refuse connections from the start (the URL is printed, nothing listens).");
    const QCommandLineOption refuseAfter =
        opt("refuse-after-uploads", "Refuse connections once this many messages are stored.", "n");
    const QCommandLineOption refuseFor = opt("refuse-for-ms",
                                             "With --refuse-connections or --refuse-after-uploads: listen again after "
                                             "this many ms (0: never).",
                                             "ms", "0");
    const QCommandLineOption failWith =
        opt("fail-uploads-with", "Answer every upload with this HTTP status (e.g. 503, 429).", "status");
    const QCommandLineOption failAfter =
        opt("fail-uploads-after", "With --fail-uploads-with: store this many uploads first.", "n", "0");
    const QCommandLineOption retryAfter = opt("retry-after",
                                              "With --fail-uploads-with: this Retry-After header value (seconds or an "
                                              "HTTP date, sent as given).",
                                              "value");
    const QCommandLineOption dropUploads = opt("drop-uploads", "Reset the connection of the next n uploads.", "n");
    const QCommandLineOption dropWhen =
        opt("drop-when", "With --drop-uploads: before or after storing.", "before|after", "after");
    const QCommandLineOption redirectTo =
        opt("redirect-to", "Answer requests with a redirect to the same path on this origin.", "url");
    const QCommandLineOption redirectStatus =
        opt("redirect-status", "With --redirect-to: the status (301..308).", "status", "307");
    const QCommandLineOption redirectOn =
        opt("redirect-on", "With --redirect-to: token,revoke,upload,resumable,labels or all.", "list", "all");
    const QCommandLineOption huge =
        opt("huge-answers", "Answer with a body of this many bytes (-1: endless), streamed.", "bytes");
    const QCommandLineOption hugeOn = opt("huge-on", "With --huge-answers: token,upload,labels or all.", "list", "token,upload");
    const QCommandLineOption announce = opt("announce-length", "With --huge-answers: send a Content-Length.");
    const QCommandLineOption resumableBase =
        opt("resumable-location-base", "Resumable session URLs point at this origin.", "url");
    const QCommandLineOption impostor = opt("impostor",
                                            "Act as another origin that answers every request with Google-like "
                                            "success and stores nothing (use with --record-file).");
    const QCommandLineOption recordFile = opt("record-file",
                                              "Append every request received, as one JSON line (method, target, "
                                              "headers, body), to this file.",
                                              "path");
    parser.addOptions({account, maxConcurrent, quiet});
    parser.addOptions({email,      port,     latency,   quota,      decline,       token,    refuse,     refuseAfter,
                       refuseFor,  failWith, failAfter, retryAfter, dropUploads,   dropWhen, redirectTo, redirectStatus,
                       redirectOn, huge,     hugeOn,    announce,   resumableBase, impostor, recordFile});
    parser.process(app);

    mf::test::FakeGoogle fake;
    fake.setAccountEmail(parser.value(email));
    fake.setLatency(parser.value(latency).toInt());
    fake.setQuotaEnforced(parser.isSet(quota));
    fake.setMaxConcurrentPerUser(parser.value(maxConcurrent).toInt());
    if (parser.isSet(decline))
        fake.setConsent(mf::test::FakeGoogle::Consent::Decline);
    const mf::Millis refusePeriod(parser.value(refuseFor).toLongLong());
    if (parser.isSet(failWith))
        fake.failAllUploads(parser.value(failWith).toInt(), parser.value(failAfter).toInt(), parser.value(retryAfter).toLatin1());
    if (parser.isSet(dropUploads))
        fake.dropNextUploads(parser.value(dropUploads).toInt(),
                             parser.value(dropWhen) == QLatin1String("before") ? mf::test::FakeGoogle::Drop::BeforeStoring
                                                                               : mf::test::FakeGoogle::Drop::AfterStoring);
    if (parser.isSet(redirectTo)) {
        const int mask = endpointMask(parser.value(redirectOn));
        if (mask <= 0)
            return fail(QStringLiteral("--redirect-on takes token,revoke,upload,resumable,labels or all"));
        fake.setRedirect(mask, QUrl(parser.value(redirectTo)), parser.value(redirectStatus).toInt());
    }
    if (parser.isSet(huge)) {
        const int mask = endpointMask(parser.value(hugeOn));
        if (mask <= 0)
            return fail(QStringLiteral("--huge-on takes token,upload,labels or all"));
        fake.setHugeAnswers(mask, parser.value(huge).toLongLong(), parser.isSet(announce));
    }
    if (parser.isSet(resumableBase))
        fake.setResumableLocationBase(QUrl(parser.value(resumableBase)));
    fake.setImpostor(parser.isSet(impostor));
    QFile record;
    if (parser.isSet(recordFile)) {
        record.setFileName(parser.value(recordFile));
        if (!record.open(QIODevice::WriteOnly | QIODevice::Append))
            return fail(QStringLiteral("cannot write %1").arg(record.fileName()));
        fake.setRecordRequests(true);
        fake.setRecorder([&record](const mf::test::FakeGoogle::RecordedRequest &r) {
            QJsonObject headers;
            for (const auto &h : r.headers)
                headers.insert(QString::fromLatin1(h.first), QString::fromLatin1(h.second));
            const QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(r.method)},
                                   {QStringLiteral("target"), QString::fromLatin1(r.target)},
                                   {QStringLiteral("headers"), headers},
                                   {QStringLiteral("body"), QString::fromLatin1(r.body)}};
            record.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            record.flush();
        });
    }
    if (!fake.start(quint16(parser.value(port).toUInt()))) {
        QTextStream(stderr) << "fake-google: cannot listen on 127.0.0.1\n";
        return 1;
    }
    if (parser.isSet(refuse))
        fake.refuseConnectionsFor(refusePeriod, mf::Clock::system());
    if (parser.isSet(refuseAfter))
        fake.refuseConnectionsAfterUploads(parser.value(refuseAfter).toInt(), refusePeriod, mf::Clock::system());
    QTextStream out(stdout);
    out << "fake-google listening on " << fake.baseUrl().toString() << '\n'
        << "  export MAILFERRY_GOOGLE_BASE_URL=" << fake.baseUrl().toString() << '\n'
        << "  client id: " << fake.clientConfig().clientId << "  client secret: " << fake.clientConfig().clientSecret << '\n';
    if (parser.isSet(token)) {
        out << "  refresh token: " << fake.issueRefreshToken() << '\n';
        for (const QString &address : parser.values(account))
            out << "  refresh token for " << address << ": " << fake.issueRefreshTokenFor(address) << '\n';
    }
    out.flush();
    if (!parser.isSet(quiet))
        QObject::connect(&fake, &mf::test::FakeGoogle::requestHandled,
                         [](const QString &path, int status) { QTextStream(stdout) << status << ' ' << path << '\n'; });
    return app.exec();
}
