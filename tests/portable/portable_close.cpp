// Closing sockets: close() (closesocket on Windows) really releases the socket — a closed
// listener's port can be bound again at once — and open/close cycles leak no handles.
#include "loopback.h"
#include "portable_test.h"
#include "session_harness.h"

#include "core/socket.h"

#include <cstdio>
#include <string>

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h> // GetProcessHandleCount: measuring only, no socket call
#else
#include <dirent.h>
#endif

using namespace socketlab;

namespace {

constexpr int kCycles = 200;
// Allowance for handles the runtime opens on its own meanwhile (none expected).
constexpr long kHandleSlack = 8;

// This process's open handles (Windows) or file descriptors (/proc/self/fd); -1 if unknown.
long openHandleCount()
{
#ifdef _WIN32
    DWORD count = 0;
    // A process always has handles open; 0 is wine, whose GetProcessHandleCount is a stub.
    if (!GetProcessHandleCount(GetCurrentProcess(), &count) || count == 0)
        return -1;
    return static_cast<long>(count);
#else
    DIR* dir = opendir("/proc/self/fd");
    if (!dir)
        return -1;
    long count = 0;
    while (readdir(dir))
        ++count;
    closedir(dir);
    return count;
#endif
}

std::uint16_t listenAndClose(core::SocketType type)
{
    core::CallRecorder recorder;
    auto socket = core::Socket::open(core::Family::Inet, type, 0, recorder);
    if (!socket.ok() || !socket->bind(tests::loopbackV4(0)).ok())
        return 0;
    if (type == core::SocketType::Stream && !socket->listen(1).ok())
        return 0;
    auto local = socket->localAddress();
    if (!local.ok())
        return 0;
    socket->close();
    return local->port();
}

// Closes a bound socket of `type` (listening, for a stream), then binds its port again: without
// SO_REUSEADDR only a socket that is really gone frees the port.
void checkPortBindsAgainAfterClose(core::SocketType type)
{
    const std::uint16_t port = listenAndClose(type);
    REQUIRE(port != 0);
    core::CallRecorder recorder;
    auto again = core::Socket::open(core::Family::Inet, type, 0, recorder);
    REQUIRE(again.ok());
    auto bound = again->bind(tests::loopbackV4(port));
    CHECK_MSG(bound.ok(), bound.ok() ? "" : bound.error().toString());
    if (type == core::SocketType::Stream)
        CHECK_MSG(again->listen(1).ok(), "listen on the port again");
}

} // namespace

TEST_CASE(closedListenersPortBindsAgain)
{
    checkPortBindsAgainAfterClose(core::SocketType::Stream);
}

TEST_CASE(closedUdpPortBindsAgain)
{
    checkPortBindsAgainAfterClose(core::SocketType::Datagram);
}

// close() is one recorded call, and the socket is closed afterwards (RAII does it too).
TEST_CASE(closeIsRecordedOnce)
{
    tests::RecordingSink sink;
    core::CallRecorder recorder(&sink);
    {
        auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        REQUIRE(socket.ok());
        socket->close();
        CHECK(!socket->isOpen());
        socket->close(); // a second close is a no-op, never a double closesocket
    }
    CHECK_EQUAL(tests::callNames(sink.events()), (std::vector<std::string> {"socket", "close"}));
    const auto closes = tests::eventsNamed(sink.events(), "close");
    REQUIRE_EQUAL(closes.size(), std::size_t {1});
    CHECK(!closes[0].failed());
}

TEST_CASE(noHandleLeakOverCycles)
{
    // Warm up: the first socket loads the socket library and its helpers' handles.
    REQUIRE(listenAndClose(core::SocketType::Stream) != 0);
    REQUIRE(listenAndClose(core::SocketType::Datagram) != 0);
    const long before = openHandleCount();
    if (before < 0) {
        std::printf("note: this system does not tell how many handles a process has; not measured\n");
        return;
    }
    for (int i = 0; i < kCycles; ++i) {
        REQUIRE(listenAndClose(core::SocketType::Stream) != 0);
        REQUIRE(listenAndClose(core::SocketType::Datagram) != 0);
        // An accepted connection too: three sockets per cycle, all closed by RAII.
        tests::LoopbackListener listener;
        REQUIRE(listener.ok());
        core::CallRecorder recorder;
        auto client = core::Socket::open(core::Family::Inet, core::SocketType::Stream, 0, recorder);
        REQUIRE(client.ok());
        REQUIRE(client->connect(tests::loopbackV4(listener.port), tests::kWaitMs).ok());
        auto accepted = listener.socket.accept();
        REQUIRE(accepted.ok());
    }
    const long after = openHandleCount();
    CHECK_MSG(after - before <= kHandleSlack,
        std::to_string(before) + " handles before " + std::to_string(kCycles) + " cycles, " + std::to_string(after)
            + " after");
}
