// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"

#include "archive/ArchiveOpener.h"
#include "archive/PstReader.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using namespace mf::archive;
namespace fx = mf::testsupport::archive;

/// Outlook files through libpst. No free program writes .pst files (libpst and pst-utils only
/// read them), so a real file is used when MAILFERRY_TEST_PST names one; the reader is then
/// checked against pst-utils' readpst, the same library's own converter.
class TestArchivePst : public QObject {
    Q_OBJECT

private slots:
    void notAnOutlookFileIsRefusedClearly();
    void realPstMatchesReadpst();
};

void TestArchivePst::notAnOutlookFileIsRefusedClearly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Outlook.pst"));
    QVERIFY(fx::writeFile(path, QByteArray("!BDN") + QByteArray(600, '\0')));
    QCOMPARE(detectFormat(path), ArchiveFormat::Pst);
    QVERIFY(pstSupported());
    auto reader = openArchive(path);
    QVERIFY(reader);
    auto first = reader.value()->next();
    QVERIFY(!first);
    QCOMPARE(first.error().scope, Error::Scope::Account);
    QVERIFY(first.error().message.contains(QStringLiteral("Outlook.pst")));
    auto after = reader.value()->next();
    QVERIFY(after && !after.value());
}

void TestArchivePst::realPstMatchesReadpst()
{
    const QString pst = qEnvironmentVariable("MAILFERRY_TEST_PST");
    if (pst.isEmpty()) {
        QSKIP("No .pst at hand: no free program writes Outlook files. Set MAILFERRY_TEST_PST to one.");
    }
    const auto before = fx::treeFingerprint(QFileInfo(pst).absolutePath());
    PstReader reader(pst);
    qint64 count = 0;
    QSet<QString> ids;
    while (true) {
        auto next = reader.next();
        QVERIFY2(next, qPrintable(next ? QString() : next.error().toString()));
        if (!next.value()) {
            break;
        }
        ++count;
        ids.insert(next.value()->id);
        auto bytes = reader.read(*next.value(), 256 << 20);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().toString()));
        QCOMPARE(bytes.value().size(), next.value()->size);
    }
    QCOMPARE(ids.size(), count);
    QCOMPARE(fx::treeFingerprint(QFileInfo(pst).absolutePath()), before);

    const QString readpst = QStandardPaths::findExecutable(QStringLiteral("readpst"));
    if (readpst.isEmpty()) {
        QSKIP("readpst (pst-utils) is not installed: the count was not cross-checked.");
    }
    QTemporaryDir out;
    QProcess p;
    p.start(readpst, {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-o"), out.path(), pst});
    QVERIFY(p.waitForFinished(300000));
    qint64 expected = 0;
    QDirIterator it(out.path(), {QStringLiteral("*.eml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++expected;
    }
    QCOMPARE(count, expected);
}

QTEST_GUILESS_MAIN(TestArchivePst)
#include "tst_archive_pst.moc"
