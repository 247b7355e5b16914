// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/ThunderbirdProfiles.h"

#include <QTest>

using namespace mf::archive;
using namespace mf::archive::thunderbird;

class TestThunderbirdProfiles : public QObject {
    Q_OBJECT

private slots:
    void rootsPerPlatform();
    void installSectionNamesTheDefault();
    void legacyDefaultAndAbsoluteWindowsPaths();
    void singleProfileIsTheDefault();
    void brokenIniGivesNoProfiles();
};

void TestThunderbirdProfiles::rootsPerPlatform()
{
    QCOMPARE(candidateRoots(Platform::Linux, QStringLiteral("/home/maria")).first(), QStringLiteral("/home/maria/.thunderbird"));
    QVERIFY(candidateRoots(Platform::Linux, QStringLiteral("/home/maria"))
                .contains(QStringLiteral("/home/maria/snap/thunderbird/common/.thunderbird")));
    QCOMPARE(candidateRoots(Platform::MacOS, QStringLiteral("/Users/maria")),
             QStringList{QStringLiteral("/Users/maria/Library/Thunderbird")});
    QCOMPARE(candidateRoots(Platform::Windows, QStringLiteral("C:/Users/maria"),
                            QStringLiteral("C:\\Users\\maria\\AppData\\Roaming")),
             QStringList{QStringLiteral("C:/Users/maria/AppData/Roaming/Thunderbird")});
}

void TestThunderbirdProfiles::installSectionNamesTheDefault()
{
    const QByteArray ini = "[Install4F96D1932A9F858E]\r\nDefault=Profiles/ab12cd.default-release\r\nLocked=1\r\n\r\n"
                           "[Profile1]\r\nName=default\r\nIsRelative=1\r\nPath=Profiles/zz99.default\r\nDefault=1\r\n\r\n"
                           "[Profile0]\r\nName=default-release\r\nIsRelative=1\r\nPath=Profiles/ab12cd.default-release\r\n\r\n"
                           "[General]\r\nStartWithLastProfile=1\r\nVersion=2\r\n";
    const QList<Profile> profiles = parseProfilesIni(ini, QStringLiteral("/home/maria/.thunderbird"));
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).name, QStringLiteral("default"));
    QVERIFY(!profiles.at(0).isDefault);
    QCOMPARE(profiles.at(1).path, QStringLiteral("/home/maria/.thunderbird/Profiles/ab12cd.default-release"));
    QVERIFY(profiles.at(1).isDefault);
}

void TestThunderbirdProfiles::legacyDefaultAndAbsoluteWindowsPaths()
{
    const QByteArray ini = "; written by an old Thunderbird\n"
                           "[General]\nStartWithLastProfile=1\n\n"
                           "[Profile0]\nName=work\nIsRelative=0\nPath=D:\\Mail\\Thunderbird\\work\n\n"
                           "[Profile1]\nName=home\nIsRelative=1\nPath=Profiles\\x1.home\nDefault=1\n";
    const QList<Profile> profiles = parseProfilesIni(ini, QStringLiteral("C:/Users/maria/AppData/Roaming/Thunderbird"));
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).path, QStringLiteral("D:/Mail/Thunderbird/work"));
    QVERIFY(!profiles.at(0).isDefault);
    QCOMPARE(profiles.at(1).path, QStringLiteral("C:/Users/maria/AppData/Roaming/Thunderbird/Profiles/x1.home"));
    QVERIFY(profiles.at(1).isDefault);
}

void TestThunderbirdProfiles::singleProfileIsTheDefault()
{
    const QList<Profile> profiles = parseProfilesIni("[Profile0]\nName=only\nPath=Profiles/only\n", QStringLiteral("/tb"));
    QCOMPARE(profiles.size(), 1);
    QVERIFY(profiles.first().isDefault);
    QCOMPARE(profiles.first().path, QStringLiteral("/tb/Profiles/only"));
}

void TestThunderbirdProfiles::brokenIniGivesNoProfiles()
{
    QVERIFY(parseProfilesIni("garbage\n\x01\x02=\n[Profile0]\nName=no path\n", QStringLiteral("/tb")).isEmpty());
    QVERIFY(parseProfilesIni({}, QStringLiteral("/tb")).isEmpty());
}

QTEST_GUILESS_MAIN(TestThunderbirdProfiles)
#include "tst_thunderbird_profiles.moc"
