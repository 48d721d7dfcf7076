// The idle-scale benchmark's baseline: a plain epoll echo server in a child process of its own,
// keeping nothing per connection but the descriptor (one 64 KiB buffer shared by all). Its
// resident-memory growth per connection is what the C library and the process itself cost.
#pragma once

#include <cstdint>
#include <sys/types.h>

namespace socketlab::bench {

class PlainEchoServer {
public:
    // Forks the server (before any Qt object or thread exists) and waits until it listens on
    // 127.0.0.1 with a port of the system's choice.
    explicit PlainEchoServer(int backlog);
    ~PlainEchoServer(); // kills and reaps it
    PlainEchoServer(const PlainEchoServer&) = delete;
    PlainEchoServer& operator=(const PlainEchoServer&) = delete;

    pid_t pid() const { return m_pid; }
    std::uint16_t port() const { return m_port; } // 0 when it failed to start

private:
    pid_t m_pid = -1;
    std::uint16_t m_port = 0;
};

} // namespace socketlab::bench
