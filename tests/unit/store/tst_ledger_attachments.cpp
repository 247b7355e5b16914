// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A copy without blocked attachments in the ledger: which files were taken out and where the
// original is kept (schema step 4), in the item, its "copied" log row and both CSV exports; an
// older file read as it is and brought up to date.
#include "ManualClock.h"
#include "store/CsvExporter.h"
#include "store/Ledger.h"
#include "store/LedgerSchema.h"
#include "store/ReadOnlyLedger.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;
using namespace mf::store;
using mf::test::ManualClock;

namespace {

ItemInfo info(const QByteArray &uidl, int n)
{
    ItemInfo i;
    i.uidl = uidl;
    i.size = 3500 + n;
    i.listSize = 3500 + n;
    i.messageId = "<m" + QByteArray::number(n) + "@example.org>";
    i.sha256 = QByteArray::number(n).rightJustified(64, 'c');
    i.subject = QStringLiteral("Invoice %1").arg(n);
    i.from = QStringLiteral("Ann <ann@example.org>");
    return i;
}

void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString csv(LedgerReader &ledger, CsvExportOptions::Content content)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.content = content;
    if (!CsvExporter::exportTo(ledger, &buffer, options))
        return {};
    return QString::fromUtf8(buffer.data());
}

} // namespace

class TestLedgerAttachments : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(23, 0), Qt::UTC)};

private slots:
    void removedAttachmentsGoWithTheCopy()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite"));
        auto opened = Ledger::open(path, &m_clock);
        QVERIFY(opened);
        Ledger &ledger = *opened.value();
        auto id = ledger.beginUpload(info("U1", 1));
        QVERIFY(id);
        const QString kept = QStringLiteral("/data/acct/originals/%1-Invoice 1.eml").arg(id.value());
        QVERIFY(ledger.recordRemovedAttachments(id.value(), QStringLiteral("setup.exe"), kept, true));
        // Gmail refused the upload outright: nothing is uploading any more.
        QCOMPARE(ledger.item(id.value()).value()->status, ItemStatus::Pending);
        QVERIFY(!ledger.item(id.value()).value()->flags.testFlag(ItemFlag::PossibleDuplicate));
        // The copy goes through the journal again: "uploading", then "copied".
        auto again = ledger.beginUpload(info("U1", 1));
        QVERIFY(again);
        QCOMPARE(again.value(), id.value());
        QVERIFY(ledger.commitCopied(id.value(), QStringLiteral("g1")));

        const Item item = *ledger.item(id.value()).value();
        QCOMPARE(item.status, ItemStatus::Copied);
        QCOMPARE(item.removedAttachments, QStringLiteral("setup.exe"));
        QCOMPARE(item.originalPath, kept);
        QVERIFY(item.flags.testFlag(ItemFlag::KeepOnServer));
        const QString note = Ledger::removedAttachmentsNote(QStringLiteral("setup.exe"), kept);
        QCOMPARE(note, QStringLiteral("Copied without attachment setup.exe; original kept at %1.").arg(kept));
        auto events = ledger.events(ItemFilter::All, 0, 10);
        QVERIFY(events);
        QCOMPARE(events.value().last().outcome, EventOutcome::Copied);
        QVERIFY(events.value().last().reason.contains(note));

        // Without keepOnServer the flag is not set (the user chose to delete these too).
        auto other = ledger.beginUpload(info("U2", 2));
        QVERIFY(other);
        QVERIFY(ledger.recordRemovedAttachments(other.value(), QStringLiteral("a.zip (holds b.exe)"), kept, false));
        QVERIFY(!ledger.item(other.value()).value()->flags.testFlag(ItemFlag::KeepOnServer));
        QVERIFY(!ledger.recordRemovedAttachments(9999, QStringLiteral("x.exe"), kept, true));

        // Both CSV exports carry it.
        const QString items = csv(ledger, CsvExportOptions::Content::Items);
        QVERIFY(items.contains(QStringLiteral("\"Attachments removed\",\"Original kept at\"")));
        QVERIFY(items.contains(QStringLiteral("\"setup.exe\",\"%1\"").arg(kept)));
        QVERIFY(items.contains(QStringLiteral("\"a.zip (holds b.exe)\"")));
        QVERIFY(csv(ledger, CsvExportOptions::Content::Events).contains(note));
        QCOMPARE(CsvExporter::itemColumns().size(), 17);
    }

    void schemaThreeFileIsReadAndMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.sqlite"));
        QVERIFY(schema::createFresh(path, 3));
        rawExec(path,
                QStringLiteral("INSERT INTO items (uidl, size, status, gmail_id, first_seen, updated_at, copied_at)"
                               " VALUES (X'4f4c44', 10, 2, 'g-old', 1, 1, 1)"));
        {
            // Read as it is: the new columns read as empty, nothing is written.
            auto reader = ReadOnlyLedger::open(path);
            QVERIFY(reader);
            QCOMPARE(reader.value()->schemaVersion(), 3);
            auto items = reader.value()->items(ItemFilter::All, 0, 10);
            QVERIFY2(items, items ? "" : qPrintable(items.error().detail));
            QCOMPARE(items.value().size(), 1);
            QVERIFY(items.value().first().removedAttachments.isEmpty());
            QVERIFY(!csv(*reader.value(), CsvExportOptions::Content::Items).isEmpty());
        }
        {
            auto ledger = Ledger::open(path, &m_clock);
            QVERIFY(ledger);
            auto old = ledger.value()->findByUidl("OLD");
            QVERIFY(old && old.value());
            QCOMPARE(old.value()->gmailId, QStringLiteral("g-old"));
            QVERIFY(old.value()->originalPath.isEmpty());
            auto id = ledger.value()->beginUpload(info("NEW", 3));
            QVERIFY(id);
            QVERIFY(ledger.value()->recordRemovedAttachments(id.value(), QStringLiteral("x.exe"), QStringLiteral("/k"), true));
            QCOMPARE(ledger.value()->item(id.value()).value()->originalPath, QStringLiteral("/k"));
        }
        auto reader = ReadOnlyLedger::open(path);
        QVERIFY(reader);
        QCOMPARE(reader.value()->schemaVersion(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLedgerAttachments)
#include "tst_ledger_attachments.moc"
