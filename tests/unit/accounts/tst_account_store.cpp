// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/AccountConfig.h"
#include "accounts/TypedSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using accounts::AccountConfig;
using accounts::AccountStore;

class TestAccountStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QByteArray &text)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("settings-%1.conf").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }

private slots:
    // A settings file exactly as Mailferry wrote it before settings were typed.
    void loadsTodaysFormat()
    {
        const QString path = writeFile("[accounts]\n"
                                       "maria%40isp.example\\google\\accountEmail=maria@gmail.example\n"
                                       "maria%40isp.example\\options\\afterCopy=delete-after-days\n"
                                       "maria%40isp.example\\options\\batchSize=20\n"
                                       "maria%40isp.example\\options\\continuous=true\n"
                                       "maria%40isp.example\\options\\deleteAfterDays=14\n"
                                       "maria%40isp.example\\options\\intervalMinutes=0\n"
                                       "maria%40isp.example\\options\\label=Old mail/ISP\n"
                                       "maria%40isp.example\\options\\placement=archive-label\n"
                                       "maria%40isp.example\\options\\sizeLimitBytes=1048576\n"
                                       "maria%40isp.example\\options\\useImport=true\n"
                                       "maria%40isp.example\\pop3\\allowPlaintextPassword=false\n"
                                       "maria%40isp.example\\pop3\\email=maria@isp.example\n"
                                       "maria%40isp.example\\pop3\\host=pop.isp.example\n"
                                       "maria%40isp.example\\pop3\\pinnedCertSha256=@ByteArray(ab12cd)\n"
                                       "maria%40isp.example\\pop3\\port=1995\n"
                                       "maria%40isp.example\\pop3\\security=starttls\n"
                                       "maria%40isp.example\\pop3\\user=maria\n"
                                       "tom\\pop3\\host=pop.other.example\n"
                                       "tom\\pop3\\port=not-a-number\n"
                                       "tom\\pop3\\security=quantum\n"
                                       "tom\\options\\afterCopy=shred\n"
                                       "\n[google]\naccountEmail=maria@gmail.example\n");
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        const QList<AccountConfig> all = store.accounts();
        QCOMPARE(all.size(), 2);

        const auto maria = store.account(QStringLiteral("maria@isp.example"));
        QVERIFY(maria);
        QCOMPARE(maria->email, QStringLiteral("maria@isp.example"));
        QCOMPARE(maria->host, QStringLiteral("pop.isp.example"));
        QCOMPARE(maria->port, quint16(1995));
        QCOMPARE(maria->security, AccountConfig::Security::StartTls);
        QCOMPARE(maria->user, QStringLiteral("maria"));
        QCOMPARE(maria->pinnedSha256, QByteArray("ab12cd"));
        QCOMPARE(maria->gmailAccount, QStringLiteral("maria@gmail.example"));
        QCOMPARE(maria->options.afterCopy, accounts::AfterCopy::DeleteAfterDays);
        QCOMPARE(maria->options.deleteAfterDays, 14);
        QCOMPARE(maria->options.placement, accounts::Placement::ArchiveWithLabel);
        QCOMPARE(maria->options.label, QStringLiteral("Old mail/ISP"));
        QCOMPARE(maria->options.sizeLimitBytes, qint64(1048576));
        QVERIFY(maria->options.continuous);
        QCOMPARE(maria->options.intervalMinutes, 1); // clamped: a zero interval would spin
        QVERIFY(maria->options.useImport);
        QCOMPARE(maria->options.batchSize, 20);

        // Unknown or unreadable values read as the safe defaults.
        const auto tom = store.account(QStringLiteral("tom"));
        QVERIFY(tom);
        QCOMPARE(tom->port, quint16(995));
        QCOMPARE(tom->security, AccountConfig::Security::ImplicitTls);
        QCOMPARE(tom->options.afterCopy, accounts::AfterCopy::Keep);

        QCOMPARE(store.settings().get(accounts::key::googleAccountEmail), QStringLiteral("maria@gmail.example"));
    }

    void savesInTheSameFormat()
    {
        const QString path = writeFile({});
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore store(&settings);
            AccountConfig a;
            a.id = AccountConfig::idForEmail(QStringLiteral("Ana@Mail.example"));
            a.email = QStringLiteral("ana@mail.example");
            a.host = QStringLiteral("pop.mail.example");
            a.port = 110;
            a.security = AccountConfig::Security::PlainText;
            a.user = QStringLiteral("ana");
            a.options.afterCopy = accounts::AfterCopy::Delete;
            a.options.placement = accounts::Placement::InboxRead;
            store.save(a);
            store.recordRun(a.id, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC), QStringLiteral("finished"));
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("accounts/ana@mail.example/pop3/security")).toString(), QStringLiteral("plain"));
        QCOMPARE(raw.value(QStringLiteral("accounts/ana@mail.example/options/afterCopy")).toString(), QStringLiteral("delete"));
        QCOMPARE(raw.value(QStringLiteral("accounts/ana@mail.example/options/placement")).toString(),
                 QStringLiteral("inbox-read"));
        QCOMPARE(raw.value(QStringLiteral("accounts/ana@mail.example/pop3/port")).toInt(), 110);

        AccountStore again(&raw);
        const auto ana = again.account(QStringLiteral("ana@mail.example"));
        QVERIFY(ana);
        QCOMPARE(ana->security, AccountConfig::Security::PlainText);
        QCOMPARE(ana->options.afterCopy, accounts::AfterCopy::Delete);
        QCOMPARE(again.lastRun(ana->id), QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(again.lastOutcome(ana->id), QStringLiteral("finished"));

        again.remove(ana->id);
        QVERIFY(!again.account(ana->id));
        QVERIFY(again.accounts().isEmpty());
    }

    // A local archive has no host or user; it is still a whole account that saves and loads.
    void savesArchiveAccounts()
    {
        const QString path = writeFile({});
        const QString archive = m_dir.filePath(QStringLiteral("Old Mail/Inbox.mbox"));
        AccountConfig a;
        a.source = AccountConfig::Source::Archive;
        a.id = AccountConfig::idForArchive(archive);
        a.archivePath = archive;
        a.archiveFolders = QStringList{QString(), QStringLiteral("Invoices/2019")};
        a.foldersAsLabels = true;
        QVERIFY(a.isValid());
        QVERIFY(a.id.startsWith(QStringLiteral("archive-inbox.mbox-")));
        QCOMPARE(AccountConfig::idForArchive(archive), a.id);
        QVERIFY(AccountConfig::idForArchive(m_dir.filePath(QStringLiteral("Inbox.mbox"))) != a.id);
        QVERIFY(!a.id.contains(QLatin1Char('/')) && !a.id.contains(QLatin1Char(' ')));
        {
            QSettings settings(path, QSettings::IniFormat);
            AccountStore(&settings).save(a);
        }
        QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("accounts/%1/source/kind").arg(a.id)).toString(), QStringLiteral("archive"));
        const auto loaded = AccountStore(&raw).account(a.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->source, AccountConfig::Source::Archive);
        QCOMPARE(loaded->archivePath, archive);
        QCOMPARE(loaded->archiveFolders, a.archiveFolders);
        QVERIFY(loaded->foldersAsLabels);
        QVERIFY(loaded->isValid());

        AccountConfig noPath = a;
        noPath.archivePath.clear();
        QVERIFY(!noPath.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_account_store.moc"
