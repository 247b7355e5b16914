// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The real `mailferry` binary, run as a child process the way a consultant's script runs it:
// every option validated (exit 2 naming the option), exit codes that tell what is left, one word
// per state in every output, export-log that reports a failed write, terminal-safe item lines,
// a progress line without a terminal, the certificate fingerprint to pin, private files, no core
// dumps, and --help/--version without a display. Dovecot and the fake Google are real parts.
#include "CliHarness.h"
#include "MailFactory.h"
#include "TestEnv.h"

#include <QtTest/QtTest>

#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <sys/stat.h>

using namespace mf;
using namespace mf::test;

namespace {

const QStringList kWords{QStringLiteral("copied"),
                         QStringLiteral("copied-possibly-twice"),
                         QStringLiteral("skipped-duplicate"),
                         QStringLiteral("skipped-oversize"),
                         QStringLiteral("failed"),
                         QStringLiteral("deleted-from-server"),
                         QStringLiteral("upload-interrupted"),
                         QStringLiteral("waiting")};

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

/// Rows of a CSV written by CsvExporter (every cell quoted, CRLF rows, BOM).
QList<QStringList> readCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    return rows;
}

QList<QJsonObject> jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            objects << doc.object();
    }
    return objects;
}

QString show(const CliHarness::Result &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CliHarness> m_h;

    QStringList migrateArgs(const QString &user, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("migrate")} + m_h->accountArgs(user) + extra;
    }

private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
        m_h = std::make_unique<CliHarness>();
        QString error;
        QVERIFY2(m_h->start(&error), qPrintable(error));
    }

    // 9. --help and --version need no display and no GUI object (they used to abort with 134).
    void helpAndVersionWithoutDisplay()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")); // would abort if a QApplication were made
        for (const QStringList &args : {QStringList{QStringLiteral("--version")}, QStringList{QStringLiteral("--help")},
                                        QStringList{QStringLiteral("migrate"), QStringLiteral("--help")}}) {
            const auto r = m_h->run(args, {}, env, 30000);
            QVERIFY2(r.exitStatus == QProcess::NormalExit && r.exitCode == 0, qPrintable(show(r)));
            QVERIFY2(!r.out.isEmpty(), qPrintable(show(r)));
        }
        const auto version = m_h->run({QStringLiteral("--version")}, {}, env, 30000);
        QVERIFY2(version.out.contains(QStringLiteral(MAILFERRY_TEST_VERSION)), qPrintable(show(version)));
        const auto help = m_h->run({QStringLiteral("--help")}, {}, env, 30000);
        QVERIFY2(help.out.contains(QStringLiteral("migrate")), qPrintable(show(help)));
    }

    // 1. Every wrong value exits 2 and names the option; nothing is turned into another number.
    void badOptionsExitUsage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("named");
        const auto row = [](const char *name, QStringList extra, const char *named) {
            QTest::newRow(name) << extra << QString::fromLatin1(named);
        };
        row("port too large", {QStringLiteral("--port"), QStringLiteral("79659")}, "--port");
        row("port zero", {QStringLiteral("--port"), QStringLiteral("0")}, "--port");
        row("port letters", {QStringLiteral("--port"), QStringLiteral("99x")}, "--port");
        row("port negative", {QStringLiteral("--port=-995")}, "--port");
        row("batch zero", {QStringLiteral("--batch-size"), QStringLiteral("0")}, "--batch-size");
        row("batch negative", {QStringLiteral("--batch-size=-5")}, "--batch-size");
        row("batch huge", {QStringLiteral("--batch-size"), QStringLiteral("99999999999999999999")}, "--batch-size");
        row("delete-after 3O", {QStringLiteral("--delete-after"), QStringLiteral("3O")}, "--delete-after");
        row("delete-after zero", {QStringLiteral("--delete-after"), QStringLiteral("0")}, "--delete-after");
        row("delete-after fraction", {QStringLiteral("--delete-after"), QStringLiteral("1.5")}, "--delete-after");
        row("delete and delete-after", {QStringLiteral("--delete"), QStringLiteral("--delete-after"), QStringLiteral("3")},
            "--delete-after");
        row("every zero", {QStringLiteral("--every"), QStringLiteral("0")}, "--every");
        row("every word", {QStringLiteral("--every"), QStringLiteral("ten")}, "--every");
        row("size zero", {QStringLiteral("--size-limit-mb"), QStringLiteral("0")}, "--size-limit-mb");
        row("size negative", {QStringLiteral("--size-limit-mb=-1")}, "--size-limit-mb");
        row("size word", {QStringLiteral("--size-limit-mb"), QStringLiteral("lots")}, "--size-limit-mb");
        row("client-secret device", {QStringLiteral("--client-secret"), QStringLiteral("/dev/zero")}, "--client-secret");
        row("client-secret folder", {QStringLiteral("--client-secret"), QStringLiteral("/tmp")}, "--client-secret");
        row("client-secret missing", {QStringLiteral("--client-secret"), QStringLiteral("/nonexistent/x.json")},
            "--client-secret");
        row("security", {QStringLiteral("--security"), QStringLiteral("ssl3")}, "--security");
        row("fingerprint", {QStringLiteral("--trust-fingerprint"), QStringLiteral("abc")}, "--trust-fingerprint");
        row("user with CRLF", {QStringLiteral("--user"), QStringLiteral("bob\r\nDELE 1")}, "--user");
        row("host with space", {QStringLiteral("--host"), QStringLiteral("mail example")}, "--host");
        row("gmail not an address", {QStringLiteral("--gmail"), QStringLiteral("maria")}, "--gmail");
        row("archive and read",
            {QStringLiteral("--archive"), QStringLiteral("--read"), QStringLiteral("--label"), QStringLiteral("x")}, "--archive");
        row("archive without label", {QStringLiteral("--archive")}, "--archive");
        row("output on migrate", {QStringLiteral("--output"), QStringLiteral("x.csv")}, "--output");
        row("option twice",
            {QStringLiteral("--batch-size"), QStringLiteral("5"), QStringLiteral("--batch-size"), QStringLiteral("6")},
            "--batch-size");
        row("unknown option", {QStringLiteral("--delete-afterwards")}, "delete-afterwards");
    }
    void badOptionsExitUsage()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, named);
        const QStringList args =
            QStringList{QStringLiteral("migrate"), QStringLiteral("--email"), QStringLiteral("nobody@isp.example"),
                        QStringLiteral("--host"), QStringLiteral("127.0.0.1")}
            + extra;
        const auto r = m_h->run(args, QStringLiteral("user7"), {}, 30000);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(show(r)));
        QVERIFY2(r.err.contains(named), qPrintable(show(r)));
        QCOMPARE(m_h->google().requestCount(FakeGoogle::Endpoint::Insert), 0);
    }

    void clientSecretTooLarge()
    {
        const QString big = m_h->scratch() + QStringLiteral("/big.json");
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(70 * 1024, ' '));
        f.close();
        const auto r = m_h->run({QStringLiteral("migrate"), QStringLiteral("--email"), QStringLiteral("a@b.example"),
                                 QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--client-secret"), big},
                                QStringLiteral("user7"), {}, 30000);
        QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--client-secret")), qPrintable(show(r)));
    }

    void badCommandAndStrayArgument()
    {
        auto r = m_h->run({QStringLiteral("migrate"), QStringLiteral("extra")}, {}, {}, 30000);
        QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("extra")), qPrintable(show(r)));
        r = m_h->run({QStringLiteral("status"), QStringLiteral("--delete")}, {}, {}, 30000);
        QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--delete")), qPrintable(show(r)));
    }

    // 1, 8. A limit above Gmail's 50 MB is capped with a note, in MB of 1,048,576 bytes.
    void sizeLimitCappedWithNote()
    {
        m_h->dovecot().deliver(QStringLiteral("user0"), {MailFactory::message(1, 2000)});
        const auto r =
            m_h->run(migrateArgs(QStringLiteral("user0"),
                                 {QStringLiteral("--size-limit-mb"), QStringLiteral("100"), QStringLiteral("--dry-run")}),
                     QStringLiteral("user0"));
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("using 50 MB")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("1 messages on the server")), qPrintable(show(r)));
        QCOMPARE(m_h->google().messages().size(), 0); // a dry run writes nothing
    }

    // 3, 4, 2. Failures outstanding keep exit 1 even when a rerun copies nothing; status and
    // export-log find the ledger without --save; every output uses the same words.
    void failuresOutstandingAndOneVocabulary()
    {
        const QString user = QStringLiteral("user1");
        QList<QByteArray> mail;
        for (int i = 0; i < 5; ++i) {
            MailFactory::Options o;
            o.index = 100 + i;
            o.targetSize = 3000;
            if (i == 2)
                o.subject = QStringLiteral("REJECT-ME please");
            mail << MailFactory::message(o);
        }
        m_h->dovecot().deliver(user, mail);
        m_h->google().setRejectMarker("REJECT-ME");
        auto r = m_h->run(migrateArgs(user), user);
        QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("failed: \"REJECT-ME please\"")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("server id ")), qPrintable(show(r)));

        // The rerun copies nothing new; the failure is still there, so still exit 1.
        r = m_h->run(migrateArgs(user), user);
        QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("1 messages failed and are still on the server")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("0 to copy")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("4 already in Gmail")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("1 failed earlier")), qPrintable(show(r))); // never "to copy"

        // status without --save, by the same --email.
        const QStringList who{QStringLiteral("--email"), user + QStringLiteral("@isp.example")};
        r = m_h->run(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + who);
        QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
        const auto status = jsonLines(r.out).value(0);
        const QJsonObject counts = status.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("copied")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 1);
        for (const QString &key : counts.keys())
            QVERIFY2(kWords.contains(key), qPrintable(key));
        // The runs checked the server: status says when, and nothing is wrong with its health.
        QVERIFY(QDateTime::fromString(status.value(QStringLiteral("lastCheckOk")).toString(), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(status.value(QStringLiteral("lastCopy")).toString(), Qt::ISODate).isValid());
        QCOMPARE(status.value(QStringLiteral("health")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("healthy"));
        QCOMPARE(status.value(QStringLiteral("googleConsent")).toObject().value(QStringLiteral("warn")).toBool(true), false);
        r = m_h->run(QStringList{QStringLiteral("status")} + who);
        QVERIFY2(r.out.contains(QStringLiteral("last checked OK: 20")), qPrintable(show(r)));
        QVERIFY2(!r.out.contains(QStringLiteral("warning:")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("failed\\s+1"))), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("copied-possibly-twice")), qPrintable(show(r)));

        // export-log: the Outcome column uses the same words.
        const QString csvPath = m_h->scratch() + QStringLiteral("/log.csv");
        r = m_h->run(QStringList{QStringLiteral("export-log"), QStringLiteral("--output"), csvPath} + who);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const auto rows = readCsv(csv.readAll());
        QVERIFY(rows.size() >= 6);
        int failedRows = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY2(kWords.contains(rows.at(i).value(8)), qPrintable(rows.at(i).join(QLatin1Char('|'))));
            failedRows += rows.at(i).value(8) == QLatin1String("failed");
        }
        QCOMPARE(failedRows, 1);
        r = m_h->run(QStringList{QStringLiteral("export-log"), QStringLiteral("--failures")} + who);
        const auto failures = readCsv(r.out.toUtf8());
        QCOMPARE(failures.size(), 2); // header + the failed one
        QCOMPARE(failures.at(1).value(8), QStringLiteral("failed"));
        QCOMPARE(failures.at(1).value(4), QStringLiteral("REJECT-ME please"));

        // Retrying with the cause gone ends at 0.
        m_h->google().setRejectMarker({});
        r = m_h->run(QStringList{QStringLiteral("retry-failed")} + m_h->accountArgs(user), user);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
    }

    // status/export-log for a mailbox never run: say exactly why there is nothing.
    void noRecordExplained()
    {
        const auto r = m_h->run({QStringLiteral("export-log"), QStringLiteral("--email"), QStringLiteral("never@isp.example")});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("never@isp.example")) && r.err.contains(QStringLiteral("--email")),
                 qPrintable(show(r)));
    }

    // 2. A log that cannot be written completely is a failure, with a message.
    void exportLogWriteFailures()
    {
        const QStringList who{QStringLiteral("--email"), QStringLiteral("user1@isp.example")};
        auto r =
            m_h->run(QStringList{QStringLiteral("export-log"), QStringLiteral("--output"), QStringLiteral("/dev/full")} + who);
        QVERIFY2(r.exitCode == 6, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("/dev/full")), qPrintable(show(r)));
        QFileInfo full(QStringLiteral("/dev/full"));
        QVERIFY(!full.isFile()); // still the device: never replaced by a file

        const QString nowhere = m_h->scratch() + QStringLiteral("/missing-folder/log.csv");
        r = m_h->run(QStringList{QStringLiteral("export-log"), QStringLiteral("--output"), nowhere} + who);
        QVERIFY2(r.exitCode == 6 && r.err.contains(nowhere), qPrintable(show(r)));
        QVERIFY(!QFile::exists(nowhere));

        const QString notAFolder = m_h->clientSecretFile() + QStringLiteral("/log.csv");
        r = m_h->run(QStringList{QStringLiteral("export-log"), QStringLiteral("--output"), notAFolder} + who);
        QVERIFY2(r.exitCode == 6, qPrintable(show(r)));
    }

    // 6. A failed or skipped line names the message; a sender's escape sequences never reach the terminal.
    void itemLinesAreTerminalSafe()
    {
        const QString user = QStringLiteral("user2");
        MailFactory::Options o;
        o.index = 300;
        o.targetSize = 1300 * 1024; // over a 1 MB limit
        o.subject = QStringLiteral("Invoice \x1b[31mRED\x1b[0m \x1b]0;owned\x07 \u202Etxt.exe\u202C caf\u00e9 \u4f60\u597d");
        o.from = QStringLiteral("Evil \x1b[2J <evil@example.org>");
        m_h->dovecot().deliver(user, {MailFactory::message(o)});
        for (const bool json : {false, true}) {
            QStringList extra{QStringLiteral("--size-limit-mb"), QStringLiteral("1")};
            if (json)
                extra << QStringLiteral("--json");
            const auto r = m_h->run(migrateArgs(user, extra), user);
            QVERIFY2(r.finished, qPrintable(show(r)));
            QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.err.contains(QChar(0x1b)), qPrintable(show(r)));
            QVERIFY2(!r.out.contains(QChar(0x202E)) && !r.out.contains(QChar(0x07)), qPrintable(show(r)));
            QVERIFY2(!r.out.contains(QStringLiteral("owned")), qPrintable(show(r)));
            if (!json) {
                QVERIFY2(r.out.contains(QStringLiteral("0 to copy")), qPrintable(show(r)));
                QVERIFY2(r.out.contains(QStringLiteral("1 over the size limit")), qPrintable(show(r)));
                QVERIFY2(r.out.contains(QStringLiteral("skipped-oversize: \"Invoice RED")), qPrintable(show(r)));
                QVERIFY2(r.out.contains(QStringLiteral("caf\u00e9 \u4f60\u597d")), qPrintable(show(r)));
                QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral(", 1\\.2\\d MB, "))), qPrintable(show(r)));
                QVERIFY2(r.out.contains(QStringLiteral("server id ")), qPrintable(show(r)));
                QVERIFY2(r.out.contains(QStringLiteral("evil@example.org")), qPrintable(show(r)));
            } else {
                bool sawItem = false;
                for (const auto &o2 : jsonLines(r.out)) {
                    if (o2.value(QStringLiteral("type")).toString() != QLatin1String("item"))
                        continue;
                    sawItem = true;
                    QVERIFY(!o2.value(QStringLiteral("subject")).toString().contains(QChar(0x1b)));
                    QVERIFY(kWords.contains(o2.value(QStringLiteral("outcome")).toString()));
                }
                Q_UNUSED(sawItem); // a rerun may have nothing new to say about the oversize message
            }
        }
    }

    // 5. Without a terminal, a progress line at a steady (here: short) interval.
    void progressLineWithoutTerminal()
    {
        const QString user = QStringLiteral("user3");
        QList<QByteArray> mail;
        for (int i = 0; i < 60; ++i)
            mail << MailFactory::message(400 + i, 2500);
        m_h->dovecot().deliver(user, mail);
        m_h->google().setLatency(25);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAILFERRY_PROGRESS_INTERVAL_MS"), QStringLiteral("20"));
        const auto r = m_h->run(migrateArgs(user), user, env);
        m_h->google().setLatency(0);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY2(r.out.count(QStringLiteral("progress: ")) >= 2, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("progress: copied \\d+/\\d+"))), qPrintable(show(r)));
        QVERIFY2(!r.out.contains(QLatin1Char('\r')), qPrintable(show(r))); // no redrawn bar in a log
        // A bad interval is refused like any option.
        env.insert(QStringLiteral("MAILFERRY_PROGRESS_INTERVAL_MS"), QStringLiteral("soon"));
        const auto bad = m_h->run(migrateArgs(user), user, env);
        QVERIFY2(bad.exitCode == 2, qPrintable(show(bad)));
    }

    // 3. Interrupted (SIGTERM): says so and what remains, exits 130; a rerun finishes.
    void interruptedRunSaysWhatRemains()
    {
        const QString user = QStringLiteral("user4");
        QList<QByteArray> mail;
        for (int i = 0; i < 200; ++i)
            mail << MailFactory::message(500 + i, 2500);
        m_h->dovecot().deliver(user, mail);
        // Slow enough that the interrupt lands with most of the mailbox still to do, even on a busy machine.
        m_h->google().setLatency(30);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAILFERRY_PROGRESS_INTERVAL_MS"), QStringLiteral("20"));
        bool sent = false;
        const auto r =
            m_h->run(migrateArgs(user, {QStringLiteral("--delete")}), user, env, 120000, [&](QProcess &p, const QString &out) {
                if (!sent && out.contains(QRegularExpression(QStringLiteral("progress: copied [1-9]")))) {
                    sent = true;
                    ::kill(pid_t(p.processId()), SIGTERM);
                }
            });
        m_h->google().setLatency(0);
        QVERIFY(sent);
        QVERIFY2(r.exitCode == 130, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Interrupted.")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Run the same command again to finish")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("[1-9]\\d* messages were left to copy"))), qPrintable(show(r)));
        const auto again = m_h->run(migrateArgs(user, {QStringLiteral("--delete")}), user);
        QVERIFY2(again.exitCode == 0, qPrintable(show(again)));
        QCOMPARE(m_h->dovecot().messageCount(user), 0);
    }

    // 3. Continuous mode: after a pass it says when it will look again, the log line names the
    // last successful check while it waits, and an interrupt during the wait exits 130.
    void continuousModeNamesLastSuccess()
    {
        const QString user = QStringLiteral("user7");
        m_h->dovecot().deliver(user, {MailFactory::message(800, 2000)});
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAILFERRY_PROGRESS_INTERVAL_MS"), QStringLiteral("20"));
        bool sent = false;
        const auto r = m_h->run(migrateArgs(user, {QStringLiteral("--every"), QStringLiteral("60")}), user, env, 60000,
                                [&](QProcess &p, const QString &out) {
            if (!sent && out.contains(QStringLiteral("(last success "))) {
                sent = true;
                ::kill(pid_t(p.processId()), SIGINT);
            }
        });
        QVERIFY2(sent, qPrintable(show(r)));
        QVERIFY2(r.exitCode == 130, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Next check in 60 minutes")), qPrintable(show(r)));
    }

    // 7. An untrusted certificate shows its fingerprint and the exact option; a wrong pin shows both.
    void untrustedCertificateShowsPin()
    {
        const QString user = QStringLiteral("user5");
        const QString sha = QString::fromLatin1(m_h->dovecot().certificateSha256());
        auto r = m_h->run(QStringList{QStringLiteral("migrate")} + m_h->accountArgs(user, false), user);
        QVERIFY2(r.exitCode == 3, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("--trust-fingerprint ") + sha), qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("SHA-256")), qPrintable(show(r)));

        const QString wrong(64, QLatin1Char('a'));
        r = m_h->run(QStringList{QStringLiteral("migrate")} + m_h->accountArgs(user, false)
                         + QStringList{QStringLiteral("--trust-fingerprint"), wrong},
                     user);
        QVERIFY2(r.exitCode == 3, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("does not match the pinned certificate")), qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("AA:AA:AA")), qPrintable(show(r)));
        QVERIFY2(r.err.contains(sha), qPrintable(show(r)));
    }

    // 6. --json events for deletions carry the same fields as the copy (subject, from, date, size, UIDL).
    void deletionEventsCarryTheMessage()
    {
        const QString user = QStringLiteral("user5");
        QList<QByteArray> mail;
        for (int i = 0; i < 3; ++i)
            mail << MailFactory::message(700 + i, 2200);
        m_h->dovecot().deliver(user, mail);
        const auto r = m_h->run(migrateArgs(user, {QStringLiteral("--json"), QStringLiteral("--delete")}), user);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        int deletions = 0;
        for (const auto &o : jsonLines(r.out)) {
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("item")
                || o.value(QStringLiteral("outcome")).toString() != QLatin1String("deleted-from-server"))
                continue;
            ++deletions;
            QVERIFY2(o.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("Test message 70")),
                     qPrintable(QJsonDocument(o).toJson()));
            QVERIFY2(!o.value(QStringLiteral("uidl")).toString().isEmpty(), qPrintable(QJsonDocument(o).toJson()));
            QVERIFY2(o.value(QStringLiteral("size")).toDouble() > 0, qPrintable(QJsonDocument(o).toJson()));
            QVERIFY2(!o.value(QStringLiteral("from")).toString().isEmpty(), qPrintable(QJsonDocument(o).toJson()));
            QVERIFY2(!o.value(QStringLiteral("date")).toString().isEmpty(), qPrintable(QJsonDocument(o).toJson()));
        }
        QCOMPARE(deletions, 3);
    }

    // 10. Settings and state are private: 0600 files in 0700 folders, also when they were not.
    void filesArePrivate()
    {
        const QString folder = m_h->configDir() + QStringLiteral("/Mailferry");
        QVERIFY(QDir().mkpath(folder));
        const QString conf = folder + QStringLiteral("/Mailferry.conf");
        {
            QFile f(conf);
            QVERIFY(f.open(QIODevice::Append));
        }
        ::chmod(QFile::encodeName(folder).constData(), 0755);
        ::chmod(QFile::encodeName(conf).constData(), 0644);
        const QString accounts = m_h->dataDir() + QStringLiteral("/accounts");
        QVERIFY(QDir().mkpath(accounts));
        ::chmod(QFile::encodeName(accounts).constData(), 0755);
        // A folder the user named with MAILFERRY_DATA_DIR is not Mailferry's to change; its
        // accounts folder is.
        ::chmod(QFile::encodeName(m_h->dataDir()).constData(), 0755);
        const QString user = QStringLiteral("user6");
        m_h->dovecot().deliver(user, {MailFactory::message(600, 2000)});
        const auto r = m_h->run(migrateArgs(user, {QStringLiteral("--save")}), user);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(conf), 0600);
        QFile saved(conf);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("user6"));
        QCOMPARE(modeOf(m_h->dataDir()), 0755);
        QCOMPARE(modeOf(accounts), 0700);
        QDirIterator it(accounts, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            it.next();
            const int expected = it.fileInfo().isDir() ? 0700 : 0600;
            QVERIFY2(modeOf(it.filePath()) == expected,
                     qPrintable(QStringLiteral("%1 is %2").arg(it.filePath()).arg(modeOf(it.filePath()), 0, 8)));
            files += it.fileInfo().isFile();
        }
        QVERIFY(files > 0); // at least the ledger
        // Nothing secret in the settings file.
        saved.seek(0);
        const QByteArray text = saved.readAll();
        QVERIFY(!text.contains("pw-user6"));
        QVERIFY(!text.contains(m_h->environment(user).value(QStringLiteral("MAILFERRY_GOOGLE_REFRESH_TOKEN")).toUtf8()));
    }

    // 11. No core dumps: the running process has a core limit of 0 (read from /proc while it waits
    // for a password on standard input).
    void coreDumpsOff()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc");
#else
        QProcess p;
        QProcessEnvironment env = m_h->environment({});
        p.setProcessEnvironment(env);
        p.start(CliHarness::binary(),
                QStringList{QStringLiteral("migrate")} + m_h->accountArgs(QStringLiteral("user7"))
                    + QStringList{QStringLiteral("--password-stdin")});
        QVERIFY(p.waitForStarted());
        const QString limits = QStringLiteral("/proc/%1/limits").arg(p.processId());
        QString line;
        // The limit is set first thing in main(); wait (without sleeping a fixed time) until the
        // process has read its options and blocks on standard input.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
            QFile f(limits);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            for (const QByteArray &l : f.readAll().split('\n'))
                if (l.startsWith("Max core file size"))
                    line = QString::fromLatin1(l.simplified());
            return line == QLatin1String("Max core file size 0 0 bytes");
            }(),
            10000);
        p.kill();
        p.waitForFinished(5000);
        QVERIFY2(line == QLatin1String("Max core file size 0 0 bytes"), qPrintable(line));
#endif
    }

    // forget: the account's settings and password go; --keep-record keeps the record of what was
    // copied (status still reads it), without it the record goes too. Runs last: it copies what
    // is left in user2's mailbox under an address of its own.
    void forgetRemovesTheAccountAndMayKeepTheRecord()
    {
        QStringList args = m_h->accountArgs(QStringLiteral("user2"));
        args[1] = QStringLiteral("forget-me@isp.example");
        const QStringList who{QStringLiteral("--email"), QStringLiteral("forget-me@isp.example")};
        auto r = m_h->run(QStringList{QStringLiteral("migrate")} + args + QStringList{QStringLiteral("--save")},
                          QStringLiteral("user2"));
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        r = m_h->run({QStringLiteral("accounts"), QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QStringLiteral("forget-me@isp.example")), qPrintable(show(r)));

        r = m_h->run({QStringLiteral("forget")});
        QVERIFY2(r.exitCode == 2 && r.err.contains(QStringLiteral("--account")), qPrintable(show(r)));
        r = m_h->run(QStringList{QStringLiteral("status"), QStringLiteral("--keep-record")} + who);
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));

        r = m_h->run({QStringLiteral("forget"), QStringLiteral("--account"), QStringLiteral("forget-me@isp.example"),
                      QStringLiteral("--keep-record"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        const QJsonObject done = jsonLines(r.out).value(0);
        QCOMPARE(done.value(QStringLiteral("type")).toString(), QStringLiteral("forgotten"));
        QVERIFY(done.value(QStringLiteral("recordKept")).toBool());
        QVERIFY(done.value(QStringLiteral("complete")).toBool());
        r = m_h->run({QStringLiteral("accounts"), QStringLiteral("--json")});
        QVERIFY2(!r.out.contains(QStringLiteral("forget-me@isp.example")), qPrintable(show(r)));
        // The record is still there: the same mailbox set up again would not be copied twice.
        r = m_h->run(QStringList{QStringLiteral("status"), QStringLiteral("--json")} + who);
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY(jsonLines(r.out).value(0).value(QStringLiteral("copied")).toInt() > 0);

        // Without --keep-record the record goes too; then there is nothing left to forget.
        r = m_h->run({QStringLiteral("forget"), QStringLiteral("--account"), QStringLiteral("forget-me@isp.example")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("record of what was copied are removed")), qPrintable(show(r)));
        r = m_h->run(QStringList{QStringLiteral("status")} + who);
        QVERIFY2(r.err.contains(QStringLiteral("There is no record")), qPrintable(show(r)));
        r = m_h->run({QStringLiteral("forget"), QStringLiteral("--account"), QStringLiteral("forget-me@isp.example")});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
