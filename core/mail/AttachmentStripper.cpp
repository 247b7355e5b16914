// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The MIME walk is written for hostile input: every offset stays inside the message, nesting and
// part counts are capped, and nothing is changed until the whole tree has been walked.
#include "mail/AttachmentStripper.h"

#include "common/SizeText.h"
#include "mail/BlockedFileTypes.h"
#include "mail/MessageHeaders.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace mf::mail {
namespace {

struct Field {
    QByteArray name; ///< lower case
    QByteArray value;
    qsizetype begin = 0; ///< the field's raw lines, line endings included
    qsizetype end = 0;
};

struct Entity {
    QList<Field> fields;
    qsizetype bodyBegin = 0;
};

struct Replacement {
    qsizetype begin = 0;
    qsizetype end = 0;
    QList<Field> fields;
    AttachmentStripper::Removed removed;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// One line from `pos`: returns the offset after its line ending (or `end`), and where its content ends.
qsizetype lineAfter(const QByteArray &raw, qsizetype pos, qsizetype end, qsizetype *contentEnd)
{
    qsizetype nl = raw.indexOf('\n', pos);
    if (nl < 0 || nl >= end) {
        *contentEnd = end;
        return end;
    }
    qsizetype ce = nl;
    if (ce > pos && raw.at(ce - 1) == '\r')
        --ce;
    *contentEnd = ce;
    return nl + 1;
}

Entity readEntity(const QByteArray &raw, qsizetype begin, qsizetype end)
{
    Entity e;
    qsizetype pos = begin;
    e.bodyBegin = end;
    while (pos < end) {
        qsizetype contentEnd = 0;
        const qsizetype next = lineAfter(raw, pos, end, &contentEnd);
        if (contentEnd == pos) { // the empty line: the body follows
            e.bodyBegin = next;
            return e;
        }
        const QByteArray line = raw.mid(pos, contentEnd - pos);
        if (isBlank(line.at(0))) {
            if (!e.fields.isEmpty()) {
                e.fields.last().value += ' ' + line.trimmed();
                e.fields.last().end = next;
            }
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            e.fields.append(Field{line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed(), pos, next});
        }
        pos = next;
    }
    return e;
}

QByteArray fieldValue(const Entity &e, QByteArrayView name)
{
    for (const Field &f : e.fields) {
        if (f.name == name)
            return f.value;
    }
    return {};
}

// "type/subtype; a=b; c=\"d;e\"" -> the lower-case main value and the parameters (keys lower case).
QByteArray parseParams(const QByteArray &value, QMap<QByteArray, QByteArray> *params)
{
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += value.at(++i);
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            pieces.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    pieces.append(current);
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const qsizetype eq = pieces.at(i).indexOf('=');
        if (eq <= 0)
            continue;
        params->insert(pieces.at(i).left(eq).trimmed().toLower(), pieces.at(i).mid(eq + 1).trimmed());
    }
    return pieces.first().trimmed().toLower();
}

QByteArray percentDecoded(const QByteArray &text)
{
    return QByteArray::fromPercentEncoding(text);
}

// A parameter the RFC 2231 way ("name*=utf-8''a%20b", "name*0=...; name*1*=...") or plain.
QString paramText(const QMap<QByteArray, QByteArray> &params, const QByteArray &key)
{
    if (params.contains(key))
        return MessageHeaders::decodeText(params.value(key));
    if (params.contains(key + '*')) {
        const QByteArray v = params.value(key + '*');
        const qsizetype first = v.indexOf('\'');
        const qsizetype second = first < 0 ? -1 : v.indexOf('\'', first + 1);
        const QByteArray charset = first < 0 ? QByteArray() : v.left(first).toLower();
        const QByteArray bytes = percentDecoded(second < 0 ? v : v.mid(second + 1));
        return charset == "utf-8" || charset == "us-ascii" || charset.isEmpty() ? QString::fromUtf8(bytes)
                                                                                : QString::fromLatin1(bytes);
    }
    QByteArray joined;
    QByteArray charset;
    for (int n = 0; n < 100; ++n) {
        const QByteArray plain = key + '*' + QByteArray::number(n);
        if (params.contains(plain)) {
            joined += params.value(plain);
        } else if (params.contains(plain + '*')) {
            QByteArray v = params.value(plain + '*');
            if (n == 0) {
                const qsizetype first = v.indexOf('\'');
                const qsizetype second = first < 0 ? -1 : v.indexOf('\'', first + 1);
                charset = first < 0 ? QByteArray() : v.left(first).toLower();
                if (second >= 0)
                    v = v.mid(second + 1);
            }
            joined += percentDecoded(v);
        } else {
            break;
        }
    }
    if (joined.isEmpty())
        return {};
    return charset.isEmpty() || charset == "utf-8" || charset == "us-ascii" ? QString::fromUtf8(joined)
                                                                            : QString::fromLatin1(joined);
}

QByteArray quotedPrintableDecoded(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && (in.at(i + 1) == '\n' || in.at(i + 1) == '\r')) { // soft line break
            ++i;
            if (in.at(i) == '\r' && i + 1 < in.size() && in.at(i + 1) == '\n')
                ++i;
            continue;
        }
        if (i + 2 < in.size()) {
            bool ok = false;
            const int v = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

class Walker {
public:
    Walker(const QByteArray &raw, const AttachmentStripper::Limits &limits)
        : m_raw(raw)
        , m_limits(limits)
    {
    }

    bool walk(qsizetype begin, qsizetype end, int depth, const QByteArray &defaultType)
    {
        if (depth > m_limits.maxDepth)
            return fail(QStringLiteral("MIME parts nested deeper than %1 levels").arg(m_limits.maxDepth));
        if (++m_partCount > m_limits.maxParts)
            return fail(QStringLiteral("more than %1 MIME parts").arg(m_limits.maxParts));
        const Entity e = readEntity(m_raw, begin, end);
        QMap<QByteArray, QByteArray> typeParams;
        QByteArray type = parseParams(fieldValue(e, "content-type"), &typeParams);
        if (type.isEmpty() || !type.contains('/'))
            type = defaultType;
        const QByteArray encoding = fieldValue(e, "content-transfer-encoding").trimmed().toLower();
        const bool encoded = encoding == "base64" || encoding == "quoted-printable";

        if (type.startsWith("multipart/") && !typeParams.value("boundary").isEmpty()) {
            const QList<std::pair<qsizetype, qsizetype>> ranges = split(e.bodyBegin, end, typeParams.value("boundary"));
            if (!ranges.isEmpty()) {
                const QByteArray childDefault = type == "multipart/digest" ? "message/rfc822" : "text/plain";
                for (const auto &[b, en] : ranges) {
                    if (!walk(b, en, depth + 1, childDefault))
                        return false;
                }
                return true;
            }
        }
        if (type == "message/rfc822" && !encoded)
            return walk(e.bodyBegin, end, depth + 1, "text/plain");

        QMap<QByteArray, QByteArray> dispositionParams;
        (void)parseParams(fieldValue(e, "content-disposition"), &dispositionParams);
        QString name = paramText(dispositionParams, "filename");
        if (name.isEmpty())
            name = paramText(typeParams, "name");
        m_parts.append(AttachmentStripper::Part{type, name, begin, end});

        const bool zipType = type == "application/zip" || type == "application/x-zip-compressed";
        const bool blockedName = BlockedFileTypes::isBlockedName(name);
        if (!blockedName && !BlockedFileTypes::isZipName(name) && !zipType)
            return true;
        const QByteArray body = m_raw.mid(e.bodyBegin, end - e.bodyBegin);
        const QByteArray decoded = encoding == "base64" ? QByteArray::fromBase64(body)
            : encoding == "quoted-printable"            ? quotedPrintableDecoded(body)
                                                        : body;
        AttachmentStripper::Removed removed{name.isEmpty() ? QStringLiteral("attachment.zip") : name, decoded.size(), {}};
        if (!blockedName) {
            removed.blockedInside = BlockedFileTypes::blockedInZip(decoded, m_limits.maxZipEntries);
            if (removed.blockedInside.isEmpty())
                return true;
        }
        m_replacements.append(Replacement{begin, end, e.fields, removed});
        return true;
    }

    const QString &failure() const { return m_failure; }
    const QList<AttachmentStripper::Part> &parts() const { return m_parts; }
    const QList<Replacement> &replacements() const { return m_replacements; }

private:
    bool fail(const QString &why)
    {
        m_failure = why;
        return false;
    }

    // The parts of a multipart body: between delimiter lines "--boundary", up to "--boundary--".
    // The line ending before a delimiter belongs to the delimiter (RFC 2046 5.1.1).
    QList<std::pair<qsizetype, qsizetype>> split(qsizetype begin, qsizetype end, const QByteArray &boundary) const
    {
        QList<std::pair<qsizetype, qsizetype>> ranges;
        const QByteArray delimiter = "--" + boundary;
        qsizetype partStart = -1;
        qsizetype pos = begin;
        while (pos < end) {
            qsizetype contentEnd = 0;
            const qsizetype next = lineAfter(m_raw, pos, end, &contentEnd);
            const qsizetype length = contentEnd - pos;
            if (length >= delimiter.size() && std::equal(delimiter.begin(), delimiter.end(), m_raw.begin() + pos)) {
                qsizetype rest = pos + delimiter.size();
                const bool close = rest + 1 < contentEnd && m_raw.at(rest) == '-' && m_raw.at(rest + 1) == '-';
                if (close)
                    rest += 2;
                bool onlyBlanks = true;
                for (qsizetype i = rest; i < contentEnd; ++i)
                    onlyBlanks = onlyBlanks && isBlank(m_raw.at(i));
                if (onlyBlanks) {
                    if (partStart >= 0) {
                        qsizetype partEnd = pos;
                        if (partEnd > partStart && m_raw.at(partEnd - 1) == '\n') {
                            --partEnd;
                            if (partEnd > partStart && m_raw.at(partEnd - 1) == '\r')
                                --partEnd;
                        }
                        ranges.append({partStart, partEnd});
                    }
                    if (close)
                        return ranges;
                    partStart = next;
                }
            }
            pos = next;
        }
        if (partStart >= 0)
            ranges.append({partStart, end}); // no closing delimiter: the last part runs to the end
        return ranges;
    }

    const QByteArray &m_raw;
    AttachmentStripper::Limits m_limits;
    int m_partCount = 0;
    QString m_failure;
    QList<AttachmentStripper::Part> m_parts;
    QList<Replacement> m_replacements;
};

Result<Walker *> walkAll(Walker &walker, const QByteArray &raw)
{
    if (!walker.walk(0, raw.size(), 0, "text/plain"))
        return Error::item(Error::Code::MessageMalformed,
                           AttachmentStripper::tr("The structure of this message is too complex or damaged for Mailferry "
                                                  "to take its attachments apart."),
                           walker.failure());
    return &walker;
}

QByteArray lineEndingOf(const QByteArray &raw)
{
    const qsizetype nl = raw.indexOf('\n');
    return nl > 0 && raw.at(nl - 1) == '\r' ? QByteArrayLiteral("\r\n") : nl >= 0 ? QByteArrayLiteral("\n") : "\r\n";
}

QByteArray replacementFor(const QByteArray &raw, const Replacement &r, const QString &keptAt, const QByteArray &eol)
{
    QByteArray out;
    // Whatever is not about the content stays (a whole message that is one attachment keeps its
    // From, Subject and the rest).
    for (const Field &f : r.fields) {
        if (!f.name.startsWith("content-"))
            out += raw.mid(f.begin, f.end - f.begin);
    }
    QStringList lines;
    lines << AttachmentStripper::tr("Mailferry removed the attachment \"%1\" (%2) from this copy: Gmail does not accept "
                                    "this type of file.")
                 .arg(r.removed.fileName, sizeText(r.removed.size, QLocale::c()));
    if (!r.removed.blockedInside.isEmpty())
        lines << AttachmentStripper::tr("The archive holds: %1.").arg(r.removed.blockedInside.join(QStringLiteral(", ")));
    lines << AttachmentStripper::tr("The original message, with the attachment, is kept on your computer at:");
    lines << keptAt;
    const QByteArray text = lines.join(QString::fromLatin1(eol)).toUtf8() + eol;
    bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
    out += "Content-Type: text/plain; charset=utf-8" + eol;
    out += QByteArray("Content-Transfer-Encoding: ") + (ascii ? "7bit" : "8bit") + eol;
    out += "Content-Disposition: inline" + eol;
    out += eol;
    out += text;
    return out;
}

} // namespace

Result<QList<AttachmentStripper::Part>> AttachmentStripper::parts(const QByteArray &raw, const Limits &limits)
{
    Walker walker(raw, limits);
    auto walked = walkAll(walker, raw);
    if (!walked)
        return walked.error();
    return walker.parts();
}

Result<QList<AttachmentStripper::Removed>> AttachmentStripper::findBlocked(const QByteArray &raw, const Limits &limits)
{
    Walker walker(raw, limits);
    auto walked = walkAll(walker, raw);
    if (!walked)
        return walked.error();
    QList<Removed> removed;
    for (const Replacement &r : walker.replacements())
        removed << r.removed;
    return removed;
}

Result<AttachmentStripper::Stripped> AttachmentStripper::strip(const QByteArray &raw, const QString &keptAt, const Limits &limits)
{
    Walker walker(raw, limits);
    auto walked = walkAll(walker, raw);
    if (!walked)
        return walked.error();
    Stripped result;
    const QList<Replacement> &replacements = walker.replacements();
    if (replacements.isEmpty()) {
        result.bytes = raw;
        return result;
    }
    const QByteArray eol = lineEndingOf(raw);
    // Leaves never overlap and come in message order: copy what lies between them unchanged.
    qsizetype copied = 0;
    for (const Replacement &r : replacements) {
        result.bytes += QByteArrayView(raw).sliced(copied, r.begin - copied);
        result.bytes += replacementFor(raw, r, keptAt, eol);
        copied = r.end;
        result.removed << r.removed;
    }
    result.bytes += QByteArrayView(raw).sliced(copied);
    return result;
}

QString AttachmentStripper::describe(const QList<Removed> &removed)
{
    QStringList names;
    for (const Removed &r : removed) {
        if (r.blockedInside.isEmpty())
            names << r.fileName;
        else
            names << tr("%1 (holds %2)").arg(r.fileName, r.blockedInside.join(QStringLiteral(", ")));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace mf::mail
