// PlainEchoServer: accept4 + epoll + recv/send, nothing else.
#include "plain_echo_server.h"

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
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

[[noreturn]] void serve(int listener, int portFd)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = listener;
    ::epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
    sockaddr_in bound {};
    socklen_t length = sizeof bound;
    ::getsockname(listener, reinterpret_cast<sockaddr*>(&bound), &length);
    const std::uint16_t port = ntohs(bound.sin_port);
    [[maybe_unused]] const auto told = ::write(portFd, &port, sizeof port);
    ::close(portFd);

    std::vector<char> buffer(64 * 1024);
    std::vector<epoll_event> events(256);
    for (;;) {
        const int ready = ::epoll_wait(epoll, events.data(), static_cast<int>(events.size()), -1);
        for (int i = 0; i < ready; ++i) {
            const int fd = events[static_cast<std::size_t>(i)].data.fd;
            if (fd == listener) {
                int client;
                while ((client = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
                    epoll_event added {};
                    added.events = EPOLLIN;
                    added.data.fd = client;
                    ::epoll_ctl(epoll, EPOLL_CTL_ADD, client, &added);
                }
                continue;
            }
            const ssize_t got = ::recv(fd, buffer.data(), buffer.size(), 0);
            if (got > 0) {
                // A few bytes at a time: the socket's send buffer always has room for them.
                [[maybe_unused]] const auto sent
                    = ::send(fd, buffer.data(), static_cast<std::size_t>(got), MSG_NOSIGNAL);
            } else if (got == 0 || errno != EAGAIN) {
                ::close(fd); // also leaves the epoll set
            }
        }
    }
}

} // namespace

PlainEchoServer::PlainEchoServer(int backlog)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (listener < 0 || ::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        || ::listen(listener, backlog) != 0) {
        std::perror("plain echo server");
        if (listener >= 0)
            ::close(listener);
        return;
    }
    int portPipe[2];
    if (::pipe2(portPipe, O_CLOEXEC) != 0) {
        ::close(listener);
        return;
    }
    std::fflush(nullptr);
    m_pid = ::fork();
    if (m_pid == 0) {
        ::close(portPipe[0]);
        serve(listener, portPipe[1]);
    }
    ::close(listener);
    ::close(portPipe[1]);
    if (m_pid > 0 && ::read(portPipe[0], &m_port, sizeof m_port) != sizeof m_port)
        m_port = 0;
    ::close(portPipe[0]);
}

PlainEchoServer::~PlainEchoServer()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
}

} // namespace socketlab::bench
