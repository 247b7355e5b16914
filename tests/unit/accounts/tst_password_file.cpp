// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounts/PasswordFile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using accounts::PasswordFile;

class TestPasswordFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes, QFileDevice::Permissions permissions)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        if (!QFile::setPermissions(path, permissions))
            return {};
        return path;
    }

private slots:
    void parsesTabAndCommaLines()
    {
        const auto list = PasswordFile::parse("# the office\r\n"
                                              "Anna@ISP.example\tpa,ss word\r\n"
                                              "\n"
                                              "bert@isp.example,comma,inside\ttab\n"
                                              "carl@isp.example\t \n");
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 3);
        QCOMPARE(PasswordFile::lookUp(list.value(), QStringLiteral("anna@isp.example")), QStringLiteral("pa,ss word"));
        QCOMPARE(PasswordFile::lookUp(list.value(), QStringLiteral("BERT@isp.example")), QStringLiteral("comma,inside\ttab"));
        QCOMPARE(PasswordFile::lookUp(list.value(), QStringLiteral("carl@isp.example")), QStringLiteral(" "));
        QCOMPARE(PasswordFile::lookUp(list.value(), QStringLiteral("dora@isp.example")), QString());
    }

    void badLinesNameTheLineNeverThePassword()
    {
        auto list = PasswordFile::parse("anna@isp.example\tsecret-one\nbert@isp.example secret-two\n");
        QVERIFY(!list.ok());
        QVERIFY(list.error().message.contains(QLatin1String("Line 2")));
        QVERIFY(!list.error().message.contains(QLatin1String("secret")));

        list = PasswordFile::parse("anna@isp.example\tsecret-one\nANNA@isp.example\tsecret-two\n");
        QVERIFY(!list.ok());
        QVERIFY(list.error().message.contains(QLatin1String("first on line 1")));
        QVERIFY(!list.error().message.contains(QLatin1String("secret")));

        list = PasswordFile::parse("anna@isp.example\t\n");
        QVERIFY(!list.ok());
        QVERIFY(list.error().message.contains(QLatin1String("empty password")));

        list = PasswordFile::parse(QByteArray(PasswordFile::kMaxBytes + 1, 'a'));
        QVERIFY(!list.ok());
    }

#ifdef Q_OS_UNIX
    void privateFileIsRead()
    {
        const QString path =
            write(QStringLiteral("ok.txt"), "anna@isp.example\tsecret\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!path.isEmpty());
        QCOMPARE(PasswordFile::accessProblem(path), QString());
        const auto list = PasswordFile::readFile(path);
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error().message));
        QCOMPARE(PasswordFile::lookUp(list.value(), QStringLiteral("anna@isp.example")), QStringLiteral("secret"));
    }

    void fileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::newRow("group-readable") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        QTest::newRow("world-readable") << int(QFileDevice::ReadOwner | QFileDevice::ReadOther);
        QTest::newRow("group-writable") << int(QFileDevice::ReadOwner | QFileDevice::WriteGroup);
    }
    void fileOthersCanReadIsRefused()
    {
        QFETCH(int, permissions);
        const QString path = write(QStringLiteral("open-%1.txt").arg(QTest::currentDataTag()), "anna@isp.example\tsecret\n",
                                   QFileDevice::Permissions(permissions));
        QVERIFY(!path.isEmpty());
        const auto list = PasswordFile::readFile(path);
        QVERIFY(!list.ok());
        QVERIFY2(list.error().message.contains(QLatin1String("chmod 600")), qPrintable(list.error().message));
        QVERIFY(!list.error().message.contains(QLatin1String("secret")));
        QVERIFY(!PasswordFile::accessProblem(path).isEmpty());
    }

    void symbolicLinkIsNotFollowed()
    {
        const QString target =
            write(QStringLiteral("target.txt"), "anna@isp.example\tsecret\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString link = m_dir.filePath(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(!PasswordFile::readFile(link).ok());
    }

    void missingFileAndDirectoryAreRefused()
    {
        QVERIFY(!PasswordFile::readFile(m_dir.filePath(QStringLiteral("absent.txt"))).ok());
        const auto dir = PasswordFile::readFile(m_dir.path());
        QVERIFY(!dir.ok());
    }
#endif

    void readsADeviceToItsEnd()
    {
        QByteArray bytes = "anna@isp.example\tsecret\n";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto list = PasswordFile::readDevice(&buffer);
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPasswordFile)
#include "tst_password_file.moc"
