// Poller on macOS and the BSDs: kqueue plus a pipe for wake-ups, the counterpart of
// poller_epoll.cpp. Like epoll, one kevent() wait costs the same for 10 or 10,000 idle sockets.
//
// kqueue keeps one filter per (socket, direction): EVFILT_READ and EVFILT_WRITE. Both are always
// registered for a socket and switched with EV_ENABLE / EV_DISABLE, so that modify() never has to
// know which ones exist; a socket's read and write events of one wait become one ReadyEvent.
// Filters are level-triggered (no EV_CLEAR), as the epoll poller's are.
#include "poller.h"

#include "platform.h"

#include <cerrno>
#include <cstdint>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include <fcntl.h>
#include <sys/event.h>
#include <sys/time.h>
#include <sys/types.h>
#include <unistd.h>

namespace socketlab::core {
namespace {

constexpr int kMaxEventsPerWait = 256;

// kevent's udata is a void* on macOS and FreeBSD but an intptr_t on older NetBSD: the token goes
// through whichever it is. (Tokens are connection ids; on 64-bit systems they pass unchanged.)
using UserData = decltype(std::declval<struct kevent>().udata);

// Templates, so that only the branch for the system's own type is compiled.
template<typename T = UserData>
T toUserData(std::uint64_t token)
{
    if constexpr (std::is_pointer_v<T>)
        return reinterpret_cast<T>(static_cast<std::uintptr_t>(token));
    else
        return static_cast<T>(token);
}

template<typename T = UserData>
std::uint64_t fromUserData(T data)
{
    if constexpr (std::is_pointer_v<T>)
        return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(data));
    else
        return static_cast<std::uint64_t>(data);
}

Result<void> makeNonBlockingAndCloseOnExec(int fd, const char* call)
{
    const int fdFlags = ::fcntl(fd, F_GETFD);
    if (fdFlags < 0 || ::fcntl(fd, F_SETFD, fdFlags | FD_CLOEXEC) != 0)
        return platform::systemError(call, errno);
    const int statusFlags = ::fcntl(fd, F_GETFL);
    if (statusFlags < 0 || ::fcntl(fd, F_SETFL, statusFlags | O_NONBLOCK) != 0)
        return platform::systemError(call, errno);
    return {};
}

class KqueuePoller final : public Poller {
public:
    ~KqueuePoller() override
    {
        for (int fd : {m_wakeRead, m_wakeWrite, m_kqueueFd}) {
            if (fd >= 0)
                ::close(fd);
        }
    }

    Result<void> open()
    {
        m_kqueueFd = ::kqueue();
        if (m_kqueueFd < 0)
            return platform::systemError("kqueue", errno);
        // A kqueue is not inherited by fork(), but its descriptor is by exec: close it there.
        if (::fcntl(m_kqueueFd, F_SETFD, FD_CLOEXEC) != 0)
            return platform::systemError("fcntl", errno);
        // The wake-up is a pipe, not EVFILT_USER: write() is async-signal-safe by POSIX, and a
        // SIGINT handler calls wake().
        int ends[2];
        if (::pipe(ends) != 0)
            return platform::systemError("pipe", errno);
        m_wakeRead = ends[0];
        m_wakeWrite = ends[1];
        for (int fd : {m_wakeRead, m_wakeWrite}) {
            if (Result<void> set = makeNonBlockingAndCloseOnExec(fd, "fcntl"); !set)
                return set;
        }
        struct kevent change;
        EV_SET(&change, static_cast<uintptr_t>(m_wakeRead), EVFILT_READ, EV_ADD | EV_ENABLE, 0, 0, toUserData(0));
        if (::kevent(m_kqueueFd, &change, 1, nullptr, 0, nullptr) != 0)
            return platform::systemError("kevent", errno);
        m_events.resize(kMaxEventsPerWait);
        return {};
    }

    Result<void> add(SocketHandle socket, unsigned interest, std::uint64_t token) override
    {
        return control(socket, interest, token);
    }

    Result<void> modify(SocketHandle socket, unsigned interest, std::uint64_t token) override
    {
        // EV_ADD on a registered filter updates it (flags and udata), so add and modify are one.
        return control(socket, interest, token);
    }

    void remove(SocketHandle socket) override
    {
        // Both filters exist (control() always registers both). Closing a socket removes its
        // filters by itself, so a failure here (already closed) changes nothing.
        struct kevent changes[2];
        const auto ident = static_cast<uintptr_t>(socket);
        EV_SET(&changes[0], ident, EVFILT_READ, EV_DELETE, 0, 0, toUserData(0));
        EV_SET(&changes[1], ident, EVFILT_WRITE, EV_DELETE, 0, 0, toUserData(0));
        ::kevent(m_kqueueFd, changes, 2, nullptr, 0, nullptr);
    }

    Result<bool> wait(int timeoutMs, std::vector<ReadyEvent>& ready) override
    {
        ready.clear();
        timespec timeout {};
        timeout.tv_sec = timeoutMs / 1000;
        timeout.tv_nsec = static_cast<long>(timeoutMs % 1000) * 1000000L;
        const timespec* timeoutOrForever = timeoutMs < 0 ? nullptr : &timeout;
        int count;
        do {
            count = ::kevent(
                m_kqueueFd, nullptr, 0, m_events.data(), static_cast<int>(m_events.size()), timeoutOrForever);
        } while (count < 0 && errno == EINTR && timeoutMs < 0);
        if (count < 0)
            return errno == EINTR ? Result<bool>(false) : Result<bool>(platform::systemError("kevent", errno));
        bool woken = false;
        m_readyIndex.clear();
        for (int i = 0; i < count; ++i) {
            const struct kevent& event = m_events[static_cast<std::size_t>(i)];
            if (event.ident == static_cast<uintptr_t>(m_wakeRead) && event.filter == EVFILT_READ) {
                drainWakePipe();
                woken = true;
                continue;
            }
            // One ReadyEvent per socket: its read and write filters report separately.
            const auto [slot, isNew] = m_readyIndex.try_emplace(event.ident, ready.size());
            if (isNew) {
                ReadyEvent readyEvent;
                readyEvent.token = fromUserData(event.udata);
                ready.push_back(readyEvent);
            }
            ReadyEvent& readyEvent = ready[slot->second];
            // EV_ERROR: the kernel could not check the filter (data holds the errno); EV_EOF: the
            // peer closed or reset its side (fflags holds a pending socket error, if any). Either
            // way the next call on the socket says which, as with epoll's EPOLLHUP/EPOLLERR.
            const bool ended = (event.flags & (EV_EOF | EV_ERROR)) != 0;
            if (event.filter == EVFILT_READ)
                readyEvent.readable = true;
            else if (event.filter == EVFILT_WRITE)
                readyEvent.writable = true;
            if (ended) {
                readyEvent.readable = true; // epoll too marks a hung-up socket readable
                readyEvent.hangup = true;
            }
        }
        // A full batch means more may be waiting: grow so that large servers drain faster.
        if (count == static_cast<int>(m_events.size()) && m_events.size() < kMaxEventsPerWait * 16)
            m_events.resize(m_events.size() * 2);
        return woken;
    }

    void wake() override
    {
        // write() is async-signal-safe; a full pipe already holds a pending wake-up (EAGAIN is
        // fine). errno is kept intact for an interrupted thread.
        const int savedErrno = errno;
        const char one = 1;
        [[maybe_unused]] const auto written = ::write(m_wakeWrite, &one, sizeof one);
        errno = savedErrno;
    }

private:
    Result<void> control(SocketHandle socket, unsigned interest, std::uint64_t token)
    {
        // Both filters are registered every time, the unwanted one disabled: EV_ADD both creates
        // and updates, so this is right whether or not the socket was known.
        struct kevent changes[2];
        const auto ident = static_cast<uintptr_t>(socket);
        const auto flagsFor = [interest](unsigned wanted) -> unsigned short {
            return static_cast<unsigned short>(EV_ADD | ((interest & wanted) ? EV_ENABLE : EV_DISABLE));
        };
        EV_SET(&changes[0], ident, EVFILT_READ, flagsFor(kReadable), 0, 0, toUserData(token));
        EV_SET(&changes[1], ident, EVFILT_WRITE, flagsFor(kWritable), 0, 0, toUserData(token));
        // No event list: an error in a change makes kevent() itself fail with its errno.
        if (::kevent(m_kqueueFd, changes, 2, nullptr, 0, nullptr) != 0)
            return platform::systemError("kevent", errno);
        return {};
    }

    void drainWakePipe()
    {
        char buffer[64];
        while (::read(m_wakeRead, buffer, sizeof buffer) > 0) { }
    }

    int m_kqueueFd = -1;
    int m_wakeRead = -1;
    int m_wakeWrite = -1;
    std::vector<struct kevent> m_events;
    std::unordered_map<uintptr_t, std::size_t> m_readyIndex; // socket -> its entry in `ready`, per wait
};

} // namespace

Result<std::unique_ptr<Poller>> Poller::create()
{
    auto poller = std::make_unique<KqueuePoller>();
    if (Result<void> opened = poller->open(); !opened)
        return opened.error();
    return std::unique_ptr<Poller>(std::move(poller));
}

} // namespace socketlab::core
