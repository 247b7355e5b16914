// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The refresh token through the real Secret Service (gnome-keyring inside dbus-run-session, see
// tests/run-one.sh): write, read back, remove, and a read after removal finds nothing.
#include "TestEnv.h"
#include "secrets/CredentialStore.h"
#include "secrets/KeychainCredentialStore.h"

#include <QtTest/QtTest>

#include <optional>

using namespace mf;
using namespace mf::secrets;

class TestKeychainStore : public QObject {
    Q_OBJECT
private slots:
    void refreshTokenRoundTrip()
    {
        KeychainCredentialStore store;
        QVERIFY(store.isPersistent());
        const QString key = googleRefreshTokenKey(QStringLiteral("maria@example.com"));
        const QString token = QStringLiteral("1//0g-test-refresh-token-%1").arg(QDateTime::currentMSecsSinceEpoch());

        std::optional<Status> wrote;
        store.write(key, token, [&](Status s) { wrote = s; });
        QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), 20000);
        MF_REQUIRE_PART(wrote->ok() || wrote->error().code != Error::Code::KeychainUnavailable,
                        QStringLiteral("no Secret Service: ") + (wrote->ok() ? QString() : wrote->error().detail));
        QVERIFY2(wrote->ok(), qPrintable(wrote->ok() ? QString() : wrote->error().toString()));

        std::optional<Result<QString>> read;
        store.read(key, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(read->ok());
        QCOMPARE(read->value(), token);

        // A second store object (a new app start) sees the same entry.
        KeychainCredentialStore again;
        read.reset();
        again.read(key, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QCOMPARE(read->value(), token);

        std::optional<Status> removed;
        store.remove(key, [&](Status s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());

        read.reset();
        store.read(key, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code, Error::Code::SecretNotFound);
        QVERIFY(!read->error().toString().contains(token));

        // Removing what is gone is fine (sign out twice).
        removed.reset();
        store.remove(key, [&](Status s) { removed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychain_store.moc"
