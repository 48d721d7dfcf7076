// ClientFleet: the child process that holds the idle-scale benchmark's clients (plain POSIX and
// epoll: it is a load generator, not SocketLab).
#include "idle_client_fleet.h"

#include "plain_tcp.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace socketlab::bench {
namespace {

enum Op : int { kConnect = 1, kEcho, kClose, kQuit };

struct Command {
    int op = 0;
    std::uint16_t port = 0;
    std::uint32_t count = 0;
};

// Connects in flight at once: well under the server's backlog, so few SYNs are dropped.
constexpr std::uint32_t kConnectsInFlight = 256;
constexpr std::size_t kMessageSize = 8;
// A phase that has not ended by then has failed (a client that never gets its answer).
constexpr int kPhaseTimeoutMs = 120'000;
constexpr int kFleetNice = 10;

bool writeAll(int fd, const void* data, std::size_t size)
{
    const char* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

bool readAll(int fd, void* data, std::size_t size)
{
    char* bytes = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t got = ::read(fd, bytes, size);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        bytes += got;
        size -= static_cast<std::size_t>(got);
    }
    return true;
}

// Client i's message: unique, so a reply that reached the wrong client would be noticed.
void messageOf(std::uint32_t index, char* out)
{
    char text[16];
    std::snprintf(text, sizeof text, "c%07u", index % 10'000'000u);
    std::memcpy(out, text, kMessageSize);
}

class Fleet {
public:
    Fleet()
        : m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    {
    }
    ~Fleet()
    {
        closeAll();
        ::close(m_epoll);
    }

    FleetReply connectAll(std::uint16_t port, std::uint32_t count)
    {
        closeAll();
        Stopwatch watch;
        FleetReply reply;
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        std::uint32_t started = 0;
        std::uint32_t inFlight = 0;
        std::vector<epoll_event> events(1024);
        while (reply.done + reply.failed < count) {
            while (started < count && inFlight < kConnectsInFlight) {
                const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
                ++started;
                if (fd < 0) {
                    std::fprintf(stderr, "fleet: socket: %s\n", std::strerror(errno));
                    ++reply.failed;
                    continue;
                }
                const int rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
                if (rc != 0 && errno != EINPROGRESS) {
                    std::fprintf(stderr, "fleet: connect: %s\n", std::strerror(errno));
                    ::close(fd);
                    ++reply.failed;
                    continue;
                }
                epoll_event event {};
                event.events = EPOLLOUT;
                event.data.fd = fd;
                ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
                ++inFlight;
            }
            if (inFlight == 0)
                continue;
            const int ready = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), kPhaseTimeoutMs);
            if (ready <= 0) {
                std::fprintf(stderr, "fleet: connects timed out\n");
                reply.failed += count - reply.done - reply.failed;
                break;
            }
            for (int i = 0; i < ready; ++i) {
                const int fd = events[static_cast<std::size_t>(i)].data.fd;
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
                --inFlight;
                if (error != 0) {
                    std::fprintf(stderr, "fleet: connect: %s\n", std::strerror(error));
                    ::close(fd);
                    ++reply.failed;
                    continue;
                }
                m_clients.push_back(fd);
                ++reply.done;
            }
        }
        reply.seconds = watch.seconds();
        return reply;
    }

    FleetReply echoAll()
    {
        Stopwatch watch;
        FleetReply reply;
        const std::uint32_t count = static_cast<std::uint32_t>(m_clients.size());
        std::vector<unsigned char> received(count, 0);
        std::uint32_t waiting = 0;
        for (std::uint32_t i = 0; i < count; ++i) {
            char message[kMessageSize];
            messageOf(i, message);
            epoll_event event {};
            event.events = EPOLLIN;
            event.data.u32 = i;
            if (::send(m_clients[i], message, kMessageSize, MSG_NOSIGNAL) != static_cast<ssize_t>(kMessageSize)
                || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_clients[i], &event) != 0) {
                ++reply.failed;
                continue;
            }
            ++waiting;
        }
        std::vector<epoll_event> events(1024);
        while (waiting > 0) {
            const int ready = ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), kPhaseTimeoutMs);
            if (ready <= 0) {
                std::fprintf(stderr, "fleet: %u clients got no answer\n", waiting);
                reply.failed += waiting;
                break;
            }
            for (int e = 0; e < ready; ++e) {
                const std::uint32_t i = events[static_cast<std::size_t>(e)].data.u32;
                char expected[kMessageSize];
                messageOf(i, expected);
                char buffer[kMessageSize];
                const std::size_t have = received[i];
                const ssize_t got = ::recv(m_clients[i], buffer, kMessageSize - have, 0);
                if (got < 0 && (errno == EAGAIN || errno == EINTR))
                    continue;
                const bool right = got > 0 && std::memcmp(buffer, expected + have, static_cast<std::size_t>(got)) == 0;
                if (!right) {
                    std::fprintf(stderr, "fleet: client %u: %s\n", i, got == 0 ? "closed" : "wrong bytes");
                    ++reply.failed;
                } else if ((received[i] = static_cast<unsigned char>(have + static_cast<std::size_t>(got)))
                    < kMessageSize) {
                    continue; // the rest is still on its way
                } else {
                    ++reply.done;
                }
                --waiting;
                ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, m_clients[i], nullptr);
            }
        }
        reply.seconds = watch.seconds();
        return reply;
    }

    FleetReply closeAll()
    {
        Stopwatch watch;
        FleetReply reply;
        for (const int fd : m_clients) {
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // quietly fails when not watched
            ::close(fd);
            ++reply.done;
        }
        m_clients.clear();
        reply.seconds = watch.seconds();
        return reply;
    }

private:
    int m_epoll;
    std::vector<int> m_clients;
};

[[noreturn]] void runChild(int commandFd, int replyFd)
{
    // The clients stand for other machines: on this 2-core box they must not take the CPU from the
    // server (and its GUI) being measured more than the kernel's share of a niced process.
    [[maybe_unused]] const int niced = ::nice(kFleetNice);
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    Fleet fleet;
    Command command;
    while (readAll(commandFd, &command, sizeof command) && command.op != kQuit) {
        FleetReply reply;
        switch (command.op) {
        case kConnect: reply = fleet.connectAll(command.port, command.count); break;
        case kEcho: reply = fleet.echoAll(); break;
        case kClose: reply = fleet.closeAll(); break;
        default: break;
        }
        if (!writeAll(replyFd, &reply, sizeof reply))
            break;
    }
    fleet.closeAll();
    ::_exit(0);
}

} // namespace

ClientFleet::ClientFleet()
{
    int commands[2];
    int replies[2];
    if (::pipe2(commands, O_CLOEXEC) != 0)
        return;
    if (::pipe2(replies, O_CLOEXEC) != 0) {
        ::close(commands[0]);
        ::close(commands[1]);
        return;
    }
    std::fflush(nullptr); // or buffered output would be written twice
    m_pid = ::fork();
    if (m_pid == 0) {
        ::close(commands[1]);
        ::close(replies[0]);
        runChild(commands[0], replies[1]);
    }
    ::close(commands[0]);
    ::close(replies[1]);
    m_commandFd = commands[1];
    m_replyFd = replies[0];
    if (m_pid < 0) {
        std::perror("fork");
        ::close(m_commandFd);
        ::close(m_replyFd);
        m_commandFd = m_replyFd = -1;
    }
}

ClientFleet::~ClientFleet()
{
    if (m_pid <= 0)
        return;
    command(kQuit, 0, 0);
    ::close(m_commandFd);
    ::close(m_replyFd);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
}

void ClientFleet::command(int op, std::uint16_t port, std::uint32_t count)
{
    Command sent;
    sent.op = op;
    sent.port = port;
    sent.count = count;
    if (m_commandFd >= 0)
        writeAll(m_commandFd, &sent, sizeof sent);
}

void ClientFleet::startConnect(std::uint16_t port, std::uint32_t count)
{
    command(kConnect, port, count);
}

void ClientFleet::startEcho()
{
    command(kEcho, 0, 0);
}

void ClientFleet::startClose()
{
    command(kClose, 0, 0);
}

FleetReply ClientFleet::waitReply()
{
    FleetReply reply;
    if (m_replyFd < 0 || !readAll(m_replyFd, &reply, sizeof reply)) {
        reply = FleetReply();
        reply.failed = ~std::uint32_t {0};
    }
    return reply;
}

} // namespace socketlab::bench
