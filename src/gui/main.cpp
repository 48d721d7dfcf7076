// socketlab: the desktop application's entry point.
#include "app_icon.h"
#include "app_options.h"
#include "language_menu.h"
#include "main_window.h"
#include "quit_on_signals.h"
#include "shown_report.h"

#include "core/process_limits.h"
#include "i18n/language.h"
#include "i18n/terminal_text.h"
#include "socketlab_version.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    using namespace socketlab;

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Decided before QApplication exists: --help and --version must work without a display.
    gui::ParseResult parsed = gui::parseAppOptions(arguments);
    if (parsed.outcome != gui::ParseOutcome::Run) {
        // Printed in the language the window would speak: a core application is enough for that.
        QCoreApplication textOnly(argc, argv);
        i18n::setLanguage(
            i18n::isSupported(parsed.options.language) ? parsed.options.language : i18n::systemLanguage());
        parsed = gui::parseAppOptions(arguments);
    }
    if (parsed.outcome != gui::ParseOutcome::Run)
        i18n::useParentConsole(); // Windows: a GUI program prints into the shell that started it
    switch (parsed.outcome) {
    case gui::ParseOutcome::ShowHelp:
    case gui::ParseOutcome::ShowVersion: i18n::writeTerminalText(stdout, parsed.message + QLatin1Char('\n')); return 0;
    case gui::ParseOutcome::Error: i18n::writeTerminalText(stderr, parsed.message + QLatin1Char('\n')); return 2;
    case gui::ParseOutcome::Run: break;
    }

    core::raiseOpenFileLimit();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SocketLab"));
    QApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SOCKETLAB_APP_ID));
    gui::installApplicationIcon();
    gui::LanguageMenu::applyStartLanguage(parsed.options.language);

    gui::MainWindow window(parsed.options);
    // SOCKETLAB_REPORT_SHOWN=1: says on stdout when the window is first painted (the start-up benchmark).
    gui::reportWhenShown(window);
    window.show();
    // Ctrl+C in the terminal or SIGTERM: closed like the window's close button, settings saved.
    gui::QuitOnSignals quitOnSignals(&window);
    return QApplication::exec();
}
