#include "GuiMain.h"

#include "AppContext.h"
#include "Shell.h"
#include "platform/Autostart.h"
#include "common/SettingsKeys.h"
#include "secrets/KeychainCredentialStore.h"
#include "wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace mf::ui {

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
                                        QCoreApplication::translate(
                                            "main", "Start quietly in the tray (used when starting at login): "
                                                    "no window opens, and continuous sync starts for the "
                                                    "mailboxes that have it.")));
}

GuiOptions guiOptions(const QCommandLineParser &parser)
{
    GuiOptions options;
    options.background = parser.isSet(QString::fromLatin1(Autostart::kBackgroundOption));
    return options;
}

int runGui(QApplication &app, const GuiOptions &options)
{
    installTranslations(app);
    QSettings settings(QString::fromLatin1(keys::kOrganization), QString::fromLatin1(keys::kApplication));
    secrets::KeychainCredentialStore keychain;
    AppContext context(&settings, &keychain);
    Shell shell(context);
    if (options.background)
        shell.startInBackground();
    else
        shell.start();
    return app.exec();
}

} // namespace mf::ui
