// socketlab: the desktop application's entry point.
#include "app_options.h"
#include "main_window.h"

#include "core/process_limits.h"
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
    const gui::ParseResult parsed = gui::parseAppOptions(arguments);
    switch (parsed.outcome) {
    case gui::ParseOutcome::ShowHelp:
    case gui::ParseOutcome::ShowVersion: std::fputs(qPrintable(parsed.message + QLatin1Char('\n')), stdout); return 0;
    case gui::ParseOutcome::Error: std::fputs(qPrintable(parsed.message + QLatin1Char('\n')), stderr); return 2;
    case gui::ParseOutcome::Run: break;
    }

    core::raiseOpenFileLimit();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SocketLab"));
    QApplication::setOrganizationName(QStringLiteral("SocketLab"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKETLAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(SOCKETLAB_APP_ID));

    gui::MainWindow window(parsed.options);
    window.show();
    return QApplication::exec();
}
