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
        ArchiveSource source(std::make_shared<ArchiveCatalog>(file, QStringList()));
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
        ArchiveSource again(std::make_shared<ArchiveCatalog>(file, QStringList()));
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
            ArchiveSource source(std::make_shared<ArchiveCatalog>(file, QStringList()));
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
