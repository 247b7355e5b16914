// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MailFactory.h"

#include <QRandomGenerator>

namespace mf::test {

QByteArray MailFactory::messageIdOf(int index)
{
    return QByteArray("<msg-") + QByteArray::number(index) + "@test.mailferry.invalid>";
}

QByteArray MailFactory::message(int index, int targetSize)
{
    Options o;
    o.index = index;
    o.targetSize = targetSize;
    return message(o);
}

QByteArray MailFactory::message(const Options &o)
{
    QByteArray m;
    m.reserve(o.targetSize + 256);
    m += "Return-Path: <alice@example.org>\n";
    m += "Received: from mx.example.org (mx.example.org [192.0.2.10])\n\tby pop.example.net with ESMTP id "
        + QByteArray::number(o.index) + ";\n\t" + o.date.addSecs(5).toString(Qt::RFC2822Date).toLatin1() + "\n";
    m += "From: " + o.from.toUtf8() + "\n";
    m += "To: " + o.to.toUtf8() + "\n";
    const QString subject = o.subject.isEmpty() ? QStringLiteral("Test message %1").arg(o.index) : o.subject;
    m += "Subject: " + subject.toUtf8() + "\n";
    if (o.withDate)
        m += "Date: " + o.date.addSecs(o.index * 60).toString(Qt::RFC2822Date).toLatin1() + "\n";
    if (o.withMessageId)
        m += "Message-ID: " + messageIdOf(o.index) + "\n";
    m += "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n";
    m += "Hello, this is message " + QByteArray::number(o.index) + ".\n";
    if (o.dotLines)
        m += ".a line that starts with a dot\n..two dots\n.\n";

    QRandomGenerator rng(o.seed * 2654435761u + quint32(o.index));
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-";
    constexpr int alphabetSize = int(sizeof(alphabet) - 1);
    while (m.size() < o.targetSize) {
        const int lineLength = std::min(76, std::max(1, o.targetSize - int(m.size()) - 1));
        char line[77];
        for (int i = 0; i < lineLength; ++i)
            line[i] = alphabet[rng.bounded(alphabetSize)];
        if (line[0] == ' ')
            line[0] = 'x';
        m.append(line, lineLength);
        m.append('\n');
    }
    return m;
}

QList<int> MailFactory::mixedSizes(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<int> sizes;
    sizes.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int bucket = int(rng.bounded(100));
        int size;
        if (bucket < 65)
            size = 2048 + int(rng.bounded(18 * 1024)); // 2-20 KB: ordinary mail
        else if (bucket < 94)
            size = 20 * 1024 + int(rng.bounded(180 * 1024)); // 20-200 KB: small attachments
        else
            size = 300 * 1024 + int(rng.bounded(724 * 1024)); // 300 KB-1 MB: photos, PDFs
        sizes.append(size);
    }
    return sizes;
}

QByteArray MailFactory::toCrlf(const QByteArray &lf)
{
    QByteArray out;
    out.reserve(lf.size() + lf.size() / 40);
    for (int i = 0; i < lf.size(); ++i) {
        const char c = lf.at(i);
        if (c == '\n' && (i == 0 || lf.at(i - 1) != '\r'))
            out.append('\r');
        out.append(c);
    }
    return out;
}

} // namespace mf::test
