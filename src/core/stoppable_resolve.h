// resolveEndpoints for a running session: a getaddrinfo call cannot be interrupted, so a session
// must never block in one where Stop cannot reach it. The call runs on a helper thread that owns
// everything it touches; the session waits for it or for its stop flag, whichever comes first.
// An answer that comes after Stop is dropped by the helper, never delivered to a session or a
// listener that may be gone.
#pragma once

#include "resolver.h"

#include <atomic>

namespace socketlab::core {

// How often a session waiting for getaddrinfo looks at its stop flag. The flag is set from a
// signal handler too (the CLI's Ctrl+C), where nothing can be notified: polling keeps it simple.
inline constexpr int kResolveStopCheckMs = 5;

// As resolveEndpoints(); numeric forms (no call) are answered at once on the calling thread.
// When `stop` is set before the answer comes: Condition::Cancelled, and no call is recorded.
Result<std::vector<Endpoint>> resolveEndpointsUntilStopped(const std::string& host, const std::string& port,
    Family family, SocketType type, bool passive, CallRecorder& recorder, const std::atomic<bool>& stop);

} // namespace socketlab::core
