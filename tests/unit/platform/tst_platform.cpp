// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The platform code's pure logic, for every system, checked on whichever one runs the test: the
// data folder under a home whose name has spaces and letters beyond ASCII, file names Windows can
// hold, the Windows access list, the keychain's limits and entry names, and the start-at-login
// entries of Windows, macOS and Linux.
#include "common/Paths.h"
#include "common/PrivateFiles.h"
#include "google/LoopbackReceiver.h"
#include "platform/AutostartEntry.h"
#include "secrets/KeychainCredentialStore.h"
#include "secrets/KeychainPolicy.h"
#include "store/Ledger.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QtTest>

#include <optional>

using namespace mf;

namespace {

// A Windows or macOS user name as people have them: spaces, accents, another script.
const QString kUserName = QStringLiteral("Zoë Müller-Łukasz 山田 太郎");

/// Decodes one Exec key back into its arguments, as the Desktop Entry Specification reads it:
/// the file format's string escapes first, then the quoting rule, then "%%" as a literal '%'.
QStringList decodeDesktopExec(const QString &value)
{
    QString unescaped;
    for (int i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            if (next == QLatin1Char('n'))
                unescaped.append(QLatin1Char('\n'));
            else if (next == QLatin1Char('t'))
                unescaped.append(QLatin1Char('\t'));
            else if (next == QLatin1Char('r'))
                unescaped.append(QLatin1Char('\r'));
            else if (next == QLatin1Char('s'))
                unescaped.append(QLatin1Char(' '));
            else
                unescaped.append(next); // "\\" and anything else
        } else {
            unescaped.append(value.at(i));
        }
    }
    QStringList args;
    QString current;
    bool inQuotes = false;
    bool hasArg = false;
    for (int i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('\\') && i + 1 < unescaped.size()) {
                current.append(unescaped.at(++i));
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                current.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
            hasArg = true;
        } else if (c == QLatin1Char(' ')) {
            if (hasArg)
                args.append(current);
            current.clear();
            hasArg = false;
        } else {
            current.append(c);
            hasArg = true;
        }
    }
    if (hasArg)
        args.append(current);
    for (QString &arg : args)
        arg.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return args;
}

QString execLine(const QByteArray &entry)
{
    for (const QString &line : QString::fromUtf8(entry).split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Exec=")))
            return line.mid(5);
    return {};
}

/// The values of a LaunchAgent plist: key -> strings (one for <string>, several for <array>),
/// "true" for <true/>.
QMap<QString, QStringList> readPlist(const QByteArray &xml, QString *error)
{
    QMap<QString, QStringList> values;
    QXmlStreamReader reader(xml);
    QString key;
    bool inArray = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("key"))
                key = reader.readElementText();
            else if (name == QLatin1String("string"))
                values[key].append(reader.readElementText());
            else if (name == QLatin1String("true"))
                values[key].append(QStringLiteral("true"));
            else if (name == QLatin1String("array"))
                inArray = true;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("array")) {
            inArray = false;
        }
    }
    Q_UNUSED(inArray);
    if (reader.hasError())
        *error = reader.errorString();
    return values;
}

} // namespace

class TestPlatform : public QObject {
    Q_OBJECT
private slots:
    void init() { qunsetenv("MAILFERRY_DATA_DIR"); }

    // ---- paths -----------------------------------------------------------------------------

    void dataFolderUnderAHomeWithSpacesAndAccents()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("Windows and macOS take the profile folder from the system, not from HOME");
#else
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString home = root.path() + QLatin1Char('/') + kUserName;
        QVERIFY(QDir().mkpath(home));
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home));
        qunsetenv("XDG_DATA_HOME");
        const QString data = paths::dataDir();
        const QString account = paths::accountDir(QStringLiteral("zoë.müller@ísp.example"));
        qputenv("HOME", oldHome);

        QCOMPARE(data, home + QStringLiteral("/.local/share/Mailferry"));
        QVERIFY(QFileInfo(data).isDir());
        const QFileDevice::Permissions perms = QFileInfo(data).permissions();
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner) && perms.testFlag(QFileDevice::WriteOwner)
                && perms.testFlag(QFileDevice::ExeOwner));
        QVERIFY(!(perms
                  & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                     | QFileDevice::WriteOther | QFileDevice::ExeOther)));
        QCOMPARE(account, data + QStringLiteral("/accounts/zoë.müller@ísp.example"));
        QVERIFY(QFileInfo(account).isDir());
#endif
    }

    void ledgerOpensInAFolderWithSpacesAndAccents()
    {
        // The ledger is SQLite: the path must reach it intact (on Windows through UTF-16 APIs, never
        // the ANSI code page). Runs on every system through MAILFERRY_DATA_DIR.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        qputenv("MAILFERRY_DATA_DIR", (root.path() + QLatin1Char('/') + kUserName + QStringLiteral("/Mailferry")).toUtf8());
        const QString path = paths::accountDir(QStringLiteral("zoë@ísp.example")) + QStringLiteral("/ledger.sqlite");
        qunsetenv("MAILFERRY_DATA_DIR");
        QVERIFY2(path.contains(kUserName), qPrintable(path));
        {
            auto ledger = store::Ledger::open(path);
            QVERIFY2(ledger, qPrintable(ledger ? QString() : ledger.error().toString()));
            QVERIFY(ledger.value()->setSourceAccount(QStringLiteral("zoë@ísp.example")));
        }
        QVERIFY(QFileInfo::exists(path));
        auto reopened = store::Ledger::open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->sourceAccount(), QStringLiteral("zoë@ísp.example"));
    }

    void safeFileNameHoldsOnEverySystem_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain address") << "maria@isp.example"
                                       << "maria@isp.example";
        QTest::newRow("accents and script kept") << "zoë.山田@müller.de"
                                                 << "zoë.山田@müller.de";
        QTest::newRow("separators") << "a b/c\\d:e*f?g\"h<i>j|k"
                                    << "a_b_c_d_e_f_g_h_i_j_k";
        QTest::newRow("leading dot") << ".hidden"
                                     << "_.hidden";
        QTest::newRow("trailing dot, which Windows drops") << "maria@isp.example."
                                                           << "maria@isp.example_";
        QTest::newRow("empty") << ""
                               << "_";
        QTest::newRow("CON") << "con"
                             << "_con";
        QTest::newRow("NUL with extension") << "NUL.txt"
                                            << "_NUL.txt";
        QTest::newRow("AUX two extensions") << "aux.tar.gz"
                                            << "_aux.tar.gz";
        QTest::newRow("COM1") << "com1"
                              << "_com1";
        QTest::newRow("LPT9") << "Lpt9.log"
                              << "_Lpt9.log";
        QTest::newRow("COM10 is no device") << "com10"
                                            << "com10";
        QTest::newRow("console is no device") << "console"
                                              << "console";
        QTest::newRow("con@ is no device") << "con@isp.example"
                                           << "con@isp.example";
    }

    void safeFileNameHoldsOnEverySystem()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        QCOMPARE(paths::safeFileName(id), expected);
    }

    void windowsFoldersGetAnAccessListOfTheUserAndSystem()
    {
        const QString sddl = privatefiles::privateDirectorySddl(QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-1001"));
        // Protected (no ACEs from the parent), the user and SYSTEM only, inherited by folders and files.
        QCOMPARE(sddl, QStringLiteral("D:P(A;OICI;FA;;;S-1-5-21-1004336348-1177238915-682003330-1001)(A;OICI;FA;;;SY)"));
        QVERIFY(!sddl.contains(QLatin1String(";BU)"))); // no Builtin Users
        QVERIFY(!sddl.contains(QLatin1String(";WD)"))); // no Everyone
    }

    // ---- keychain --------------------------------------------------------------------------

    void secretLimitIsCredentialManagersBlob_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("fits");
        QTest::newRow("Google refresh token (~100 bytes)") << (QStringLiteral("1//0g") + QString(98, QLatin1Char('x'))) << true;
        QTest::newRow("512 bytes, Google's documented maximum") << QString(512, QLatin1Char('r')) << true;
        QTest::newRow("2560 ASCII bytes") << QString(2560, QLatin1Char('a')) << true;
        QTest::newRow("2561 ASCII bytes") << QString(2561, QLatin1Char('a')) << false;
        // Counted in UTF-8 bytes, as QtKeychain stores text: 1280 x 'ü' is 2560 bytes.
        QTest::newRow("1280 two-byte letters") << QString(1280, QChar(0x00FC)) << true;
        QTest::newRow("1281 two-byte letters") << QString(1281, QChar(0x00FC)) << false;
        QTest::newRow("empty") << QString() << true;
    }

    void secretLimitIsCredentialManagersBlob()
    {
        QFETCH(QString, secret);
        QFETCH(bool, fits);
        QCOMPARE(secrets::kMaxSecretBytes, 2560);
        QCOMPARE(secrets::fitsEveryKeychain(secret), fits);
    }

    void tooLongSecretIsRefusedInItsOwnWords()
    {
        // Refused before any keychain is asked (this test has no Secret Service), asynchronously
        // like every answer of a CredentialStore, with its own code: not "keychain unreachable".
        secrets::KeychainCredentialStore store(nullptr, QStringLiteral("Mailferry-test"));
        std::optional<Status> answer;
        store.write(QStringLiteral("pop3-password/zoë@ísp.example"), QString(2561, QLatin1Char('p')),
                    [&](Status s) { answer = s; });
        QVERIFY(!answer.has_value());
        for (int i = 0; i < 10 && !answer; ++i)
            QCoreApplication::processEvents();
        QVERIFY(answer.has_value());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, Error::Code::SecretTooLong);
        QCOMPARE(answer->error().scope, Error::Scope::Account);
        QVERIFY(answer->error().message.contains(QLatin1String("2560")));
        QVERIFY(!answer->error().detail.contains(QLatin1String("ppppp"))); // never the secret
    }

    void keychainEntryNamesPerSystem()
    {
        using secrets::KeychainSystem;
        const QString key = QStringLiteral("pop3-password/maria@isp.example");
        // Credential Manager files an entry under the key alone: the service goes in front.
        QCOMPARE(secrets::keychainEntryName(KeychainSystem::Windows, QStringLiteral("Mailferry"), key),
                 QStringLiteral("Mailferry/pop3-password/maria@isp.example"));
        // The Keychain and the Secret Service keep the service as an attribute of their own.
        QCOMPARE(secrets::keychainEntryName(KeychainSystem::MacOS, QStringLiteral("Mailferry"), key), key);
        QCOMPARE(secrets::keychainEntryName(KeychainSystem::SecretService, QStringLiteral("Mailferry"), key), key);
#if defined(Q_OS_WIN)
        QCOMPARE(secrets::currentKeychainSystem(), KeychainSystem::Windows);
#elif defined(Q_OS_MACOS)
        QCOMPARE(secrets::currentKeychainSystem(), KeychainSystem::MacOS);
#else
        QCOMPARE(secrets::currentKeychainSystem(), KeychainSystem::SecretService);
#endif
    }

    // ---- the sign-in listener and firewalls ------------------------------------------------

    void signInListenerIsReachableOnLoopbackOnly()
    {
        // Windows Defender Firewall asks "allow access?" when a program accepts connections from
        // the network; macOS's application firewall likewise. The sign-in's listener is bound to
        // 127.0.0.1, so nothing outside this machine can reach it: checked here on another
        // address of this machine.
        google::LoopbackReceiver receiver;
        QVERIFY(receiver.listen(QStringLiteral("/mailferry/oauth2")));
        const QUrl redirect = receiver.redirectUri();
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);

        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(loopback.waitForConnected(10000));
        loopback.abort();

        QHostAddress other;
        for (const QHostAddress &address : QNetworkInterface::allAddresses())
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                other = address;
        if (other.isNull())
            QSKIP("this machine has no address besides loopback to try");
        QTcpSocket outside;
        outside.connectToHost(other, quint16(redirect.port()));
        QVERIFY2(!outside.waitForConnected(10000), qPrintable(other.toString()));
        QCOMPARE(outside.error(), QAbstractSocket::ConnectionRefusedError);
    }

    // ---- start at login --------------------------------------------------------------------

    void windowsRunValueQuotesThePath()
    {
        const QString program = QStringLiteral("C:\\Users\\") + kUserName
            + QStringLiteral("\\AppData\\Local\\Programs\\Mailferry\\bin\\mailferry.exe");
        // Unquoted, Windows would split at the first space and try C:\Users\Zoë first.
        QCOMPARE(ui::autostart::windowsRunCommand(program), QLatin1Char('"') + program + QStringLiteral("\" --background"));
    }

    void launchAgentIsValidPlistWithThePathIntact()
    {
        const QString program =
            QStringLiteral("/Users/") + kUserName + QStringLiteral("/Applications/Mail & <Ferry>.app/Contents/MacOS/Mailferry");
        QString error;
        const auto values = readPlist(ui::autostart::launchAgentPlist(program), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values.value(QStringLiteral("Label")), QStringList{QStringLiteral("app.mailferry.Mailferry")});
        QCOMPARE(values.value(QStringLiteral("ProgramArguments")), (QStringList{program, QStringLiteral("--background")}));
        QCOMPARE(values.value(QStringLiteral("RunAtLoad")), QStringList{QStringLiteral("true")});
        QCOMPARE(values.value(QStringLiteral("LimitLoadToSessionType")), QStringList{QStringLiteral("Aqua")});
        QCOMPARE(values.value(QStringLiteral("AssociatedBundleIdentifiers")),
                 QStringList{QStringLiteral("app.mailferry.Mailferry")});
    }

    void desktopEntryExecSurvivesAnyPath_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("usual") << "/usr/bin/mailferry";
        QTest::newRow("spaces and accents") << QStringLiteral("/home/") + kUserName + QStringLiteral("/bin/mailferry");
        // (Not a raw string literal: Qt 6.4's moc stops reading the file at one.)
        QTest::newRow("shell characters") << "/opt/a\"b/$HOME/`id`/c\\d/mailferry";
        QTest::newRow("percent, not a field code") << "/opt/100%/%f/mailferry";
        QTest::newRow("AppImage with tab") << "/home/me/Apps/Mail\tferry.AppImage";
    }

    void desktopEntryExecSurvivesAnyPath()
    {
        QFETCH(QString, program);
        const QByteArray entry = ui::autostart::xdgAutostartEntry(program);
        const QString exec = execLine(entry);
        QVERIFY2(!exec.isEmpty(), entry.constData());
        QVERIFY2(!exec.contains(QLatin1Char('\n')), qPrintable(exec));
        QCOMPARE(decodeDesktopExec(exec), (QStringList{program, QStringLiteral("--background")}));
    }

    void desktopEntryValidates()
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (scripts/install-deps.sh --package installs it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("app.mailferry.Mailferry.desktop")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            ui::autostart::xdgAutostartEntry(QStringLiteral("/home/") + kUserName + QStringLiteral("/100% \"x\"/mailferry")));
        file.close();
        QProcess process;
        process.start(validator, {file.fileName()});
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("error")), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
