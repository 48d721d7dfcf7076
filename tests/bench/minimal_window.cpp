// The start-up baseline: a minimal Qt Widgets program, one QMainWindow shown and nothing else.
// It reports "shown" through the same hook as SocketLab (src/gui/shown_report.cpp, compiled in),
// so bench_startup times both programs the same way.
#include "gui/shown_report.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(800, 600);
    socketlab::gui::reportWhenShown(window);
    window.show();
    return QApplication::exec();
}
