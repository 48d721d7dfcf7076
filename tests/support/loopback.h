// Loopback helpers for the core's tests: addresses on 127.0.0.1 / ::1, bounded waits on a
// single socket, a port that nothing listens on, and a listener whose backlog is full (so a
// connect to it times out). Nothing here ever leaves the loopback interface.
#pragma once

#include "core/address.h"
#include "core/call_event.h"
#include "core/poller.h"
#include "core/resolver.h"
#include "core/socket.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace socketlab::tests {

// A numeric address as the core builds it (numeric forms make no recorded call).
inline core::Endpoint endpointFor(const std::string& host, std::uint16_t port, core::Family family = core::Family::Inet,
    core::SocketType type = core::SocketType::Stream)
{
    core::CallRecorder recorder;
    auto result = core::resolveEndpoints(host, std::to_string(port), family, type, false, recorder);
    if (!result.ok() || result->empty())
        return {};
    return result->front();
}

inline core::Endpoint loopbackV4(std::uint16_t port = 0)
{
    return endpointFor("127.0.0.1", port);
}

// Whether ::1 can be bound here (some containers have no IPv6 at all).
inline bool ipv6LoopbackAvailable()
{
    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet6, core::SocketType::Stream, 0, recorder);
    if (!socket.ok())
        return false;
    const core::Endpoint any6 = endpointFor("::1", 0, core::Family::Inet6);
    return any6.isValid() && socket->bind(any6).ok();
}

// Waits until `socket` is readable (or has an error/hang-up), at most timeoutMs.
inline bool waitReadable(core::SocketHandle socket, int timeoutMs)
{
    auto poller = core::Poller::create();
    if (!poller.ok())
        return false;
    if (!(*poller)->add(socket, core::kReadable, 1).ok())
        return false;
    std::vector<core::ReadyEvent> ready;
    auto woke = (*poller)->wait(timeoutMs, ready);
    return woke.ok() && !ready.empty();
}

// A TCP port on 127.0.0.1 that was free a moment ago and has nothing listening on it now.
inline std::uint16_t closedPort()
{
    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    if (!socket.ok() || !socket->bind(loopbackV4(0)).ok())
        return 0;
    auto local = socket->localAddress();
    if (!local.ok())
        return 0;
    return local->port(); // the socket closes here, nothing listens
}

// A TCP listener on 127.0.0.1 at a port the system picked, for a test's own server end: it
// accepts only when the test calls accept(). `port` stays 0 when a call failed.
struct LoopbackListener {
    explicit LoopbackListener(int backlog = 1)
    {
        auto opened = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        if (!opened.ok())
            return;
        socket = std::move(*opened);
        if (!socket.bind(loopbackV4(0)).ok() || !socket.listen(backlog).ok())
            return;
        if (auto local = socket.localAddress(); local.ok())
            port = local->port();
    }
    LoopbackListener(const LoopbackListener&) = delete;
    LoopbackListener& operator=(const LoopbackListener&) = delete;

    bool ok() const { return port != 0; }

    core::CallRecorder recorder; // before the socket: the socket records into it until it closes
    core::Socket socket;
    std::uint16_t port = 0;
};

// A listener with backlog 0 that never accepts, filled with connects until one times out, so
// the next connect to it times out too. `ok` is false (with `reason`) when the kernel completes
// every connect and the timeout cannot be reproduced here.
struct FullBacklogListener {
    static constexpr int kMaxFill = 16;
    static constexpr int kFillTimeoutMs = 300;

    core::CallRecorder recorder;
    core::Socket listener;
    std::vector<core::Socket> fillers;
    std::uint16_t port = 0;
    bool ok = false; // the next connect to `port` should time out
    bool broken = false; // something failed that should not have: a test failure, not a skip
    std::string reason;

    FullBacklogListener()
    {
        auto opened = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        if (!opened.ok()) {
            broken = true;
            reason = opened.error().toString();
            return;
        }
        listener = std::move(opened.value());
        if (auto bound = listener.bind(loopbackV4(0)); !bound.ok()) {
            broken = true;
            reason = bound.error().toString();
            return;
        }
        if (auto listening = listener.listen(0); !listening.ok()) {
            broken = true;
            reason = listening.error().toString();
            return;
        }
        auto local = listener.localAddress();
        if (!local.ok()) {
            broken = true;
            reason = local.error().toString();
            return;
        }
        port = local->port();
        for (int i = 0; i < kMaxFill; ++i) {
            auto filler = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
            if (!filler.ok()) {
                broken = true;
                reason = filler.error().toString();
                return;
            }
            auto connected = filler->connect(loopbackV4(port), kFillTimeoutMs);
            if (!connected.ok()) {
                if (connected.error().condition == core::Condition::TimedOut) {
                    ok = true;
                    return;
                }
                broken = true;
                reason = "filling the backlog failed: " + connected.error().toString();
                return;
            }
            fillers.push_back(std::move(filler.value()));
        }
        reason = "the kernel completed " + std::to_string(kMaxFill)
            + " connects to a listener with backlog 0 that never accepts";
    }
};

} // namespace socketlab::tests
