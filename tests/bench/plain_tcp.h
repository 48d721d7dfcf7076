// The plain C baselines for TCP benchmarks: socket/bind/listen/accept/send/recv with nothing
// around them, on 127.0.0.1 (POSIX). What SocketLab's sessions are compared with.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <sys/types.h>

namespace socketlab::bench {

inline constexpr std::uint64_t kGiB = 1024ull * 1024 * 1024;
inline constexpr std::size_t kBulkBufferSize = 64 * 1024; // the core server's recv size

// A listening socket on 127.0.0.1 with a port the system picked.
class PlainListener {
public:
    explicit PlainListener(int backlog = 128);
    ~PlainListener();
    PlainListener(const PlainListener&) = delete;
    PlainListener& operator=(const PlainListener&) = delete;

    int fd() const { return m_fd; }
    std::uint16_t port() const { return m_port; }

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

// A blocking connected socket to 127.0.0.1:port (-1 on failure, with a message on stderr).
int plainConnect(std::uint16_t port);

// Sends `bytes` bytes (a repeating pattern) in `bufferSize` pieces on a connected socket, then
// shuts down the sending side. Returns the bytes sent (short when the peer went away).
std::uint64_t plainSendAll(int fd, std::uint64_t bytes, std::size_t bufferSize);

// Reads until end of stream, discarding; returns the bytes read.
std::uint64_t plainRecvAll(int fd, std::size_t bufferSize);

// The baseline of the bulk benchmarks: one thread accepts and recv()s into a bufferSize buffer
// until end of stream, the calling thread connects and send()s `bytes`; the seconds from
// connect() to the receiver's end of stream.
double plainBulkSeconds(std::uint64_t bytes, std::size_t bufferSize);

// Resident memory of this process (or of pid), in bytes, from /proc.
std::uint64_t residentBytes(pid_t pid = 0);

class Stopwatch {
public:
    Stopwatch()
        : m_start(std::chrono::steady_clock::now())
    {
    }
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }
    double milliseconds() const { return seconds() * 1000.0; }
    void restart() { m_start = std::chrono::steady_clock::now(); }

private:
    std::chrono::steady_clock::time_point m_start;
};

} // namespace socketlab::bench
