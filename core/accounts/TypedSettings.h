// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "accounts/AccountKeys.h"

#include <QSettings>
#include <QVariant>

namespace mf::accounts {

// How each setting type is written to and read from QSettings. The stored forms are the ones
// Mailferry has always written ("tls", "keep", "inbox-unread", plain numbers), so settings files
// from earlier versions keep loading; an unknown or unreadable value reads as the key's fallback.
[[nodiscard]] QVariant encodeSetting(const QString &value);
[[nodiscard]] QVariant encodeSetting(const QStringList &value);
[[nodiscard]] QVariant encodeSetting(const QByteArray &value);
[[nodiscard]] QVariant encodeSetting(const QDateTime &value);
[[nodiscard]] QVariant encodeSetting(bool value);
[[nodiscard]] QVariant encodeSetting(int value);
[[nodiscard]] QVariant encodeSetting(quint16 value);
[[nodiscard]] QVariant encodeSetting(qint64 value);
[[nodiscard]] QVariant encodeSetting(AccountConfig::Security value);
[[nodiscard]] QVariant encodeSetting(AccountConfig::Source value);
[[nodiscard]] QVariant encodeSetting(AfterCopy value);
[[nodiscard]] QVariant encodeSetting(Placement value);

void decodeSetting(const QVariant &stored, QString &out);
void decodeSetting(const QVariant &stored, QStringList &out);
void decodeSetting(const QVariant &stored, QByteArray &out);
void decodeSetting(const QVariant &stored, QDateTime &out);
void decodeSetting(const QVariant &stored, bool &out);
void decodeSetting(const QVariant &stored, int &out);
void decodeSetting(const QVariant &stored, quint16 &out);
void decodeSetting(const QVariant &stored, qint64 &out);
void decodeSetting(const QVariant &stored, AccountConfig::Security &out);
void decodeSetting(const QVariant &stored, AccountConfig::Source &out);
void decodeSetting(const QVariant &stored, AfterCopy &out);
void decodeSetting(const QVariant &stored, Placement &out);

/// Typed access to the settings file: the only code that turns a key into a QSettings path.
class TypedSettings {
public:
    explicit TypedSettings(QSettings *settings)
        : m_settings(settings)
    {
    }

    template <typename T>
    [[nodiscard]] T get(const QString &id, const AccountKey<T> &key) const
    {
        return read(path(id, key.name), key.fallback);
    }
    template <typename T>
    void set(const QString &id, const AccountKey<T> &key, const T &value)
    {
        m_settings->setValue(path(id, key.name), encodeSetting(value));
    }
    template <typename T>
    [[nodiscard]] bool contains(const QString &id, const AccountKey<T> &key) const
    {
        return m_settings->contains(path(id, key.name));
    }

    template <typename T>
    [[nodiscard]] T get(const AppKey<T> &key) const
    {
        return read(QString::fromLatin1(key.name), key.fallback);
    }
    template <typename T>
    void set(const AppKey<T> &key, const T &value)
    {
        m_settings->setValue(QString::fromLatin1(key.name), encodeSetting(value));
    }
    template <typename T>
    void remove(const AppKey<T> &key)
    {
        m_settings->remove(QString::fromLatin1(key.name));
    }

    template <typename T>
    [[nodiscard]] T get(const QString &googleEmail, const GoogleAccountKey<T> &key) const
    {
        return read(googlePath(googleEmail, key.name), key.fallback);
    }
    template <typename T>
    void set(const QString &googleEmail, const GoogleAccountKey<T> &key, const T &value)
    {
        m_settings->setValue(googlePath(googleEmail, key.name), encodeSetting(value));
    }
    /// Removes every setting kept for one Google account.
    void removeGoogleAccount(const QString &googleEmail);

    /// The ids of every account that has settings.
    [[nodiscard]] QStringList accountIds() const;
    /// Removes every setting of one account.
    void removeAccount(const QString &id);
    void sync() { m_settings->sync(); }

private:
    [[nodiscard]] static QString path(const QString &id, const char *name);
    [[nodiscard]] static QString googlePath(const QString &googleEmail, const char *name);
    template <typename T>
    [[nodiscard]] T read(const QString &path, const T &fallback) const
    {
        const QVariant stored = m_settings->value(path);
        T out = fallback;
        if (stored.isValid())
            decodeSetting(stored, out);
        return out;
    }

    QSettings *m_settings;
};

} // namespace mf::accounts
