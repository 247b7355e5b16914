// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `mailferry signin`, `bulk` and `migrate --all`: the real binary against a private Dovecot with
// one mailbox per person and the fake Google with several accounts, the refresh tokens in a real
// Secret Service (this test runs in a private D-Bus session with gnome-keyring).

#include "CliHarness.h"
#include "MailFactory.h"
#include "TestEnv.h"
#include "accounts/AccountConfig.h"
#include "common/Paths.h"
#include "mail/MessageHeaders.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/Ledger.h"

#include <QtTest/QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace mf;
using namespace mf::test;

namespace {

const QString kOfficeA = QStringLiteral("office.a@example.com");
const QString kOfficeB = QStringLiteral("office.b@example.com");
const QString kOfficeC = QStringLiteral("office.c@example.com");

struct Row {
    QString user; ///< the Dovecot user; the old address is <user>@isp.example
    QString gmail;
};

QString address(const QString &user)
{
    return user + QStringLiteral("@isp.example");
}

/// The last JSON line of `out` whose "type" is `type`.
QJsonObject lastJson(const QString &out, const QString &type)
{
    QJsonObject found;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("type")).toString() == type)
            found = o;
    }
    return found;
}

QHash<QString, QJsonObject> byAddress(const QJsonObject &summary)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : summary.value(QStringLiteral("mailboxes")).toArray())
        out.insert(v.toObject().value(QStringLiteral("address")).toString(), v.toObject());
    return out;
}

} // namespace

class TestCliBulk : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CliHarness> m_h;
    int m_nextMessage = 1;

    QString writeFile(const QString &name, const QByteArray &bytes, QFileDevice::Permissions permissions)
    {
        const QString path = m_h->scratch() + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        return QFile::setPermissions(path, permissions) ? path : QString();
    }

    QByteArray csv(const QList<Row> &rows, const QString &extraHeader = {}, const QStringList &extraValues = {}) const
    {
        // Semicolons, as Excel writes them in much of Europe.
        QByteArray out = "email;host;port;security;user;gmail;trust-fingerprint";
        if (!extraHeader.isEmpty())
            out += ';' + extraHeader.toUtf8();
        out += "\r\n";
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows.at(i);
            out += QStringLiteral("%1;%2;%3;tls;%4;%5;%6")
                       .arg(address(r.user), m_h->dovecot().host())
                       .arg(m_h->dovecot().pop3sPort())
                       .arg(r.user, r.gmail, QString::fromLatin1(m_h->dovecot().certificateSha256()))
                       .toUtf8();
            if (!extraHeader.isEmpty())
                out += ';' + extraValues.value(i).toUtf8();
            out += "\r\n";
        }
        return out;
    }

    /// Delivers `count` messages with Message-IDs no other mailbox has; returns their ids.
    QSet<QByteArray> deliver(const QString &user, int count)
    {
        QList<QByteArray> mail;
        QSet<QByteArray> ids;
        for (int i = 0; i < count; ++i) {
            mail << MailFactory::message(m_nextMessage++, 1500);
            ids.insert(mail::MessageHeaders::parse(mail.last()).messageId());
        }
        return m_h->dovecot().deliver(user, mail) == count ? ids : QSet<QByteArray>{};
    }

    int storedFor(const QString &gmail) const
    {
        int n = 0;
        for (const auto &m : m_h->google().messages())
            n += m.user.compare(gmail, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }

    QString keychainRead(const QString &key)
    {
        secrets::KeychainCredentialStore store;
        QString value;
        bool done = false;
        QEventLoop loop;
        store.read(key, [&](Result<QString> r) {
            value = r ? r.value() : QString();
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        return value;
    }

    /// `mailferry signin --gmail asked` while the fake's consent screen signs in as `who`: the test
    /// plays the browser, following the printed link to the loopback redirect of the child.
    CliHarness::Result signIn(const QString &asked, const QString &who)
    {
        m_h->google().setAccountEmail(who);
        QNetworkAccessManager browser;
        QNetworkReply *reply = nullptr;
        static const QRegularExpression link(QStringLiteral("(http://\\S+/o/oauth2/v2/auth\\S*)"));
        return m_h->run({QStringLiteral("signin"), QStringLiteral("--gmail"), asked, QStringLiteral("--client-secret"),
                         m_h->clientSecretFile()},
                        {}, {}, 60000,
                        [&](QProcess &, const QString &out) {
            const auto match = link.match(out);
            if (reply || !match.hasMatch())
                return;
            QNetworkRequest request{QUrl(match.captured(1))};
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            reply = browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
    }

private slots:
    void initTestCase()
    {
        QString why;
        MF_REQUIRE_PART(DovecotFixture::available(&why), why);
        m_h = std::make_unique<CliHarness>();
        for (const QString &user : {QStringLiteral("kill0"), QStringLiteral("kill1"), QStringLiteral("kill2"),
                                    QStringLiteral("kill3"), QStringLiteral("kill4"), QStringLiteral("saved0"),
                                    QStringLiteral("saved1"), QStringLiteral("stop0"), QStringLiteral("stop1")})
            m_h->dovecot().addUser(user, QStringLiteral("pw-") + user);
        QString error;
        QVERIFY2(m_h->start(&error), qPrintable(error));
    }

    // Each target account signs in once; the token lands in the keychain under its address, and
    // signing in as someone else than asked stores nothing.
    void signinStoresEachAccountsToken()
    {
        const auto wrong = signIn(kOfficeB, QStringLiteral("someone.else@example.com"));
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(kOfficeB) && wrong.err.contains(QLatin1String("someone.else@example.com")),
                 qPrintable(wrong.err));
        QVERIFY(keychainRead(secrets::googleRefreshTokenKey(kOfficeB)).isEmpty());

        for (const QString &gmail : {kOfficeA, kOfficeB, kOfficeC}) {
            const auto r = signIn(gmail, gmail);
            QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
            QVERIFY2(r.out.contains(QLatin1String("Signed in as ") + gmail), qPrintable(r.out));
            QVERIFY(!keychainRead(secrets::googleRefreshTokenKey(gmail)).isEmpty());
        }
    }

    // Five mailboxes into three Google accounts, passwords from a private file: all copied, exit
    // 0, the JSON summary right; a second run copies nothing twice and its table says done.
    void bulkCopiesEveryMailbox()
    {
        const QList<Row> rows{{QStringLiteral("user0"), kOfficeA},
                              {QStringLiteral("user1"), kOfficeA},
                              {QStringLiteral("user2"), kOfficeB},
                              {QStringLiteral("user3"), kOfficeB},
                              {QStringLiteral("user4"), kOfficeC}};
        QByteArray passwords = "# the office\n";
        for (const Row &r : rows) {
            QVERIFY(deliver(r.user, 6).size() == 6);
            passwords += address(r.user).toUtf8() + "\tpw-" + r.user.toUtf8() + '\n';
        }
        const QString file =
            writeFile(QStringLiteral("office.csv"), "\xEF\xBB\xBF" + csv(rows), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString open = writeFile(QStringLiteral("open.txt"), passwords,
                                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        const QString closed =
            writeFile(QStringLiteral("passwords.txt"), passwords, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const int before[] = {storedFor(kOfficeA), storedFor(kOfficeB), storedFor(kOfficeC)};

        // A password file others can read is refused, and nothing starts.
        const auto refused = m_h->run({QStringLiteral("bulk"), QStringLiteral("--csv"), file, QStringLiteral("--password-file"),
                                       open, QStringLiteral("--client-secret"), m_h->clientSecretFile()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("chmod 600")), qPrintable(refused.err));
        QCOMPARE(storedFor(kOfficeA), before[0]);

        const QStringList args{QStringLiteral("bulk"),
                               QStringLiteral("--csv"),
                               file,
                               QStringLiteral("--password-file"),
                               closed,
                               QStringLiteral("--parallel"),
                               QStringLiteral("3"),
                               QStringLiteral("--client-secret"),
                               m_h->clientSecretFile()};
        const auto first = m_h->run(args + QStringList{QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.all().right(3000)));
        QVERIFY2(!first.all().contains(QLatin1String("pw-user")), "a password was printed");
        const QJsonObject summary = lastJson(first.out, QStringLiteral("summary"));
        QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), 0);
        const auto rowsOut = byAddress(summary);
        QCOMPARE(rowsOut.size(), 5);
        for (const Row &r : rows) {
            const QJsonObject o = rowsOut.value(address(r.user));
            QCOMPARE(o.value(QStringLiteral("into")).toString(), r.gmail);
            QCOMPARE(o.value(QStringLiteral("copied")).toInt(), 6);
            QCOMPARE(o.value(QStringLiteral("failed")).toInt(), 0);
            QCOMPARE(o.value(QStringLiteral("left")).toInt(), 0);
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        }
        // Progress lines name their mailbox.
        QVERIFY(first.out.contains(QLatin1String("\"type\":\"mailbox\"")));
        QCOMPARE(storedFor(kOfficeA) - before[0], 12);
        QCOMPARE(storedFor(kOfficeB) - before[1], 12);
        QCOMPARE(storedFor(kOfficeC) - before[2], 6);

        const auto again = m_h->run(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.all().right(3000)));
        QVERIFY2(again.out.contains(
                     QRegularExpression(QStringLiteral("address\\s+into\\s+copied\\s+skipped\\s+failed\\s+left\\s+status"))),
                 qPrintable(again.out.right(2000)));
        for (const Row &r : rows)
            QVERIFY2(again.out.contains(QRegularExpression(QRegularExpression::escape(address(r.user)) + QStringLiteral("\\s+")
                                                           + QRegularExpression::escape(r.gmail)
                                                           + QStringLiteral("\\s+0\\s+\\d+\\s+0\\s+0\\s+done"))),
                     qPrintable(again.out.right(2000)));
        QVERIFY(again.out.contains(QLatin1String("Exit status 0")));
        QCOMPARE(storedFor(kOfficeA) - before[0], 12);
        QCOMPARE(storedFor(kOfficeB) - before[1], 12);
        QCOMPARE(storedFor(kOfficeC) - before[2], 6);
    }

    // A wrong password and a Google account never signed in fail their own rows; the others run;
    // the worst status wins (3). Passwords from standard input this time.
    void oneBadRowDoesNotStopTheOthers()
    {
        const QList<Row> rows{{QStringLiteral("user5"), kOfficeA},
                              {QStringLiteral("user6"), kOfficeB},
                              {QStringLiteral("user7"), QStringLiteral("office.d@example.com")}};
        for (const Row &r : rows)
            QCOMPARE(deliver(r.user, 4).size(), 4);
        const QString file = writeFile(QStringLiteral("bad.csv"), csv(rows), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray passwords = "user5@isp.example,not-the-password\n"
                                     "user6@isp.example,pw-user6\n"
                                     "user7@isp.example,pw-user7\n";
        const auto r = m_h->run({QStringLiteral("bulk"), QStringLiteral("--csv"), file, QStringLiteral("--passwords-stdin"),
                                 QStringLiteral("--json"), QStringLiteral("--client-secret"), m_h->clientSecretFile()},
                                {}, {}, 120000, {}, passwords);
        QVERIFY2(r.exitCode == 3, qPrintable(r.all().right(3000)));
        QVERIFY(!r.all().contains(QLatin1String("not-the-password")));
        const auto out = byAddress(lastJson(r.out, QStringLiteral("summary")));
        QCOMPARE(out.value(address(QStringLiteral("user5"))).value(QStringLiteral("status")).toString(),
                 QStringLiteral("needs-you"));
        QCOMPARE(out.value(address(QStringLiteral("user6"))).value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(out.value(address(QStringLiteral("user6"))).value(QStringLiteral("copied")).toInt(), 4);
        const QJsonObject unsigned_ = out.value(address(QStringLiteral("user7")));
        QCOMPARE(unsigned_.value(QStringLiteral("status")).toString(), QStringLiteral("needs-you"));
        QVERIFY2(unsigned_.value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("sign in first: mailferry signin --gmail office.d@example.com")),
                 qPrintable(unsigned_.value(QStringLiteral("error")).toString()));
    }

    // SIGKILL in the middle of a bulk run (out of process; the fake Google lives on in this
    // process), then a rerun to the end: no message lost, none in Gmail twice unless its ledger
    // flags it copied-possibly-twice, each Gmail account holding exactly its mailboxes' mail.
    void killedBulkRunThenRerun()
    {
        const QList<Row> rows{{QStringLiteral("kill0"), kOfficeA},
                              {QStringLiteral("kill1"), kOfficeA},
                              {QStringLiteral("kill2"), kOfficeB},
                              {QStringLiteral("kill3"), kOfficeB},
                              {QStringLiteral("kill4"), kOfficeC}};
        QHash<QString, QSet<QByteArray>> idsOf; // by Gmail account
        QByteArray passwords;
        for (const Row &r : rows) {
            const QSet<QByteArray> ids = deliver(r.user, 40);
            QCOMPARE(ids.size(), 40);
            idsOf[r.gmail].unite(ids);
            passwords += address(r.user).toUtf8() + "\tpw-" + r.user.toUtf8() + '\n';
        }
        const QString file =
            writeFile(QStringLiteral("kill.csv"), csv(rows, QStringLiteral("batch-size"), QStringList(5, QStringLiteral("10"))),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString secrets =
            writeFile(QStringLiteral("kill-pw.txt"), passwords, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QStringList args{QStringLiteral("bulk"),
                               QStringLiteral("--csv"),
                               file,
                               QStringLiteral("--password-file"),
                               secrets,
                               QStringLiteral("--client-secret"),
                               m_h->clientSecretFile()};
        const int storedBefore = int(m_h->google().messages().size());
        m_h->google().setLatency(4);
        QProcessEnvironment env;
        env.insert(QStringLiteral("MAILFERRY_PROGRESS_INTERVAL_MS"), QStringLiteral("10"));
        bool killed = false;
        const auto cut = m_h->run(args, {}, env, 120000, [&](QProcess &p, const QString &) {
            if (!killed && int(m_h->google().messages().size()) - storedBefore >= 70) {
                killed = true;
                p.kill(); // SIGKILL: no handler, no flush, no QUIT
            }
        });
        QVERIFY(cut.finished);
        QVERIFY2(killed && cut.exitStatus == QProcess::CrashExit, qPrintable(cut.all().right(2000)));
        const int storedAtKill = int(m_h->google().messages().size()) - storedBefore;
        QVERIFY2(storedAtKill < 200, "the run had finished before the kill");

        m_h->google().setLatency(0);
        const auto rerun = m_h->run(args);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.all().right(3000)));

        for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it) {
            QHash<QByteArray, int> inGmail;
            for (const auto &m : m_h->google().messages()) {
                if (m.user.compare(it.key(), Qt::CaseInsensitive) == 0)
                    ++inGmail[mail::MessageHeaders::parse(m.raw).messageId()];
            }
            QSet<QByteArray> flagged;
            for (const Row &r : rows) {
                if (r.gmail != it.key())
                    continue;
                const QString ledgerPath = m_h->dataDir() + QStringLiteral("/accounts/")
                    + paths::safeFileName(accounts::AccountConfig::idForEmail(address(r.user)))
                    + QStringLiteral("/ledger.sqlite");
                auto ledger = store::Ledger::open(ledgerPath);
                QVERIFY2(ledger, qPrintable(ledgerPath));
                QVERIFY(ledger.value()->forEachItem(store::ItemFilter::All, [&](const store::Item &item) {
                    if (item.flags.testFlag(store::ItemFlag::PossibleDuplicate))
                        flagged.insert(item.messageId);
                    return true;
                }));
            }
            int lost = 0, doubles = 0, unflaggedDoubles = 0;
            for (const QByteArray &id : it.value()) {
                if (inGmail.value(id) == 0)
                    ++lost;
                if (inGmail.value(id) > 1)
                    ++doubles;
                if (inGmail.value(id) > 1 && !flagged.contains(id))
                    ++unflaggedDoubles;
            }
            // Each message went into its own mailbox's Google account and no other.
            int misrouted = 0;
            for (const auto &m : m_h->google().messages()) {
                const QByteArray id = mail::MessageHeaders::parse(m.raw).messageId();
                if (it.value().contains(id) && m.user.compare(it.key(), Qt::CaseInsensitive) != 0)
                    ++misrouted;
            }
            QCOMPARE(misrouted, 0);
            qInfo("%s: %d messages, killed after %d stored in all, %d in Gmail twice, %d flagged possibly twice",
                  qPrintable(it.key()), int(it.value().size()), storedAtKill, doubles, int(flagged.size()));
            QCOMPARE(lost, 0);
            QCOMPARE(unflaggedDoubles, 0);
        }
    }

    // Ctrl+C (here SIGTERM, the same request to stop) stops every mailbox after the messages in
    // flight: exit 130, each mailbox "interrupted" with what was left; a rerun finishes them.
    void stopRequestStopsEveryMailbox()
    {
        const QList<Row> rows{{QStringLiteral("stop0"), kOfficeA}, {QStringLiteral("stop1"), kOfficeB}};
        QByteArray passwords;
        for (const Row &r : rows) {
            QCOMPARE(deliver(r.user, 60).size(), 60);
            passwords += address(r.user).toUtf8() + "\tpw-" + r.user.toUtf8() + '\n';
        }
        const QString file = writeFile(QStringLiteral("stop.csv"), csv(rows), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString secrets =
            writeFile(QStringLiteral("stop-pw.txt"), passwords, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QStringList args{QStringLiteral("bulk"),
                               QStringLiteral("--csv"),
                               file,
                               QStringLiteral("--password-file"),
                               secrets,
                               QStringLiteral("--json"),
                               QStringLiteral("--client-secret"),
                               m_h->clientSecretFile()};
        const int before = int(m_h->google().messages().size());
        m_h->google().setLatency(20);
        bool asked = false;
        const auto stopped = m_h->run(args, {}, {}, 120000, [&](QProcess &p, const QString &) {
            if (!asked && int(m_h->google().messages().size()) - before >= 10) {
                asked = true;
                p.terminate();
            }
        });
        m_h->google().setLatency(0);
        QVERIFY(asked);
        QVERIFY2(stopped.exitStatus == QProcess::NormalExit && stopped.exitCode == 130, qPrintable(stopped.all().right(3000)));
        const QJsonObject summary = lastJson(stopped.out, QStringLiteral("summary"));
        QCOMPARE(summary.value(QStringLiteral("exitCode")).toInt(), 130);
        int left = 0;
        for (const QJsonObject &o : byAddress(summary)) {
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
            left += o.value(QStringLiteral("left")).toInt();
        }
        QVERIFY2(left > 0, qPrintable(stopped.out.right(2000)));

        const auto rerun = m_h->run(args);
        QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.all().right(3000)));
        QCOMPARE(int(m_h->google().messages().size()) - before, 120);
    }

    // `migrate --all`: the two accounts a bulk --save left (passwords in the keychain) run at once.
    void migrateAllRunsEverySavedAccount()
    {
        const QList<Row> rows{{QStringLiteral("saved0"), kOfficeA}, {QStringLiteral("saved1"), kOfficeC}};
        for (const Row &r : rows)
            QCOMPARE(deliver(r.user, 5).size(), 5);
        const QString file = writeFile(QStringLiteral("saved.csv"), csv(rows), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString secrets =
            writeFile(QStringLiteral("saved-pw.txt"), "saved0@isp.example\tpw-saved0\nsaved1@isp.example\tpw-saved1\n",
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto saved = m_h->run({QStringLiteral("bulk"), QStringLiteral("--csv"), file, QStringLiteral("--password-file"),
                                     secrets, QStringLiteral("--save"), QStringLiteral("--dry-run"),
                                     QStringLiteral("--client-secret"), m_h->clientSecretFile()});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.all().right(3000)));
        QVERIFY(!keychainRead(secrets::pop3PasswordKey(accounts::AccountConfig::idForEmail(address(QStringLiteral("saved0")))))
                     .isEmpty());
        const auto listed = m_h->run({QStringLiteral("accounts")});
        QVERIFY(listed.out.contains(address(QStringLiteral("saved0"))) && listed.out.contains(address(QStringLiteral("saved1"))));

        const int beforeA = storedFor(kOfficeA);
        const int beforeC = storedFor(kOfficeC);
        const auto r = m_h->run({QStringLiteral("migrate"), QStringLiteral("--all"), QStringLiteral("--json"),
                                 QStringLiteral("--client-secret"), m_h->clientSecretFile()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all().right(3000)));
        const auto out = byAddress(lastJson(r.out, QStringLiteral("summary")));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.value(address(QStringLiteral("saved0"))).value(QStringLiteral("copied")).toInt(), 5);
        QCOMPARE(out.value(address(QStringLiteral("saved1"))).value(QStringLiteral("copied")).toInt(), 5);
        QCOMPARE(storedFor(kOfficeA) - beforeA, 5);
        QCOMPARE(storedFor(kOfficeC) - beforeC, 5);
    }
};

QTEST_GUILESS_MAIN(TestCliBulk)
#include "tst_cli_bulk.moc"
