// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `mailferry import --path`: the real binary copies an mbox and a Maildir made by the test into
// the fake Google, with the exit codes and output of migrate; a rerun copies nothing twice, the
// archive is never changed, and a path that is not there or holds no mail is named (exit 2).
#include "ArchiveFixtures.h"
#include "CliHarness.h"
#include "TestEnv.h"

#include <QtTest/QtTest>

#include <QJsonDocument>
#include <QJsonObject>

using namespace mf;
using namespace mf::test;
namespace fx = mf::testsupport::archive;

namespace {

QString show(const CliHarness::Result &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(r.exitCode).arg(r.out, r.err);
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

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CliHarness> m_h;

    QStringList importArgs(const QString &path, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("import"),  QStringLiteral("--path"),     path,
                           QStringLiteral("--gmail"), m_h->google().accountEmail(), QStringLiteral("--client-secret"),
                           m_h->clientSecretFile()}
        + extra;
    }

    /// The raw bytes of every message in the fake whose Subject is one of `subjects`.
    QMap<QString, QByteArray> stored(const QStringList &subjects) const
    {
        QMap<QString, QByteArray> found;
        for (const auto &m : m_h->google().messages()) {
            for (const QString &s : subjects) {
                if (m.raw.contains(("Subject: " + s + "\n").toUtf8()) || m.raw.contains(("Subject: " + s + "\r\n").toUtf8()))
                    found.insert(s, m.raw);
            }
        }
        return found;
    }

    int countWithSubjectPrefix(const QString &prefix) const
    {
        int n = 0;
        for (const auto &m : m_h->google().messages()) {
            if (m.raw.contains(("Subject: " + prefix).toUtf8()))
                ++n;
        }
        return n;
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

    void anMboxIsCopiedByteExactAndOnlyOnce()
    {
        const QList<QByteArray> messages{
            fx::message(QStringLiteral("mbox-one"), "Plain first message.\n"),
            // A body line that starts with "From ": quoted in the file, unquoted in Gmail.
            fx::message(QStringLiteral("mbox-two"), "Hello,\nFrom the archive, with love.\n>From a quoted line.\n"),
            fx::message(QStringLiteral("mbox-three"), QByteArray(20000, 'z') + "\n"),
        };
        const QString path = m_h->scratch() + QStringLiteral("/Old Inbox.mbox");
        QVERIFY(fx::writeFile(path, fx::mboxBytes(messages, archive::MboxVariant::Mboxrd)));
        const auto before = fx::treeFingerprint(m_h->scratch() + QStringLiteral("/"));

        const auto r = m_h->run(importArgs(path));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("copied 3")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Nothing on this computer was changed")), qPrintable(show(r)));
        QVERIFY2(!r.out.contains(QStringLiteral("server")), qPrintable(show(r)));
        const auto inGmail = stored({QStringLiteral("mbox-one"), QStringLiteral("mbox-two"), QStringLiteral("mbox-three")});
        QCOMPARE(inGmail.size(), 3);
        QCOMPARE(inGmail.value(QStringLiteral("mbox-one")), messages.at(0));
        QCOMPARE(inGmail.value(QStringLiteral("mbox-two")), messages.at(1));
        QCOMPARE(inGmail.value(QStringLiteral("mbox-three")), messages.at(2));

        // The same import again: the record says all is done; nothing is copied twice.
        const auto again = m_h->run(importArgs(path));
        QVERIFY2(again.finished && again.exitCode == 0, qPrintable(show(again)));
        QVERIFY2(again.out.contains(QStringLiteral("copied 0")), qPrintable(show(again)));
        QCOMPARE(countWithSubjectPrefix(QStringLiteral("mbox-")), 3);
        // Reading never changed the archive.
        QCOMPARE(fx::treeFingerprint(m_h->scratch() + QStringLiteral("/")).value(QStringLiteral("Old Inbox.mbox")),
                 before.value(QStringLiteral("Old Inbox.mbox")));
    }

    void failedMessagesAreTriedAgainOnlyWhenAsked()
    {
        // An mbox cut short in its last message: two copied, the damage recorded as failed. The
        // run says how to try it again, a plain rerun leaves it, and --retry-failed tries it.
        QList<QByteArray> messages;
        for (int i = 0; i < 3; ++i)
            messages << fx::message(QStringLiteral("cut-%1").arg(i), QByteArray(2000, char('a' + i)) + "\n");
        const QByteArray whole = fx::mboxBytes(messages, archive::MboxVariant::Mboxrd);
        const QString path = m_h->scratch() + QStringLiteral("/Cut short.mbox");
        QVERIFY(fx::writeFile(path, whole.left(whole.lastIndexOf("\nFrom ") + 300)));

        const auto r = m_h->run(importArgs(path));
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("copied 2, skipped 0, failed 1")), qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("--retry-failed")), qPrintable(show(r)));
        QVERIFY2(!r.out.contains(QStringLiteral("server")), qPrintable(show(r)));

        const auto again = m_h->run(importArgs(path));
        QVERIFY2(again.finished, qPrintable(show(again)));
        QVERIFY2(again.out.contains(QStringLiteral("copied 0, skipped 0, failed 0")), qPrintable(show(again)));
        QVERIFY2(again.out.contains(QStringLiteral("1 failed earlier")), qPrintable(show(again)));

        const auto retried = m_h->run(importArgs(path, {QStringLiteral("--retry-failed")}));
        QVERIFY2(retried.finished, qPrintable(show(retried)));
        QVERIFY2(retried.out.contains(QStringLiteral("copied 0, skipped 0, failed 1")), qPrintable(show(retried)));
        QCOMPARE(countWithSubjectPrefix(QStringLiteral("cut-")), 2);
    }

    void aMaildirFolderBecomesALabel()
    {
        const QString root = m_h->scratch() + QStringLiteral("/Maildir");
        const QByteArray top = fx::message(QStringLiteral("maildir-top"), "in the top folder\n");
        const QByteArray work1 = fx::message(QStringLiteral("maildir-work-1"), "work one\n");
        const QByteArray work2 = fx::message(QStringLiteral("maildir-work-2"), "work two\n");
        QVERIFY(fx::writeFile(root + QStringLiteral("/cur/1.host:2,S"), top));
        QVERIFY(fx::writeFile(root + QStringLiteral("/new/.keep"), QByteArray()));
        QVERIFY(fx::writeFile(root + QStringLiteral("/tmp/.keep"), QByteArray()));
        QVERIFY(fx::writeFile(root + QStringLiteral("/.Work/cur/2.host:2,S"), work1));
        QVERIFY(fx::writeFile(root + QStringLiteral("/.Work/new/3.host"), work2));
        QVERIFY(fx::writeFile(root + QStringLiteral("/.Work/tmp/.keep"), QByteArray()));

        // Only the Work folder, as a label, with --json: the same lines as migrate.
        const auto r = m_h->run(importArgs(root,
                                           {QStringLiteral("--folders"), QStringLiteral("Work"),
                                            QStringLiteral("--folders-as-labels"), QStringLiteral("--json")}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(show(r)));
        const auto lines = jsonLines(r.out);
        QVERIFY2(!lines.isEmpty(), qPrintable(show(r)));
        const QJsonObject finished = lines.last();
        QCOMPARE(finished.value(QStringLiteral("type")).toString(), QStringLiteral("finished"));
        QCOMPARE(finished.value(QStringLiteral("copied")).toInt(), 2);
        QCOMPARE(finished.value(QStringLiteral("exitCode")).toInt(), 0);

        const auto inGmail =
            stored({QStringLiteral("maildir-top"), QStringLiteral("maildir-work-1"), QStringLiteral("maildir-work-2")});
        QVERIFY2(!inGmail.contains(QStringLiteral("maildir-top")), "a folder that was not chosen was copied");
        QCOMPARE(inGmail.value(QStringLiteral("maildir-work-1")), work1);
        QCOMPARE(inGmail.value(QStringLiteral("maildir-work-2")), work2);
        QString workLabelId;
        for (const auto &label : m_h->google().labels()) {
            if (label.type == QLatin1String("user") && label.name.endsWith(QStringLiteral("Work")))
                workLabelId = label.id;
        }
        QVERIFY2(!workLabelId.isEmpty(), "no label for the Work folder");
        for (const auto &m : m_h->google().messages()) {
            if (m.raw.contains("Subject: maildir-work"))
                QVERIFY2(m.labelIds.contains(workLabelId), qPrintable(m.labelIds.join(QLatin1Char(','))));
        }
    }

    void aDryRunCopiesNothing()
    {
        const QString path = m_h->scratch() + QStringLiteral("/dry.mbox");
        QVERIFY(
            fx::writeFile(path, fx::mboxBytes({fx::message(QStringLiteral("dry-one"), "x\n")}, archive::MboxVariant::Mboxrd)));
        const auto r = m_h->run(importArgs(path, {QStringLiteral("--dry-run")}));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(show(r)));
        QCOMPARE(countWithSubjectPrefix(QStringLiteral("dry-")), 0);
    }

    void aBadPathIsNamedWithExitTwo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << QStringLiteral("no such archive.mbox") << QByteArray();
        QTest::newRow("not mail") << QStringLiteral("shopping list.txt") << QByteArray("milk\neggs\n");
    }

    void aBadPathIsNamedWithExitTwo()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = m_h->scratch() + QLatin1Char('/') + name;
        if (!content.isEmpty())
            QVERIFY(fx::writeFile(path, content));
        const int before = m_h->google().messages().size();
        const auto r = m_h->run(importArgs(path));
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(show(r)));
        QVERIFY2(r.err.contains(name), qPrintable(show(r)));
        QCOMPARE(m_h->google().messages().size(), before);
    }

    void serverOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString mbox = QStringLiteral("x.mbox");
        QTest::newRow("delete") << QStringList{QStringLiteral("import"), QStringLiteral("--path"), mbox,
                                               QStringLiteral("--delete")}
                                << QStringLiteral("--delete");
        QTest::newRow("delete-after") << QStringList{QStringLiteral("import"), QStringLiteral("--path"), mbox,
                                                     QStringLiteral("--delete-after"), QStringLiteral("3")}
                                      << QStringLiteral("--delete-after");
        QTest::newRow("host") << QStringList{QStringLiteral("import"), QStringLiteral("--path"), mbox, QStringLiteral("--host"),
                                             QStringLiteral("pop.example.com")}
                              << QStringLiteral("--host");
        QTest::newRow("no path") << QStringList{QStringLiteral("import")} << QStringLiteral("--path");
        QTest::newRow("path on migrate") << QStringList{QStringLiteral("migrate"), QStringLiteral("--path"), mbox}
                                         << QStringLiteral("--path");
        QTest::newRow("empty folders") << QStringList{QStringLiteral("import"), QStringLiteral("--path"), mbox,
                                                      QStringLiteral("--folders"), QStringLiteral(" , ")}
                                       << QStringLiteral("--folders");
    }

    void serverOptionsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const auto r = m_h->run(args);
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(show(r)));
        QVERIFY2(r.err.contains(named), qPrintable(show(r)));
    }

    void helpNamesTheCommand()
    {
        const auto r = m_h->run({QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("import")) && r.out.contains(QStringLiteral("--folders-as-labels")),
                 qPrintable(show(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
