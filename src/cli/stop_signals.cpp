// Signal handlers that stop the session (Session::stop() is async-signal-safe).
#include "stop_signals.h"

#include <atomic>

namespace socketlab::cli {

namespace {

// A signal handler can reach nothing but globals: this pointer is the only one, set while a
// StopOnSignals exists. A lock-free atomic is safe to read in a handler.
std::atomic<core::Session*> g_stoppableSession {nullptr};

extern "C" void stopSessionOnSignal(int signalNumber)
{
    std::signal(signalNumber, SIG_DFL);
    if (core::Session* session = g_stoppableSession.load())
        session->stop();
}

} // namespace

StopOnSignals::StopOnSignals(core::Session& session)
{
    g_stoppableSession.store(&session);
    m_previousInterrupt = std::signal(SIGINT, stopSessionOnSignal);
    m_previousTerminate = std::signal(SIGTERM, stopSessionOnSignal);
}

StopOnSignals::~StopOnSignals()
{
    std::signal(SIGINT, m_previousInterrupt == SIG_ERR ? SIG_DFL : m_previousInterrupt);
    std::signal(SIGTERM, m_previousTerminate == SIG_ERR ? SIG_DFL : m_previousTerminate);
    g_stoppableSession.store(nullptr);
}

} // namespace socketlab::cli
