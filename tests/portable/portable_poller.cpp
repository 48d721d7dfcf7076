// The poller, as the sessions use it: poll() on POSIX, WSAPoll() on Windows (both through
// createPollPoller(), which Linux builds too), and Poller::create() (epoll on Linux, the same
// WSAPoll poller on Windows). Readable after data, writable after connect, a peer's close seen,
// a failed non-blocking connect reported in bounded time (WSAPoll before Windows 10 2004 never
// reported it), wake() from another thread, and a timeout that ends the wait.
#include "loopback.h"
#include "portable_test.h"
#include "session_harness.h"

#include "core/poller.h"
#include "core/poller_poll.h" // internal: the portable poller, named so Linux tests it too
#include "core/socket.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace socketlab;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kWaitMs = tests::kWaitMs;
constexpr std::uint64_t kToken = 7;
constexpr int kShortTimeoutMs = 100;

struct Backend {
    const char* name;
    std::function<core::Result<std::unique_ptr<core::Poller>>()> create;
};

const Backend kBackends[] = {
    {"poll", [] { return core::createPollPoller(); }},
    {"default", [] { return core::Poller::create(); }},
};

long long elapsedMs(Clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count();
}

// A connected loopback pair made through the core's own calls.
struct Pair {
    tests::LoopbackListener listener;
    core::CallRecorder recorder;
    core::Socket client;
    core::Socket server;
    std::string error;

    Pair()
    {
        if (!listener.ok()) {
            error = "listener";
            return;
        }
        auto opened = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        if (!opened.ok()) {
            error = opened.error().toString();
            return;
        }
        client = std::move(*opened);
        if (auto connected = client.connect(tests::loopbackV4(listener.port), kWaitMs); !connected.ok()) {
            error = connected.error().toString();
            return;
        }
        auto accepted = listener.socket.accept();
        if (!accepted.ok()) {
            error = accepted.error().toString();
            return;
        }
        server = std::move(accepted->socket);
    }
    bool ok() const { return error.empty(); }
};

std::unique_ptr<core::Poller> make(const Backend& backend)
{
    auto poller = backend.create();
    if (!poller.ok()) {
        CHECK_MSG(false, std::string(backend.name) + ": " + poller.error().toString());
        throw portable_test::CaseStopped {};
    }
    return std::move(*poller);
}

// A poller of `backend` that watches the server end of `pair` for reading (token kToken).
std::unique_ptr<core::Poller> watchServerEnd(const Backend& backend, const Pair& pair)
{
    REQUIRE_MSG(pair.ok(), pair.error);
    auto poller = make(backend);
    REQUIRE(poller->add(pair.server.handle(), core::kReadable, kToken).ok());
    return poller;
}

// Waits (bounded) until an event for kToken arrives; returns it, or an empty event.
core::ReadyEvent waitForToken(core::Poller& poller, int timeoutMs = kWaitMs)
{
    const auto start = Clock::now();
    std::vector<core::ReadyEvent> ready;
    while (elapsedMs(start) < timeoutMs) {
        auto woken = poller.wait(static_cast<int>(timeoutMs - elapsedMs(start)), ready);
        if (!woken.ok())
            return {};
        for (const core::ReadyEvent& event : ready) {
            if (event.token == kToken)
                return event;
        }
    }
    return {};
}

} // namespace

TEST_CASE(readableAfterData)
{
    for (const Backend& backend : kBackends) {
        Pair pair;
        auto poller = watchServerEnd(backend, pair);
        std::vector<core::ReadyEvent> ready;
        auto quiet = poller->wait(0, ready);
        REQUIRE(quiet.ok());
        CHECK_MSG(ready.empty(), std::string(backend.name) + ": readable before any data");

        REQUIRE(pair.client.send("hello", 5).ok());
        const core::ReadyEvent event = waitForToken(*poller);
        CHECK_MSG(event.token == kToken && event.readable, std::string(backend.name) + ": not readable after data");
        char buffer[16];
        auto got = pair.server.recv(buffer, sizeof buffer);
        REQUIRE(got.ok());
        CHECK_EQUAL(std::string(buffer, *got), std::string("hello"));
    }
}

TEST_CASE(writableAfterConnect)
{
    for (const Backend& backend : kBackends) {
        tests::LoopbackListener listener;
        REQUIRE(listener.ok());
        auto poller = make(backend);
        core::CallRecorder recorder;
        auto client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        REQUIRE(client.ok());
        // connect() waits for writability through this poller: it returns only if the poller
        // reports the finished connect.
        auto connected = client->connect(tests::loopbackV4(listener.port), kWaitMs, poller.get());
        CHECK_MSG(
            connected.ok(), std::string(backend.name) + ": " + (connected.ok() ? "" : connected.error().toString()));
        REQUIRE(poller->add(client->handle(), core::kWritable, kToken).ok());
        const core::ReadyEvent event = waitForToken(*poller);
        CHECK_MSG(event.token == kToken && event.writable, std::string(backend.name) + ": not writable when connected");
    }
}

TEST_CASE(peerCloseSeen)
{
    for (const Backend& backend : kBackends) {
        Pair pair;
        auto poller = watchServerEnd(backend, pair);
        pair.client.close();
        const core::ReadyEvent event = waitForToken(*poller);
        CHECK_MSG(event.token == kToken && (event.readable || event.hangup),
            std::string(backend.name) + ": the peer's close was not reported");
        char buffer[16];
        auto got = pair.server.recv(buffer, sizeof buffer);
        CHECK_MSG(got.ok() && *got == 0, got.ok() ? "recv returned data" : got.error().toString());
    }
}

// With a timeout and with none: a refused connect must be reported by the poller, not found
// out only when the timeout ends (the connect would then say ETIMEDOUT, or never return).
TEST_CASE(failedConnectReportedInBoundedTime)
{
    for (const Backend& backend : kBackends) {
        const std::uint16_t port = tests::closedPort();
        REQUIRE(port != 0);
        auto poller = make(backend);
        core::CallRecorder recorder;
        for (const int timeoutMs : {kWaitMs, -1}) {
            auto client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
            REQUIRE(client.ok());
            // The no-limit connect would hang forever on the bug: a watchdog ends it as a stop()
            // would (Condition::Cancelled), so the case fails instead of hanging.
            std::atomic<bool> cancelled {false};
            std::promise<void> finished;
            std::thread watchdog([&, over = finished.get_future()] {
                if (over.wait_for(std::chrono::milliseconds(kWaitMs)) != std::future_status::ready) {
                    cancelled = true;
                    poller->wake();
                }
            });
            const auto start = Clock::now();
            auto connected = client->connect(tests::loopbackV4(port), timeoutMs, poller.get(), &cancelled);
            finished.set_value();
            watchdog.join();
            const std::string what = std::string(backend.name) + ", timeout " + std::to_string(timeoutMs) + ": ";
            REQUIRE_MSG(!connected.ok(), what + "connect to a closed port succeeded");
            CHECK_MSG(connected.error().condition == core::Condition::ConnectionRefused,
                what + connected.error().toString() + " after " + std::to_string(elapsedMs(start)) + " ms");
        }
        // Without a poller: Socket::connect waits with a single poll()/WSAPoll() of its own.
        auto client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        REQUIRE(client.ok());
        auto connected = client->connect(tests::loopbackV4(port), kWaitMs);
        REQUIRE(!connected.ok());
        CHECK_MSG(connected.error().condition == core::Condition::ConnectionRefused, connected.error().toString());
    }
}

TEST_CASE(wakeFromAnotherThread)
{
    for (const Backend& backend : kBackends) {
        auto poller = make(backend);
        std::vector<core::ReadyEvent> ready;
        std::thread waker([&] { poller->wake(); });
        auto woken = poller->wait(kWaitMs, ready);
        waker.join();
        REQUIRE(woken.ok());
        CHECK_MSG(*woken, std::string(backend.name) + ": wait() did not report the wake");
        // The wake was drained: the next wait times out quietly.
        auto again = poller->wait(0, ready);
        REQUIRE(again.ok());
        CHECK_MSG(!*again && ready.empty(), std::string(backend.name) + ": a wake was left over");
    }
}

TEST_CASE(timeoutEndsTheWait)
{
    for (const Backend& backend : kBackends) {
        Pair pair;
        auto poller = watchServerEnd(backend, pair);
        std::vector<core::ReadyEvent> ready;
        const auto start = Clock::now();
        auto woken = poller->wait(kShortTimeoutMs, ready);
        const long long waited = elapsedMs(start);
        REQUIRE(woken.ok());
        CHECK(!*woken);
        CHECK(ready.empty());
        CHECK_MSG(waited >= kShortTimeoutMs - 20 && waited < kWaitMs, std::to_string(waited) + " ms");
        // remove(): data for a removed socket no longer wakes the wait.
        poller->remove(pair.server.handle());
        REQUIRE(pair.client.send("x", 1).ok());
        auto after = poller->wait(kShortTimeoutMs, ready);
        REQUIRE(after.ok());
        CHECK_MSG(ready.empty(), std::string(backend.name) + ": a removed socket was reported");
    }
}
