// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pop3/Capabilities.h"

#include "pop3/ServerText.h"

#include <limits>

namespace mf::pop3 {
namespace {

/// A day count or a second count from CAPA: clamped to int, nullopt if not a number.
std::optional<int> capaNumber(const QByteArray &word)
{
    const CheckedNumber n = parseDecimal(word, std::numeric_limits<int>::max());
    if (n.status == CheckedNumber::Status::TooLarge)
        return std::numeric_limits<int>::max();
    if (!n.ok())
        return std::nullopt;
    return int(n.value);
}

} // namespace

Capabilities Capabilities::parse(const QByteArray &body)
{
    Capabilities caps;
    caps.capaSupported = true;
    for (QByteArray line : body.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        caps.raw.append(line);
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray name = words.first().toUpper();
        const bool userTag = words.size() > 2 && words.at(2).toUpper() == "USER";
        if (name == "UIDL") {
            caps.uidl = true;
        } else if (name == "TOP") {
            caps.top = true;
        } else if (name == "PIPELINING") {
            caps.pipelining = true;
        } else if (name == "STLS") {
            caps.stls = true;
        } else if (name == "USER") {
            caps.user = true;
        } else if (name == "RESP-CODES") {
            caps.respCodes = true;
        } else if (name == "AUTH-RESP-CODE") {
            caps.authRespCode = true;
        } else if (name == "UTF8") {
            caps.utf8 = true;
            for (int i = 1; i < words.size(); ++i)
                caps.utf8User = caps.utf8User || words.at(i).toUpper() == "USER";
        } else if (name == "SASL") {
            for (int i = 1; i < words.size(); ++i)
                caps.sasl.append(QString::fromLatin1(words.at(i).toUpper()));
        } else if (name == "LOGIN-DELAY" && words.size() > 1) {
            if (const auto seconds = capaNumber(words.at(1))) {
                caps.loginDelaySeconds = seconds;
                caps.loginDelayPerUser = userTag;
            }
        } else if (name == "EXPIRE" && words.size() > 1) {
            if (words.at(1).toUpper() == "NEVER") {
                caps.expireNever = true;
                caps.expireDays.reset();
                caps.expirePerUser = userTag;
            } else if (const auto days = capaNumber(words.at(1))) {
                caps.expireNever = false;
                caps.expireDays = days;
                caps.expirePerUser = userTag;
            }
        } else if (name == "IMPLEMENTATION") {
            caps.implementation = sanitizeServerText(line.mid(int(sizeof("IMPLEMENTATION"))), 120);
        }
    }
    return caps;
}

bool Capabilities::hasSasl(const QString &mechanism) const
{
    return sasl.contains(mechanism.toUpper());
}

std::optional<Millis> Capabilities::loginDelay() const
{
    if (!loginDelaySeconds)
        return std::nullopt;
    const qint64 ms = qint64(*loginDelaySeconds) * 1000; // fits: int seconds times 1000
    return Millis(std::min<qint64>(ms, std::numeric_limits<int>::max()));
}

} // namespace mf::pop3
