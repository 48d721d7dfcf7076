// Non-blocking connect and timeouts: the core connects non-blocking and waits with a bound (a
// blocking connect would ignore Stop and the timeout). A connect that gets no answer ends with
// ETIMEDOUT after about its timeout, stop() cancels a wait with ECANCELED, the TcpClient session
// reports either, and a non-blocking recv with nothing to read says "would block" unrecorded.
#include "loopback.h"
#include "portable_test.h"
#include "session_harness.h"

#include "core/poller.h"
#include "core/socket.h"
#include "core/tcp_client.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

using namespace socketlab;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kConnectTimeoutMs = 500;
// A timed-out connect may end a little early (timer granularity) and, on a loaded machine, late.
constexpr long long kEarlyMs = 50;
constexpr long long kLateMs = 5000;

long long elapsedMs(Clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - since).count();
}

// The full-backlog listener, or a note why this system cannot make one (the case then skips).
bool unanswered(const tests::FullBacklogListener& listener)
{
    CHECK_MSG(!listener.broken, listener.reason);
    if (!listener.ok && !listener.broken)
        std::printf("note: %s; a connect cannot be made to go unanswered here\n", listener.reason.c_str());
    return listener.ok;
}

// A TCP socket of the learner's program, its calls recorded by `recorder`.
core::Socket openTcpSocket(core::CallRecorder& recorder)
{
    auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
    REQUIRE_MSG(socket.ok(), socket.ok() ? "" : socket.error().toString());
    return std::move(*socket);
}

} // namespace

TEST_CASE(connectWithinTimeout)
{
    tests::LoopbackListener listener;
    REQUIRE(listener.ok());
    tests::RecordingSink sink;
    core::CallRecorder recorder(&sink);
    core::Socket client = openTcpSocket(recorder);
    auto connected = client.connect(tests::loopbackV4(listener.port), kConnectTimeoutMs);
    REQUIRE_MSG(connected.ok(), connected.ok() ? "" : connected.error().toString());
    auto peer = client.peerAddress();
    REQUIRE(peer.ok());
    CHECK_EQUAL(peer->port(), listener.port);
    // One connect() in the trace, as a blocking program would show it.
    CHECK_EQUAL(tests::callNames(sink.events()), (std::vector<std::string> {"socket", "connect", "getpeername"}));
    // The socket is blocking again afterwards, as the learner's socket would be.
    const std::string text = "x";
    CHECK(client.send(text.data(), text.size()).ok());
}

TEST_CASE(unansweredConnectTimesOut)
{
    tests::FullBacklogListener listener;
    if (!unanswered(listener))
        return;
    core::CallRecorder recorder;
    core::Socket client = openTcpSocket(recorder);
    const auto start = Clock::now();
    auto connected = client.connect(tests::loopbackV4(listener.port), kConnectTimeoutMs);
    const long long waited = elapsedMs(start);
    REQUIRE_MSG(!connected.ok(), "connect to a full backlog succeeded");
    CHECK_EQUAL(connected.error().name, std::string("ETIMEDOUT"));
    CHECK(connected.error().condition == core::Condition::TimedOut);
    CHECK_MSG(
        waited >= kConnectTimeoutMs - kEarlyMs && waited < kConnectTimeoutMs + kLateMs, std::to_string(waited) + " ms");
}

TEST_CASE(stopCancelsConnect)
{
    tests::FullBacklogListener listener;
    if (!unanswered(listener))
        return;
    auto poller = core::Poller::create();
    REQUIRE(poller.ok());
    core::CallRecorder recorder;
    core::Socket client = openTcpSocket(recorder);
    std::atomic<bool> stop {true};
    std::thread stopper([&] { (*poller)->wake(); });
    const auto start = Clock::now();
    // No time limit: only the wake can end this wait.
    auto connected = client.connect(tests::loopbackV4(listener.port), -1, poller->get(), &stop);
    stopper.join();
    REQUIRE_MSG(!connected.ok(), "connect to a full backlog succeeded");
    CHECK_EQUAL(connected.error().name, std::string("ECANCELED"));
    CHECK(connected.error().condition == core::Condition::Cancelled);
    CHECK_MSG(elapsedMs(start) < tests::kWaitMs, std::to_string(elapsedMs(start)) + " ms");
}

TEST_CASE(clientSessionReportsTimeout)
{
    tests::FullBacklogListener listener;
    if (!unanswered(listener))
        return;
    core::TcpClientOptions options = tests::clientOptions(listener.port, core::ClientMode::Tutorial);
    options.connectTimeoutMs = kConnectTimeoutMs;
    tests::RecordingListener events;
    core::TcpClient client(options, events);
    tests::SessionThread thread(client);
    REQUIRE_MSG(thread.waitFinished(), "the client did not give up");
    REQUIRE_MSG(thread.error().has_value(), "the client reported no error");
    CHECK_EQUAL(thread.error()->name, std::string("ETIMEDOUT"));
    CHECK_EQUAL(thread.error()->call, std::string("connect"));
}

TEST_CASE(clientSessionReportsRefused)
{
    const std::uint16_t port = tests::closedPort();
    REQUIRE(port != 0);
    tests::RecordingListener events;
    core::TcpClient client(tests::clientOptions(port, core::ClientMode::Tutorial), events);
    tests::SessionThread thread(client);
    REQUIRE_MSG(thread.waitFinished(), "the client did not give up");
    REQUIRE_MSG(thread.error().has_value(), "the client reported no error");
    CHECK_EQUAL(thread.error()->name, std::string("ECONNREFUSED"));
    CHECK_MSG(!thread.error()->message.empty(), thread.error()->toString());
}

TEST_CASE(nonBlockingRecvWouldBlock)
{
    tests::LoopbackListener listener;
    REQUIRE(listener.ok());
    tests::RecordingSink sink;
    core::CallRecorder recorder(&sink);
    core::Socket client = openTcpSocket(recorder);
    REQUIRE(client.connect(tests::loopbackV4(listener.port), tests::kWaitMs).ok());
    REQUIRE(client.setNonBlocking(true).ok());
    sink.clear();
    char buffer[16];
    auto got = client.recv(buffer, sizeof buffer);
    REQUIRE_MSG(!got.ok(), "recv on an empty non-blocking socket returned data");
    CHECK(got.error().condition == core::Condition::WouldBlock);
    CHECK_MSG(sink.events().empty(), "a would-block recv was recorded");
}
