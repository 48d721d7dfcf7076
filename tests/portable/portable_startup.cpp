// Winsock start-up: the core's first call in a fresh process works, whichever call it is and
// from however many threads at once (WSAStartup must run, once, before gethostname, getaddrinfo
// or socket; on POSIX there is nothing to start and the same calls must work all the same).
#include "loopback.h"
#include "portable_test.h"
#include "session_harness.h"

#include "core/address.h"
#include "core/resolver.h"
#include "core/socket.h"

#include <algorithm>
#include <future>
#include <string>
#include <thread>
#include <vector>

using namespace socketlab;

namespace {

constexpr int kThreadsPerCall = 4;

// The text of a failed result, for a failure message.
template<typename T>
std::string errorText(const core::Result<T>& result)
{
    return result.ok() ? std::string("(ok)") : result.error().toString();
}

bool hasHost(const std::vector<core::AddressInfo>& entries, const std::string& host)
{
    return std::any_of(entries.begin(), entries.end(), [&](const auto& entry) { return entry.address.host() == host; });
}

} // namespace

// Must stay the first case: it makes the process's first core calls. Every thread waits at the
// same gate, so gethostname, getaddrinfo and socket race to be the call that starts Winsock.
// (Run one case alone, e.g. `portable_startup hostName`, for a fresh process with that call first.)
TEST_CASE(firstCallsFromSeveralThreads)
{
    std::promise<void> gate;
    std::shared_future<void> opened = gate.get_future().share();
    std::vector<std::string> failures(3 * kThreadsPerCall);
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreadsPerCall; ++i) {
        threads.emplace_back([&, i] {
            opened.wait();
            core::CallRecorder recorder;
            auto name = core::getHostName(recorder);
            if (!name.ok() || name->empty())
                failures[3 * i] = "gethostname: " + errorText(name);
        });
        threads.emplace_back([&, i] {
            opened.wait();
            core::CallRecorder recorder;
            core::LookupQuery query;
            query.host = "localhost";
            query.service = "12345";
            query.type = core::SocketType::Stream;
            auto found = core::getAddressInfo(query, recorder);
            if (!found.ok() || found->empty())
                failures[3 * i + 1] = "getaddrinfo('localhost'): " + errorText(found);
        });
        threads.emplace_back([&, i] {
            opened.wait();
            core::CallRecorder recorder;
            auto socket = core::Socket::open(core::Family::Inet, core::SocketType::Datagram, 0, recorder);
            if (!socket.ok())
                failures[3 * i + 2] = "socket: " + errorText(socket);
        });
    }
    gate.set_value();
    for (std::thread& thread : threads)
        thread.join();
    for (const std::string& failure : failures)
        CHECK_MSG(failure.empty(), failure);
}

TEST_CASE(hostName)
{
    tests::RecordingSink sink;
    core::CallRecorder recorder(&sink);
    auto name = core::getHostName(recorder);
    REQUIRE_MSG(name.ok(), errorText(name));
    CHECK(!name->empty());
    const auto events = sink.events();
    REQUIRE_EQUAL(events.size(), std::size_t {1});
    CHECK_EQUAL(events[0].call, std::string("gethostname"));
    CHECK(!events[0].failed());
}

TEST_CASE(localhostResolvesToLoopback)
{
    tests::RecordingSink sink;
    core::CallRecorder recorder(&sink);
    core::LookupQuery query;
    query.host = "localhost";
    query.service = "12345";
    query.family = core::Family::Inet;
    query.type = core::SocketType::Stream;
    auto found = core::getAddressInfo(query, recorder);
    REQUIRE_MSG(found.ok(), errorText(found));
    CHECK_MSG(hasHost(*found, "127.0.0.1"), core::pythonAddressList(*found));
    for (const auto& entry : *found)
        CHECK_EQUAL(entry.address.port(), std::uint16_t {12345});
    CHECK_EQUAL(tests::callNames(sink.events()), std::vector<std::string> {"getaddrinfo"});
}

TEST_CASE(numericHostsResolve)
{
    core::CallRecorder recorder;
    for (const auto& [host, family] :
        {std::pair {"127.0.0.1", core::Family::Inet}, std::pair {"::1", core::Family::Inet6}}) {
        core::LookupQuery query;
        query.host = host;
        query.service = "80";
        query.family = family;
        query.type = core::SocketType::Datagram;
        query.flags = core::kNumericHost | core::kNumericServ;
        auto found = core::getAddressInfo(query, recorder);
        REQUIRE_MSG(found.ok(), std::string(host) + ": " + errorText(found));
        REQUIRE(!found->empty());
        CHECK_EQUAL(found->front().address.host(), std::string(host));
        CHECK_EQUAL(found->front().address.port(), std::uint16_t {80});
    }
    // The address forms bind and connect use: numeric ones are converted without a call.
    tests::RecordingSink sink;
    core::CallRecorder quiet(&sink);
    auto endpoints
        = core::resolveEndpoints("2130706433", "12345", core::Family::Inet, core::SocketType::Stream, false, quiet);
    REQUIRE_MSG(endpoints.ok(), errorText(endpoints));
    CHECK_EQUAL(endpoints->front().toTuple(), std::string("('127.0.0.1', 12345)"));
    CHECK(sink.events().empty());
}

TEST_CASE(nameOfLoopbackAddress)
{
    core::CallRecorder recorder;
    const core::Endpoint loopback = tests::endpointFor("127.0.0.1", 12345);
    REQUIRE(loopback.isValid());
    auto name = core::getNameInfo(loopback, core::kNameNumericHost | core::kNameNumericServ, recorder);
    REQUIRE_MSG(name.ok(), errorText(name));
    CHECK_EQUAL(name->host, std::string("127.0.0.1"));
    CHECK_EQUAL(name->service, std::string("12345"));
}
