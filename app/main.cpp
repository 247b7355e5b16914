// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Mailferry's entry point: parses the command line, then starts the GUI or the headless CLI.
// Built without the GUI (MAILFERRY_WITH_GUI=0: mailferry-cli.exe on Windows, MAILFERRY_GUI=OFF on
// servers) it runs the commands only and never includes ui/.
#if MAILFERRY_WITH_GUI
#include "GuiMain.h"
#endif
#include "ProcessHardening.h"
#include "cli/CliRunner.h"
#include "cli/TerminalText.h"
#include "common/Paths.h"
#include "common/PrivateFiles.h"
#include "common/SettingsKeys.h"
#include "common/Version.h"
#include "platform/Utf8Console.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#if MAILFERRY_WITH_GUI
#include <QApplication>
#include <QIcon>
#endif

#include <cstdio>
#include <cstdlib>

namespace {

/// The headless commands' log lines carry a server's words (a -ERR text, a certificate's
/// subject): printed like every other sender-controlled text, without control characters or
/// escape sequences that could rewrite the consultant's terminal.
void terminalSafeMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString text = mf::app::terminalSafe(message, 2000);
    const char *category = context.category ? context.category : "default";
    if (qstrcmp(category, "default") == 0)
        std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    else
        std::fprintf(stderr, "%s: %s\n", category, text.toUtf8().constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

template <typename App>
void describe(App &app)
{
    App::setOrganizationName(QString::fromLatin1(mf::keys::kOrganization));
    App::setApplicationName(QString::fromLatin1(mf::keys::kApplication));
    App::setApplicationVersion(QStringLiteral(MAILFERRY_VERSION));
    Q_UNUSED(app);
}

/// The settings file and the state folder, made private again on every start: earlier versions
/// (and the default umask) left them readable by other users, and they name the mailbox, the
/// server, the Gmail address, and every sender and subject.
void protectExistingFiles()
{
    const QSettings settings(QString::fromLatin1(mf::keys::kOrganization), QString::fromLatin1(mf::keys::kApplication));
    [[maybe_unused]] const bool settingsPrivate = mf::privatefiles::protectSettingsFile(settings.fileName());
    // Only the accounts folder, which is Mailferry's alone: the data folder itself may be one the
    // user named with MAILFERRY_DATA_DIR, whose other contents are not ours to change.
    [[maybe_unused]] const bool statePrivate = mf::privatefiles::tightenTree(mf::paths::dataDir() + QStringLiteral("/accounts"));
}

void describeGuiParser(QCommandLineParser &parser)
{
#if MAILFERRY_WITH_GUI
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Moves mail from POP3 mailboxes into Gmail, safely.\n\n"
                                    "Without a command, the app opens. Commands for scripts and unattended runs:\n"
                                    "  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget\n"
                                    "  (see: mailferry migrate --help)"));
#else
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Moves mail from POP3 mailboxes into Gmail, safely.\n\n"
                                    "Commands (this build has no window):\n"
                                    "  migrate, retry-failed, import, preflight, bulk, signin, status, export-log, accounts, forget\n"
                                    "  (see: mailferry migrate --help)"));
#endif
    parser.addHelpOption();
    parser.addVersionOption();
#if MAILFERRY_WITH_GUI
    // --background (the start-at-login entries) belongs to the GUI: isCliCommand() skips every
    // argument that starts with '-', so it never routes this to the headless commands.
    mf::ui::addGuiOptions(parser);
#endif
}

/// --help, --version (or a wrong option) without a command need no display: answered before any
/// GUI object exists, so they work over SSH and in scripts.
bool answersWithoutGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else: no core dumps (secrets live in this process) and private files.
    mf::app::hardenProcess();

    // A command (migrate, status, ...) runs headless: no display, no widgets, same engine.
    if (mf::app::CliRunner::isCliCommand(argc, argv)) {
        // UTF-8 in a Windows console too, like every terminal elsewhere (and like the log lines above).
        const mf::app::Utf8Console utf8Console;
        qInstallMessageHandler(terminalSafeMessages);
        QCoreApplication app(argc, argv);
        describe(app);
        protectExistingFiles();
        mf::app::CliRunner cli;
        return cli.run(app.arguments());
    }
    if (answersWithoutGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe(app);
        QCommandLineParser parser;
        describeGuiParser(parser);
        parser.process(app); // prints and exits for --help and --version
        return 0;
    }

#if MAILFERRY_WITH_GUI
    QApplication app(argc, argv);
    describe(app);
    protectExistingFiles();
    QApplication::setApplicationDisplayName(QStringLiteral("Mailferry"));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.mailferry.Mailferry"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/mailferry/icons/mailferry.svg")));

    QCommandLineParser parser;
    describeGuiParser(parser);
    parser.process(app);

    return mf::ui::runGui(app, mf::ui::guiOptions(parser));
#else
    // No command and no window to open: the usage, and the same exit code as any usage error.
    QCoreApplication app(argc, argv);
    describe(app);
    QCommandLineParser parser;
    describeGuiParser(parser);
    std::fputs(qPrintable(parser.helpText()), stderr);
    return mf::app::ExitUsage;
#endif
}
