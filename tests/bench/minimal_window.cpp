// The start-up baseline: the canonical minimal Qt Widgets program, Qt's own "Hello World" from its
// widgets tutorial (a QLabel with a short text, shown). A real window shows text, and the first
// text drawn pays for the font start-up (fontconfig, the font database): the empty window this
// baseline used to be drew no text and never initialised fontconfig (under callgrind fontconfig's
// start-up alone cost SocketLab ~24 M instructions, more than the whole empty window's ~17 M), so
// it compared SocketLab with something no real program is.
// With `--empty` it shows an empty QMainWindow instead; bench_startup prints that figure as plain
// information only (no target is judged against it).
// Either way it reports "shown" through the same hook as SocketLab (src/gui/shown_report.cpp,
// compiled in), so bench_startup times both programs the same way.
#include "gui/shown_report.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool empty = argc > 1 && std::strcmp(argv[1], "--empty") == 0;
    std::unique_ptr<QWidget> window;
    if (empty) {
        window = std::make_unique<QMainWindow>();
        window->resize(800, 600);
    } else {
        window = std::make_unique<QLabel>(QStringLiteral("Hello world!"));
    }
    socketlab::gui::reportWhenShown(*window);
    window->show();
    return QApplication::exec();
}
