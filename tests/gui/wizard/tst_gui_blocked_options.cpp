// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The options for messages Gmail refuses for an attachment type, and for Spam with import: their
// defaults, when the form shows them, and that they are saved with the account.
#include "accounts/AccountConfig.h"
#include "widgets/OptionsForm.h"

#include <QCheckBox>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mf;

class TestGuiBlockedOptions : public QObject {
    Q_OBJECT
private slots:
    void defaultsAndVisibility()
    {
        ui::OptionsForm form;
        form.setOptions({});
        auto *import = form.findChild<QCheckBox *>(QStringLiteral("useImportCheck"));
        auto *neverSpam = form.findChild<QCheckBox *>(QStringLiteral("neverSpamCheck"));
        auto *strip = form.findChild<QCheckBox *>(QStringLiteral("stripBlockedCheck"));
        auto *deleteStripped = form.findChild<QCheckBox *>(QStringLiteral("deleteStrippedCheck"));
        auto *deleteNow = form.findChild<QRadioButton *>(QStringLiteral("deleteRadio"));
        QVERIFY(import && neverSpam && strip && deleteStripped && deleteNow);

        // "Never send to Spam" only with import, and on by default there.
        QVERIFY(!import->isChecked());
        QVERIFY(!neverSpam->isVisibleTo(&form));
        import->setChecked(true);
        QVERIFY(neverSpam->isVisibleTo(&form));
        QVERIFY(neverSpam->isChecked());

        // Copy without blocked attachments is on by default; deleting those is off, and only
        // offered when messages leave the server at all.
        QVERIFY(strip->isChecked());
        QVERIFY(!deleteStripped->isChecked());
        QVERIFY(!deleteStripped->isVisibleTo(&form));
        deleteNow->setChecked(true);
        QVERIFY(deleteStripped->isVisibleTo(&form));
        strip->setChecked(false);
        QVERIFY(!deleteStripped->isEnabled());

        migration::MigrationOptions o;
        form.applyTo(o);
        QVERIFY(o.useImport);
        QVERIFY(o.neverMarkSpam);
        QVERIFY(!o.stripBlockedAttachments);
        QVERIFY(!o.deleteStrippedFromServer);

        migration::MigrationOptions chosen;
        chosen.useImport = true;
        chosen.neverMarkSpam = false;
        chosen.deleteStrippedFromServer = true;
        form.setOptions(chosen);
        migration::MigrationOptions back;
        form.applyTo(back);
        QVERIFY(!back.neverMarkSpam);
        QVERIFY(back.stripBlockedAttachments);
        QVERIFY(back.deleteStrippedFromServer);
    }

    void savedWithTheAccount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        accounts::AccountConfig a;
        a.id = QStringLiteral("ann@isp.example");
        a.email = a.id;
        a.host = QStringLiteral("pop.isp.example");
        {
            QSettings settings(path, QSettings::IniFormat);
            accounts::AccountStore store(&settings);
            store.save(a); // the defaults
            const auto loaded = store.account(a.id);
            QVERIFY(loaded);
            QVERIFY(loaded->options.stripBlockedAttachments);
            QVERIFY(!loaded->options.deleteStrippedFromServer);
            QVERIFY(loaded->options.neverMarkSpam);
            a.options.stripBlockedAttachments = false;
            a.options.deleteStrippedFromServer = true;
            a.options.neverMarkSpam = false;
            store.save(a);
        }
        QSettings settings(path, QSettings::IniFormat);
        accounts::AccountStore store(&settings);
        const auto loaded = store.account(a.id);
        QVERIFY(loaded);
        QVERIFY(!loaded->options.stripBlockedAttachments);
        QVERIFY(loaded->options.deleteStrippedFromServer);
        QVERIFY(!loaded->options.neverMarkSpam);
    }
};

QTEST_MAIN(TestGuiBlockedOptions)
#include "tst_gui_blocked_options.moc"
