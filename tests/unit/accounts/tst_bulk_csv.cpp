// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/BulkCsv.h"

#include <QTest>

using namespace mf;
using accounts::AccountConfig;
using accounts::BulkCsv;
using accounts::BulkCsvLimits;
using accounts::BulkFile;

namespace {

QString allProblems(const BulkFile &f)
{
    QStringList out;
    for (const auto &p : f.problems)
        out << p.text();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestBulkCsv : public QObject {
    Q_OBJECT

private slots:
    void readsEveryColumn()
    {
        const BulkFile f = BulkCsv::parse("email,host,port,security,user,gmail,label,delete-after,archive,size-limit-mb,"
                                          "batch-size,import\r\n"
                                          "anna@isp.example,pop.isp.example,1995,starttls,anna01,anna@office.example,"
                                          "Old mail,30,yes,20,10,true\r\n"
                                          "bert@isp.example,pop.isp.example,,,,bert@office.example,,,,,,\r\n");
        QVERIFY2(f.ok(), qPrintable(allProblems(f)));
        QCOMPARE(f.rows.size(), 2);
        const AccountConfig &a = f.rows.at(0).account;
        QCOMPARE(f.rows.at(0).line, 2);
        QCOMPARE(a.email, QStringLiteral("anna@isp.example"));
        QCOMPARE(a.id, AccountConfig::idForEmail(QStringLiteral("anna@isp.example")));
        QCOMPARE(a.host, QStringLiteral("pop.isp.example"));
        QCOMPARE(a.port, quint16(1995));
        QCOMPARE(a.security, AccountConfig::Security::StartTls);
        QCOMPARE(a.user, QStringLiteral("anna01"));
        QCOMPARE(a.gmailAccount, QStringLiteral("anna@office.example"));
        QCOMPARE(a.options.label, QStringLiteral("Old mail"));
        QCOMPARE(a.options.afterCopy, accounts::AfterCopy::DeleteAfterDays);
        QCOMPARE(a.options.deleteAfterDays, 30);
        QCOMPARE(a.options.placement, accounts::Placement::ArchiveWithLabel);
        QCOMPARE(a.options.sizeLimitBytes, 20LL * 1024 * 1024);
        QCOMPARE(a.options.batchSize, 10);
        QVERIFY(a.options.useImport);
        // Defaults as migrate has them: TLS on 995, the address as user name, keep, Inbox.
        const AccountConfig &b = f.rows.at(1).account;
        QCOMPARE(b.port, quint16(995));
        QCOMPARE(b.security, AccountConfig::Security::ImplicitTls);
        QCOMPARE(b.user, QStringLiteral("bert@isp.example"));
        QCOMPARE(b.options.afterCopy, accounts::AfterCopy::Keep);
        QCOMPARE(b.options.placement, accounts::Placement::InboxUnread);
        QVERIFY(!b.options.useImport);
    }

    void quotingFollowsRfc4180()
    {
        const BulkFile f = BulkCsv::parse("email,host,gmail,label\n"
                                          "anna@isp.example,pop.isp.example,anna@office.example,\"Old, \"\"very\"\" old\"\n"
                                          "  \"bert@isp.example\" ,pop.isp.example,bert@office.example,\"Two\nlines\"\n"
                                          "carl@isp.example,pop.isp.example,carl@office.example,plain\n");
        // A line break inside a label is refused (a control character), naming the row's line.
        QVERIFY(!f.ok());
        QCOMPARE(f.problems.size(), 1);
        QCOMPARE(f.problems.at(0).line, 3);
        QCOMPARE(f.problems.at(0).column, QStringLiteral("label"));
        QVERIFY(f.rows.isEmpty());

        const BulkFile g = BulkCsv::parse("email,host,gmail,label\n"
                                          "anna@isp.example,pop.isp.example,anna@office.example,\"Old, \"\"very\"\" old\"\n"
                                          "  \"bert@isp.example\" ,pop.isp.example,bert@office.example,\"\"\n");
        QVERIFY2(g.ok(), qPrintable(allProblems(g)));
        QCOMPARE(g.rows.at(0).account.options.label, QStringLiteral("Old, \"very\" old"));
        QCOMPARE(g.rows.at(1).account.email, QStringLiteral("bert@isp.example"));
        QCOMPARE(g.rows.at(1).account.options.label, QString());
    }

    void lineNumbersCountBreaksInsideQuotes()
    {
        const BulkFile f = BulkCsv::parse("email,host,gmail,port\n"
                                          "\"anna@isp.example\",\"pop.isp.example\",anna@office.example,995\n"
                                          "\n"
                                          "bert@isp.example,pop.isp.example,bert@office.example,99999\n");
        QVERIFY(!f.ok());
        QCOMPARE(f.problems.at(0).line, 4);
        QCOMPARE(f.problems.at(0).column, QStringLiteral("port"));
        QVERIFY2(f.problems.at(0).text().contains(QLatin1String("99999")), qPrintable(f.problems.at(0).text()));
        QVERIFY(f.problems.at(0).text().startsWith(QLatin1String("line 4, column port")));
    }

    void semicolonAndBom()
    {
        const BulkFile f = BulkCsv::parse("\xEF\xBB\xBF"
                                          "Email;Host;Gmail;Label\r\n"
                                          "anna@isp.example;pop.isp.example;anna@office.example;Alt, sehr alt\r\n"
                                          ";;;\r\n"
                                          "jörg@isp.example;pop.isp.example;joerg@office.example;Größe\r\n");
        QVERIFY2(f.ok(), qPrintable(allProblems(f)));
        QCOMPARE(f.rows.size(), 2);
        QCOMPARE(f.rows.at(0).account.options.label, QStringLiteral("Alt, sehr alt"));
        QCOMPARE(f.rows.at(1).account.email, QStringLiteral("jörg@isp.example"));
        QCOMPARE(f.rows.at(1).account.options.label, QStringLiteral("Größe"));
        QCOMPARE(f.rows.at(1).line, 4);
    }

    void passwordColumnIsRefused()
    {
        for (const QByteArray &name : {QByteArray("password"), QByteArray("POP3 Password"), QByteArray("--password")}) {
            const BulkFile f = BulkCsv::parse("email,host,gmail," + name
                                              + "\nanna@isp.example,pop.isp.example,"
                                                "anna@office.example,secret123\n");
            QVERIFY(!f.ok());
            QVERIFY(f.rows.isEmpty());
            QCOMPARE(f.problems.at(0).line, 1);
            const QString text = allProblems(f);
            QVERIFY2(text.contains(QLatin1String("passwords never go in this file")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("secret123")), qPrintable(text));
        }
    }

    void headerProblems()
    {
        BulkFile f = BulkCsv::parse("email,host,colour\nanna@isp.example,pop.isp.example,red\n");
        QVERIFY(!f.ok());
        const QString text = allProblems(f);
        QVERIFY2(text.contains(QLatin1String("colour (column 3)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("gmail: is missing")), qPrintable(text));

        f = BulkCsv::parse("email,host,gmail,host\n");
        QVERIFY(allProblems(f).contains(QLatin1String("appears twice")));

        f = BulkCsv::parse("");
        QVERIFY(allProblems(f).contains(QLatin1String("empty")));

        f = BulkCsv::parse("email,host,gmail\n\n");
        QVERIFY(allProblems(f).contains(QLatin1String("no mailbox rows")));
    }

    // No row runs until the whole file is valid: one bad row among good ones returns no rows,
    // and every bad row is named.
    void badRowsAreAllNamedAndNothingIsReturned()
    {
        const BulkFile f = BulkCsv::parse("email,host,gmail,security,delete,delete-after,archive,read,size-limit-mb\n"
                                          "anna@isp.example,pop.isp.example,anna@office.example,tls,,,,,\n"
                                          "bert-at-isp,pop.isp.example,bert@office.example,tls,,,,,\n"
                                          "carl@isp.example,pop isp,carl@office.example,ssl,maybe,,,,\n"
                                          "dora@isp.example,pop.isp.example,dora@office.example,,yes,30,,,\n"
                                          "emil@isp.example,pop.isp.example,emil@office.example,,,,yes,,\n"
                                          "fritz@isp.example,pop.isp.example,fritz@office.example,,,,,,51\n"
                                          "ANNA@isp.example,pop.isp.example,anna@office.example,,,,,,\n"
                                          "gus@isp.example,pop.isp.example\n");
        QVERIFY(!f.ok());
        QVERIFY(f.rows.isEmpty());
        QStringList where;
        for (const auto &p : f.problems)
            where << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
        QCOMPARE(where,
                 (QStringList{QStringLiteral("3:email"), QStringLiteral("4:host"), QStringLiteral("4:security"),
                              QStringLiteral("4:delete"), QStringLiteral("5:delete-after"), QStringLiteral("6:archive"),
                              QStringLiteral("7:size-limit-mb"), QStringLiteral("8:email"), QStringLiteral("9:")}));
        QVERIFY(f.problems.at(7).text().contains(QLatin1String("already on line 2")));
    }

    void malformedQuotes()
    {
        BulkFile f = BulkCsv::parse("email,host,gmail\nanna@isp.example,\"pop.isp.example,anna@office.example\n");
        QVERIFY(!f.ok());
        QCOMPARE(f.problems.at(0).line, 2);
        QVERIFY(allProblems(f).contains(QLatin1String("never ends")));

        f = BulkCsv::parse("email,host,gmail\nanna@isp.example,\"pop\"x,anna@office.example\n");
        QVERIFY(allProblems(f).contains(QLatin1String("after the closing quote")));

        f = BulkCsv::parse("email,host,gmail\nanna@isp.example,po\"p,anna@office.example\n");
        QVERIFY(allProblems(f).contains(QLatin1String("does not start with one")));
    }

    void limits()
    {
        BulkCsvLimits limits;
        limits.maxBytes = 200;
        limits.maxRows = 2;
        limits.maxFieldChars = 30;
        const QByteArray header = "email,host,gmail\n";
        BulkFile f = BulkCsv::parse(header + QByteArray(300, 'x'), limits);
        QVERIFY(allProblems(f).contains(QLatin1String("at most 200")));

        f = BulkCsv::parse(header + "a@i.example,h,a@o.example\nb@i.example,h,b@o.example\nc@i.example,h,c@o.example\n", limits);
        QVERIFY(!f.ok());
        QCOMPARE(f.problems.at(0).line, 4);
        QVERIFY(allProblems(f).contains(QLatin1String("more than 2")));

        f = BulkCsv::parse(header + "a@i.example," + QByteArray(31, 'h') + ",a@o.example\n", limits);
        QCOMPARE(f.problems.at(0).column, QStringLiteral("host"));
        QVERIFY(allProblems(f).contains(QLatin1String("longer than 30")));

        // Not UTF-8 (Latin-1 "ö"): refused, with the way out.
        f = BulkCsv::parse(header + "j\xF6rg@i.example,h,j@o.example\n");
        QVERIFY(allProblems(f).contains(QLatin1String("CSV UTF-8")));
    }
};

QTEST_GUILESS_MAIN(TestBulkCsv)
#include "tst_bulk_csv.moc"
