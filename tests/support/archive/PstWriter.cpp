// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PstWriter.h"

#include "ArchiveFixtures.h"

#include <QMap>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <functional>
#include <numeric>

namespace mf::testsupport::archive {
namespace {

constexpr int kBlockData = 8176;            // the most data one block holds (8 KB less its trailer)
constexpr int kPageSize = 512;              // B-tree page, trailer included
constexpr int kPageEntries = 488;           // bytes of entries in a B-tree page
constexpr int kInlineMax = 1024;            // larger property values go to a subnode of their own
constexpr qint64 kFirstDataOffset = 0x4400; // where Outlook's first allocation map would start

// Node id types and the fixed node ids of [MS-PST] 2.2.2.1 and 2.4.1.
constexpr quint64 kNidMessageStore = 0x21;
constexpr quint64 kNidNameToIdMap = 0x61;
constexpr quint64 kNidRootFolder = 0x122;
constexpr quint64 kNidIpmSubtree = 0x8022;
constexpr quint64 kNidAttachmentTable = 0x671;
constexpr quint64 kNidRecipientTable = 0x692;
constexpr quint64 kNidTypeFolder = 0x02;
constexpr quint64 kNidTypeMessage = 0x04;
constexpr quint64 kNidTypeAttachment = 0x05;
constexpr quint64 kNidTypeLtp = 0x1F;

// Property types.
constexpr quint16 kInt32 = 0x0003;
constexpr quint16 kBool = 0x000B;
constexpr quint16 kUnicode = 0x001F;
constexpr quint16 kTime = 0x0040;
constexpr quint16 kBinary = 0x0102;

// The named property this file maps (PidLidFlagRequest in PSETID_Common) and its local id.
constexpr quint32 kLidFlagRequest = 0x8530;
constexpr quint16 kFlagRequestPropId = 0x8000;
constexpr quint32 kNameIdBuckets = 251;

struct Le {
    QByteArray bytes;
    Le &u8(quint8 v)
    {
        bytes.append(char(v));
        return *this;
    }
    Le &u16(quint16 v)
    {
        char b[2];
        qToLittleEndian(v, b);
        bytes.append(b, 2);
        return *this;
    }
    Le &u32(quint32 v)
    {
        char b[4];
        qToLittleEndian(v, b);
        bytes.append(b, 4);
        return *this;
    }
    Le &u64(quint64 v)
    {
        char b[8];
        qToLittleEndian(v, b);
        bytes.append(b, 8);
        return *this;
    }
};

template <typename T>
void putAt(QByteArray &b, qsizetype at, T v)
{
    qToLittleEndian(v, b.data() + at);
}

// [MS-PST] 5.3: CRC-32 (reflected polynomial 0xEDB88320) started at 0, without final inversion.
quint32 pstCrc(const char *data, qsizetype size)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0;
    for (qsizetype i = 0; i < size; ++i) {
        crc = table[(crc ^ quint8(data[i])) & 0xFF] ^ (crc >> 8);
    }
    return crc;
}

// [MS-PST] 5.5: the signature of a block or page from its offset and id.
quint16 pstSignature(quint64 ib, quint64 bid)
{
    const quint32 v = quint32(ib ^ bid);
    return quint16((v >> 16) ^ (v & 0xFFFF));
}

QByteArray utf16(const QString &s)
{
    Le out;
    for (const QChar c : s) {
        out.u16(c.unicode());
    }
    return out.bytes;
}

quint64 fileTime(const QDateTime &when)
{
    return (quint64(when.toSecsSinceEpoch()) + 11644473600ULL) * 10000000ULL;
}

struct Prop {
    quint16 id;
    quint16 type;
    QByteArray value; // little-endian bytes as stored
};

Prop int32Prop(quint16 id, quint32 v)
{
    return {id, kInt32, Le().u32(v).bytes};
}
Prop boolProp(quint16 id, bool v)
{
    return {id, kBool, Le().u32(v ? 1 : 0).bytes};
}
Prop stringProp(quint16 id, const QString &v)
{
    return {id, kUnicode, utf16(v)};
}
Prop timeProp(quint16 id, const QDateTime &v)
{
    return {id, kTime, Le().u64(fileTime(v)).bytes};
}
Prop binaryProp(quint16 id, const QByteArray &v)
{
    return {id, kBinary, v};
}

void addString(QList<Prop> &props, quint16 id, const QString &v)
{
    if (!v.isEmpty()) {
        props.append(stringProp(id, v));
    }
}

struct Subnode {
    quint64 nid;
    quint64 bidData;
    quint64 bidSub;
};

/// The node database being written: blocks appended as they are made, the B-trees and the
/// header when finished.
class Ndb {
public:
    Ndb()
        : m_file(kFirstDataOffset, '\0')
    {
    }

    // Blocks are made before the B-tree pages but stored after them (as Outlook keeps its
    // index near the file's start): a block's offset is relative to the blocks until finish().

    quint64 block(const QByteArray &data, bool internal)
    {
        Q_ASSERT(data.size() <= kBlockData);
        const quint64 bid = m_nextBid | (internal ? 2 : 0);
        m_nextBid += 4;
        const quint64 ib = quint64(m_blocks.size());
        const qsizetype total = (data.size() + 16 + 63) / 64 * 64;
        QByteArray b(total, '\0');
        std::copy(data.cbegin(), data.cend(), b.begin());
        putAt<quint16>(b, total - 16, quint16(data.size()));
        putAt<quint32>(b, total - 12, pstCrc(data.constData(), data.size()));
        putAt<quint64>(b, total - 8, bid);
        m_blocks += b;
        m_bbt.append({bid, ib, quint16(data.size()), quint32(total)});
        return bid;
    }

    /// A node's data: one block, or an XBLOCK naming the blocks it was cut into.
    quint64 data(const QByteArray &bytes)
    {
        if (bytes.size() <= kBlockData) {
            return block(bytes, false);
        }
        QList<quint64> bids;
        for (qsizetype at = 0; at < bytes.size(); at += kBlockData) {
            bids.append(block(bytes.mid(at, kBlockData), false));
        }
        Q_ASSERT(bids.size() <= (kBlockData - 8) / 8);
        Le x;
        x.u8(0x01).u8(0x01).u16(quint16(bids.size())).u32(quint32(bytes.size()));
        for (quint64 b : bids) {
            x.u64(b);
        }
        return block(x.bytes, true);
    }

    /// An SLBLOCK listing a node's subnodes (0 when it has none).
    quint64 subnodes(QList<Subnode> list)
    {
        if (list.isEmpty()) {
            return 0;
        }
        std::sort(list.begin(), list.end(), [](const Subnode &a, const Subnode &b) { return a.nid < b.nid; });
        Q_ASSERT(list.size() <= (kBlockData - 8) / 24);
        Le s;
        s.u8(0x02).u8(0x00).u16(quint16(list.size())).u32(0);
        for (const Subnode &n : list) {
            s.u64(n.nid).u64(n.bidData).u64(n.bidSub);
        }
        return block(s.bytes, true);
    }

    void node(quint64 nid, quint64 bidData, quint64 bidSub, quint32 parent) { m_nbt.append({nid, bidData, bidSub, parent}); }

    quint64 ltpNid() { return (quint64(m_nextLtp++) << 5) | kNidTypeLtp; }

    QByteArray finish()
    {
        const qint64 base = kFirstDataOffset + kPageSize * (pageCount(m_bbt.size(), 24) + pageCount(m_nbt.size(), 32));
        for (Bbt &e : m_bbt) {
            putAt<quint16>(m_blocks, qsizetype(e.ib + e.total - 14), pstSignature(quint64(base) + e.ib, e.bid));
            e.ib += quint64(base);
        }

        std::sort(m_bbt.begin(), m_bbt.end(), [](const Bbt &a, const Bbt &b) { return a.bid < b.bid; });
        QList<QByteArray> bbtEntries;
        for (const Bbt &e : m_bbt) {
            bbtEntries.append(Le().u64(e.bid).u64(e.ib).u16(e.cb).u16(2).u32(0).bytes);
        }
        const PageRef bbtRoot = btree(0x80, bbtEntries);

        std::sort(m_nbt.begin(), m_nbt.end(), [](const Nbt &a, const Nbt &b) { return a.nid < b.nid; });
        QList<QByteArray> nbtEntries;
        for (const Nbt &e : m_nbt) {
            nbtEntries.append(Le().u64(e.nid).u64(e.bidData).u64(e.bidSub).u32(e.parent).u32(0).bytes);
        }
        const PageRef nbtRoot = btree(0x81, nbtEntries);
        Q_ASSERT(m_file.size() == base);
        m_file += m_blocks;

        writeHeader(bbtRoot, nbtRoot);
        return m_file;
    }

private:
    struct Bbt {
        quint64 bid;
        quint64 ib;
        quint16 cb;
        quint32 total;
    };
    struct Nbt {
        quint64 nid;
        quint64 bidData;
        quint64 bidSub;
        quint32 parent;
    };
    struct PageRef {
        quint64 key;
        quint64 bid;
        quint64 ib;
    };

    static int pageCount(qsizetype entries, int cbEnt)
    {
        int pages = 0;
        while (true) {
            const int perPage = kPageEntries / cbEnt;
            entries = (entries + perPage - 1) / perPage;
            pages += int(entries);
            if (entries == 1) {
                return pages;
            }
            cbEnt = 24;
        }
    }

    PageRef page(quint8 ptype, const QList<QByteArray> &entries, int cbEnt, int level)
    {
        QByteArray p(kPageSize, '\0');
        qsizetype at = 0;
        for (const QByteArray &e : entries) {
            std::copy(e.cbegin(), e.cend(), p.begin() + at);
            at += e.size();
        }
        p[488] = char(entries.size());
        p[489] = char(kPageEntries / cbEnt);
        p[490] = char(cbEnt);
        p[491] = char(level);
        const quint64 bid = m_nextBid;
        m_nextBid += 4;
        const quint64 ib = quint64(m_file.size());
        p[496] = char(ptype);
        p[497] = char(ptype);
        putAt<quint16>(p, 498, pstSignature(ib, bid));
        putAt<quint32>(p, 500, pstCrc(p.constData(), 496));
        putAt<quint64>(p, 504, bid);
        m_file += p;
        return {qFromLittleEndian<quint64>(entries.first().constData()), bid, ib};
    }

    // The B-tree over `entries` (sorted, each starting with its 8-byte key): leaf pages, then
    // levels of intermediate pages until one page holds the rest.
    PageRef btree(quint8 ptype, QList<QByteArray> entries)
    {
        int level = 0;
        while (true) {
            const int cbEnt = int(entries.first().size());
            const int perPage = kPageEntries / cbEnt;
            QList<PageRef> pages;
            for (qsizetype at = 0; at < entries.size(); at += perPage) {
                pages.append(page(ptype, entries.mid(at, perPage), cbEnt, level));
            }
            if (pages.size() == 1) {
                return pages.first();
            }
            entries.clear();
            for (const PageRef &r : pages) {
                entries.append(Le().u64(r.key).u64(r.bid).u64(r.ib).bytes);
            }
            ++level;
        }
    }

    void writeHeader(const PageRef &bbt, const PageRef &nbt)
    {
        QByteArray &h = m_file;
        h.replace(0, 4, "!BDN");
        h[0x08] = 'S';
        h[0x09] = 'M';
        putAt<quint16>(h, 0x0A, 23); // Unicode
        putAt<quint16>(h, 0x0C, 19);
        h[0x0E] = 0x01;
        h[0x0F] = 0x01;
        putAt<quint64>(h, 0x20, m_nextBid); // bidNextP
        putAt<quint32>(h, 0x28, 1);         // dwUnique
        for (quint32 type = 0; type < 32; ++type) {
            putAt<quint32>(h, 0x2C + 4 * type, (0x4000u << 5) | type); // rgnid: far above every id used
        }
        putAt<quint64>(h, 0xB8, quint64(h.size())); // ibFileEof
        putAt<quint64>(h, 0xC0, 0x4400);            // ibAMapLast
        putAt<quint64>(h, 0xD8, nbt.bid);
        putAt<quint64>(h, 0xE0, nbt.ib);
        putAt<quint64>(h, 0xE8, bbt.bid);
        putAt<quint64>(h, 0xF0, bbt.ib);
        h[0xF8] = 0x00; // fAMapValid: no allocation maps are written, so they are marked invalid
        std::fill(h.begin() + 0x100, h.begin() + 0x200, char(0xFF)); // rgbFM, rgbFP
        h[0x200] = char(0x80);                                       // bSentinel
        h[0x201] = 0x00;                                             // bCryptMethod: none
        putAt<quint64>(h, 0x204, m_nextBid);                         // bidNextB
        putAt<quint32>(h, 0x04, pstCrc(h.constData() + 0x08, 471));
        putAt<quint32>(h, 0x20C, pstCrc(h.constData() + 0x08, 516));
    }

    QByteArray m_file;
    QByteArray m_blocks;
    quint64 m_nextBid = 4;
    quint32 m_nextLtp = 0x100;
    QList<Bbt> m_bbt;
    QList<Nbt> m_nbt;
};

/// A heap-on-node in one block ([MS-PST] 2.3.1): allocations named by HIDs, then the page map.
class Heap {
public:
    explicit Heap(quint8 clientSig)
        : m_clientSig(clientSig)
    {
    }

    quint32 add(const QByteArray &bytes)
    {
        m_allocs.append(bytes);
        return quint32(m_allocs.size()) << 5;
    }

    QByteArray bytes(quint32 userRoot) const
    {
        QByteArray out(12, '\0');
        out[2] = char(0xEC);
        out[3] = char(m_clientSig);
        putAt<quint32>(out, 4, userRoot);
        QList<quint16> offsets;
        for (const QByteArray &a : m_allocs) {
            offsets.append(quint16(out.size()));
            out += a;
        }
        offsets.append(quint16(out.size()));
        if (out.size() % 2) {
            out += '\0';
        }
        putAt<quint16>(out, 0, quint16(out.size()));
        Le map;
        map.u16(quint16(m_allocs.size())).u16(0);
        for (quint16 o : offsets) {
            map.u16(o);
        }
        out += map.bytes;
        Q_ASSERT(out.size() <= kBlockData);
        return out;
    }

private:
    quint8 m_clientSig;
    QList<QByteArray> m_allocs;
};

// The HNID of a variable-size value: in the heap when small, else in a subnode of its own.
quint32 storeValue(Ndb &ndb, Heap &heap, const QByteArray &value, QList<Subnode> &subs)
{
    if (value.size() <= kInlineMax) {
        return heap.add(value);
    }
    const quint64 nid = ndb.ltpNid();
    subs.append({nid, ndb.data(value), 0});
    return quint32(nid);
}

/// A property context ([MS-PST] 2.3.3): a BTH of (id, type, value or HNID) in a heap.
QByteArray propertyContext(Ndb &ndb, QList<Prop> props, QList<Subnode> &subs)
{
    std::sort(props.begin(), props.end(), [](const Prop &a, const Prop &b) { return a.id < b.id; });
    Heap heap(0xBC);
    Le records;
    for (const Prop &p : props) {
        records.u16(p.id).u16(p.type);
        if (p.type == kInt32 || p.type == kBool) {
            records.bytes += p.value.left(4);
        } else {
            records.u32(storeValue(ndb, heap, p.value, subs));
        }
    }
    const quint32 root = props.isEmpty() ? 0 : heap.add(records.bytes);
    const quint32 header = heap.add(Le().u8(0xB5).u8(2).u8(6).u8(0).u32(root).bytes);
    return heap.bytes(header);
}

/// A table context ([MS-PST] 2.3.4) whose columns all hold 4 bytes (an int32 or an HNID), the
/// row id and row version first, as every table Outlook writes has them.
struct Column {
    quint16 id;
    quint16 type;
};
using Row = QMap<quint16, QByteArray>; // property id -> value (int32 bytes, or the bytes to store)

QByteArray tableContext(Ndb &ndb, QList<Column> columns, const QList<Row> &rows, QList<Subnode> &subs)
{
    columns.prepend({0x67F3, kInt32}); // PidTagLtpRowVer
    columns.prepend({0x67F2, kInt32}); // PidTagLtpRowId
    Heap heap(0x7C);
    const int cols = int(columns.size());
    const int ceb = (cols + 7) / 8;
    const int rowSize = 4 * cols + ceb;
    QByteArray matrix;
    Le rowIndex;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QByteArray row(rowSize, '\0');
        for (int c = 0; c < cols; ++c) {
            const Column &col = columns.at(c);
            if (!rows.at(r).contains(col.id)) {
                continue;
            }
            const QByteArray value = rows.at(r).value(col.id);
            const quint32 cell =
                col.type == kInt32 ? qFromLittleEndian<quint32>(value.constData()) : storeValue(ndb, heap, value, subs);
            putAt<quint32>(row, 4 * c, cell);
            row[4 * cols + c / 8] = char(row[4 * cols + c / 8] | (0x80 >> (c % 8)));
        }
        matrix += row;
        rowIndex.u32(qFromLittleEndian<quint32>(row.constData())).u32(quint32(r));
    }
    const quint32 rowsHnid = rows.isEmpty() ? 0 : storeValue(ndb, heap, matrix, subs);
    const quint32 indexRoot = rows.isEmpty() ? 0 : heap.add(rowIndex.bytes);
    const quint32 indexHeader = heap.add(Le().u8(0xB5).u8(4).u8(4).u8(0).u32(indexRoot).bytes);

    Le info;
    info.u8(0x7C).u8(quint8(cols));
    for (int i = 0; i < 3; ++i) {
        info.u16(quint16(4 * cols)); // the end of the 4-byte, 2-byte and 1-byte columns
    }
    info.u16(quint16(rowSize)).u32(indexHeader).u32(rowsHnid).u32(0);
    QList<int> byTag(cols);
    std::iota(byTag.begin(), byTag.end(), 0);
    std::sort(byTag.begin(), byTag.end(), [&](int a, int b) { return columns.at(a).id < columns.at(b).id; });
    for (int c : byTag) {
        info.u16(columns.at(c).type).u16(columns.at(c).id).u16(quint16(4 * c)).u8(4).u8(quint8(c));
    }
    return heap.bytes(heap.add(info.bytes));
}

QByteArray int32Bytes(quint32 v)
{
    return Le().u32(v).bytes;
}

void writeAttachment(Ndb &ndb, const PstAttachment &a, quint64 nid, QList<Subnode> &messageSubs)
{
    QList<Prop> props{int32Prop(0x0E20, quint32(a.data.size())), int32Prop(0x3705, 1), int32Prop(0x370B, 0xFFFFFFFFu),
                      binaryProp(0x3701, a.data)};
    addString(props, 0x3704, a.fileName);
    addString(props, 0x3707, a.fileName);
    addString(props, 0x370E, QString::fromLatin1(a.mimeType));
    QList<Subnode> subs;
    const QByteArray pc = propertyContext(ndb, props, subs);
    messageSubs.append({nid, ndb.data(pc), ndb.subnodes(subs)});
}

void writeMail(Ndb &ndb, const PstMail &m, quint64 nid, quint64 folderNid)
{
    QList<Prop> props{stringProp(0x001A, QStringLiteral("IPM.Note"))};
    addString(props, 0x0037, m.subject);
    addString(props, 0x0E1D, m.subject);
    addString(props, 0x0070, m.subject);
    if (m.date.isValid()) {
        props << timeProp(0x0039, m.date) << timeProp(0x0E06, m.date) << timeProp(0x3007, m.date) << timeProp(0x3008, m.date);
    }
    addString(props, 0x0042, m.senderName);
    addString(props, 0x0C1A, m.senderName);
    if (!m.senderAddress.isEmpty()) {
        props << stringProp(0x0064, QStringLiteral("SMTP")) << stringProp(0x0065, m.senderAddress)
              << stringProp(0x0C1E, QStringLiteral("SMTP")) << stringProp(0x0C1F, m.senderAddress);
    }
    addString(props, 0x0E04, m.displayTo);
    addString(props, 0x0E03, m.displayCc);
    addString(props, 0x1035, m.messageId);
    addString(props, 0x1042, m.inReplyTo);
    addString(props, 0x1000, m.body);
    if (!m.htmlBody.isEmpty()) {
        props << binaryProp(0x1013, m.htmlBody.toUtf8()) << int32Prop(0x3FDE, 65001);
    }
    addString(props, 0x007D, m.transportHeaders);
    quint32 flags = m.read ? 0x01 : 0x00; // MSGFLAG_READ
    if (!m.attachments.isEmpty()) {
        flags |= 0x10; // MSGFLAG_HASATTACH
    }
    props << int32Prop(0x0E07, flags) << boolProp(0x0E1B, !m.attachments.isEmpty());
    qint64 size = m.body.size() * 2 + m.htmlBody.toUtf8().size() + m.transportHeaders.size() * 2;
    for (const PstAttachment &a : m.attachments) {
        size += a.data.size();
    }
    props << int32Prop(0x0E08, quint32(size));
    if (m.flagged) {
        props << int32Prop(0x1090, 2) << stringProp(kFlagRequestPropId, QStringLiteral("Follow up"));
    }

    QList<Subnode> subs;
    const QByteArray pc = propertyContext(ndb, props, subs);

    // The recipient table: every mail has one, even with no rows.
    // Recipient row ids stay small, so none names one of the mail's subnodes.
    QList<Row> recipientRows;
    for (qsizetype i = 0; i < m.recipients.size(); ++i) {
        const PstRecipient &r = m.recipients.at(i);
        recipientRows.append(Row{{0x67F2, int32Bytes(quint32(i))},
                                 {0x67F3, int32Bytes(0)},
                                 {0x0C15, int32Bytes(quint32(r.type))},
                                 {0x3001, utf16(r.name)},
                                 {0x3002, utf16(QStringLiteral("SMTP"))},
                                 {0x3003, utf16(r.address)},
                                 {0x39FE, utf16(r.address)}});
    }
    QList<Subnode> recipientSubs;
    const QByteArray recipients =
        tableContext(ndb, {{0x0C15, kInt32}, {0x3001, kUnicode}, {0x3002, kUnicode}, {0x3003, kUnicode}, {0x39FE, kUnicode}},
                     recipientRows, recipientSubs);
    subs.append({kNidRecipientTable, ndb.data(recipients), ndb.subnodes(recipientSubs)});

    if (!m.attachments.isEmpty()) {
        QList<Row> attachRows;
        for (qsizetype i = 0; i < m.attachments.size(); ++i) {
            const PstAttachment &a = m.attachments.at(i);
            const quint64 attachNid = (quint64(0x200 + i) << 5) | kNidTypeAttachment;
            writeAttachment(ndb, a, attachNid, subs);
            attachRows.append(Row{{0x67F2, int32Bytes(quint32(attachNid))},
                                  {0x67F3, int32Bytes(0)},
                                  {0x0E20, int32Bytes(quint32(a.data.size()))},
                                  {0x3704, utf16(a.fileName)},
                                  {0x3705, int32Bytes(1)},
                                  {0x370B, int32Bytes(0xFFFFFFFFu)}});
        }
        QList<Subnode> attachSubs;
        const QByteArray table =
            tableContext(ndb, {{0x0E20, kInt32}, {0x3704, kUnicode}, {0x3705, kInt32}, {0x370B, kInt32}}, attachRows, attachSubs);
        subs.append({kNidAttachmentTable, ndb.data(table), ndb.subnodes(attachSubs)});
    }
    ndb.node(nid, ndb.data(pc), ndb.subnodes(subs), quint32(folderNid));
}

void writeFolderNode(Ndb &ndb, quint64 nid, quint64 parent, const QString &name, int mails, int unread, bool subfolders,
                     bool mailFolder)
{
    QList<Prop> props{int32Prop(0x3602, quint32(mails)), int32Prop(0x3603, quint32(unread)), boolProp(0x360A, subfolders)};
    addString(props, 0x3001, name);
    if (mailFolder) {
        props << stringProp(0x3613, QStringLiteral("IPF.Note"));
    }
    QList<Subnode> subs;
    const QByteArray pc = propertyContext(ndb, props, subs);
    ndb.node(nid, ndb.data(pc), ndb.subnodes(subs), quint32(parent));
}

// Walks the folders in file order, naming each folder and mail with its node id.
void walk(const QList<PstFolder> &folders, quint64 parent, quint32 &folderIndex, quint32 &mailIndex,
          const std::function<void(const PstFolder &, quint64 nid, quint64 parent)> &onFolder,
          const std::function<void(const PstMail &, quint64 nid, quint64 parent)> &onMail)
{
    for (const PstFolder &f : folders) {
        const quint64 nid = (quint64(0x440 + folderIndex++) << 5) | kNidTypeFolder;
        onFolder(f, nid, parent);
        for (const PstMail &m : f.mails) {
            onMail(m, (quint64(0x10000 + mailIndex++) << 5) | kNidTypeMessage, nid);
        }
        walk(f.folders, nid, folderIndex, mailIndex, onFolder, onMail);
    }
}

void writeStore(Ndb &ndb, const QString &storeName)
{
    const QByteArray uid("MailferryPstTest"); // the store's 16-byte provider id
    const QByteArray ipmEntryId = Le().u32(0).bytes + uid + Le().u32(quint32(kNidIpmSubtree)).bytes;
    QList<Prop> props{binaryProp(0x0FF9, uid), stringProp(0x3001, storeName), int32Prop(0x35DF, 0x89),
                      binaryProp(0x35E0, ipmEntryId), int32Prop(0x67FF, 0)};
    QList<Subnode> subs;
    const QByteArray pc = propertyContext(ndb, props, subs);
    ndb.node(kNidMessageStore, ndb.data(pc), ndb.subnodes(subs), 0);
}

// The name-to-id map ([MS-PST] 2.4.7) with the one named property the mails use.
void writeNameToIdMap(Ndb &ndb)
{
    const QByteArray psetidCommon = QByteArray::fromHex("0820060000000000c000000000000046");
    const quint16 guidIndex = 3;                         // the first GUID of the GUID stream
    const quint16 kindAndGuid = quint16(guidIndex << 1); // N = 0: a numeric name
    const QByteArray entry = Le().u32(kLidFlagRequest).u16(kindAndGuid).u16(kFlagRequestPropId - 0x8000).bytes;
    const quint32 bucket = (kLidFlagRequest ^ kindAndGuid) % kNameIdBuckets;
    QList<Prop> props{int32Prop(0x0001, kNameIdBuckets), binaryProp(0x0002, psetidCommon), binaryProp(0x0003, entry),
                      binaryProp(quint16(0x1000 + bucket), entry)};
    QList<Subnode> subs;
    const QByteArray pc = propertyContext(ndb, props, subs);
    ndb.node(kNidNameToIdMap, ndb.data(pc), ndb.subnodes(subs), 0);
}

} // namespace

QByteArray pstBytes(const QList<PstFolder> &folders, const QString &storeName)
{
    Ndb ndb;
    writeStore(ndb, storeName);
    writeNameToIdMap(ndb);
    writeFolderNode(ndb, kNidRootFolder, kNidRootFolder, {}, 0, 0, true, false);
    writeFolderNode(ndb, kNidIpmSubtree, kNidRootFolder, QStringLiteral("Top of Outlook data file"), 0, 0, !folders.isEmpty(),
                    false);
    quint32 folderIndex = 0;
    quint32 mailIndex = 0;
    walk(
        folders, kNidIpmSubtree, folderIndex, mailIndex,
        [&](const PstFolder &f, quint64 nid, quint64 parent) {
        int unread = 0;
        for (const PstMail &m : f.mails) {
            unread += m.read ? 0 : 1;
        }
        writeFolderNode(ndb, nid, parent, f.name, int(f.mails.size()), unread, !f.folders.isEmpty(), true);
        },
        [&](const PstMail &m, quint64 nid, quint64 parent) { writeMail(ndb, m, nid, parent); });
    return ndb.finish();
}

bool writePst(const QString &path, const QList<PstFolder> &folders)
{
    return writeFile(path, pstBytes(folders));
}

quint32 pstCrc(const QByteArray &bytes)
{
    return pstCrc(bytes.constData(), bytes.size());
}

QList<quint64> pstMailNodeIds(const QList<PstFolder> &folders)
{
    QList<quint64> ids;
    quint32 folderIndex = 0;
    quint32 mailIndex = 0;
    walk(
        folders, kNidIpmSubtree, folderIndex, mailIndex, [](const PstFolder &, quint64, quint64) {},
        [&](const PstMail &, quint64 nid, quint64) { ids.append(nid); });
    return ids;
}

} // namespace mf::testsupport::archive
