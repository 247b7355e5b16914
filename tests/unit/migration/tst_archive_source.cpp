// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ArchiveFixtures.h"

#include "google/GmailLabels.h"
#include "migration/source/ArchiveSource.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace mf;
using namespace mf::migration;
namespace fx = mf::testsupport::archive;

/// The archive side of the message-source seam, without the engine: what it lists, that the ids
/// and damage keys are stable, that it never deletes, that it re-checks bytes; and label paths.
class TestArchiveSource : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Result<SourceListing> listOf(ArchiveSource &source)
    {
        std::optional<Status> opened;
        source.open([&](Status s) { opened = s; });
        while (!opened)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!opened->ok())
            return opened->error();
        std::optional<Result<SourceListing>> listed;
        source.list([&](Result<SourceListing> l) { listed = std::move(l); });
        while (!listed)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return *listed;
    }
    static Result<QByteArray> fetchOf(ArchiveSource &source, int number, qint64 max = 1 << 20)
    {
        std::optional<Result<QByteArray>> got;
        source.fetch(number, max, [&](Result<QByteArray> r) { got = std::move(r); });
        while (!got)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return *got;
    }

private slots:
    void listsFetchesAndNeverDeletes()
    {
        const QList<QByteArray> messages{fx::message(QStringLiteral("one"), "1\n>From x\n", "X-Mozilla-Status: 0005\n"),
                                         fx::message(QStringLiteral("two"), "2\n")};
        const QString file = m_dir.filePath(QStringLiteral("a/Inbox"));
        QVERIFY(fx::writeFile(file, fx::mboxBytes(messages, archive::MboxVariant::Mboxrd)));
        ArchiveSource source(std::make_shared<ArchiveCatalog>(file, QStringList(), m_dir.filePath(QStringLiteral("a.scan"))));
        QVERIFY(!source.canDelete());
        const auto listing = listOf(source);
        QVERIFY(listing);
        QVERIFY(listing.value().stableIds);
        QCOMPARE(listing.value().messages.size(), 2);
        QCOMPARE(listing.value().messages.at(0).number, 1);
        QCOMPARE(listing.value().messages.at(0).listSize, messages.at(0).size());
        const auto first = fetchOf(source, 1);
        QVERIFY(first);
        QCOMPARE(first.value(), messages.at(0));
        const auto marks = source.marks(1);
        QVERIFY(marks && marks->flagsKnown && marks->read && marks->flagged);
        QVERIFY(!source.marks(3));
        // Over the cap: an Item error, nothing else.
        const auto capped = fetchOf(source, 1, 10);
        QVERIFY(!capped);
        QCOMPARE(capped.error().code, Error::Code::MessageOversize);
        QCOMPARE(capped.error().scope, Error::Scope::Item);

        std::optional<Status> removed;
        source.remove(1, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(!removed->ok());

        // Another scan of the same archive (a later run) names every message the same.
        ArchiveSource again(std::make_shared<ArchiveCatalog>(file, QStringList(), m_dir.filePath(QStringLiteral("a2.scan"))));
        const auto relisted = listOf(again);
        QVERIFY(relisted);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(relisted.value().messages.at(i).uidl, listing.value().messages.at(i).uidl);
    }

    void damageIsListedUnderAStableKeyAndFailsWhenFetched()
    {
        QList<QByteArray> messages;
        for (int i = 0; i < 3; ++i)
            messages << fx::message(QStringLiteral("d%1").arg(i), QByteArray(500, 'd') + "\n");
        const QByteArray whole = fx::mboxBytes(messages, archive::MboxVariant::Mboxrd);
        const QString file = m_dir.filePath(QStringLiteral("b/Inbox"));
        QVERIFY(fx::writeFile(file, whole.left(whole.size() - 100)));
        QByteArray key;
        for (int round = 0; round < 2; ++round) {
            ArchiveSource source(std::make_shared<ArchiveCatalog>(file, QStringList(), m_dir.filePath(QStringLiteral("b.scan"))));
            const auto listing = listOf(source);
            QVERIFY(listing);
            QCOMPARE(listing.value().messages.size(), 3); // two messages, one damaged place
            const ListedMessage damaged = listing.value().messages.at(2);
            QVERIFY(damaged.uidl.startsWith("damaged|"));
            if (round == 0)
                key = damaged.uidl;
            QCOMPARE(damaged.uidl, key);
            const auto fetched = fetchOf(source, damaged.number);
            QVERIFY(!fetched);
            QCOMPARE(fetched.error().scope, Error::Scope::Item);
            QVERIFY(fetched.error().message.contains(QStringLiteral("Inbox")));
        }
    }

    void aBigArchiveComesInPagesFromAScratchFileThatGoesAway()
    {
        // One page more than fits: the second page holds the rest and a damaged place.
        QList<QByteArray> messages;
        const int count = ArchiveCatalog::kPageEntries + 3;
        for (int i = 0; i < count; ++i)
            messages << fx::message(QStringLiteral("p%1").arg(i), QByteArray::number(i) + "\n");
        const QByteArray whole = fx::mboxBytes(messages, archive::MboxVariant::Mboxrd);
        const QString file = m_dir.filePath(QStringLiteral("c/Inbox"));
        QVERIFY(fx::writeFile(file, whole.left(whole.size() - 5)));
        const QString scratch = m_dir.filePath(QStringLiteral("c.scan"));
        QList<QByteArray> firstIds;
        {
            auto catalog = std::make_shared<ArchiveCatalog>(file, QStringList(), scratch);
            ArchiveSource source(catalog);
            const auto listing = listOf(source);
            QVERIFY(listing);
            QVERIFY(QFile::exists(scratch));
            QCOMPARE(listing.value().messages.size(), ArchiveCatalog::kPageEntries);
            QCOMPARE(catalog->messageCount(), qint64(count - 1)); // the last one is cut short
            QCOMPARE(catalog->damageCount(), qint64(1));
            QVERIFY(catalog->hasNextPage());
            QCOMPARE(catalog->pageIndex(), qint64(0));
            for (const ListedMessage &m : listing.value().messages)
                firstIds << m.uidl;
            QCOMPARE(fetchOf(source, 2).value(), messages.at(1));

            // Every page from the start, while the first stays in memory.
            qint64 seen = 0;
            int pages = 0;
            QVERIFY(catalog
                        ->forEachPage([&](const std::vector<CatalogEntry> &page) {
                            seen += qint64(page.size());
                            ++pages;
                            return true;
                        })
                        .ok());
            QCOMPARE(seen, qint64(count));
            QCOMPARE(pages, 2);
            QCOMPARE(catalog->page().front().key, firstIds.front());

            QVERIFY(catalog->nextPage().ok());
            QCOMPARE(catalog->pageIndex(), qint64(1));
            QVERIFY(!catalog->hasNextPage());
            const auto rest = ArchiveCatalog::listingOf(catalog->page());
            QCOMPARE(rest.size(), 3); // two messages and the damaged place
            QCOMPARE(rest.at(0).number, 1);
            QVERIFY(!firstIds.contains(rest.at(0).uidl));
            QVERIFY(rest.at(2).uidl.startsWith("damaged|"));
            // Numbers are the page's: number 1 is now the first message of the second page.
            QCOMPARE(fetchOf(source, 1).value(), messages.at(ArchiveCatalog::kPageEntries));
            const auto damaged = fetchOf(source, 3);
            QVERIFY(!damaged);
            QCOMPARE(damaged.error().scope, Error::Scope::Item);
            QVERIFY(!source.marks(3));
        }
        QVERIFY(!QFile::exists(scratch));
    }

    void aScanThatCannotBeKeptStopsTheRunWithItsReason()
    {
        const QString file = m_dir.filePath(QStringLiteral("d/Inbox"));
        QVERIFY(fx::writeFile(file, fx::mboxBytes({fx::message(QStringLiteral("x"), "x\n")}, archive::MboxVariant::Mboxrd)));
        ArchiveSource source(
            std::make_shared<ArchiveCatalog>(file, QStringList(), m_dir.filePath(QStringLiteral("no/such/folder/d.scan"))));
        const auto listing = listOf(source);
        QVERIFY(!listing);
        QCOMPARE(listing.error().code, Error::Code::StorageFailed);
        QCOMPARE(listing.error().scope, Error::Scope::Account);
        QVERIFY(listing.error().detail.contains(QStringLiteral("d.scan")));
    }

    void theScanFileKeepsEverythingItWasGiven()
    {
        const QString path = m_dir.filePath(QStringLiteral("e.scan"));
        CatalogFile::Writer writer;
        QVERIFY(writer.open(path).ok());
        CatalogEntry a;
        a.key = "Inbox||@0#0|0123";
        a.item.id = QString::fromUtf8(a.key);
        a.item.sourcePath = QStringLiteral("/home/maria/Mail/Inbox");
        a.item.relativePath = QStringLiteral("Inbox");
        a.item.folder = QStringLiteral("Old mail/Rechnungen");
        a.item.index = 3;
        a.item.offset = 1 << 20;
        a.item.storedLength = 700;
        a.item.size = 690;
        a.item.sha256 = QByteArray(64, 'a');
        a.item.flags.known = a.item.flags.flagged = true;
        CatalogEntry b = a;
        b.key = "Sent||@9#0|4567";
        b.item.id = QString::fromUtf8(b.key);
        b.item.folder = QStringLiteral("Sent");
        b.item.flags = {};
        CatalogEntry damage;
        damage.key = "damaged|abc";
        damage.damage = Error::item(Error::Code::MessageMalformed, QStringLiteral("cut short"), QStringLiteral("Inbox @ 5"));
        QVERIFY(writer.append(a).ok());
        QVERIFY(writer.append(damage).ok());
        QVERIFY(writer.append(b).ok());
        QVERIFY(writer.finish().ok());
        writer.close();

        CatalogFile::Reader reader;
        QVERIFY(reader.open(path).ok());
        const auto first = reader.next().value();
        QVERIFY(first && !first->damage);
        QCOMPARE(first->key, a.key);
        QCOMPARE(first->item.id, a.item.id);
        QCOMPARE(first->item.folder, a.item.folder);
        QCOMPARE(first->item.sourcePath, a.item.sourcePath);
        QCOMPARE(first->item.offset, a.item.offset);
        QCOMPARE(first->item.size, a.item.size);
        QCOMPARE(first->item.sha256, a.item.sha256);
        QVERIFY(first->item.flags == a.item.flags);
        const auto second = reader.next().value();
        QVERIFY(second && second->damage);
        QCOMPARE(second->damage->detail, damage.damage->detail);
        QCOMPARE(second->damage->code, Error::Code::MessageMalformed);
        const auto third = reader.next().value();
        QVERIFY(third && !third->damage);
        QCOMPARE(third->item.folder, QStringLiteral("Sent"));
        QVERIFY(third->item.flags == archive::ArchiveFlags{});
        QVERIFY(!reader.next().value());
        reader.close();

        // A file cut short is refused with its name, never read as something else.
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() - 10));
        cut.close();
        CatalogFile::Reader again;
        QVERIFY(again.open(path).ok());
        QVERIFY(again.next());
        QVERIFY(again.next());
        const auto broken = again.next();
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, Error::Code::StorageFailed);
    }

    void nestedLabelNames()
    {
        using google::NestedLabels;
        QCOMPARE(NestedLabels::normalized(QStringLiteral(" Old mail//Invoices/ 2019 /")),
                 QStringLiteral("Old mail/Invoices/2019"));
        QCOMPARE(NestedLabels::normalized(QStringLiteral("/")), QString());
        QVERIFY(NestedLabels::isReservedName(QStringLiteral("Inbox")));
        QVERIFY(NestedLabels::isReservedName(QStringLiteral("sent")));
        QVERIFY(!NestedLabels::isReservedName(QStringLiteral("Invoices")));
        // Without a Gmail client nothing is asked; an empty path is refused.
        NestedLabels labels(nullptr);
        std::optional<Result<QString>> empty;
        labels.ensure(QStringLiteral(" / "), [&](Result<QString> r) { empty = r; });
        QVERIFY(empty && !empty->ok());
    }
};

QTEST_GUILESS_MAIN(TestArchiveSource)
#include "tst_archive_source.moc"
