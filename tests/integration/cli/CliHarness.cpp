// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace mf::test {

CliHarness::CliHarness()
    : m_google(std::make_unique<FakeGoogle>())
{
}

CliHarness::~CliHarness() = default;

QString CliHarness::binary()
{
    return QStringLiteral(MF_MAILFERRY_EXE);
}

bool CliHarness::start(QString *error)
{
    if (!m_data.isValid() || !m_config.isValid() || !m_scratch.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_google->start()) {
        *error = QStringLiteral("fake Google did not start");
        return false;
    }
    m_google->setAccountEmail(QStringLiteral("maria.gmail@example.com"));
    m_refreshToken = m_google->issueRefreshToken();
    const auto client = m_google->clientConfig();
    m_clientFile = m_scratch.path() + QStringLiteral("/client_secret.json");
    QFile file(m_clientFile);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonObject installed{{QStringLiteral("client_id"), client.clientId},
                                {QStringLiteral("client_secret"), client.clientSecret},
                                {QStringLiteral("auth_uri"),
                                 m_google->baseUrl().toString() + QStringLiteral("/o/oauth2/v2/auth")},
                                {QStringLiteral("token_uri"), m_google->baseUrl().toString() + QStringLiteral("/token")}};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson());
    file.close();
    for (int i = 0; i < 8; ++i)
        m_dovecot.addUser(QStringLiteral("user%1").arg(i), QStringLiteral("pw-user%1").arg(i));
    return m_dovecot.start(error);
}

QStringList CliHarness::accountArgs(const QString &user, bool pin) const
{
    QStringList args{QStringLiteral("--email"),         user + QStringLiteral("@isp.example"),
                     QStringLiteral("--host"),          m_dovecot.host(),
                     QStringLiteral("--port"),          QString::number(m_dovecot.pop3sPort()),
                     QStringLiteral("--user"),          user,
                     QStringLiteral("--gmail"),         m_google->accountEmail(),
                     QStringLiteral("--client-secret"), m_clientFile};
    if (pin)
        args << QStringLiteral("--trust-fingerprint") << QString::fromLatin1(m_dovecot.certificateSha256());
    return args;
}

QProcessEnvironment CliHarness::environment(const QString &user) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILFERRY_DATA_DIR"), m_data.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("MAILFERRY_GOOGLE_BASE_URL"), m_google->baseUrl().toString());
    env.insert(QStringLiteral("MAILFERRY_GOOGLE_REFRESH_TOKEN"), m_refreshToken);
    env.insert(QStringLiteral("MAILFERRY_BATCH_PAUSE_MS"), QStringLiteral("0"));
    env.insert(QStringLiteral("MAILFERRY_GMAIL_PER_MINUTE"), QStringLiteral("0"));
    env.insert(QStringLiteral("MAILFERRY_RETRY_BACKOFF_MS"), QStringLiteral("5"));
    // Under the asan preset the child is instrumented too and checks for leaks when it exits.
    // OpenSSL (uninstrumented) keeps per-thread state that Qt's network threads still hold when a
    // short-lived process ends, which LeakSanitizer reports at random from inside libcrypto with no
    // Mailferry frame; the child gets the project's suppressions plus that one library.
    const QString lsan = env.value(QStringLiteral("LSAN_OPTIONS"));
    static const QRegularExpression suppressions(QStringLiteral("suppressions=([^:]+)"));
    const auto match = suppressions.match(lsan);
    if (match.hasMatch()) {
        const QString combined = m_scratch.path() + QStringLiteral("/lsan-child.supp");
        if (!QFile::exists(combined)) {
            QFile in(match.captured(1));
            QFile out(combined);
            if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly)) {
                out.write(in.readAll());
                out.write("\nleak:libcrypto.so\n");
            }
        }
        QString options = lsan;
        options.replace(match.capturedStart(1), match.capturedLength(1), combined);
        env.insert(QStringLiteral("LSAN_OPTIONS"), options);
    }
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!user.isEmpty())
        env.insert(QStringLiteral("MAILFERRY_POP3_PASSWORD"), QStringLiteral("pw-") + user);
    return env;
}

CliHarness::Result CliHarness::run(const QStringList &args, const QString &user, const QProcessEnvironment &extraEnv,
                                   int timeoutMs, const std::function<void(QProcess &, const QString &)> &onOutput,
                                   const QByteArray &stdinData)
{
    Result result;
    QProcess process;
    QProcessEnvironment env = environment(user);
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QByteArray out, err;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        out += process.readAllStandardOutput();
        if (onOutput)
            onOutput(process, QString::fromUtf8(out + err));
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop, [&] {
        err += process.readAllStandardError();
        if (onOutput)
            onOutput(process, QString::fromUtf8(out + err));
    });
    QObject::connect(&process, &QProcess::finished, &loop, [&] {
        result.finished = true;
        loop.quit();
    });
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(binary(), args);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    deadline.start(timeoutMs);
    // The fake Google lives on this thread: the loop must run while the child works.
    loop.exec();
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(out);
    result.err = QString::fromUtf8(err);
    return result;
}

} // namespace mf::test
