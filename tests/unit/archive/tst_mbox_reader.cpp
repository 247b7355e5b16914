// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"

#include "archive/ArchiveStream.h"
#include "archive/MboxReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mf;
using namespace mf::archive;
namespace fx = mf::testsupport::archive;

namespace {

using fx::ReadAll;
using fx::readAll;

QByteArray streamed(const ArchiveReader &reader, const ArchiveItem &item)
{
    auto device = reader.open(item);
    if (!device) {
        return "<open failed>";
    }
    QByteArray out;
    char small[7]; // an odd size: unquoting must work across read() boundaries
    qint64 n = 0;
    while ((n = device.value()->read(small, sizeof small)) > 0) {
        out.append(small, static_cast<qsizetype>(n));
    }
    return out;
}

} // namespace

class TestMboxReader : public QObject {
    Q_OBJECT

private slots:
    void mboxrdRoundTripsByteExact();
    void mboxoUnquotesOneLevel();
    void thunderbirdStatusFlagsAndDeleted();
    void otherProgramsStatusHeaders();
    void truncatedMboxReadsUpToTheDamage();
    void contentLengthShowsTruncation();
    void idsSurviveARerunAndNameChanges();
    void boundedReadRefusesOversize();
    void changedSinceScanIsReported();
    void longLinesDoNotSplitMessages();
    void notAnMboxIsReported();
    void treeGivesNestedFolders();
    void archiveFilesAreOnlyEverOpenedReadOnly();

private:
    QTemporaryDir m_dir;
};

void TestMboxReader::mboxrdRoundTripsByteExact()
{
    const QList<QByteArray> messages = {
        fx::message(QStringLiteral("plain"), "Hello\n"),
        fx::message(QStringLiteral("from lines"),
                    "From the start of a line\n>From once quoted\n>>From twice\n"
                    ">>>From thrice\n From not at start\nFrom\nFromage\n"),
        fx::message(QStringLiteral("crlf"), "Line one\nFrom here\n\n\nTwo blank lines above\n", {}, true),
        fx::message(QStringLiteral("empty body"), ""),
        fx::message(QStringLiteral("trailing blanks"), "Text\n\n\n"),
        fx::message(QStringLiteral("last"), "From the end\n"),
    };
    const QString path = m_dir.filePath(QStringLiteral("rd.mbox"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes(messages, MboxVariant::Mboxrd)));

    MboxReader reader(path, MboxVariant::Mboxrd);
    const ReadAll all = readAll(reader);
    QVERIFY2(all.errors.isEmpty(), qPrintable(all.errors.value(0).toString()));
    QCOMPARE(all.items.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const ArchiveItem &item = all.items.at(i);
        QCOMPARE(item.index, i);
        QCOMPARE(item.size, messages.at(i).size());
        QCOMPARE(item.folder, QStringLiteral("rd"));
        QVERIFY(!item.flags.known);
        auto bytes = reader.read(item, 1 << 20);
        QVERIFY(bytes);
        QCOMPARE(bytes.value(), messages.at(i));
        QCOMPARE(streamed(reader, item), messages.at(i));
    }
    // The stored bytes are really quoted: the quoting was undone by the reader, not absent.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    QVERIFY(raw.contains("\n>>>>From thrice\n"));
    QVERIFY(raw.contains("\n>From the start of a line\n"));
}

void TestMboxReader::mboxoUnquotesOneLevel()
{
    // mboxo quotes only "From "; reading it turns ">From " into "From " and leaves ">>From ".
    const QByteArray body = "From a\n>>From b\n";
    const QString path = m_dir.filePath(QStringLiteral("o.mbox"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes({fx::message(QStringLiteral("o"), body)}, MboxVariant::Mboxo)));

    MboxReader o(path, MboxVariant::Mboxo);
    const ReadAll asO = readAll(o);
    QCOMPARE(asO.items.size(), 1);
    QVERIFY(o.read(asO.items.first(), 1 << 20).value().endsWith("\n\nFrom a\n>>From b\n"));

    // The same file read as mboxrd loses one '>' of the second line: the variants differ.
    MboxReader rd(path, MboxVariant::Mboxrd);
    const ReadAll asRd = readAll(rd);
    QCOMPARE(asRd.items.size(), 1);
    QVERIFY(rd.read(asRd.items.first(), 1 << 20).value().endsWith("\n\nFrom a\n>From b\n"));
    QVERIFY(asRd.items.first().sha256 != asO.items.first().sha256);
}

void TestMboxReader::thunderbirdStatusFlagsAndDeleted()
{
    const QList<QByteArray> messages = {
        fx::message(QStringLiteral("unread"), "a\n", "X-Mozilla-Status: 0000\nX-Mozilla-Status2: 00000000\n"),
        fx::message(QStringLiteral("read"), "b\n", "X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\n"),
        fx::message(QStringLiteral("deleted"), "c\n", "X-Mozilla-Status: 0009\nX-Mozilla-Status2: 00000000\n"),
        fx::message(QStringLiteral("marked"), "d\n", "X-Mozilla-Status: 0005\nX-Mozilla-Status2: 00000000\n"),
    };
    const QString path = m_dir.filePath(QStringLiteral("Inbox"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(path + QStringLiteral(".msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->\n"));

    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 3);
    QCOMPARE(reader.skippedDeleted(), 1);
    QVERIFY(all.items.at(0).flags.known);
    QVERIFY(!all.items.at(0).flags.read);
    QVERIFY(all.items.at(1).flags.read);
    QVERIFY(!all.items.at(1).flags.flagged);
    QVERIFY(all.items.at(2).flags.read);
    QVERIFY(all.items.at(2).flags.flagged);
    QCOMPARE(all.items.at(2).index, 3); // the deleted one still counts for positions
    QCOMPARE(reader.read(all.items.at(2), 1 << 20).value(), messages.at(3));
}

void TestMboxReader::otherProgramsStatusHeaders()
{
    const QString path = m_dir.filePath(QStringLiteral("mutt.mbox"));
    QVERIFY(fx::writeFile(path,
                          fx::mboxBytes({fx::message(QStringLiteral("a"), "a\n", "Status: RO\nX-Status: AF\n"),
                                         fx::message(QStringLiteral("b"), "b\n", "Status: O\nX-Status: D\n")},
                                        MboxVariant::Mboxrd)));
    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QCOMPARE(all.items.size(), 1);
    QVERIFY(all.items.first().flags.read && all.items.first().flags.flagged && all.items.first().flags.answered);
    QCOMPARE(reader.skippedDeleted(), 1);
}

void TestMboxReader::truncatedMboxReadsUpToTheDamage()
{
    const QList<QByteArray> messages = {fx::message(QStringLiteral("one"), "1\n"), fx::message(QStringLiteral("two"), "2\n"),
                                        fx::message(QStringLiteral("three"), QByteArray(4000, 'x') + "\n")};
    QByteArray bytes = fx::mboxBytes(messages, MboxVariant::Mboxrd);
    const qsizetype third = bytes.lastIndexOf("From maria@isp.example");
    bytes.truncate(bytes.size() - 1000); // cut inside the third message's body, mid-line
    const QString path = m_dir.filePath(QStringLiteral("cut"));
    QVERIFY(fx::writeFile(path, bytes));

    MboxReader reader(path);
    QList<ArchiveItem> items;
    std::optional<Error> damage;
    for (int i = 0; i < 10; ++i) {
        auto next = reader.next();
        if (!next) {
            QVERIFY(!damage);
            damage = next.error();
            continue;
        }
        if (!next.value()) {
            break;
        }
        QVERIFY2(!damage, "no message after the damage");
        items.append(*next.value());
    }
    QCOMPARE(items.size(), 2);
    QCOMPARE(reader.read(items.at(1), 1 << 20).value(), messages.at(1));
    QVERIFY(damage);
    QCOMPARE(damage->scope, Error::Scope::Item);
    QCOMPARE(damage->code, Error::Code::MessageMalformed);
    const QString contentStart = QString::number(bytes.indexOf('\n', third) + 1);
    QVERIFY2(damage->message.contains(QStringLiteral("message 3")), qPrintable(damage->message));
    QVERIFY2(damage->message.contains(contentStart), qPrintable(damage->message));
    QVERIFY(damage->message.contains(QStringLiteral("cut")));
}

void TestMboxReader::contentLengthShowsTruncation()
{
    // Cut at a line end, so only the message's own Content-Length shows the loss.
    QByteArray bytes = fx::mboxBytes({fx::message(QStringLiteral("one"), "1\n"),
                                      fx::message(QStringLiteral("cl"), "line 1\nline 2\nline 3\n", "Content-Length: 21\n")},
                                     MboxVariant::Mboxrd);
    const QString whole = m_dir.filePath(QStringLiteral("cl-whole"));
    QVERIFY(fx::writeFile(whole, bytes));
    MboxReader ok(whole);
    const ReadAll all = readAll(ok);
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 2);

    bytes.chop(QByteArray("line 3\n\n").size());
    const QString cut = m_dir.filePath(QStringLiteral("cl-cut"));
    QVERIFY(fx::writeFile(cut, bytes));
    MboxReader damaged(cut);
    const ReadAll some = readAll(damaged);
    QCOMPARE(some.items.size(), 1);
    QCOMPARE(some.errors.size(), 1);
    QVERIFY(some.errors.first().message.contains(QStringLiteral("message 2")));
}

void TestMboxReader::idsSurviveARerunAndNameChanges()
{
    QList<QByteArray> messages = {fx::message(QStringLiteral("a"), "aaaa\n"), fx::message(QStringLiteral("b"), "bbbb\n"),
                                  fx::message(QStringLiteral("c"), "cccc\n")};
    const QString path = m_dir.filePath(QStringLiteral("ids"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    MboxReader first(path);
    const QList<ArchiveItem> before = readAll(first).items;
    MboxReader again(path);
    const QList<ArchiveItem> rerun = readAll(again).items;
    QCOMPARE(rerun.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(rerun.at(i).id, before.at(i).id);
    }
    QCOMPARE(QSet<QString>({before.at(0).id, before.at(1).id, before.at(2).id}).size(), 3);

    // Appending keeps the old ids; changing one message (same length) changes only its id.
    messages.append(fx::message(QStringLiteral("d"), "dddd\n"));
    messages[1] = fx::message(QStringLiteral("b"), "BBBB\n");
    QVERIFY(fx::writeFile(path, fx::mboxBytes(messages, MboxVariant::Mboxrd)));
    MboxReader changed(path);
    const QList<ArchiveItem> after = readAll(changed).items;
    QCOMPARE(after.size(), 4);
    QCOMPARE(after.at(0).id, before.at(0).id);
    QVERIFY(after.at(1).id != before.at(1).id);
    QCOMPARE(after.at(1).offset, before.at(1).offset);
    QCOMPARE(after.at(2).id, before.at(2).id);
}

void TestMboxReader::boundedReadRefusesOversize()
{
    const QByteArray big = fx::message(QStringLiteral("big"), QByteArray(100000, 'y') + "\n");
    const QString path = m_dir.filePath(QStringLiteral("big"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes({big}, MboxVariant::Mboxrd)));
    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QCOMPARE(all.items.size(), 1);
    auto refused = reader.read(all.items.first(), 50000);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::MessageOversize);
    QCOMPARE(refused.error().scope, Error::Scope::Item);
    QVERIFY(refused.error().message.contains(QStringLiteral("50000")));
    QCOMPARE(reader.read(all.items.first(), big.size()).value(), big);
}

void TestMboxReader::changedSinceScanIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("changes"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes({fx::message(QStringLiteral("a"), "original\n")}, MboxVariant::Mboxrd)));
    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QCOMPARE(all.items.size(), 1);
    QVERIFY(fx::writeFile(path, fx::mboxBytes({fx::message(QStringLiteral("a"), "ORIGINAL\n")}, MboxVariant::Mboxrd)));
    auto read = reader.read(all.items.first(), 1 << 20);
    QVERIFY(!read);
    QCOMPARE(read.error().code, Error::Code::MessageMalformed);
}

void TestMboxReader::longLinesDoNotSplitMessages()
{
    // "From " right after a 64 KiB read chunk of one long line is not the start of a line.
    QByteArray body = QByteArray(64 * 1024, 'z') + "From not a separator\n\nFrom neither, quoted\n";
    const QByteArray m = fx::message(QStringLiteral("long"), body);
    QByteArray longFrom = fx::mboxBytes({m, fx::message(QStringLiteral("after"), "x\n")}, MboxVariant::Mboxrd);
    const QString path = m_dir.filePath(QStringLiteral("long"));
    QVERIFY(fx::writeFile(path, longFrom));
    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 2);
    QCOMPARE(reader.read(all.items.first(), 1 << 20).value(), m);
    QCOMPARE(streamed(reader, all.items.first()), m);
}

void TestMboxReader::notAnMboxIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(fx::writeFile(path, "Shopping list\nFrom the shop\n"));
    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QCOMPARE(all.items.size(), 0);
    QCOMPARE(all.errors.size(), 1);
    QVERIFY(all.errors.first().message.contains(QStringLiteral("notes.txt")));
}

void TestMboxReader::treeGivesNestedFolders()
{
    const QString root = m_dir.filePath(QStringLiteral("Local Folders"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Inbox"),
                          fx::mboxBytes({fx::message(QStringLiteral("i"), "i\n")}, MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Inbox.msf"), "mork"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail"), {}));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail.msf"), "mork"));
    QVERIFY(fx::writeFile(root + QStringLiteral("/Old mail.sbd/Invoices.sbd/2019"),
                          fx::mboxBytes({fx::message(QStringLiteral("x"), "x\n"), fx::message(QStringLiteral("y"), "y\n")},
                                        MboxVariant::Mboxrd)));
    QVERIFY(fx::writeFile(root + QStringLiteral("/popstate.dat"), "# POP3 State File\n"));
    MboxReader reader(root);
    const ReadAll all = readAll(reader);
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.items.size(), 3);
    QCOMPARE(all.items.at(0).folder, QStringLiteral("Inbox"));
    QCOMPARE(all.items.at(1).folder, QStringLiteral("Old mail/Invoices/2019"));
    QCOMPARE(all.items.at(1).relativePath, QStringLiteral("Old mail.sbd/Invoices.sbd/2019"));
    QCOMPARE(all.items.at(2).index, 1);
}

void TestMboxReader::archiveFilesAreOnlyEverOpenedReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(fx::writeFile(path, fx::mboxBytes({fx::message(QStringLiteral("r"), "r\n")}, MboxVariant::Mboxrd)));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto before = fx::treeFingerprint(m_dir.path());
    MboxReader reader(path);
    const ReadAll all = readAll(reader);
    QCOMPARE(all.items.size(), 1);
    auto device = reader.open(all.items.first());
    QVERIFY(device);
    QCOMPARE(device.value()->openMode(), QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
    QCOMPARE(device.value()->write("x"), -1);
    ArchiveStream stream(path, 0, 10);
    QVERIFY(!stream.open(QIODevice::ReadWrite));
    QVERIFY(!stream.open(QIODevice::Append));
    QCOMPARE(fx::treeFingerprint(m_dir.path()), before);
}

QTEST_GUILESS_MAIN(TestMboxReader)
#include "tst_mbox_reader.moc"
