// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace mf::discovery {

/// The few DNS questions discovery asks, behind an interface so that unit tests answer them
/// from a table instead of the network. Every call is asynchronous: the callback runs later in
/// `context`'s thread, exactly once, unless `context` is destroyed first.
class DnsResolver {
public:
    struct SrvRecord {
        QString target;
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
    };

    virtual ~DnsResolver() = default;

    /// SRV records for `name` (e.g. "_pop3s._tcp.example.org"); empty on NXDOMAIN or failure.
    virtual void lookupSrv(const QString &name, QObject *context, std::function<void(QList<SrvRecord>)> done) = 0;
    /// Mail exchanger host names for `domain`, best (lowest preference) first; empty on failure.
    virtual void lookupMx(const QString &domain, QObject *context, std::function<void(QStringList)> done) = 0;
    /// Whether `host` resolves to an address at all.
    virtual void hostExists(const QString &host, QObject *context, std::function<void(bool)> done) = 0;

    /// The real resolver: QDnsLookup for SRV and MX, QHostInfo for addresses.
    [[nodiscard]] static DnsResolver *system();
};

} // namespace mf::discovery
