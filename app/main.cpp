// Mailferry's entry point: parses the command line, then starts the GUI or the headless CLI.
#include "GuiMain.h"
#include "cli/CliRunner.h"
#include "common/SettingsKeys.h"
#include "common/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

template <typename App>
void describe(App &app)
{
    App::setOrganizationName(QString::fromLatin1(mf::keys::kOrganization));
    App::setApplicationName(QString::fromLatin1(mf::keys::kApplication));
    App::setApplicationVersion(QStringLiteral(MAILFERRY_VERSION));
    Q_UNUSED(app);
}

} // namespace

int main(int argc, char *argv[])
{
    // A command (migrate, status, ...) runs headless: no display, no widgets, same engine.
    if (mf::app::CliRunner::isCliCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        mf::app::CliRunner cli;
        return cli.run(app.arguments());
    }

    QApplication app(argc, argv);
    describe(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Mailferry"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.mailferry.Mailferry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Moves mail from POP3 mailboxes into Gmail, safely.\n\n"
                "Without a command, the app opens. Commands for scripts and unattended runs:\n"
                "  migrate, retry-failed, status, export-log, accounts (see: mailferry migrate --help)"));
    parser.addHelpOption();
    parser.addVersionOption();
    // --background (the start-at-login entries) belongs to the GUI: isCliCommand() above skips
    // every argument that starts with '-', so it never routes this to the headless commands.
    mf::ui::addGuiOptions(parser);
    parser.process(app);

    return mf::ui::runGui(app, mf::ui::guiOptions(parser));
}
