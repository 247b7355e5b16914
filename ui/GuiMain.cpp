// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GuiMain.h"

#include "AppContext.h"
#include "Shell.h"
#include "common/SettingsKeys.h"
#include "platform/Autostart.h"
#include "secrets/KeychainCredentialStore.h"
#include "widgets/ClientAssistant.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace mf::ui {
namespace {
constexpr char kClientSecretOption[] = "client-secret";
} // namespace

void installTranslations(QApplication &app)
{
    // Qt's own strings (standard buttons, file dialogs) and Mailferry's, for the system locale.
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("mailferry"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

void addGuiOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QString::fromLatin1(Autostart::kBackgroundOption),
                                        QCoreApplication::translate("main",
                                                                    "Start quietly in the tray (used when starting at login): "
                                                                    "no window opens, and continuous sync starts for the "
                                                                    "mailboxes that have it.")));
    parser.addOption(
        QCommandLineOption(QString::fromLatin1(kClientSecretOption),
                           QCoreApplication::translate("main",
                                                       "Use this Google client file (client_secret.json) for signing "
                                                       "in, then open the setup wizard."),
                           QCoreApplication::translate("main", "file")));
}

GuiOptions guiOptions(const QCommandLineParser &parser)
{
    GuiOptions options;
    options.background = parser.isSet(QString::fromLatin1(Autostart::kBackgroundOption));
    options.clientSecretFile = parser.value(QString::fromLatin1(kClientSecretOption));
    return options;
}

bool startShell(Shell &shell, AppContext &context, const GuiOptions &options, QString *error)
{
    if (!options.clientSecretFile.isEmpty()) {
        const Status imported = ClientAssistant::importFile(context, options.clientSecretFile);
        if (!imported) {
            *error = imported.error().message;
            return false;
        }
        shell.start();
        if (!shell.wizard() || !shell.wizard()->isVisible())
            shell.showWizard();
        return true;
    }
    if (options.background)
        shell.startInBackground();
    else
        shell.start();
    return true;
}

int runGui(QApplication &app, const GuiOptions &options)
{
    installTranslations(app);
    QSettings settings(QString::fromLatin1(keys::kOrganization), QString::fromLatin1(keys::kApplication));
    secrets::KeychainCredentialStore keychain;
    AppContext context(&settings, &keychain);
    Shell shell(context);
    QString error;
    if (!startShell(shell, context, options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Mailferry: %1").arg(error)));
        return 2; // a usage error, as for the headless commands
    }
    return app.exec();
}

} // namespace mf::ui
