// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "widgets/SecretSaver.h"

#include "AppContext.h"
#include "secrets/CredentialStore.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace mf::ui {

void saveSecret(AppContext &context, QWidget *parent, const QString &key, const QString &secret, std::function<void(Status)> done)
{
    QPointer<QWidget> guard(parent);
    AppContext *ctx = &context;
    context.secrets()->write(key, secret, [ctx, guard, key, secret, done](Status status) {
        if (status || status.error().code != Error::Code::KeychainUnavailable || ctx->sessionOnlySecrets()) {
            done(status);
            return;
        }
        if (!guard) {
            done(status);
            return;
        }
        auto *box =
            new QMessageBox(QMessageBox::Warning,
                            QCoreApplication::translate("mf::ui::SecretSaver", "No password store on this computer"),
                            QCoreApplication::translate("mf::ui::SecretSaver",
                                                        "Mailferry keeps passwords in your computer's password store (the "
                                                        "keychain), but this computer does not have one running.\n\n"
                                                        "Mailferry can keep the password in memory until you quit it. You will "
                                                        "then have to type it again next time. It is never written to a file."),
                            QMessageBox::NoButton, guard);
        box->setObjectName(QStringLiteral("keychainUnavailableDialog"));
        box->setDetailedText(status.error().detail);
        QPushButton *memory = box->addButton(QCoreApplication::translate("mf::ui::SecretSaver", "Keep it for this session only"),
                                             QMessageBox::AcceptRole);
        memory->setObjectName(QStringLiteral("sessionOnlyButton"));
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(memory);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, ctx, [ctx, box, memory, key, secret, done, status] {
            if (box->clickedButton() != memory) {
                done(status);
                return;
            }
            ctx->useSessionOnlySecrets();
            ctx->secrets()->write(key, secret, done);
        });
        box->open();
    });
}

} // namespace mf::ui
