// A CallEvent is one socket or resolver call as a learner reads it, e.g.
//   bind(3, ('127.0.0.1', 12345)) -> 0
//   connect(3, ('127.0.0.1', 12345)) -> -1 ECONNREFUSED (Connection refused)
// Every call the core makes on behalf of a session is recorded as one, and handed to a sink.
#pragma once

#include "errors.h"
#include "tcp_state.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace socketlab::core {

using SocketHandle = std::intptr_t; // int fd on POSIX, SOCKET on Windows
inline constexpr SocketHandle kNoSocket = -1;

struct CallEvent {
    double tMs = 0; // milliseconds since the recorder's start
    std::string call; // "bind"
    std::string args; // "3, ('127.0.0.1', 12345)"
    long long result = 0; // the C return value: an fd, a byte count, 0 or -1
    std::string returned; // what Python's call would return, when it says more than
                          // `result`: "(4, ('127.0.0.1', 48437))", a list of addresses
    std::string data; // for send/recv calls: the bytes in Python's repr, shortened
    SocketHandle socket = kNoSocket; // the socket the call worked on
    std::string errorName; // "ECONNREFUSED"; empty on success
    int errorCode = 0; // the system's code
    std::string message; // the system's message; empty on success
    Condition condition = Condition::None;
    // A TCP socket's state right after the call (for accept(): the new connection's); empty when
    // not sampled — not TCP, or no socket left to ask (close()).
    std::optional<TcpState> tcpState;
    // For close() of a TCP socket: its state just before, which tells whether this side closed
    // first (and so keeps the connection in TIME_WAIT after the socket is gone).
    std::optional<TcpState> tcpStateBeforeClose;

    bool failed() const { return !errorName.empty(); }
};

class CallSink {
public:
    virtual ~CallSink() = default;
    virtual void onCall(const CallEvent& event) = 0;
    // Whether anyone reads the calls now. A sink that says no spares the session building the
    // events (strings, a getsockopt() for the TCP state) on its bulk paths; asked before each call.
    virtual bool wantsCalls() const { return true; }
    // Whether the sink would keep the next call. Hot paths (sendto/recvfrom at 100,000
    // datagrams/s) ask before building an event: a sink that would drop it (a full batch) says
    // false and is told onCallSkipped() instead, so it can still count the call.
    virtual bool keepsNextCall() const { return true; }
    virtual void onCallSkipped() { }
};

// Stamps events with time since it was made and passes them to a sink (which may be null).
// One recorder per session; used from the session's thread only.
class CallRecorder {
public:
    explicit CallRecorder(CallSink* sink = nullptr);

    void setSink(CallSink* sink) { m_sink = sink; }
    bool active() const { return m_sink != nullptr && m_sink->wantsCalls(); }
    // Whether the sink keeps the next event (see CallSink::keepsNextCall); else call skip().
    bool keepsNextCall() const { return active() && m_sink->keepsNextCall(); }
    void skip()
    {
        if (m_sink)
            m_sink->onCallSkipped();
    }
    double elapsedMs() const;

    void record(CallEvent event);
    // Shorthands for the common shapes.
    void recordSuccess(const char* call, std::string args, long long result, SocketHandle socket,
        std::string returned = {}, std::optional<TcpState> tcpState = std::nullopt);
    void recordFailure(const char* call, std::string args, SocketHandle socket, const Error& error,
        std::optional<TcpState> tcpState = std::nullopt);

private:
    CallSink* m_sink = nullptr;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace socketlab::core
