// Poller: waits for many sockets at once and can be woken from any thread.
//
// epoll on Linux (poll() over 10,000 sockets costs ~2 ms a scan; epoll does not), poll() or
// WSAPoll elsewhere. wake() is thread-safe and async-signal-safe, so a Stop button or a
// SIGINT handler ends a blocked wait at once; there is never a sleep loop.
#pragma once

#include "call_event.h"
#include "errors.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace socketlab::core {

enum Interest : unsigned {
    kReadable = 1u << 0,
    kWritable = 1u << 1,
};

struct ReadyEvent {
    std::uint64_t token = 0;
    bool readable = false;
    bool writable = false;
    bool hangup = false; // error or hang-up: the next call on the socket says which
};

class Poller {
public:
    virtual ~Poller() = default;

    static Result<std::unique_ptr<Poller>> create();

    virtual Result<void> add(SocketHandle socket, unsigned interest, std::uint64_t token) = 0;
    virtual Result<void> modify(SocketHandle socket, unsigned interest, std::uint64_t token) = 0;
    virtual void remove(SocketHandle socket) = 0;
    // Waits up to timeoutMs (negative: forever). Returns the ready sockets (possibly none when
    // woken or timed out) in `ready`, which it clears first. Returns true when wake() was called.
    virtual Result<bool> wait(int timeoutMs, std::vector<ReadyEvent>& ready) = 0;
    virtual void wake() = 0;
};

} // namespace socketlab::core
