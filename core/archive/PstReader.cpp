// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/PstReader.h"

#include "archive/PstMessageWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

#include <libpst/libpst.h>
#include <libpst/timeconv.h>

#include <cstdlib>
#include <vector>

namespace mf::archive {

struct PstReader::Impl {
    QString path;
    QString relativePath;
    pst_file pf{};
    bool opened = false;
    bool started = false;
    pst_item *root = nullptr;
    struct Frame {
        pst_desc_tree *node;
        QString folder;
    };
    std::vector<Frame> stack;
    qint64 sizeOnDisk = 0;    // less than pf.size (the size the header records) when the file was cut short
    bool cutReported = false; // the cut is reported once, after the mails that could be read
    QHash<quint64, pst_desc_tree *> byId;
    qint64 index = 0;

    ~Impl()
    {
        if (root) {
            pst_freeItem(root);
        }
        if (opened) {
            pst_close(&pf);
        }
    }

    Error failure(const QString &why) const
    {
        return Error::account(
            Error::Code::MessageMalformed,
            QCoreApplication::translate("mf::archive", "The Outlook file %1 cannot be read: %2").arg(path, why));
    }

    QString text(pst_item *item, pst_string &s) const
    {
        if (!s.str) {
            return {};
        }
        pst_convert_utf8_null(item, &s);
        // libpst's structs are packed: the pointer is read into a local of its own before anything
        // takes it by reference (a reference to a misaligned pointer is undefined behaviour).
        const char *str = s.str;
        return QString::fromUtf8(str);
    }

    Result<bool> start()
    {
        started = true;
        const QByteArray name = QFile::encodeName(path);
        if (pst_open(&pf, name.constData(), nullptr) != 0) {
            return failure(QCoreApplication::translate("mf::archive", "it is not an Outlook data file."));
        }
        opened = true;
        sizeOnDisk = QFileInfo(path).size();
        if (pst_load_index(&pf) != 0) {
            return failure(QCoreApplication::translate("mf::archive", "its index is damaged."));
        }
        pst_load_extended_attributes(&pf);
        root = pst_parse_item(&pf, pf.d_head, nullptr);
        pst_desc_tree *top = root ? pst_getTopOfFolders(&pf, root) : nullptr;
        if (!top) {
            return failure(QCoreApplication::translate("mf::archive", "it has no folders."));
        }
        stack.push_back({top->child, QString()});
        return true;
    }

    // The message of one mail item, or an empty array when the item is no mail. `damaged` is set
    // when an attachment's data is named but cannot be read (a block missing from the file).
    QByteArray compose(pst_desc_tree *node, pst_item *item, bool *isMail, bool *damaged)
    {
        *damaged = false;
        *isMail = item->email && (item->type == PST_TYPE_NOTE || item->type == PST_TYPE_REPORT);
        if (!*isMail) {
            return {};
        }
        pst_item_email *e = item->email;
        PstMessage m;
        if (e->header.str) {
            m.transportHeaders = text(item, e->header).toUtf8();
        }
        m.from = text(item, e->outlook_sender_name);
        const QString sender = text(item, e->sender_address);
        if (!sender.isEmpty()) {
            m.from = m.from.isEmpty() ? sender : m.from + QStringLiteral(" <") + sender + QLatin1Char('>');
        }
        m.to = text(item, e->sentto_address);
        m.cc = text(item, e->cc_address);
        m.subject = text(item, item->subject);
        m.messageId = text(item, e->messageid);
        m.inReplyTo = text(item, e->in_reply_to);
        if (e->sent_date) {
            m.date = QDateTime::fromSecsSinceEpoch(pst_fileTimeToUnixTime(e->sent_date), Qt::UTC);
        }
        m.plainBody = text(item, item->body);
        m.htmlBody = text(item, e->htmlbody);
        for (pst_item_attach *a = item->attach; a; a = a->next) {
            if (!a->data.data && !a->i_id && !a->filename1.str && !a->filename2.str) {
                continue; // a row of the recipient table, which libpst lists among the attachments
            }
            PstMessage::Attachment att;
            att.fileName = text(item, a->filename2.str ? a->filename2 : a->filename1);
            att.mimeType = text(item, a->mimetype).toLatin1();
            if (a->data.data) {
                att.data = QByteArray(a->data.data, static_cast<qsizetype>(a->data.size));
            } else {
                pst_binary bin = pst_attach_to_mem(&pf, a);
                if (bin.data && bin.size > 0) {
                    att.data = QByteArray(bin.data, static_cast<qsizetype>(bin.size));
                } else if (a->i_id) {
                    *damaged = true; // libpst gives nothing when one of the data's blocks is missing
                }
                std::free(bin.data);
            }
            m.attachments.append(att);
        }
        return composePstMessage(m, QByteArray::number(static_cast<qulonglong>(node->d_id), 16));
    }

    // A message whose data (or an attachment's) is damaged or cut off, named by its node id.
    Error damagedMessage(const pst_desc_tree *node) const
    {
        const QString place = QStringLiteral("0x") + QString::number(static_cast<qulonglong>(node->d_id), 16);
        return Error::item(Error::Code::MessageMalformed,
                           QCoreApplication::translate("mf::archive",
                                                       "Message %1 in the Outlook file %2 cannot be read: the file is "
                                                       "damaged or cut short there.")
                               .arg(place, path),
                           relativePath + QLatin1Char('#') + place);
    }

    pst_desc_tree *find(quint64 id)
    {
        if (auto it = byId.constFind(id); it != byId.constEnd()) {
            return *it;
        }
        if (!started && !start()) {
            return nullptr;
        }
        // A reader made for reading only: index the descriptors (no item is parsed for it).
        std::vector<pst_desc_tree *> pending;
        if (pf.d_head) {
            pending.push_back(pf.d_head);
        }
        while (!pending.empty()) {
            pst_desc_tree *n = pending.back();
            pending.pop_back();
            for (; n; n = n->next) {
                byId.insert(n->d_id, n);
                if (n->child) {
                    pending.push_back(n->child);
                }
            }
        }
        return byId.value(id);
    }
};

PstReader::PstReader(const QString &path)
    : d(std::make_unique<Impl>())
{
    d->path = QFileInfo(path).absoluteFilePath();
    d->relativePath = QFileInfo(path).fileName();
}

PstReader::~PstReader() = default;

QString PstReader::rootPath() const
{
    return d->path;
}

Result<std::optional<ArchiveItem>> PstReader::next()
{
    if (!d->started) {
        auto ok = d->start();
        if (!ok) {
            d->stack.clear();
            return ok.error();
        }
    }
    while (!d->stack.empty()) {
        pst_desc_tree *node = d->stack.back().node;
        const QString folder = d->stack.back().folder;
        if (!node) {
            d->stack.pop_back();
            continue;
        }
        d->stack.back().node = node->next;
        d->byId.insert(node->d_id, node);
        pst_item *item = pst_parse_item(&d->pf, node, nullptr);
        if (!item) {
            if (node->child) {
                d->stack.push_back({node->child, folder});
            }
            if ((node->d_id & 0x1F) == 0x04) { // a message's node: its data is damaged or cut off
                return d->damagedMessage(node);
            }
            continue;
        }
        if (item->folder && node->child) {
            const QString name = d->text(item, item->file_as);
            d->stack.push_back({node->child, folder.isEmpty() ? name : folder + QLatin1Char('/') + name});
            pst_freeItem(item);
            continue;
        }
        bool isMail = false;
        bool damaged = false;
        const QByteArray bytes = d->compose(node, item, &isMail, &damaged);
        const bool read = item->flags & PST_FLAG_READ;
        // libpst keeps no PR_FLAG_STATUS; Outlook sets PidLidFlagRequest ("Follow up") with it.
        const bool flagged = item->contact && item->contact->followup.str && *item->contact->followup.str;
        pst_freeItem(item);
        if (!isMail) {
            continue;
        }
        if (damaged) {
            return d->damagedMessage(node);
        }
        ArchiveItem out;
        out.sourcePath = d->path;
        out.relativePath = d->relativePath;
        out.folder = folder;
        out.index = d->index++;
        out.offset = static_cast<qint64>(node->d_id);
        out.storedLength = bytes.size();
        out.size = bytes.size();
        out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        out.flags.known = true;
        out.flags.read = read;
        out.flags.flagged = flagged;
        out.id = makeItemId(out);
        return std::optional<ArchiveItem>(std::move(out));
    }
    // libpst reads what is there and says nothing of a B-tree page or block past the end: a file
    // shorter than its header says may have lost mail no error above named.
    if (d->opened && !d->cutReported && d->sizeOnDisk < static_cast<qint64>(d->pf.size)) {
        d->cutReported = true;
        return Error::item(Error::Code::MessageMalformed,
                           QCoreApplication::translate("mf::archive",
                                                       "The Outlook file %1 is cut short: it holds %2 of its %3 bytes, so "
                                                       "mail kept past the cut could not be read.")
                               .arg(d->path)
                               .arg(d->sizeOnDisk)
                               .arg(static_cast<qint64>(d->pf.size)),
                           d->relativePath + QStringLiteral("#end"));
    }
    return std::optional<ArchiveItem>();
}

Result<std::unique_ptr<QIODevice>> PstReader::open(const ArchiveItem &item) const
{
    pst_desc_tree *node = d->find(static_cast<quint64>(item.offset));
    pst_item *parsed = node ? pst_parse_item(&d->pf, node, nullptr) : nullptr;
    if (!parsed) {
        return Error::item(
            Error::Code::MessageMalformed,
            QCoreApplication::translate("mf::archive", "The message is no longer in the Outlook file %1.").arg(d->path), item.id);
    }
    bool isMail = false;
    bool damaged = false;
    const QByteArray bytes = d->compose(node, parsed, &isMail, &damaged);
    pst_freeItem(parsed);
    if (damaged) {
        return d->damagedMessage(node);
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(buffer));
}

} // namespace mf::archive
