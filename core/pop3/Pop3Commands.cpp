// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Pop3Client: the TRANSACTION state (RFC 1939 §5, 6): STAT, LIST, UIDL, TOP, RETR, DELE, RSET,
// NOOP and QUIT. Each queues one command (pipelined when the server allows it, see pump()); its
// reply is parsed by ReplyParsing and an -ERR is mapped by ErrorTable::fromReply().
#include "pop3/Pop3Client.h"

#include "pop3/ErrorTable.h"
#include "pop3/ReplyParsing.h"

#include <algorithm>
#include <utility>

namespace mf::pop3 {

template <typename T>
Pop3Client::ReplyHandler Pop3Client::simple(Callback<T> done, std::function<Result<T>(Reply &)> parse, QByteArray command)
{
    return [this, done = std::move(done), parse = std::move(parse), command](Result<Reply> r) {
        if (!r) {
            done(r.error());
            return;
        }
        Reply &reply = r.value();
        if (!reply.ok) {
            done(errors().fromReply(reply.text, command));
            return;
        }
        done(parse(reply));
    };
}

Pop3Client::ReplyHandler Pop3Client::statusHandler(StatusCallback done, QByteArray command)
{
    return [this, done = std::move(done), command](Result<Reply> r) {
        if (!r)
            done(r.error());
        else if (!r.value().ok)
            done(errors().fromReply(r.value().text, command));
        else
            done(Status());
    };
}

void Pop3Client::stat(Callback<StatInfo> done)
{
    const QString server = serverName();
    enqueue("STAT", false,
            simple<StatInfo>(
                std::move(done), [server](Reply &reply) { return parseStat(reply.text, server); }, "STAT"));
}

void Pop3Client::list(Callback<QList<ListEntry>> done)
{
    const QString server = serverName();
    const Limits limits = m_limits;
    enqueue("LIST", true,
            simple<QList<ListEntry>>(
                std::move(done), [server, limits](Reply &reply) { return parseListListing(reply.body, server, limits); }, "LIST"),
            {}, BodyKind::Listing, m_limits.maxListingBytes);
}

void Pop3Client::list(int number, Callback<ListEntry> done)
{
    const QByteArray line = "LIST " + QByteArray::number(number);
    const QString server = serverName();
    enqueue(line, false,
            simple<ListEntry>(
                std::move(done),
                [server, line](Reply &reply) -> Result<ListEntry> {
                    int n = 0;
                    QByteArray rest;
                    if (!splitNumber(reply.text, &n, &rest))
                        return badReply(server, line, reply.text);
                    const auto size = sizeValue(firstToken(rest));
                    if (!size)
                        return badReply(server, line, reply.text);
                    return ListEntry{n, *size};
                },
                line));
}

void Pop3Client::uidl(Callback<QList<UidlEntry>> done)
{
    const QString server = serverName();
    const Limits limits = m_limits;
    enqueue("UIDL", true,
            simple<QList<UidlEntry>>(
                std::move(done), [server, limits](Reply &reply) { return parseUidlListing(reply.body, server, limits); }, "UIDL"),
            {}, BodyKind::Listing, m_limits.maxListingBytes);
}

void Pop3Client::uidl(int number, Callback<UidlEntry> done)
{
    const QByteArray line = "UIDL " + QByteArray::number(number);
    const QString server = serverName();
    enqueue(line, false,
            simple<UidlEntry>(
                std::move(done),
                [server, line](Reply &reply) -> Result<UidlEntry> {
                    int n = 0;
                    QByteArray rest;
                    if (!splitNumber(reply.text, &n, &rest))
                        return badReply(server, line, reply.text);
                    return UidlEntry{n, firstToken(rest).toByteArray()};
                },
                line));
}

void Pop3Client::top(int number, int lines, Callback<QByteArray> done)
{
    const QByteArray line = "TOP " + QByteArray::number(number) + ' ' + QByteArray::number(std::max(0, lines));
    enqueue(line, true,
            simple<QByteArray>(
                std::move(done), [](Reply &reply) -> Result<QByteArray> { return std::move(reply.body); }, line),
            {}, BodyKind::Top, m_limits.maxTopBytes);
}

void Pop3Client::topCut(int number, int lines, qint64 keepBytes, Callback<CutReply> done)
{
    const QByteArray line = "TOP " + QByteArray::number(number) + ' ' + QByteArray::number(std::max(0, lines));
    enqueue(line, true,
            simple<CutReply>(
                std::move(done),
                [](Reply &reply) -> Result<CutReply> {
                    CutReply out;
                    out.sentBytes = std::max<qint64>(reply.bodyBytes, reply.body.size());
                    out.bytes = std::move(reply.body);
                    return out;
                },
                line),
            {}, BodyKind::Top, std::clamp<qint64>(keepBytes, 0, m_limits.maxTopBytes), true);
}

void Pop3Client::retrieve(int number, Callback<QByteArray> done)
{
    retrieve(number, -1, std::move(done));
}

void Pop3Client::retrieve(int number, qint64 maxBytes, Callback<QByteArray> done)
{
    const QByteArray line = "RETR " + QByteArray::number(number);
    const qint64 cap = maxBytes < 0 ? m_limits.maxMessageBytes : std::min(maxBytes, m_limits.maxMessageBytes);
    enqueue(line, true,
            simple<QByteArray>(
                std::move(done), [](Reply &reply) -> Result<QByteArray> { return std::move(reply.body); }, line),
            {}, BodyKind::Message, cap);
}

void Pop3Client::dele(int number, StatusCallback done)
{
    const QByteArray line = "DELE " + QByteArray::number(number);
    enqueue(line, false, statusHandler(std::move(done), line));
}

void Pop3Client::rset(StatusCallback done)
{
    enqueue("RSET", false, statusHandler(std::move(done), "RSET"));
}

void Pop3Client::noop(StatusCallback done)
{
    enqueue("NOOP", false, statusHandler(std::move(done), "NOOP"));
}

void Pop3Client::quit(StatusCallback done)
{
    MF_ASSERT_OWN_THREAD();
    auto handler = [this, done = std::move(done)](Result<Reply> r) {
        if (!r) {
            done(r.error());
            return;
        }
        // Whatever the answer, the session is over: the server closes after QUIT.
        m_state = State::Closed;
        ++m_generation;
        stopTimers();
        m_reader.clear();
        if (m_transport) {
            m_transport->close();
            m_transport->deleteLater();
            m_transport = nullptr;
        }
        if (r.value().ok)
            done(Status());
        else
            done(errors().fromReply(r.value().text, "QUIT"));
    };
    enqueue("QUIT", false, std::move(handler));
    m_quitRequested = true;
}

} // namespace mf::pop3
