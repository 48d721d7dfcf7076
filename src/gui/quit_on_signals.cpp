// QuitOnSignals: a signal handler may only set a flag; the GUI thread looks at it a few times a
// second. A timer is portable (std::signal works the same on every system) and needs no descriptor
// of its own; a tenth of a second is quick enough for a program that is being asked to quit.
#include "quit_on_signals.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace socketlab::gui {
namespace {

constexpr int kSignalCheckIntervalMs = 100;

// The signal that arrived, 0 for none. A lock-free atomic is safe to write in a handler.
std::atomic<int> g_caughtSignal {0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void rememberSignal(int signalNumber)
{
    std::signal(signalNumber, SIG_DFL); // a second one ends the process even if closing hangs
    g_caughtSignal.store(signalNumber);
}

} // namespace

QuitOnSignals::QuitOnSignals(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    g_caughtSignal.store(0);
    m_previousInterrupt = std::signal(SIGINT, rememberSignal);
    m_previousTerminate = std::signal(SIGTERM, rememberSignal);
    m_timer.setInterval(kSignalCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &QuitOnSignals::checkForSignal);
    m_timer.start();
}

QuitOnSignals::~QuitOnSignals()
{
    std::signal(SIGINT, m_previousInterrupt == SIG_ERR ? SIG_DFL : m_previousInterrupt);
    std::signal(SIGTERM, m_previousTerminate == SIG_ERR ? SIG_DFL : m_previousTerminate);
}

void QuitOnSignals::checkForSignal()
{
    if (g_caughtSignal.load() == 0)
        return;
    m_timer.stop();
    // As the close button: MainWindow::closeEvent saves the settings and stops the sessions.
    if (m_window)
        m_window->close();
    // Also ends a dialog's event loop that would otherwise keep the program waiting for a click.
    QCoreApplication::quit();
}

} // namespace socketlab::gui
