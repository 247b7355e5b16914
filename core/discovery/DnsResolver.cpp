// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "discovery/DnsResolver.h"

#include <QDnsLookup>
#include <QHostInfo>
#include <QPointer>

#include <algorithm>

namespace mf::discovery {
namespace {

class SystemDnsResolver final : public DnsResolver {
public:
    void lookupSrv(const QString &name, QObject *context, std::function<void(QList<SrvRecord>)> done) override
    {
        auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, context);
        QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, done = std::move(done)] {
            QList<SrvRecord> out;
            if (lookup->error() == QDnsLookup::NoError) {
                for (const QDnsServiceRecord &r : lookup->serviceRecords())
                    out.append({r.target(), r.port(), r.priority(), r.weight()});
            }
            lookup->deleteLater();
            done(out);
        });
        lookup->lookup();
    }

    void lookupMx(const QString &domain, QObject *context, std::function<void(QStringList)> done) override
    {
        auto *lookup = new QDnsLookup(QDnsLookup::MX, domain, context);
        QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, done = std::move(done)] {
            QList<QDnsMailExchangeRecord> records;
            if (lookup->error() == QDnsLookup::NoError)
                records = lookup->mailExchangeRecords();
            std::stable_sort(records.begin(), records.end(),
                             [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
            QStringList out;
            for (const auto &r : records)
                out << r.exchange();
            lookup->deleteLater();
            done(out);
        });
        lookup->lookup();
    }

    void hostExists(const QString &host, QObject *context, std::function<void(bool)> done) override
    {
        QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo &info) {
            done(info.error() == QHostInfo::NoError && !info.addresses().isEmpty());
        });
    }
};

} // namespace

DnsResolver *DnsResolver::system()
{
    static SystemDnsResolver resolver;
    return &resolver;
}

} // namespace mf::discovery
