// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The CSV export of the item log: RFC 4180, UTF-8 with BOM, CRLF, and safe to open in Excel.
#include "ManualClock.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::store;

namespace {

// A strict RFC 4180 reader, to prove the file parses back to exactly what was written.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes);
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

ItemInfo info(const QByteArray &uidl, const QString &subject, int n)
{
    ItemInfo i;
    i.uidl = uidl;
    i.size = 100 + n;
    i.messageId = "<m" + QByteArray::number(n) + "@example.org>";
    i.sha256 = QByteArray(64, 'a').replace(0, 1, QByteArray::number(n % 10));
    i.subject = subject;
    i.from = QStringLiteral("=HYPERLINK(\"http://evil\") <x@example.org>");
    i.dateHeader = QStringLiteral("Sat, 15 Mar 2014 10:30:00 +0100");
    return i;
}

} // namespace

class TestCsvExporter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::ManualClock m_clock;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cellsAreQuotedAndNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QStringLiteral("Hello") << QByteArray("\"Hello\"");
        QTest::newRow("empty") << QString() << QByteArray("\"\"");
        QTest::newRow("quotes doubled") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("comma and newline") << QStringLiteral("a,b\r\nc") << QByteArray("\"a,b\r\nc\"");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("\"'=1+1\"");
        QTest::newRow("plus") << QStringLiteral("+31 20 123") << QByteArray("\"'+31 20 123\"");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("\"'-2+3\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("\"'\t=1\"");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("after spaces") << QStringLiteral("  =cmd|' /C calc'!A0") << QByteArray("\"'  =cmd|' /C calc'!A0\"");
        QTest::newRow("quote then formula") << QStringLiteral("=\"a\"") << QByteArray("\"'=\"\"a\"\"\"");
        QTest::newRow("formula inside is fine") << QStringLiteral("Re: a=b") << QByteArray("\"Re: a=b\"");
        QTest::newRow("utf-8") << QStringLiteral("caf\u00e9") << QByteArray("\"caf\xc3\xa9\"");
        QTest::newRow("NUL removed") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QByteArray("\"ab\"");
    }

    void cellsAreQuotedAndNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, cell);
        QCOMPARE(CsvExporter::cell(text), cell);
    }

    void rowEndsInCrlf()
    {
        QCOMPARE(CsvExporter::row({QStringLiteral("a"), QStringLiteral("b")}), QByteArray("\"a\",\"b\"\r\n"));
    }

    // A spreadsheet whose decimal separator is a comma reads ";" between cells; sizes are in MB.
    void separatorAndSizesFollowTheLocale()
    {
        QCOMPARE(CsvExporter::row({QStringLiteral("a"), QStringLiteral("b;c")}, ';'), QByteArray("\"a\";\"b;c\"\r\n"));
        const auto german = CsvExporter::Options::forLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(german.separator, ';');
        QCOMPARE(german.decimalPoint, QLatin1Char(','));
        const auto english = CsvExporter::Options::forLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(english.separator, ',');
        QVERIFY(english.sizeInMegabytes);

        auto ledger = std::move(Ledger::open(m_dir.filePath(QStringLiteral("sep.sqlite")), &m_clock)).value();
        auto big = info("S", QStringLiteral("Scans"), 9);
        big.size = 12'345'678;
        big.listSize = 12'345'678;
        QVERIFY(ledger->recordOutcome(big, ItemStatus::SkippedOversize, QStringLiteral("Too large.")));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(CsvExporter::exportTo(*ledger, &buffer, german).value(), 1);
        const QList<QByteArray> lines = buffer.data().split('\n');
        QVERIFY2(lines.at(0).contains("\"Size (MB)\";\"Outcome\""), lines.at(0).constData());
        QVERIFY2(lines.at(1).contains(";\"12,346\";"), lines.at(1).constData());
        QCOMPARE(lines.at(1).count("\";\""), CsvExporter::eventColumns().size() - 1);
        // The command line keeps bytes and commas (scripts read it).
        QBuffer plain;
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QCOMPARE(CsvExporter::exportTo(*ledger, &plain).value(), 1);
        QVERIFY(plain.data().contains("\"Size\",\"Outcome\""));
    }

    void exportsTheItemLog()
    {
        auto ledger = std::move(Ledger::open(m_dir.filePath(QStringLiteral("log.sqlite")), &m_clock)).value();
        QVERIFY(ledger->setSourceAccount(QStringLiteral("maria@isp.example")));
        const qint64 a = ledger->beginUpload(info("A", QStringLiteral("caf\u00e9 \"special\", offer"), 1)).value();
        QVERIFY(ledger->commitCopied(a, QStringLiteral("gm-a")));
        QVERIFY(ledger->recordOutcome(info("B", QStringLiteral("=2+5"), 2), ItemStatus::Failed,
                                      Error::item(Error::Code::InvalidMessage, QStringLiteral("Gmail refused this message."),
                                                  QStringLiteral("400"))));
        QVERIFY(ledger->recordOutcome(info("C", QStringLiteral("big\r\nsubject"), 3), ItemStatus::SkippedOversize,
                                      QStringLiteral("Too large.")));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto rows = CsvExporter::exportTo(*ledger, &buffer);
        QCOMPARE(rows.value(), 3);
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF\"Time\",\"Source account\",\"UIDL\",\"Message-ID\",\"Subject\",\"From\",\"Date\","
                               "\"Size\",\"Outcome\",\"Reason\",\"Gmail message id\",\"Attempts\""));
        QVERIFY(csv.endsWith("\r\n"));
        // No bare LF outside a cell that had one.
        QCOMPARE(csv.count('\n'), csv.count("\r\n"));

        const QList<QStringList> table = parseCsv(csv.mid(3));
        QCOMPARE(table.size(), 4);
        for (const QStringList &row : table)
            QCOMPARE(row.size(), CsvExporter::eventColumns().size());
        QCOMPARE(table.at(1).at(0), m_clock.now().toString(Qt::ISODate));
        QCOMPARE(table.at(1).at(1), QStringLiteral("maria@isp.example"));
        QCOMPARE(table.at(1).at(2), QStringLiteral("A"));
        QCOMPARE(table.at(1).at(3), QStringLiteral("<m1@example.org>"));
        QCOMPARE(table.at(1).at(4), QStringLiteral("caf\u00e9 \"special\", offer"));
        QCOMPARE(table.at(1).at(5), QStringLiteral("'=HYPERLINK(\"http://evil\") <x@example.org>"));
        QCOMPARE(table.at(1).at(7), QStringLiteral("101"));
        QCOMPARE(table.at(1).at(8), QStringLiteral("copied"));
        QCOMPARE(table.at(1).at(10), QStringLiteral("gm-a"));
        QCOMPARE(table.at(1).at(11), QStringLiteral("1"));
        QCOMPARE(table.at(2).at(4), QStringLiteral("'=2+5"));
        QCOMPARE(table.at(2).at(8), QStringLiteral("failed"));
        QCOMPARE(table.at(2).at(9), QStringLiteral("Gmail refused this message."));
        QCOMPARE(table.at(2).at(12), QStringLiteral("InvalidMessage"));
        QCOMPARE(table.at(3).at(4), QStringLiteral("big\r\nsubject"));
        QCOMPARE(table.at(3).at(8), QStringLiteral("skipped-oversize"));

        // Every cell that a spreadsheet would run as a formula is neutralised.
        for (const QStringList &row : table) {
            for (const QString &cell : row) {
                const QString trimmed = cell.trimmed();
                QVERIFY2(trimmed.isEmpty() || !QStringLiteral("=+-@").contains(trimmed.at(0)), qPrintable(cell));
            }
        }

        // Failures only: failed and oversize; FailedOnly: exactly what "Retry failed" re-queues.
        QBuffer failures;
        QVERIFY(failures.open(QIODevice::WriteOnly));
        CsvExporter::Options options;
        options.filter = ItemFilter::Failures;
        QCOMPARE(CsvExporter::exportTo(*ledger, &failures, options).value(), 2);
        QVERIFY(!failures.data().contains("\"copied\""));
        QBuffer failedOnly;
        QVERIFY(failedOnly.open(QIODevice::WriteOnly));
        options.filter = ItemFilter::FailedOnly;
        QCOMPARE(CsvExporter::exportTo(*ledger, &failedOnly, options).value(), 1);

        // The items view, to a file, written atomically.
        const QString path = m_dir.filePath(QStringLiteral("items.csv"));
        options.content = CsvExporter::Content::Items;
        options.filter = ItemFilter::All;
        QCOMPARE(CsvExporter::exportTo(*ledger, path, options).value(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> items = parseCsv(file.readAll().mid(3));
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.first(), CsvExporter::itemColumns());
        QCOMPARE(items.at(1).at(6), QStringLiteral("copied"));
        QCOMPARE(items.at(2).at(6), QStringLiteral("failed"));
        QCOMPARE(items.at(2).at(2), QStringLiteral("'=2+5"));

        // An unwritable target fails cleanly.
        QVERIFY(!CsvExporter::exportTo(*ledger, m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), options));
        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QVERIFY(!CsvExporter::exportTo(*ledger, &readOnly, options));
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csv_exporter.moc"
