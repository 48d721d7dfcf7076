// QuitOnSignals: Ctrl+C in the terminal that started SocketLab (SIGINT) and SIGTERM (a logout, a
// `kill`, a service manager) close the window the way its close button does: the settings are
// saved, every session stops and joins its thread, and the program exits with code 0. Without
// it the system's default action kills the process on the spot, with nothing saved.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace socketlab::gui {

class QuitOnSignals : public QObject {
    Q_OBJECT

public:
    // While it exists, SIGINT and SIGTERM close `window` and then quit the application. A second
    // signal ends the process the usual way, in case closing ever hangs.
    explicit QuitOnSignals(QWidget* window, QObject* parent = nullptr);
    ~QuitOnSignals() override;
    QuitOnSignals(const QuitOnSignals&) = delete;
    QuitOnSignals& operator=(const QuitOnSignals&) = delete;

private:
    void checkForSignal();

    using Handler = void (*)(int);
    Handler m_previousInterrupt = nullptr;
    Handler m_previousTerminate = nullptr;
    QPointer<QWidget> m_window;
    QTimer m_timer;
};

} // namespace socketlab::gui
