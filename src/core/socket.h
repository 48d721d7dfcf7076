// Socket: one RAII-owned socket whose every call is recorded as a CallEvent.
//
// The methods are the calls the source material teaches (socket, bind, listen, accept, connect,
// send, recv, sendto, recvfrom, close) plus setsockopt, shutdown, getsockname and getpeername.
// Each returns a Result whose Error reads "<call>: <message> (<NAME>)". Calls that would block
// on a non-blocking socket return Condition::WouldBlock and are not recorded: they are an
// artefact of the event loop, not something a learner's blocking program would do.
#pragma once

#include "address.h"
#include "call_event.h"
#include "errors.h"
#include "tcp_state.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

namespace socketlab::core {

class Poller;

enum class SocketOption {
    ReuseAddress, // SO_REUSEADDR
    Broadcast, // SO_BROADCAST
    ReceiveBuffer, // SO_RCVBUF
    SendBuffer, // SO_SNDBUF
    KeepAlive, // SO_KEEPALIVE
    NoDelay, // TCP_NODELAY
    IPv6Only, // IPV6_V6ONLY
    MulticastTtl, // IP_MULTICAST_TTL (AF_INET) or IPV6_MULTICAST_HOPS (AF_INET6)
    MulticastLoop, // IP_MULTICAST_LOOP or IPV6_MULTICAST_LOOP
};
// "SO_REUSEADDR"; the multicast options are named for the family (IP_MULTICAST_TTL, IPV6_MULTICAST_HOPS).
const char* socketOptionName(SocketOption option, Family family = Family::Inet);

enum class ShutdownHow { Read, Write, Both }; // SHUT_RD, SHUT_WR, SHUT_RDWR

class Socket;
struct Accepted;

class Socket {
public:
    Socket() = default;
    ~Socket();
    Socket(Socket&& other) noexcept;
    Socket& operator=(Socket&& other) noexcept;
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    // socket(family, type, protocol). The recorder must outlive the socket.
    static Result<Socket> open(Family family, SocketType type, int protocol, CallRecorder& recorder);

    bool isOpen() const { return m_handle != kNoSocket; }
    SocketHandle handle() const { return m_handle; }
    Family family() const { return m_family; }
    SocketType type() const { return m_type; }

    Result<void> setOption(SocketOption option, int value);
    Result<void> bind(const Endpoint& address);
    Result<void> listen(int backlog);
    Result<Accepted> accept();
    // Connects, waiting at most timeoutMs (negative: no limit). While it waits, the poller's
    // wake() ends the wait with Condition::Cancelled — when `cancelled` is null or set; a wake
    // with `cancelled` clear (a queued command) goes on waiting. Recorded as one connect() with
    // its outcome, as a blocking connect() in a learner's program would be.
    Result<void> connect(
        const Endpoint& address, int timeoutMs, Poller* poller = nullptr, const std::atomic<bool>* cancelled = nullptr);
    Result<std::size_t> send(const char* data, std::size_t size);
    Result<std::size_t> recv(char* buffer, std::size_t size);
    Result<std::size_t> sendTo(const char* data, std::size_t size, const Endpoint& to);
    Result<std::size_t> recvFrom(char* buffer, std::size_t size, Endpoint& from);
    Result<void> shutdown(ShutdownHow how);
    // IP_ADD_MEMBERSHIP / IP_DROP_MEMBERSHIP (AF_INET) or IPV6_JOIN_GROUP / IPV6_LEAVE_GROUP
    // (AF_INET6). `group` is a numeric multicast address of the socket's family; `interface` is,
    // for AF_INET, the IPv4 address of the interface ("" lets the system choose) and, for
    // AF_INET6, an interface name or index ("" lets the system choose).
    Result<void> setMembership(const std::string& group, const std::string& interface, bool join);
    // IP_MULTICAST_IF / IPV6_MULTICAST_IF: the interface multicast datagrams leave by.
    Result<void> setMulticastInterface(const std::string& interface);
    Result<Endpoint> localAddress(); // getsockname
    Result<Endpoint> peerAddress(); // getpeername
    // Not recorded: the event loop's business, not the lesson's (see the file comment).
    Result<void> setNonBlocking(bool enabled);
    void close();

    // The TCP state the system reports (TcpState::Unknown for UDP, AF_UNIX, a closed socket, or
    // where the system does not tell). Not recorded: it is the lab's observation, not a lesson call.
    TcpState tcpState() const;

    // Stops the next recorded calls from holding the data shown in the trace (bulk transfers).
    void setRecordData(bool enabled) { m_recordData = enabled; }

private:
    enum class WaitOutcome { Ready, TimedOut, Cancelled };

    Socket(SocketHandle handle, Family family, SocketType type, CallRecorder* recorder);
    // The unrecorded mechanics of connect(): start it, wait for it, read its outcome.
    Result<void> connectNonBlocking(
        const Endpoint& address, int timeoutMs, Poller* poller, const std::atomic<bool>* cancelled);
    Result<WaitOutcome> waitWritableWithPoller(Poller& poller, int timeoutMs, const std::atomic<bool>* cancelled);
    Result<WaitOutcome> waitWritable(int timeoutMs);
    Error failure(const char* call, const std::string& args, int code) const;
    Result<void> setRawOption(int level, int name, const void* value, std::size_t size, const std::string& args);
    std::string handleText() const;
    // The state to show with a recorded call: only for TCP sockets, and only when recording.
    std::optional<TcpState> stateForTrace() const;
    // For a send()/recv() that moved data: moving data does not change a TCP state, so a recent
    // sample is reused (a traced flood would otherwise pay a getsockopt() per call).
    std::optional<TcpState> stateForDataTrace() const;

    SocketHandle m_handle = kNoSocket;
    Family m_family = Family::Unspecified;
    SocketType m_type = SocketType::Stream;
    CallRecorder* m_recorder = nullptr;
    bool m_nonBlocking = false;
    bool m_recordData = true;
    mutable std::optional<TcpState> m_tracedState; // the last sample, and when it was taken
    mutable std::chrono::steady_clock::time_point m_tracedStateAt;
};

struct Accepted {
    Socket socket;
    Endpoint peer;
};

// How much of the payload a recorded send/recv shows in the trace.
inline constexpr std::size_t kTraceDataPreview = 48;

} // namespace socketlab::core
