// plain_tcp: the baselines, written as a C programmer would write them.
#include "plain_tcp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace socketlab::bench {
namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

void fail(const char* call)
{
    std::fprintf(stderr, "%s: %s\n", call, std::strerror(errno));
}

} // namespace

PlainListener::PlainListener(int backlog)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0) {
        fail("socket");
        return;
    }
    const int on = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in address = loopback(0);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || ::listen(m_fd, backlog) != 0) {
        fail("bind/listen");
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    socklen_t length = sizeof address;
    ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&address), &length);
    m_port = ntohs(address.sin_port);
}

PlainListener::~PlainListener()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int plainConnect(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        fail("socket");
        return -1;
    }
    sockaddr_in address = loopback(port);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
        fail("connect");
        ::close(fd);
        return -1;
    }
    return fd;
}

std::uint64_t plainSendAll(int fd, std::uint64_t bytes, std::size_t bufferSize)
{
    std::vector<char> buffer(bufferSize);
    for (std::size_t i = 0; i < buffer.size(); ++i)
        buffer[i] = static_cast<char>('a' + i % 26);
    std::uint64_t sent = 0;
    while (sent < bytes) {
        const std::size_t piece = static_cast<std::size_t>(std::min<std::uint64_t>(bufferSize, bytes - sent));
        const ssize_t n = ::send(fd, buffer.data(), piece, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail("send");
            break;
        }
        sent += static_cast<std::uint64_t>(n);
    }
    ::shutdown(fd, SHUT_WR);
    return sent;
}

std::uint64_t plainRecvAll(int fd, std::size_t bufferSize)
{
    std::vector<char> buffer(bufferSize);
    std::uint64_t received = 0;
    for (;;) {
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n < 0)
                fail("recv");
            return received;
        }
        received += static_cast<std::uint64_t>(n);
    }
}

double plainBulkSeconds(std::uint64_t bytes, std::size_t bufferSize)
{
    PlainListener listener;
    std::uint64_t received = 0;
    std::thread receiver([&] {
        const int fd = ::accept(listener.fd(), nullptr, nullptr);
        if (fd < 0) {
            fail("accept");
            return;
        }
        received = plainRecvAll(fd, bufferSize);
        ::close(fd);
    });
    const Stopwatch clock;
    const int fd = plainConnect(listener.port());
    if (fd >= 0)
        plainSendAll(fd, bytes, bufferSize);
    receiver.join();
    const double seconds = clock.seconds();
    if (fd >= 0)
        ::close(fd);
    if (received != bytes)
        std::fprintf(stderr, "plain loop: received %llu of %llu bytes\n", static_cast<unsigned long long>(received),
            static_cast<unsigned long long>(bytes));
    return seconds;
}

std::uint64_t residentBytes(pid_t pid)
{
    const std::string path = pid == 0 ? std::string("/proc/self/statm") : "/proc/" + std::to_string(pid) + "/statm";
    std::ifstream statm(path);
    std::uint64_t sizePages = 0;
    std::uint64_t residentPages = 0;
    statm >> sizePages >> residentPages;
    return residentPages * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

} // namespace socketlab::bench
