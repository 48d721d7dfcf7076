// Session: the stop flag, the command queue and the poller every session shares.
#include "session.h"

#include <utility>

namespace socketlab::core {

Session::Session(SessionListener& listener)
    : m_listener(listener)
    , m_recorder(&listener)
{
    Result<std::unique_ptr<Poller>> poller = Poller::create();
    if (poller)
        m_poller = std::move(*poller);
    else
        m_pollerError = poller.error();
}

Session::~Session() = default;

void Session::stop()
{
    m_stopRequested.store(true, std::memory_order_relaxed);
    if (m_poller)
        m_poller->wake();
}

void Session::post(Command command)
{
    {
        std::lock_guard<std::mutex> lock(m_commandMutex);
        m_commands.push_back(std::move(command));
    }
    if (m_poller)
        m_poller->wake();
}

void Session::runCommands()
{
    {
        std::lock_guard<std::mutex> lock(m_commandMutex);
        std::swap(m_running, m_commands);
    }
    for (Command& command : m_running)
        command();
    m_running.clear();
}

Result<void> Session::pollerReady() const
{
    if (m_pollerError)
        return *m_pollerError;
    return {};
}

} // namespace socketlab::core
