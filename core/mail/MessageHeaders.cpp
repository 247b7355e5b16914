// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mail/MessageHeaders.h"

#include <QStringDecoder>

#include <array>
#include <cstdio>

namespace mf::mail {
namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool allDigits(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isDigit(c))
            return false;
    return true;
}

bool allAlpha(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isAlpha(c))
            return false;
    return true;
}

constexpr std::array<const char *, 7> kWeekdays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Weekday and month names are matched on their first three letters, so "Thursday" and "March"
// (both written by real mailers) work as well as "Thu" and "Mar".
int nameIndex(const QByteArray &token, const char *const *names, int count)
{
    if (token.size() < 3 || !allAlpha(token))
        return -1;
    const QByteArray head = token.left(3).toLower();
    for (int i = 0; i < count; ++i) {
        if (head == QByteArray(names[i]).toLower())
            return i;
    }
    return -1;
}

int monthIndex(const QByteArray &token)
{
    return nameIndex(token, kMonths.data(), int(kMonths.size()));
}

bool isWeekday(const QByteArray &token)
{
    return nameIndex(token, kWeekdays.data(), int(kWeekdays.size())) >= 0;
}

// Zone names of RFC 5322 §4.3 plus a few that European and Asian mailers wrote.
std::optional<int> namedZoneOffsetMinutes(const QByteArray &token)
{
    const QByteArray z = token.toUpper();
    struct Zone {
        const char *name;
        int minutes;
    };
    static constexpr Zone zones[] = {
        {"UT", 0},        {"UTC", 0},       {"GMT", 0},       {"Z", 0},         {"EST", -5 * 60}, {"EDT", -4 * 60},
        {"CST", -6 * 60}, {"CDT", -5 * 60}, {"MST", -7 * 60}, {"MDT", -6 * 60}, {"PST", -8 * 60}, {"PDT", -7 * 60},
        {"CET", 60},      {"CEST", 120},    {"MET", 60},      {"MEST", 120},    {"BST", 60},      {"EET", 120},
        {"EEST", 180},    {"WET", 0},       {"WEST", 60},     {"JST", 9 * 60},  {"HKT", 8 * 60},  {"AEST", 10 * 60},
    };
    for (const Zone &zone : zones) {
        if (z == zone.name)
            return zone.minutes;
    }
    // RFC 5322 §4.3: military single letters were defined wrongly in RFC 822, so they carry no
    // information and must be read as -0000 (UTC, offset unknown).
    if (z.size() == 1 && isAlpha(z.at(0)) && z != "J")
        return 0;
    return std::nullopt;
}

// "+0100", "-0500", also the "+01:00" and "+01" that some programs write.
std::optional<int> numericZoneOffsetMinutes(const QByteArray &token)
{
    if (token.size() < 2 || (token.at(0) != '+' && token.at(0) != '-'))
        return std::nullopt;
    QByteArray digits = token.mid(1);
    digits.replace(':', QByteArray());
    if (!allDigits(digits))
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    if (digits.size() == 4) {
        hours = digits.left(2).toInt();
        minutes = digits.mid(2).toInt();
    } else if (digits.size() <= 2) {
        hours = digits.toInt();
    } else {
        return std::nullopt;
    }
    if (minutes > 59 || hours > 14)
        return std::nullopt;
    const int total = hours * 60 + minutes;
    return token.at(0) == '-' ? -total : total;
}

std::optional<QTime> parseTime(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split(':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    int values[3] = {0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        // "10:30:00.123": fractions of a second are dropped.
        if (i == 2) {
            const int dot = part.indexOf('.');
            if (dot > 0)
                part.truncate(dot);
        }
        if (!allDigits(part) || part.size() > 2)
            return std::nullopt;
        values[i] = part.toInt();
    }
    if (values[0] > 23 || values[1] > 59 || values[2] > 60)
        return std::nullopt;
    // A leap second (":60") is a real instant; QTime cannot hold it, and one second does not matter.
    const QTime time(values[0], values[1], values[2] == 60 ? 59 : values[2]);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

std::optional<int> parseYear(const QByteArray &token)
{
    if (!allDigits(token))
        return std::nullopt;
    const int value = token.toInt();
    // RFC 5322 §4.3: two-digit years below 50 are 20xx, the rest 19xx; three digits add 1900.
    switch (token.size()) {
    case 2: return value < 50 ? 2000 + value : 1900 + value;
    case 3: return 1900 + value;
    case 4: return value;
    default: return std::nullopt;
    }
}

QString bestEffortText(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes.data(), bytes.size());
}

QString decodeCharset(const QByteArray &charset, const QByteArray &bytes)
{
    QByteArray name = charset;
    const int star = name.indexOf('*'); // RFC 2231 language suffix: "utf-8*en"
    if (star >= 0)
        name.truncate(star);
    const QByteArray lower = name.toLower();
    if (lower.isEmpty() || lower == "us-ascii" || lower == "unknown-8bit" || lower == "x-unknown")
        return bestEffortText(bytes);
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return bestEffortText(bytes);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return bestEffortText(bytes);
    return text;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < text.size()) {
            const QByteArray hex(text.data() + i + 1, 2);
            bool ok = false;
            const int value = hex.toInt(&ok, 16);
            if (ok) {
                out.append(char(value));
                i += 2;
            } else {
                out.append(c);
            }
        } else {
            out.append(c);
        }
    }
    return out;
}

struct EncodedWord {
    QByteArray charset;
    QByteArray bytes;
    qsizetype end = 0; ///< offset just past "?="
};

// Recognises "=?charset?B|Q?text?=" starting at `pos`.
std::optional<EncodedWord> encodedWordAt(QByteArrayView s, qsizetype pos)
{
    if (pos + 1 >= s.size() || s.at(pos) != '=' || s.at(pos + 1) != '?')
        return std::nullopt;
    const qsizetype q1 = s.indexOf('?', pos + 2);
    if (q1 < 0 || q1 == pos + 2 || q1 + 2 >= s.size() || s.at(q1 + 2) != '?')
        return std::nullopt;
    const char encoding = s.at(q1 + 1);
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return std::nullopt;
    const QByteArrayView charset = s.sliced(pos + 2, q1 - pos - 2);
    for (char c : charset) {
        if (isWsp(c))
            return std::nullopt;
    }
    const qsizetype textStart = q1 + 3;
    const qsizetype close = s.indexOf("?=", textStart);
    if (close < 0)
        return std::nullopt;
    const QByteArrayView text = s.sliced(textStart, close - textStart);
    EncodedWord word;
    word.charset = charset.toByteArray();
    if (encoding == 'B' || encoding == 'b')
        word.bytes = QByteArray::fromBase64(text.toByteArray());
    else
        word.bytes = decodeQ(text);
    word.end = close + 2;
    return word;
}

} // namespace

MessageHeaders MessageHeaders::parse(const QByteArray &raw)
{
    MessageHeaders headers;
    const qsizetype n = raw.size();
    const qsizetype firstNewline = raw.indexOf('\n');
    headers.m_crlf = firstNewline < 0 || (firstNewline > 0 && raw.at(firstNewline - 1) == '\r');
    headers.m_headerEnd = n;

    Field *current = nullptr;
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype newline = raw.indexOf('\n', pos);
        const qsizetype lineEnd = newline < 0 ? n : newline;
        const qsizetype next = newline < 0 ? n : newline + 1;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && raw.at(contentEnd - 1) == '\r')
            --contentEnd;
        if (contentEnd == pos) {
            // The empty line: the body starts after it, and we never look there.
            headers.m_headerEnd = pos;
            break;
        }
        const char first = raw.at(pos);
        if (isWsp(first)) {
            // Unfolding (RFC 5322 §2.2.3) removes only the line break; the whitespace stays.
            if (current)
                current->value.append(raw.constData() + pos, contentEnd - pos);
        } else {
            current = nullptr;
            const qsizetype colon = raw.indexOf(':', pos);
            if (colon > pos && colon < contentEnd) {
                // "Subject :" (obsolete syntax) has whitespace before the colon. Only that is
                // dropped: a name must start the line, so that `offset` is where the name is
                // (DateRescue renames a field in place there).
                QByteArray name = raw.mid(pos, colon - pos);
                while (!name.isEmpty() && isWsp(name.back()))
                    name.chop(1);
                bool valid = !name.isEmpty();
                for (char c : name) {
                    if (c < 33 || c > 126) {
                        valid = false;
                        break;
                    }
                }
                if (valid) {
                    headers.m_fields.append(Field{name, raw.mid(colon + 1, contentEnd - colon - 1), pos});
                    current = &headers.m_fields.last();
                }
            }
        }
        pos = next;
    }
    for (Field &field : headers.m_fields)
        field.value = field.value.trimmed();
    return headers;
}

QByteArray MessageHeaders::value(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

QList<QByteArray> MessageHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            out.append(field.value);
    }
    return out;
}

bool MessageHeaders::contains(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray MessageHeaders::messageId() const
{
    const QByteArray raw = value("Message-ID");
    QByteArray inner;
    const qsizetype open = raw.indexOf('<');
    if (open >= 0) {
        const qsizetype close = raw.indexOf('>', open + 1);
        inner = close < 0 ? raw.mid(open + 1) : raw.mid(open + 1, close - open - 1);
    } else {
        // No brackets (old or broken mailers): the first word is the id.
        const QByteArray simplified = raw.simplified();
        const qsizetype space = simplified.indexOf(' ');
        inner = space < 0 ? simplified : simplified.left(space);
    }
    // A folded id may carry whitespace or NULs that are not part of it.
    QByteArray cleaned;
    cleaned.reserve(inner.size());
    for (char c : inner) {
        if (!isWsp(c) && c != '\r' && c != '\n' && c != '\0')
            cleaned.append(c);
    }
    if (cleaned.isEmpty())
        return {};
    return '<' + cleaned + '>';
}

QString MessageHeaders::subject() const
{
    return decodeText(value("Subject"));
}

QString MessageHeaders::from() const
{
    return decodeText(value("From"));
}

std::optional<QDateTime> MessageHeaders::date() const
{
    if (!contains("Date"))
        return std::nullopt;
    return parseDate(value("Date"));
}

QList<std::optional<QDateTime>> MessageHeaders::receivedDates() const
{
    QList<std::optional<QDateTime>> out;
    for (const QByteArray &received : values("Received")) {
        // RFC 5322 §3.6.7: received = "Received:" *received-token ";" date-time
        const qsizetype semicolon = received.lastIndexOf(';');
        if (semicolon < 0)
            out.append(std::nullopt);
        else
            out.append(parseDate(QByteArrayView(received).sliced(semicolon + 1)));
    }
    return out;
}

std::optional<QDateTime> MessageHeaders::parseDate(QByteArrayView text)
{
    // Comments ("+0000 (UTC)") go first; they may nest and hold anything.
    QByteArray cleaned;
    cleaned.reserve(text.size());
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\\' && depth > 0) {
            ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (depth > 0)
                --depth;
        } else if (depth == 0) {
            cleaned.append(c == ',' ? ' ' : c);
        }
    }
    QList<QByteArray> tokens;
    for (const QByteArray &token : cleaned.simplified().split(' ')) {
        if (token.isEmpty())
            continue;
        // "15-Mar-2014" (IMAP style) splits into its parts; "-0500" stays a zone.
        if (token.contains('-') && !token.startsWith('-') && !token.startsWith('+')) {
            for (const QByteArray &part : token.split('-')) {
                if (!part.isEmpty())
                    tokens.append(part);
            }
        } else {
            tokens.append(token);
        }
    }

    qsizetype i = 0;
    auto take = [&]() -> QByteArray { return i < tokens.size() ? tokens.at(i++) : QByteArray(); };
    auto peek = [&]() -> QByteArray { return i < tokens.size() ? tokens.at(i) : QByteArray(); };

    if (isWeekday(peek()))
        ++i;

    int day = 0;
    int month = -1;
    std::optional<int> year;
    std::optional<QTime> time;
    QByteArray zoneBeforeYear;
    const QByteArray first = take();
    if (allDigits(first) && first.size() <= 2) {
        day = first.toInt();
        month = monthIndex(take());
        year = parseYear(take());
        time = parseTime(take());
    } else if (monthIndex(first) >= 0) {
        // asctime() order: "Mar 15 10:30:00 2014" or "Mar 15 2014 10:30:00", maybe a zone before the year.
        month = monthIndex(first);
        const QByteArray dayToken = take();
        if (!allDigits(dayToken) || dayToken.size() > 2)
            return std::nullopt;
        day = dayToken.toInt();
        const QByteArray next = take();
        if (next.contains(':')) {
            time = parseTime(next);
            const QByteArray maybeZone = peek();
            if (!allDigits(maybeZone) && !maybeZone.isEmpty()) {
                // "Sat Mar 15 10:30:00 EST 2014" (date(1) output): zone, then year.
                zoneBeforeYear = take();
                year = parseYear(take());
            } else {
                year = parseYear(take());
            }
        } else {
            year = parseYear(next);
            time = parseTime(take());
        }
    } else {
        return std::nullopt;
    }
    if (month < 0 || !year || !time || day < 1 || *year < 1970 || *year > 9999)
        return std::nullopt;
    const QDate date(*year, month + 1, day);
    if (!date.isValid())
        return std::nullopt;

    int offsetMinutes = 0;
    const QByteArray zone = zoneBeforeYear.isEmpty() ? take() : zoneBeforeYear;
    if (!zone.isEmpty()) {
        std::optional<int> offset = numericZoneOffsetMinutes(zone);
        if (!offset && allAlpha(zone))
            offset = namedZoneOffsetMinutes(zone);
        if (!offset && allAlpha(zone))
            offset = 0; // an unknown zone name: the time is right, the offset unknown (-0000)
        if (!offset)
            return std::nullopt;
        offsetMinutes = *offset;
    }
    // A missing zone is read as -0000 too: the best we can do, and far better than "today".
    QDateTime result(date, *time, Qt::OffsetFromUTC, offsetMinutes * 60);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

QByteArray MessageHeaders::formatDate(const QDateTime &dateTime)
{
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc() / 60;
    const int absOffset = offset < 0 ? -offset : offset;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %d %s %04d %02d:%02d:%02d %c%02d%02d", kWeekdays[size_t(date.dayOfWeek() - 1)],
                  date.day(), kMonths[size_t(date.month() - 1)], date.year(), time.hour(), time.minute(), time.second(),
                  offset < 0 ? '-' : '+', absOffset / 60, absOffset % 60);
    return QByteArray(buffer);
}

QString MessageHeaders::decodeText(QByteArrayView raw)
{
    // Line breaks left by folding and NUL bytes are not part of any text a person should see.
    QByteArray s;
    s.reserve(raw.size());
    for (char c : raw) {
        if (c != '\r' && c != '\n' && c != '\0')
            s.append(c);
    }

    QString out;
    QByteArray plain;          // raw bytes between encoded-words
    QByteArray pendingCharset; // consecutive encoded-words of one charset are decoded together,
    QByteArray pendingBytes;   // because mailers split multi-byte characters across words
    auto flushEncoded = [&] {
        if (!pendingBytes.isEmpty() || !pendingCharset.isEmpty())
            out += decodeCharset(pendingCharset, pendingBytes);
        pendingCharset.clear();
        pendingBytes.clear();
    };
    auto flushPlain = [&] {
        if (!plain.isEmpty())
            out += bestEffortText(plain);
        plain.clear();
    };

    bool lastWasEncoded = false;
    qsizetype pos = 0;
    while (pos < s.size()) {
        if (auto word = encodedWordAt(s, pos)) {
            // RFC 2047 §6.2: whitespace between two encoded-words is not displayed.
            bool onlyWhitespace = true;
            for (char c : plain) {
                if (!isWsp(c)) {
                    onlyWhitespace = false;
                    break;
                }
            }
            if (lastWasEncoded && onlyWhitespace) {
                plain.clear();
            } else {
                flushEncoded();
                flushPlain();
            }
            if (!pendingCharset.isEmpty() && pendingCharset.compare(word->charset, Qt::CaseInsensitive) != 0)
                flushEncoded();
            pendingCharset = word->charset;
            pendingBytes += word->bytes;
            lastWasEncoded = true;
            pos = word->end;
            continue;
        }
        if (!isWsp(s.at(pos)) && lastWasEncoded) {
            flushEncoded();
            flushPlain();
            lastWasEncoded = false;
        }
        plain.append(s.at(pos));
        ++pos;
    }
    flushEncoded();
    flushPlain();
    return out;
}

} // namespace mf::mail
