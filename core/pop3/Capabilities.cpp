#include "pop3/Capabilities.h"

namespace mf::pop3 {

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
        } else if (name == "SASL") {
            for (int i = 1; i < words.size(); ++i)
                caps.sasl.append(QString::fromLatin1(words.at(i).toUpper()));
        } else if (name == "LOGIN-DELAY" && words.size() > 1) {
            bool ok = false;
            const int seconds = words.at(1).toInt(&ok);
            if (ok && seconds >= 0)
                caps.loginDelaySeconds = seconds;
        } else if (name == "EXPIRE" && words.size() > 1) {
            if (words.at(1).toUpper() == "NEVER") {
                caps.expireNever = true;
            } else {
                bool ok = false;
                const int days = words.at(1).toInt(&ok);
                if (ok && days >= 0)
                    caps.expireDays = days;
            }
        } else if (name == "IMPLEMENTATION") {
            caps.implementation = QString::fromUtf8(line.mid(int(sizeof("IMPLEMENTATION")))).trimmed();
        }
    }
    return caps;
}

bool Capabilities::hasSasl(const QString &mechanism) const
{
    return sasl.contains(mechanism.toUpper());
}

} // namespace mf::pop3
