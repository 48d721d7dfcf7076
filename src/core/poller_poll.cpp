// The Poller on poll() (POSIX) and WSAPoll() (Windows), through the platform shim only.
//
// poll() takes the whole set on every call, so the set is kept as one array ready to pass: entry 0
// is the wake channel, the rest are the watched sockets. A handle-to-index map makes modify() and
// remove() O(1); remove() swaps the last entry into the hole, so the array never has gaps.
//
// add/modify/remove/wait belong to the thread that owns the poller; wake() is for any thread.
#include "poller_poll.h"

#include "platform.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <system_error>
#include <unordered_map>
#include <utility>

namespace socketlab::core {

namespace {

constexpr std::size_t kWakeIndex = 0;
constexpr std::size_t kFirstSocketIndex = 1;

// WSAPoll refuses POLLPRI and several other request flags with WSAEINVAL, so only POLLIN and
// POLLOUT are ever requested (it maps them to POLLRDNORM / POLLWRNORM).
constexpr int kReadableEvents = POLLIN | POLLRDNORM | POLLHUP | POLLERR;
constexpr int kWritableEvents = POLLOUT | POLLWRNORM;
// A hang-up or error ends the socket's usefulness; the next call on it says which it was.
constexpr int kHangupEvents = POLLHUP | POLLERR | POLLNVAL;

short requestedEvents(unsigned interest)
{
    int events = 0;
    if (interest & kReadable)
        events |= POLLIN;
    if (interest & kWritable)
        events |= POLLOUT;
    return static_cast<short>(events);
}

// Misuse of the poller (a socket added twice, or changed without being added): the same codes
// epoll_ctl gives, so both pollers fail alike. The portable <cerrno> value and text, since
// platform::systemError reads codes as Winsock ones on Windows.
Error pollerMisuse(const char* call, const char* name, int code, SocketHandle socket)
{
    Error error;
    error.kind = ErrorKind::System;
    error.condition = Condition::InvalidArgument;
    error.call = call;
    error.code = code;
    error.name = name;
    error.message = std::generic_category().message(code);
    error.input = std::to_string(socket);
    return error;
}

class PollPoller final : public Poller {
public:
    Result<void> open()
    {
        Result<void> opened = m_wake.open();
        if (!opened)
            return opened;
        platform::PollEntry wakeEntry {};
        wakeEntry.fd = m_wake.readHandle();
        wakeEntry.events = POLLIN;
        m_entries.assign(1, wakeEntry);
        m_tokens.assign(1, 0);
        m_indexOf.clear();
        return {};
    }

    Result<void> add(SocketHandle socket, unsigned interest, std::uint64_t token) override
    {
        if (m_indexOf.count(socket) != 0)
            return pollerMisuse("Poller::add", "EEXIST", EEXIST, socket);
        platform::PollEntry entry {};
        entry.fd = platform::toNative(socket);
        entry.events = requestedEvents(interest);
        m_indexOf.emplace(socket, m_entries.size());
        m_entries.push_back(entry);
        m_tokens.push_back(token);
        return {};
    }

    Result<void> modify(SocketHandle socket, unsigned interest, std::uint64_t token) override
    {
        const auto found = m_indexOf.find(socket);
        if (found == m_indexOf.end())
            return pollerMisuse("Poller::modify", "ENOENT", ENOENT, socket);
        m_entries[found->second].events = requestedEvents(interest);
        m_tokens[found->second] = token;
        return {};
    }

    void remove(SocketHandle socket) override
    {
        const auto found = m_indexOf.find(socket);
        if (found == m_indexOf.end())
            return; // as closing a socket drops it from epoll: nothing left to undo
        const std::size_t index = found->second;
        const std::size_t last = m_entries.size() - 1;
        if (index != last) {
            m_entries[index] = m_entries[last];
            m_tokens[index] = m_tokens[last];
            m_indexOf[platform::fromNative(m_entries[index].fd)] = index;
        }
        m_entries.pop_back();
        m_tokens.pop_back();
        m_indexOf.erase(found);
    }

    Result<bool> wait(int timeoutMs, std::vector<ReadyEvent>& ready) override
    {
        ready.clear();
        const bool forever = timeoutMs < 0;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(forever ? 0 : timeoutMs);
        int remainingMs = timeoutMs;
        int count = 0;
        for (;;) {
            count = platform::pollSockets(m_entries.data(), m_entries.size(), remainingMs);
            if (count >= 0)
                break;
            const int code = platform::lastError();
            if (!platform::isInterrupted(code))
                return platform::systemError("poll", code);
            // A signal cut the wait short: wait again, but only for what is left of the timeout.
            if (!forever) {
                using std::chrono::milliseconds;
                const auto left = std::chrono::ceil<milliseconds>(deadline - std::chrono::steady_clock::now());
                remainingMs = static_cast<int>(std::max<milliseconds::rep>(left.count(), 0));
            }
        }

        bool woken = false;
        if (m_entries[kWakeIndex].revents != 0) {
            woken = true;
            m_wake.drain();
            --count;
        }
        for (std::size_t i = kFirstSocketIndex; i < m_entries.size() && count > 0; ++i) {
            const int revents = m_entries[i].revents;
            if (revents == 0)
                continue;
            --count;
            ReadyEvent event;
            event.token = m_tokens[i];
            event.readable = (revents & kReadableEvents) != 0;
            event.writable = (revents & kWritableEvents) != 0;
            event.hangup = (revents & kHangupEvents) != 0;
            if (event.readable || event.writable || event.hangup)
                ready.push_back(event);
        }
        return woken;
    }

    void wake() override { m_wake.signal(); }

private:
    platform::WakeChannel m_wake;
    std::vector<platform::PollEntry> m_entries; // [kWakeIndex] is the wake channel
    std::vector<std::uint64_t> m_tokens; // parallel to m_entries
    std::unordered_map<SocketHandle, std::size_t> m_indexOf; // socket -> its index in m_entries
};

} // namespace

Result<std::unique_ptr<Poller>> createPollPoller()
{
    auto poller = std::make_unique<PollPoller>();
    Result<void> opened = poller->open();
    if (!opened)
        return opened.error();
    return std::unique_ptr<Poller>(std::move(poller));
}

// Where epoll exists, poller_epoll.cpp defines Poller::create(); the build defines this macro
// everywhere else (see src/core/CMakeLists.txt).
#ifdef SOCKETLAB_POLL_POLLER_IS_DEFAULT
Result<std::unique_ptr<Poller>> Poller::create()
{
    return createPollPoller();
}
#endif

} // namespace socketlab::core
