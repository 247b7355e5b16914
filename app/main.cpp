// Mailferry's entry point: parses the command line, then starts the GUI or the headless CLI.
#include "common/SettingsKeys.h"
#include "common/Version.h"
#include "GuiMain.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(mf::keys::kOrganization));
    QApplication::setApplicationName(QString::fromLatin1(mf::keys::kApplication));
    QApplication::setApplicationDisplayName(QStringLiteral("Mailferry"));
    QApplication::setApplicationVersion(QStringLiteral(MAILFERRY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Moves mail from POP3 mailboxes into Gmail, safely."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    return mf::ui::runGui(app);
}
