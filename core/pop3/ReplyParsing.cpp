// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/ReplyParsing.h"

#include "pop3/ServerText.h"

#include <QCoreApplication>

#include <limits>

namespace mf::pop3 {

namespace {

/// Calls fn(line) for every line of a multi-line body (CR LF or bare LF), without copying it.
template <typename Fn>
bool forEachLine(const QByteArray &body, Fn fn)
{
    const char *d = body.constData();
    const qsizetype n = body.size();
    qsizetype start = 0;
    while (start < n) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = n;
        qsizetype stop = end;
        if (stop > start && d[stop - 1] == '\r')
            --stop;
        if (stop > start && !fn(QByteArrayView(d + start, stop - start)))
            return false;
        start = end + 1;
    }
    return true;
}

bool parseNumberPair(QByteArrayView line, int *number, QByteArrayView *rest)
{
    line = line.trimmed();
    const qsizetype space = line.indexOf(' ');
    if (space <= 0)
        return false;
    const auto n = messageNumber(line.first(space));
    if (!n)
        return false;
    *number = *n;
    *rest = line.sliced(space + 1).trimmed();
    return !rest->isEmpty();
}

Error listingTooLarge(const QString &server, const QByteArray &command, const QString &what)
{
    return Error::session(Error::Code::ReplyTooLarge,
                          QCoreApplication::translate("mf::pop3::Pop3Client",
                                                      "The server %1 sent an answer to %2 far larger than Mailferry "
                                                      "accepts. Mailferry will try again later.")
                              .arg(server, QString::fromLatin1(command)),
                          QStringLiteral("%1: %2").arg(QString::fromLatin1(command), what));
}

/// Parses the body of a multi-line listing of "<number> <token> [anything]" lines (LIST, UIDL).
/// `convert(number, token)` makes the entry, or std::nullopt when the token is not valid. The first
/// unreadable line turns the whole reply into a protocol error that names it: a listing with a hole
/// would let the engine miss or misnumber a message. More than `limits.maxListingEntries` entries,
/// or a line longer than `limits.maxLineBytes`, is ReplyTooLarge.
template <typename Entry, typename Convert>
Result<QList<Entry>> parseListing(const QByteArray &body, const QString &server, const QByteArray &command, const Limits &limits,
                                  Convert convert)
{
    QList<Entry> out;
    QByteArray bad;
    std::optional<Error> tooLarge;
    forEachLine(body, [&](QByteArrayView line) {
        if (line.size() > limits.maxLineBytes) {
            tooLarge = listingTooLarge(server, command, QStringLiteral("a line of %1 bytes").arg(line.size()));
            return false;
        }
        if (out.size() >= limits.maxListingEntries) {
            tooLarge = listingTooLarge(server, command, QStringLiteral("more than %1 entries").arg(limits.maxListingEntries));
            return false;
        }
        int n = 0;
        QByteArrayView rest;
        std::optional<Entry> entry;
        if (parseNumberPair(line, &n, &rest)) {
            const qsizetype sp = rest.indexOf(' ');
            entry = convert(n, sp < 0 ? rest : rest.first(sp));
        }
        if (!entry) {
            bad = line.toByteArray();
            return false;
        }
        out.append(std::move(*entry));
        return true;
    });
    if (tooLarge)
        return *tooLarge;
    if (!bad.isNull())
        return badReply(server, command, bad);
    return out;
}

} // namespace

bool startsWithNoCase(const QByteArray &line, const char *prefix)
{
    const qsizetype n = qsizetype(qstrlen(prefix));
    return line.size() >= n && qstrnicmp(line.constData(), prefix, n) == 0;
}

/// "[IN-USE] text" -> "IN-USE", "[LOGIN-DELAY 900] text" -> "LOGIN-DELAY" with `argument`
/// "900"; empty if the reply carries no response code (RFC 2449).
QByteArray responseCode(const QByteArray &text, QByteArray *argument)
{
    if (!text.startsWith('['))
        return {};
    const qsizetype end = text.indexOf(']');
    if (end <= 1)
        return {};
    const QByteArray inside = text.mid(1, end - 1).trimmed();
    const qsizetype space = inside.indexOf(' ');
    if (argument)
        *argument = space < 0 ? QByteArray() : inside.mid(space + 1).trimmed();
    return (space < 0 ? inside : inside.left(space)).toUpper();
}

/// A message number: 1 to INT_MAX, digits only.
std::optional<int> messageNumber(QByteArrayView text)
{
    const CheckedNumber n = parseDecimal(text, std::numeric_limits<int>::max());
    if (!n.ok() || n.value <= 0)
        return std::nullopt;
    return int(n.value);
}

std::optional<qint64> sizeValue(QByteArrayView text, qint64 max)
{
    const CheckedNumber n = parseDecimal(text, max);
    if (!n.ok())
        return std::nullopt;
    return n.value;
}

/// Parses "<number> <rest>" where number is a message number; rest is trimmed and non-empty.
bool splitNumber(const QByteArray &line, int *number, QByteArray *rest)
{
    const QByteArray s = line.trimmed();
    const qsizetype space = s.indexOf(' ');
    if (space <= 0)
        return false;
    const auto n = messageNumber(QByteArrayView(s).first(space));
    if (!n)
        return false;
    *number = *n;
    *rest = s.mid(space + 1).trimmed();
    return !rest->isEmpty();
}

/// The first space-separated token of `text`.
QByteArrayView firstToken(QByteArrayView text)
{
    text = text.trimmed();
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

QByteArray commandName(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    return space < 0 ? line : line.left(space);
}

bool isOkLine(const QByteArray &line)
{
    return startsWithNoCase(line, "+OK") && (line.size() == 3 || line.at(3) == ' ');
}

bool isErrLine(const QByteArray &line)
{
    return startsWithNoCase(line, "-ERR") && (line.size() == 4 || line.at(4) == ' ');
}

Error badReply(const QString &server, const QByteArray &command, const QByteArray &line)
{
    return Error::session(Error::Code::ProtocolViolation,
                          QCoreApplication::translate("mf::pop3::Pop3Client",
                                                      "The server %1 sent an answer Mailferry cannot read. Mailferry will "
                                                      "reconnect.")
                              .arg(server),
                          QStringLiteral("%1: unreadable line \"%2\"")
                              .arg(QString::fromLatin1(command), QString::fromLatin1(line.left(120).toPercentEncoding(" "))));
}

Result<StatInfo> parseStat(const QByteArray &statusText, const QString &server)
{
    // "+OK count size [anything]"; count may be 0.
    const QByteArray text = statusText.trimmed();
    const QList<QByteArray> words = text.split(' ');
    if (words.size() < 2)
        return badReply(server, "STAT", text);
    const CheckedNumber count = parseDecimal(words.at(0), std::numeric_limits<int>::max());
    const auto size = sizeValue(words.at(1), kMaxMaildropSize);
    if (!count.ok() || !size)
        return badReply(server, "STAT", text);
    StatInfo info;
    info.count = int(count.value);
    info.size = *size;
    return info;
}

Result<QList<ListEntry>> parseListListing(const QByteArray &body, const QString &server, const Limits &limits)
{
    return parseListing<ListEntry>(body, server, "LIST", limits, [](int n, QByteArrayView token) -> std::optional<ListEntry> {
        const auto size = sizeValue(token);
        if (!size)
            return std::nullopt;
        return ListEntry{n, *size};
    });
}

Result<QList<UidlEntry>> parseUidlListing(const QByteArray &body, const QString &server, const Limits &limits)
{
    return parseListing<UidlEntry>(body, server, "UIDL", limits, [](int n, QByteArrayView token) -> std::optional<UidlEntry> {
        return UidlEntry{n, token.toByteArray()};
    });
}

} // namespace mf::pop3
